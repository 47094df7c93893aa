// parse.cc - the pipeline: bytes -> decode -> (HTML/Markdown/text -> blocks) -> outline ->
// annotate -> check. Each stage lives in its own file; reading the bytes is
// read.cc.
#include "tongbao/parse.h"

#include <openssl/evp.h>

#include <algorithm>
#include <cstdint>

#include <fmt/format.h>

#include "annotate/annotate.h"
#include "check/check.h"
#include "decode/decode.h"
#include "blocks/html.h"
#include "blocks/markdown.h"
#include "outline/markers.h"
#include "outline/outline.h"
#include "outline/unwrap.h"
#include "blocks/text_blocks.h"
#include "pipeline/digest.h"

namespace tongbao {
namespace detail {

std::string sha256_hex(std::string_view bytes) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  EVP_Digest(bytes.data(), bytes.size(), digest, &length, EVP_sha256(), nullptr);
  static const char* hex = "0123456789abcdef";
  std::string out;
  out.reserve(2 * length);
  for (unsigned int i = 0; i < length; ++i) {
    out += hex[digest[i] >> 4];
    out += hex[digest[i] & 15];
  }
  return out;
}

}  // namespace detail

namespace {

// Page facts fill the record's metadata; the page's own tags win over what
// the outline read from chrome lines.
void merge_facts(Document& doc, const detail::PageFacts& facts) {
  if (!doc.title && facts.title) {
    const std::string_view title = detail::strip_site_names(*facts.title);
    if (detail::reads_as_title(title)) doc.title = std::string(title);
  }
  if (!doc.published && facts.published) doc.published = facts.published;
  if (!doc.origin && facts.origin) doc.origin = facts.origin;
  if (!doc.site && facts.site) doc.site = facts.site;
  if (doc.breadcrumb.empty()) doc.breadcrumb = facts.breadcrumb;
}

// The pipeline. `text`, when given, receives the decoded text; without it
// the text may stay a view of `bytes`, not a copy.
Document run_stages(std::string_view bytes, std::string_view path, const Options& options, std::string* text) {
  Document doc;
  doc.source.path = std::string(path);
  doc.source.bytes = bytes.size();
  doc.source.sha256 = detail::sha256_hex(bytes);
  if (bytes.size() > options.max_bytes) {
    doc.error = RecordError{"too-large", fmt::format("input is {} bytes, more than the limit of {} bytes; "
                                                     "raise it with --max-bytes",
                                                     bytes.size(), options.max_bytes)};
    return doc;
  }
  if (options.encoding.empty()) {
    if (auto what = detail::sniff_binary(bytes)) {
      doc.error = RecordError{"not-text", fmt::format("not a text or HTML document: {}", *what)};
      return doc;
    }
  }
  // A page saved whole as MHTML (.mht): its HTML part is the page, read in
  // the part's charset unless one was asked for. Lines and columns are the
  // part's.
  std::optional<detail::MhtmlPart> archive;
  if (options.input_format == InputFormat::Auto || options.input_format == InputFormat::Html) {
    archive = detail::unpack_mhtml(bytes);
  }
  const std::string_view content = archive ? std::string_view(archive->bytes) : bytes;
  const std::string_view label = !options.encoding.empty() || !archive ? std::string_view(options.encoding)
                                                                        : std::string_view(archive->charset);
  detail::Decoded decoded =
      detail::decode_to_utf8(content, label, text ? detail::TextCopy::Always : detail::TextCopy::UnlessSame);
  const std::string_view utf8 = decoded.utf8();
  doc.source.encoding = decoded.encoding;
  InputFormat format = options.input_format;
  if (archive) format = InputFormat::Html;
  if (format == InputFormat::Auto) {
    format = detail::is_markdown_path(path)    ? InputFormat::Markdown
             : detail::looks_like_html(utf8)     ? InputFormat::Html
             : detail::looks_like_markdown(utf8) ? InputFormat::Markdown
                                                 : InputFormat::Text;
  }
  doc.source.media_type = format == InputFormat::Html       ? "text/html"
                          : format == InputFormat::Markdown ? "text/markdown"
                                                            : "text/plain";

  detail::Blocks blocks;  // may point into utf8
  detail::PageFacts page_facts;
  std::vector<Diagnostic> html_diagnostics;  // of the HTML or Markdown stage
  if (format == InputFormat::Html) {
    detail::HtmlPage page = detail::html_to_blocks(utf8);
    blocks = std::move(page.blocks);
    detail::unwrap_fixed_width(blocks, detail::LineSource::Markup);  // a PDF's text pasted into the page
    page_facts = std::move(page.facts);
    html_diagnostics = std::move(page.diagnostics);
  } else if (format == InputFormat::Markdown) {
    // The front matter's title and date are page facts, as <meta> tags are.
    detail::MarkdownPage page = detail::markdown_to_blocks(utf8);
    blocks = std::move(page.blocks);
    page_facts = std::move(page.facts);
    html_diagnostics = std::move(page.diagnostics);
  } else {
    blocks = detail::text_to_blocks(utf8);
    detail::unwrap_fixed_width(blocks);  // text copied out of a PDF
  }

  detail::drop_page_numbers(blocks);              // 第3页/共5页 between a signature's lines
  detail::split_flattened_paragraphs(blocks);     // …予以公布。 一、… (一)…
  detail::drop_decoration_before_markers(blocks);  // ■ 一、…
  detail::join_broken_headings(blocks);            // 4.关于“… / …”的问题
  detail::OutlineResult outline = detail::build_outline(blocks);
  doc.title = std::move(outline.title);
  doc.preamble = std::move(outline.preamble);
  doc.outline = std::move(outline.outline);
  doc.closing = std::move(outline.closing);
  // A column's list of articles has no title of its own: its <title> names
  // the column (巡察整改_某某清风网).
  const auto listed = std::count_if(outline.spans.begin(), outline.spans.end(),
                                    [](const detail::Span& s) { return s.lists_article; });
  if (listed >= detail::kMinListedArticles) page_facts.title.reset();
  if (doc.title && page_facts.title) {
    const std::string_view page_title = detail::strip_site_names(*page_facts.title);
    const std::string_view title = detail::title_without_navigation(*doc.title, page_title);
    if (title.size() != doc.title->size()) {
      doc.title = std::string(title);
    } else if (detail::page_title_completes(*doc.title, page_title) ||
               detail::page_title_is_notices(*doc.title, page_title, blocks.list()) ||
               (format == InputFormat::Markdown && detail::front_matter_title_wins(*doc.title, page_title))) {
      doc.title = std::string(page_title);
    }
  }
  merge_facts(doc, page_facts);
  merge_facts(doc, outline.facts);
  if (!doc.published) doc.published = page_facts.fallback_published ? page_facts.fallback_published : outline.facts.fallback_published;

  detail::annotate(doc, outline.spans);
  doc.diagnostics = std::move(decoded.diagnostics);
  for (auto& d : html_diagnostics) doc.diagnostics.push_back(std::move(d));
  detail::check(doc, outline.spans, options);
  // The record lists what looked wrong in reading order, whichever stage
  // found it (decode, HTML, the checks); a stable sort keeps each stage's
  // order for diagnostics at one place.
  std::stable_sort(doc.diagnostics.begin(), doc.diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return a.line != b.line ? a.line < b.line : a.column < b.column;
  });
  if (text) *text = std::move(decoded.text);
  return doc;
}

}  // namespace

Parsed parse_with_text(std::string_view bytes, std::string_view path, const Options& options) {
  Parsed parsed;
  parsed.document = run_stages(bytes, path, options, &parsed.text);
  return parsed;
}

Document parse(std::string_view bytes, std::string_view path, const Options& options) {
  return run_stages(bytes, path, options, nullptr);
}

}  // namespace tongbao
