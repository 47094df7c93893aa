// check.cc - the diagnostics catalogue, and check(), which runs the checks.
//
// Three kinds of check:
//   - structure: numbered siblings (gaps, duplicates, restarts, styles,
//     labels) and empty units, from the node tree and its marker positions;
//   - text: quotes, brackets, punctuation and spaces, scanned over the Spans
//     (one pass per span, linear in the text);
//   - document: title, date, empty input, and whether it is a notice at all.
// Every diagnostic points at the offending text itself: the marker that
// breaks a sequence, the quote that is never closed, the stray space.
//
// Each kind has a file of its own: structure.cc, text_marks.cc and
// document_checks.cc, sharing the Checker of checker.h.
#include "check/check.h"

#include <stdexcept>
#include <string>
#include <utility>

#include "check/checker.h"

namespace tongbao::detail {
namespace {

constexpr CheckInfo kCatalogue[] = {
    {"numbering-gap", Severity::Warning, "a numbered sequence skips a number (三是 followed by 五是)", false},
    {"numbering-duplicate", Severity::Warning, "a number repeats, or goes back, among siblings", false},
    {"numbering-restart", Severity::Warning, "a sequence starts again at 1 under the same parent", false},
    {"mixed-marker-style", Severity::Warning, "siblings are numbered in different styles (1. and 1、)", false},
    {"label-missing", Severity::Warning, "a unit lacks the label (整改情况:) that most of its siblings have", false},
    {"empty-unit", Severity::Warning,
     "a numbered unit has nothing after its marker, or names a problem and says nothing of its rectification", false},
    {"unbalanced-quote", Severity::Warning, "a quotation mark is never closed, or closes nothing", false},
    {"unbalanced-bracket", Severity::Warning, "a bracket (《》 （） 【】) is never closed, or closes nothing", false},
    {"punctuation-in-quotes", Severity::Warning,
     "sentence punctuation inside quotes that the sentence goes on after (…不大。”的问题)", false},
    {"stray-space", Severity::Warning, "a space next to Chinese punctuation inside Chinese text (履行 ‘第一责任人’)",
     false},
    {"placeholder", Severity::Warning, "a placeholder left in the text (xx, ××, **)", false},
    {"malformed-date", Severity::Warning, "a date whose digits ran together (2024717日)", false},
    {"missing-number", Severity::Warning, "a number left out after 第 (市委第巡察组)", false},
    {"missing-title", Severity::Warning, "the notice has no title", false},
    {"missing-date", Severity::Warning, "the notice has no date: none under the signature, none published", false},
    {"not-a-notice", Severity::Note, "the document does not look like a rectification notice", false},
    {"empty-document", Severity::Error, "the input has no text at all", false},
    // Reported by the decoder (decode.cc) and the HTML stage (html.cc); listed
    // here so that --select/--ignore and the SARIF rules know them.
    {"invalid-bytes", Severity::Warning, "bytes that are not valid in the input's encoding (shown as U+FFFD)", false},
    {"nul-dropped", Severity::Note, "NUL characters were dropped from the text", false},
    {"unknown-encoding", Severity::Note, "an encoding label that is not known; the encoding was detected instead",
     false},
    {"encoding-mismatch", Severity::Note, "the declared charset does not fit the bytes; another encoding was used",
     false},
    {"html-truncated", Severity::Warning, "the HTML parser stopped before the end of the page", false},
    {"html-deep-nesting", Severity::Note, "elements nest too deep; deeper tags were ignored, their text kept", false},
    {"html-duplicate-article", Severity::Note,
     "the page holds the article twice (elder-friendly, print or mobile copy); the copy was dropped", false},
    {"html-too-large", Severity::Error, "the page is larger than 2 GiB", false},
    {"html-parser", Severity::Error, "the HTML parser could not start", false},
    {"markdown-deep-nesting", Severity::Note, "Markdown quotes or lists nest too deep; the text was read as plain text",
     false},
    {"halfwidth-punctuation", Severity::Warning, "half-width punctuation (, : ; ( ) \") in Chinese text", true},
    {"fullwidth-alphanumeric", Severity::Warning, "full-width digits or Latin letters (２０２４, ＡＢ)", true},
    {"ideograph-space", Severity::Warning,
     "a space between two Chinese characters (often deliberate: 局长 刘某, slogans, signatures)", true},
};

}  // namespace

namespace checks {

const CheckInfo& info(std::string_view code) {
  const CheckInfo* row = find_check(code);
  if (row == nullptr) throw std::logic_error("check code missing from the catalogue: " + std::string(code));
  return *row;
}

void Checker::run() {
  if (!check_document()) return;
  check_siblings(doc_.outline, KindNumbers{});
  for_each_node(std::as_const(doc_.outline), [&](const Node& node) { check_empty(node); });
  check_text();
}

}  // namespace checks

std::span<const CheckInfo> catalogue() { return kCatalogue; }

const CheckInfo* find_check(std::string_view code) {
  for (const CheckInfo& row : kCatalogue) {
    if (row.code == code) return &row;
  }
  return nullptr;
}

void check(Document& doc, const std::vector<Span>& spans, const Options& options) {
  checks::Checker(doc, spans, options).run();
}

}  // namespace tongbao::detail
