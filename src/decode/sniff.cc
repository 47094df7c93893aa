// sniff.cc - binary formats by their magic numbers and the NUL and control
// bytes of a sample, and whether decoded text is an HTML page: the
// pipeline asks these before and after decoding.
#include "decode/sniff.h"

#include "decode/labels.h"
#include "decode/unicode_guess.h"
#include "scan/byte_count.h"
#include "text/utf8.h"

namespace tongbao::detail {

// ---------------------------------------------------------------------------
// Binary sniffing

namespace {

struct Magic {
  std::size_t offset;
  std::string_view bytes;
  std::string_view what;
  std::string_view prefix = {};  // required at offset 0 when the magic sits further in
};

constexpr Magic kMagics[] = {
    {0, std::string_view("\x89PNG\r\n\x1A\n", 8), "a PNG image"},
    {0, std::string_view("\xFF\xD8\xFF", 3), "a JPEG image"},
    {0, "GIF87a", "a GIF image"},
    {0, "GIF89a", "a GIF image"},
    {8, "WEBP", "a WebP image", "RIFF"},
    {0, std::string_view("II*\0", 4), "a TIFF image"},
    {0, std::string_view("MM\0*", 4), "a TIFF image"},
    {0, "%PDF-", "a PDF document"},
    {0, std::string_view("PK\x03\x04", 4), "a ZIP archive (or a .docx/.xlsx document)"},
    {0, std::string_view("PK\x05\x06", 4), "a ZIP archive (or a .docx/.xlsx document)"},
    {0, std::string_view("\x1F\x8B", 2), "a gzip archive"},
    {4, std::string_view("\x31\x41\x59\x26\x53\x59", 6), "a bzip2 archive", "BZh"},
    {0, std::string_view("7z\xBC\xAF\x27\x1C", 6), "a 7z archive"},
    {0,
     std::string_view("\xFD"
                      "7zXZ\0",
                      6),
     "an xz archive"},
    {0, std::string_view("\x28\xB5\x2F\xFD", 4), "a Zstandard archive"},
    {0, std::string_view("Rar!\x1A\x07", 6), "a RAR archive"},
    {0,
     std::string_view("\x7F"
                      "ELF",
                      4),
     "an ELF executable"},
    {0, std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8),
     "a Microsoft Office document (OLE2: .doc, .xls, .ppt)"},
    {0, std::string_view("SQLite format 3\0", 16), "an SQLite database"},
    {0, "OggS", "an Ogg media file"},
    {4, "ftyp", "an MP4 or QuickTime media file"},
    {0, "wOFF", "a WOFF font"},
    {0, "wOF2", "a WOFF2 font"},
};

}  // namespace

// Well-formed multi-byte UTF-8 characters that make a sample text however
// many NUL or control bytes it holds.
constexpr std::size_t kTextInBinaryMultibyte = 32;

std::optional<std::string> sniff_binary(std::string_view bytes) {
  for (const Magic& magic : kMagics) {
    if (bytes.size() >= magic.offset + magic.bytes.size() &&
        bytes.compare(magic.offset, magic.bytes.size(), magic.bytes) == 0 && starts_with(bytes, magic.prefix))
      return std::string(magic.what);
  }
  if (find_bom(bytes)) return std::nullopt;
  std::string_view sample = bytes.substr(0, kSniffBytes);
  const auto [nuls, controls] = count_control_bytes(sample);
  // A stray NUL or control character is damage to a text, not a binary:
  // more than 1 % NUL bytes, or more than 5 % other C0 controls, is.
  const std::size_t n = sample.size();
  if ((nuls >= 8 && nuls * 100 > n) || (controls >= 8 && controls * 20 > n)) {
    // UTF-16 text is mostly NUL bytes when it is ASCII. Asked only here, as
    // the answer matters only here (it was a third of sniffing a text).
    if (guess_utf16(sample).likely) return std::nullopt;
    // UTF-8 text padded or sprinkled with NULs (a download cut short, a bad
    // copy) keeps its readable part: binary data is not plausible UTF-8
    // with dozens of well-formed multi-byte characters.
    const Utf8Scan scan = scan_utf8(sample);
    if (scan.multibyte >= kTextInBinaryMultibyte && plausibly_utf8(scan)) return std::nullopt;
    return std::string("binary data");
  }
  return std::nullopt;
}

// ---------------------------------------------------------------------------
// HTML or plain text

namespace {

// Openings that make a page: checked at the start, after space and comments.
constexpr std::string_view kPageOpenings[] = {"<!doctype html", "<html", "<head", "<meta", "<body", "<title"};

// Tags that plain notices never contain; several in the first KBs make HTML.
constexpr std::string_view kBodyTags[] = {"p",     "div",    "br",      "table",   "tr",     "td",    "span", "a",
                                          "img",   "font",   "li",      "ul",      "ol",     "h1",    "h2",   "h3",
                                          "h4",    "b",      "strong",  "center",  "script", "style", "link", "form",
                                          "input", "iframe", "section", "article", "em",     "hr",    "tbody"};

constexpr std::size_t kHtmlTagsNeeded = 3;

bool tag_at(std::string_view s, std::size_t i) {
  // s[i] == '<'; accepts "<name" or "</name" followed by space, '>' or '/'.
  std::size_t j = i + 1;
  if (j < s.size() && s[j] == '/') ++j;
  for (std::string_view name : kBodyTags) {
    if (!iequals_prefix(s, j, name)) continue;
    std::size_t after = j + name.size();
    if (after < s.size() && (is_ascii_space(s[after]) || s[after] == '>' || s[after] == '/')) return true;
  }
  return false;
}

}  // namespace

bool looks_like_html(std::string_view utf8) {
  std::string_view head = utf8.substr(0, kSniffBytes);
  std::size_t i = 0;
  if (starts_with(head, "\xEF\xBB\xBF")) i = 3;
  for (;;) {
    while (i < head.size() && is_ascii_space(head[i])) ++i;
    if (head.compare(i, 4, "<!--") != 0) break;
    std::size_t end = head.find("-->", i + 4);
    if (end == std::string_view::npos) return false;
    i = end + 3;
  }
  for (std::string_view opening : kPageOpenings)
    if (iequals_prefix(head, i, opening)) return true;
  if (iequals_prefix(head, i, "<?xml")) {
    for (std::size_t k = i; k + 5 <= head.size(); ++k)
      if (iequals_prefix(head, k, "xhtml") || iequals_prefix(head, k, "<html")) return true;
    return false;
  }
  std::size_t tags = 0;
  for (std::size_t k = head.find('<'); k != std::string_view::npos; k = head.find('<', k + 1))
    if (tag_at(head, k) && ++tags >= kHtmlTagsNeeded) return true;
  return false;
}

bool looks_like_markdown(std::string_view utf8) {
  std::string_view head = utf8.substr(0, kSniffBytes);
  if (starts_with(head, "\xEF\xBB\xBF")) head.remove_prefix(3);
  for (std::string_view fence : {std::string_view("---\n"), std::string_view("---\r\n"), std::string_view("+++\n"),
                                 std::string_view("+++\r\n")}) {
    if (!starts_with(head, fence)) continue;
    const std::string_view close = fence.substr(0, 3);
    for (std::size_t at = head.find(close, fence.size()); at != std::string_view::npos; at = head.find(close, at + 3)) {
      if (head[at - 1] == '\n') return true;  // a closing fence at a line's start
    }
  }
  constexpr int kMarkdownSignsNeeded = 3;
  int headings = 0, bold = 0, links = 0, underlines = 0;
  std::string_view previous;
  for (std::size_t start = 0; start < head.size();) {
    std::size_t end = head.find('\n', start);
    if (end == std::string_view::npos) end = head.size();
    std::string_view line = head.substr(start, end - start);
    if (line.ends_with('\r')) line.remove_suffix(1);
    start = end + 1;
    std::size_t hashes = 0;
    while (hashes < line.size() && hashes < 7 && line[hashes] == '#') ++hashes;
    if (hashes >= 1 && hashes <= 6 && hashes + 1 < line.size() && line[hashes] == ' ') ++headings;
    if (line.starts_with("**") && line.find("**", 2) != std::string_view::npos) ++bold;
    if (const std::size_t close = line.find("]("); close != std::string_view::npos && line.find('[') < close &&
        line.find(')', close) != std::string_view::npos) {
      ++links;
    }
    if (line.size() >= 3 && line.find_first_not_of('=') == std::string_view::npos && !previous.empty()) ++underlines;
    if (!line.empty()) previous = line;
  }
  const int kinds = (headings > 0) + (bold > 0) + (links > 0) + (underlines > 0);
  return kinds >= 2 && headings + bold + links + underlines >= kMarkdownSignsNeeded;
}

}  // namespace tongbao::detail
