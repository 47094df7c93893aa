// check.cc - the diagnostics catalogue and the checks behind it.
//
// Three kinds of check:
//   - structure: numbered siblings (gaps, duplicates, restarts, styles,
//     labels) and empty units, from the node tree and its marker positions;
//   - text: quotes, brackets, punctuation and spaces, scanned over the Spans
//     (one pass per span, linear in the text);
//   - document: title, date, empty input, and whether it is a notice at all.
// Every diagnostic points at the offending text itself: the marker that
// breaks a sequence, the quote that is never closed, the stray space.
#include "check/check.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <functional>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <utility>

#include "scan/byte_scan.h"
#include "outline/chrome.h"
#include "outline/lexicon.h"
#include "text/numerals.h"
#include "scan/stop_chars.h"
#include "text/chars.h"
#include "text/utf8.h"
#include "scan/word_set.h"


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

const CheckInfo& info(std::string_view code) {
  const CheckInfo* row = find_check(code);
  if (row == nullptr) throw std::logic_error("check code missing from the catalogue: " + std::string(code));
  return *row;
}

// ---------------------------------------------------------------- characters


// Characters of Chinese text: ideographs, CJK and full-width punctuation,
// and the curly quotes Chinese text uses.
bool is_chinese(char32_t c) {
  return is_ideograph(c) || (c >= 0x3001 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF0F) ||
         (c >= 0xFF1A && c <= 0xFF20) || (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65) || c == 0x2018 ||
         c == 0x2019 || c == 0x201C || c == 0x201D || c == 0x2014 || c == 0x2026 || c == 0x00B7 ||
         (c >= 0xFE30 && c <= 0xFE4F);
}

bool is_ascii_alnum(char32_t c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }


bool is_circled_number(char32_t c) { return c >= 0x2460 && c <= 0x2473; }  // ① .. ⑳

std::string chinese_numeral(int n) {
  static constexpr std::array<const char*, 10> digits{"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  if (n <= 0 || n >= 100) return std::to_string(n);
  std::string out;
  if (n >= 20) out += digits[static_cast<std::size_t>(n / 10)];
  if (n >= 10) out += "十";
  if (n % 10 != 0) out += digits[static_cast<std::size_t>(n % 10)];
  return out;
}

// `marker` with its numeral replaced by `number` in the same writing:
// ("五是", 4) -> "四是", ("(12)", 3) -> "(3)", ("１．", 2) -> "２．".
std::string marker_with_number(std::string_view marker, int number) {
  std::string out;
  bool replaced = false;
  std::size_t i = 0;
  while (i < marker.size()) {
    const std::size_t start = i;
    const char32_t c = next_code_point(marker, i);
    const char32_t folded = fold_width(c);
    const bool digit = folded >= '0' && folded <= '9';
    const bool chinese = is_chinese_numeral_char(c);
    if (replaced || (!digit && !chinese && !is_circled_number(c))) {
      out.append(marker.substr(start, i - start));
      continue;
    }
    // Skip the whole numeral run, then write the new number once.
    std::size_t end = i;
    while (end < marker.size()) {
      std::size_t j = end;
      const char32_t d = next_code_point(marker, j);
      const char32_t fd = fold_width(d);
      if (digit ? !(fd >= '0' && fd <= '9') : !(chinese && is_chinese_numeral_char(d))) break;
      end = j;
    }
    i = end;
    replaced = true;
    if (is_circled_number(c)) {
      if (number >= 1 && number <= 20)
        append_utf8(out, static_cast<char32_t>(0x2460 + number - 1));
      else
        out += std::to_string(number);
    } else if (digit) {
      std::string ascii = std::to_string(number);
      const bool wide = c != folded;
      for (char d : ascii) {
        if (wide)
          append_utf8(out, static_cast<char32_t>(d) + 0xFEE0);
        else
          out += d;
      }
    } else {
      out += chinese_numeral(number);
    }
  }
  return out;
}

// The marker's style: its writing with the numeral taken out and widths
// folded, so that "1." and "１．" agree and "1." and "1、" do not. Into
// `out`, whose memory is reused.
void marker_shape(std::string_view marker, std::string& out) {
  out.clear();
  std::size_t i = 0;
  while (i < marker.size()) {
    const std::size_t start = i;
    const char32_t raw = next_code_point(marker, i);
    const char32_t c = fold_width(raw);
    if ((c >= '0' && c <= '9') || is_chinese_numeral_char(c) || is_circled_number(c)) continue;
    // The character as written, in one append, unless folding changed it
    // (or the bytes were no character).
    if (c == raw && raw != 0xFFFD)
      out.append(marker.substr(start, i - start));
    else
      append_utf8(out, c);
  }
}

// Up to `chars` characters of `s` starting at byte `from`, with "…" when cut.
std::string excerpt_after(std::string_view s, std::size_t from, int chars) {
  std::size_t i = from;
  for (int n = 0; n < chars && i < s.size(); ++n) next_code_point(s, i);
  std::string out(s.substr(from, i - from));
  if (i < s.size()) out += "…";
  return out;
}

// Up to `before` characters before byte `at` and `after` from it.
std::string excerpt_around(std::string_view s, std::size_t at, int before, int after) {
  std::size_t start = at;
  for (int n = 0; n < before && start > 0; ++n) prev_code_point(s, start);
  std::string out = start > 0 ? "…" : "";
  out.append(s.substr(start, at - start));
  out += excerpt_after(s, at, after);
  return out;
}

// ------------------------------------------------------------------ context

struct Pair;  // a paired mark (text checks below)

class Checker {
 public:
  Checker(Document& doc, const std::vector<Span>& spans, const Options& options)
      : doc_(doc), spans_(spans), options_(options) {}

  void run();

 private:
  // Whether one more diagnostic of `code` is reported. A garbled input can
  // have a defect per character; a report of them all would be larger than
  // the input, so past a limit one last diagnostic says so.
  bool admit(const CheckInfo& row) {
    if (row.opt_in && !options_.pedantic) return false;
    return ++count_[row.code] <= kMaxPerCode + 1;
  }
  void add(std::string_view code, std::string message, int line, int column, std::optional<std::string> node) {
    const CheckInfo& row = info(code);
    if (!admit(row)) return;
    push(row, std::move(message), line, column, std::move(node));
  }
  void push(const CheckInfo& row, std::string message, int line, int column, std::optional<std::string> node) {
    if (count_[row.code] == kMaxPerCode + 1) {
      message = fmt::format("more than {} “{}” diagnostics; the rest are not shown", kMaxPerCode, row.code);
      node.reset();
    }
    doc_.diagnostics.push_back(Diagnostic{row.severity, std::string(row.code), std::move(message), std::max(line, 1),
                                          std::max(column, 1), std::move(node)});
  }
  void add_at(std::string_view code, std::string message, const Node& node) {
    add(code, std::move(message), node.line, node.column, node.id);
  }
  void add_at(std::string_view code, std::string message, const Span& span, std::size_t byte_offset) {
    const CheckInfo& row = info(code);
    if (!admit(row)) return;  // before counting characters: that is linear in the offset
    push(row, std::move(message), span.line, column_of(span, byte_offset),
         span.node.empty() ? std::nullopt : std::optional<std::string>(span.node));
  }
  // Column of a byte offset in a span. Scans report positions in increasing
  // order, so counting on from the last one keeps a long line linear.
  int column_of(const Span& span, std::size_t offset) {
    if (&span != column_span_ || offset < column_offset_) {
      column_span_ = &span;
      column_offset_ = 0;
      column_ = span.column;
    }
    column_ += count_chars(span.text.substr(column_offset_, offset - column_offset_));
    column_offset_ = offset;
    return column_;
  }

  // structure
  // Per node kind: fixed arrays instead of maps, as every node's children are a sibling list.
  static constexpr std::size_t kKinds = static_cast<std::size_t>(NodeKind::Measure) + 1;
  using KindNumbers = std::array<int, kKinds>;  // last number per kind; 0: none
  void check_siblings(const std::vector<Node>& siblings, const KindNumbers& continued_from);
  void check_numbering(const std::vector<const Node*>& group, int continued_from);
  bool written_in(const Node& node, std::string_view holder, std::string_view marker);
  void check_marker_styles(const std::vector<const Node*>& group);
  void check_labels(const std::vector<const Node*>& group);
  void check_empty(const Node& node);
  void index_spans();
  std::size_t first_content(const Node& node);
  std::size_t first_any(const Node& node);

  // text
  void check_text();
  void check_paragraph(std::size_t first, std::size_t last);
  struct Open {  // an opening mark not yet closed
    const Pair* pair;
    std::size_t span;
    std::size_t offset;
  };
  // The pairing of quotes and brackets within one paragraph: a stack each,
  // kept from paragraph to paragraph for their memory.
  std::vector<Open> open_quotes_, open_brackets_;
  bool ascii_quote_open_ = false;  // straight quotes pair up among themselves
  Open ascii_quote_{nullptr, 0, 0};
  void check_pair_mark(std::size_t s, std::size_t at, std::size_t after, char32_t c);
  void report_unclosed(const Open& open);
  // check_siblings' buffers, kept from group to group for their memory.
  std::vector<const Node*> group_;
  std::vector<std::string> shapes_;
  std::vector<std::pair<std::string_view, int>> style_counts_;
  // The character checks' state within one span.
  struct CharacterRun {
    char32_t prev = 0, prev_raw = 0;  // the character before, folded and as written
    std::size_t prev_end = 0;         // where it ends: a skip leaves them behind
    int digits = 0;                   // ASCII digits just before the current character
    std::size_t digits_at = 0;        // where they start
    int placeholder = 0;              // x X × * just before it
    std::size_t placeholder_at = 0;
    char32_t before_placeholder = 0;
    // Whether the next character must be looked at whatever it is.
    bool under_way() const { return digits != 0 || placeholder != 0; }
  };
  void check_character(const Span& span, CharacterRun& run, std::size_t at, char32_t raw, char32_t c,
                       std::size_t& i);
  void finish_characters(const Span& span, const CharacterRun& run);
  // The character checks' diagnostics come after the pairs' of the same
  // paragraph, which the one pass over both finds later: they wait here.
  struct Later {
    std::string_view code;
    std::string message;
    const Span* span;
    std::size_t offset;
  };
  std::vector<Later> later_;
  void add_later(std::string_view code, std::string message, const Span& span, std::size_t offset) {
    later_.push_back(Later{code, std::move(message), &span, offset});
  }
  void check_width(std::size_t first, std::size_t last);

  // document
  bool check_document();

  Document& doc_;
  const std::vector<Span>& spans_;
  const Options& options_;
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);
  static constexpr int kMaxPerCode = 100;
  std::unordered_map<std::string_view, int> count_;  // diagnostics so far, by code
  const Span* column_span_ = nullptr;                // column_of's last position
  std::size_t column_offset_ = 0;
  int column_ = 0;
  // The spans with text, sorted by node id and then in document order: one
  // sort instead of a hash map entry (and a vector) per node.
  struct NodeSpan {
    // The id's first eight bytes, big-endian and padded with zeros: it
    // orders as the id does, so the sort compares ids only on a tie.
    std::uint64_t prefix;
    std::string_view node;
    std::size_t span;
    auto operator<=>(const NodeSpan&) const = default;
  };
  std::vector<NodeSpan> by_node_;
  bool indexed_ = false;  // by_node_ is built on first use: most notices never need it
  std::span<const NodeSpan> spans_of(std::string_view node) const;
  // Calls f with each span of `node` that has text, in document order,
  // until f returns true; whether one did. The first few lookups of a
  // document scan its spans, which costs less than sorting them all for a
  // notice that asks two or three times; past those, by_node_ answers, so
  // that a document that asks for every node stays n log n.
  template <class F>
  bool any_span_of(std::string_view node, F f);
  static constexpr int kScannedLookups = 8;
  int lookups_ = 0;
};

void Checker::run() {
  if (!check_document()) return;
  check_siblings(doc_.outline, KindNumbers{});
  for_each_node(std::as_const(doc_.outline), [&](const Node& node) { check_empty(node); });
  check_text();
}

// ---------------------------------------------------------------- structure

// Siblings are compared within one marker family: an item's measures and its
// subitems are two sequences. A sequence that goes on from the previous
// parent's (items 1-10 under 一、, 11-20 under 二、) is not a gap.
void Checker::check_siblings(const std::vector<Node>& siblings, const KindNumbers& continued_from) {
  if (siblings.empty()) return;
  auto index = [](NodeKind kind) { return static_cast<std::size_t>(kind); };
  unsigned kinds = 0;  // bit k: some sibling is of kind k
  for (const Node& node : siblings) kinds |= 1u << index(node.kind);
  for (std::size_t kind = 0; kind < kKinds; ++kind) {
    if ((kinds >> kind & 1u) == 0) continue;
    // One buffer for every group: the group checks below do not come back here.
    std::vector<const Node*>& group = group_;
    group.clear();
    for (const Node& node : siblings) {
      if (index(node.kind) == kind) group.push_back(&node);
    }
    check_numbering(group, continued_from[kind]);
    check_marker_styles(group);
    check_labels(group);
  }
  // Children of consecutive same-kind parents may number on from each other.
  std::array<KindNumbers, kKinds> last_child_number{};  // parent kind -> child kind -> number
  for (const Node& node : siblings) {
    check_siblings(node.children, last_child_number[index(node.kind)]);
    // A parent without such children (a 二、 of plain text) does not break the run.
    for (const Node& child : node.children) last_child_number[index(node.kind)][index(child.kind)] = child.number;
  }
}

// Whether a measure marker the sequence lacks is written in the text of
// `holder` all the same, where no marker can open (他强调,一是…): then it is
// not missing. Only measures: "3." would match in "2023.".
bool Checker::written_in(const Node& node, std::string_view holder, std::string_view marker) {
  if (node.kind != NodeKind::Measure) return false;
  return any_span_of(holder, [&](std::size_t s) {
    const Span& span = spans_[s];
    return span.role != Role::Chrome && span.text.find(marker) != std::string_view::npos;
  });
}

void Checker::check_numbering(const std::vector<const Node*>& group, int continued_from) {
  const Node* prev = nullptr;
  for (const Node* node : group) {
    if (node->number <= 0) continue;  // no readable number: nothing to compare
    const std::string& marker = node->marker;
    if (prev == nullptr) {
      const std::size_t dot = node->id.rfind('.');
      const std::string_view parent =
          dot == std::string::npos ? std::string_view() : std::string_view(node->id).substr(0, dot);
      if (node->number > 1 && node->number != continued_from + 1 &&
          !written_in(*node, parent, marker_with_number(marker, 1))) {
        add_at("numbering-gap",
               fmt::format("numbering starts at “{}”: “{}” is missing", marker, marker_with_number(marker, 1)), *node);
      }
    } else if (node->number == prev->number + 1) {
      // the expected next number
    } else if (node->number > prev->number + 1 &&
               !written_in(*node, prev->id, marker_with_number(marker, prev->number + 1))) {
      const std::string first_missing = marker_with_number(marker, prev->number + 1);
      const std::string missing =
          node->number == prev->number + 2
              ? fmt::format("“{}” is missing", first_missing)
              : fmt::format("“{}” to “{}” are missing", first_missing, marker_with_number(marker, node->number - 1));
      add_at("numbering-gap", fmt::format("“{}” follows “{}”: {}", marker, prev->marker, missing), *node);
    } else if (node->number == 1) {
      add_at("numbering-restart",
             fmt::format("“{}” starts the numbering again after “{}” under the same heading", marker, prev->marker),
             *node);
    } else if (node->number == prev->number) {
      add_at("numbering-duplicate", fmt::format("“{}” repeats the number of the “{}” before it", marker, prev->marker),
             *node);
    } else {
      add_at("numbering-duplicate",
             fmt::format("“{}” goes back to a number already used, after “{}”", marker, prev->marker), *node);
    }
    prev = node;
  }
}

void Checker::check_marker_styles(const std::vector<const Node*>& group) {
  if (group.size() < 2) return;
  // The majority style is the right one; ties go to the style seen first.
  std::vector<std::pair<std::string_view, int>>& counts = style_counts_;  // views into shapes
  std::vector<std::string>& shapes = shapes_;
  counts.clear();
  shapes.resize(group.size());  // not to grow below: counts points into it
  for (std::size_t i = 0; i < group.size(); ++i) {
    const Node* node = group[i];
    marker_shape(node->marker, shapes[i]);
    auto it = std::find_if(counts.begin(), counts.end(), [&](const auto& c) { return c.first == shapes[i]; });
    if (it == counts.end())
      counts.emplace_back(shapes[i], 1);
    else
      ++it->second;
  }
  if (counts.size() < 2) return;
  auto best =
      std::max_element(counts.begin(), counts.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
  const Node* example = nullptr;
  for (std::size_t i = 0; i < group.size(); ++i) {
    if (shapes[i] == best->first) {
      example = group[i];
      break;
    }
  }
  for (std::size_t i = 0; i < group.size(); ++i) {
    if (shapes[i] == best->first) continue;
    add_at("mixed-marker-style",
           fmt::format("“{}” is written differently from its siblings, which are numbered like “{}”", group[i]->marker,
                       example->marker),
           *group[i]);
  }
}

void Checker::check_labels(const std::vector<const Node*>& group) {
  // A label is expected when most siblings, and at least two, carry one.
  std::vector<std::pair<std::string_view, int>> counts;
  int labelled = 0;
  for (const Node* node : group) {
    if (!node->label || node->label->empty()) continue;
    ++labelled;
    auto it = std::find_if(counts.begin(), counts.end(), [&](const auto& c) { return c.first == *node->label; });
    if (it == counts.end())
      counts.emplace_back(*node->label, 1);
    else
      ++it->second;
  }
  if (labelled < 2 || 2 * labelled <= static_cast<int>(group.size())) return;
  const std::string_view usual = std::max_element(counts.begin(), counts.end(), [](const auto& a, const auto& b) {
                               return a.second < b.second;
                             })->first;
  for (const Node* node : group) {
    if (node->label && !node->label->empty()) continue;
    if (node->text.empty() && node->children.empty()) continue;  // empty-unit says it
    const std::string message =
        fmt::format("“{}” has no “{}:” label, unlike {} of its {} siblings; begin its text with “{}:”", node->marker,
                    usual, labelled, group.size() - 1, usual);
    const std::size_t at = first_content(*node);
    if (at == npos)
      add_at("label-missing", message, *node);
    else
      add("label-missing", message, spans_[at].line, spans_[at].column, node->id);  // the unit, not its measure
  }
}

void Checker::check_empty(const Node& node) {
  if (!node.children.empty() || !node.text.empty()) return;
  if (node.heading.empty() && !node.label) {
    add_at("empty-unit", fmt::format("“{}” has nothing after its marker", node.marker), node);
  } else if (node.label) {
    add_at("empty-unit", fmt::format("“{}” has the label “{}” and nothing after it", node.marker, *node.label), node);
  } else if (node.problem) {
    add_at("empty-unit",
           fmt::format("“{}” names the problem “{}” but says nothing of its rectification", node.marker, *node.problem),
           node);
  }
}

void Checker::index_spans() {
  if (indexed_) return;
  indexed_ = true;
  for (std::size_t i = 0; i < spans_.size(); ++i) {
    if (spans_[i].text.empty()) continue;
    const std::string_view node = spans_[i].node;
    unsigned char bytes[8] = {};
    std::memcpy(bytes, node.data(), std::min<std::size_t>(node.size(), 8));
    std::uint64_t prefix = 0;
    std::memcpy(&prefix, bytes, 8);
    if constexpr (std::endian::native == std::endian::little) prefix = __builtin_bswap64(prefix);
    by_node_.push_back(NodeSpan{prefix, node, i});
  }
  std::sort(by_node_.begin(), by_node_.end(), [](const NodeSpan& a, const NodeSpan& b) {
    if (a.prefix != b.prefix) return a.prefix < b.prefix;
    // The same prefix and the same length, eight bytes at most: the same id.
    if (a.node.size() == b.node.size() && a.node.size() <= 8) return a.span < b.span;
    return a < b;
  });
}

// The spans of `node` with text, in document order; index_spans() first.
std::span<const Checker::NodeSpan> Checker::spans_of(std::string_view node) const {
  const auto [from, to] = std::equal_range(by_node_.begin(), by_node_.end(), NodeSpan{0, node, 0},
                                           [](const NodeSpan& a, const NodeSpan& b) { return a.node < b.node; });
  return {from, to};
}

template <class F>
bool Checker::any_span_of(std::string_view node, F f) {
  if (++lookups_ <= kScannedLookups) {
    for (std::size_t i = 0; i < spans_.size(); ++i) {
      if (!spans_[i].text.empty() && spans_[i].node == node && f(i)) return true;
    }
    return false;
  }
  index_spans();
  for (const NodeSpan& s : spans_of(node)) {
    if (f(s.span)) return true;
  }
  return false;
}

// The first span of a node's subtree, its own heading included.
std::size_t Checker::first_any(const Node& node) {
  std::size_t best = npos;
  if (!node.id.empty()) {
    any_span_of(node.id, [&](std::size_t s) {
      best = s;
      return true;
    });
  }
  for (const Node& child : node.children) best = std::min(best, first_any(child));
  return best;
}

// Where a node's content starts: its first text that is not its own heading
// (a child's heading counts: item 31's content is its first measure).
std::size_t Checker::first_content(const Node& node) {
  std::size_t best = npos;
  if (!node.id.empty()) {
    any_span_of(node.id, [&](std::size_t s) {
      if (spans_[s].role == Role::Heading) return false;
      best = s;
      return true;
    });
  }
  for (const Node& child : node.children) best = std::min(best, first_any(child));
  return best;
}

// --------------------------------------------------------------------- text

bool is_text_role(Role role) { return role != Role::Chrome; }

// Spans of one paragraph: those of one line. The spans of a block (a
// run-in heading and its body) all carry the block's line.
bool same_paragraph(const Span& a, const Span& b) { return a.line == b.line; }

// Paired marks: what opens, what closes it, and which code reports it.
struct Pair {
  char32_t open;
  char32_t close;
  bool quote;  // unbalanced-quote, else unbalanced-bracket
};
constexpr Pair kPairs[] = {
    {U'“', U'”', true},    {U'‘', U'’', true},    {U'「', U'」', true}, {U'『', U'』', true},
    {U'《', U'》', false}, {U'〈', U'〉', false}, {U'(', U')', false},  // （） fold to ()
    {U'【', U'】', false}, {U'〔', U'〕', false}, {U'[', U']', false},
};
constexpr Pair kAsciiQuote{U'"', U'"', true};
// Sentence punctuation that belongs outside quotes the sentence goes on after.
constexpr char32_t kInnerStops[] = {U'。', U'，', U'；', U'：', U',', U';', U':'};
// The last byte of each in UTF-8: a character that ends in another byte is
// none of them, and is not decoded back from the closing quote.
constexpr auto kInnerStopLastBytes = [] {
  std::array<bool, 256> last{};
  for (char32_t c : kInnerStops) last[c < 0x80 ? c : 0x80 | (c & 0x3F)] = true;
  return last;
}();
// What shows that the sentence goes on after a closing quote: the quotation
// is part of a phrase (…不大。”的问题), not a full sentence quoted before the
// next one starts (…基层社。”全国政协…).
constexpr std::string_view kContinuations[] = {"的", "等",   "问题", "方面", "之",   "中",   "和",  "与",
                                               "及", "相关", "有关", "精神", "要求", "工作", "情况"};

constexpr std::size_t kMaxDepth = 8;

// The characters the pairing looks at: the marks of kPairs, the straight
// quote, and the full-width forms that fold_width makes ASCII (＂ （ ） ［ ］).
constexpr std::u32string_view kPairChars = U"\"()[]＂（）［］“”‘’「」『』《》〈〉【】〔〕";
// The characters where a character check can start: a space, an ASCII
// digit, a placeholder mark (x X * ×, and ｘ Ｘ ＊, which fold_width makes
// x X *), 第. 日 and 月 matter only after digits, which are looked at anyway.
constexpr std::u32string_view kCharacterChars = U" 0123456789xX*×ｘＸ＊第";

constexpr StopChars<3> kPairStops(kPairChars);
static_assert(std::all_of(std::begin(kPairs), std::end(kPairs),
                          [](const Pair& p) { return kPairStops.holds(p.open) && kPairStops.holds(p.close); }));
static_assert(std::all_of(std::begin(kPairs), std::end(kPairs), [](const Pair& p) {
  return p.open >= 0x80 || (kPairStops.holds(p.open + 0xFEE0) && kPairStops.holds(p.close + 0xFEE0));
}));
static_assert(std::none_of(kCharacterChars.begin(), kCharacterChars.end(),
                           [](char32_t c) { return kPairStops.holds(c); }),
              "a character is either a pair's or a character check's: check_paragraph tells them apart so");

// Which pair a mark (folded) is of, and whether it opens it: looked up in
// a table for each of the three ranges the marks lie in, not searched for in
// kPairs at every mark.
struct PairMark {
  const Pair* pair = nullptr;
  bool opens = false;
};
constexpr char32_t kMarkRanges[][2] = {{0, 0x7F}, {U'‘', U'”'}, {U'〈', U'〕'}};
constexpr auto kMarkTables = [] {
  std::array<std::array<PairMark, 128>, std::size(kMarkRanges)> tables{};
  for (const Pair& pair : kPairs) {
    for (const bool opens : {true, false}) {
      const char32_t c = opens ? pair.open : pair.close;
      std::size_t r = 0;
      while (r < std::size(kMarkRanges) && !(c >= kMarkRanges[r][0] && c <= kMarkRanges[r][1])) ++r;
      if (r == std::size(kMarkRanges) || c - kMarkRanges[r][0] >= 128) throw "kMarkRanges: a mark outside them";
      tables[r][c - kMarkRanges[r][0]] = PairMark{&pair, opens};
    }
  }
  return tables;
}();
constexpr PairMark pair_mark_of(char32_t c) {
  for (std::size_t r = 0; r < std::size(kMarkRanges); ++r) {
    if (c >= kMarkRanges[r][0] && c <= kMarkRanges[r][1]) return kMarkTables[r][c - kMarkRanges[r][0]];
  }
  return PairMark{};
}

// Whether c (folded by fold_width) is a mark the pairing looks at: what
// kPairStops holds, by comparisons instead of its table.
constexpr bool is_pair_mark(char32_t c) {
  if (c < 0x80) return c == '"' || c == '(' || c == ')' || c == '[' || c == ']';
  return (c >= U'‘' && c <= U'”' && c != U'‚' && c != U'‛') || (c >= U'〈' && c <= U'】') || c == U'〔' || c == U'〕';
}
// For every BMP character: is_pair_mark agrees with kPairStops, and every
// mark but the straight quote is of a pair in kPairs. Checked 4096
// characters to a constant expression: clang stops one after about a
// million steps, and all 65536 at once take more.
template <char32_t First>
constexpr bool kPairMarksAgree = [] {
  for (char32_t c = First; c < First + 0x1000; ++c) {
    if (is_pair_mark(fold_width(c)) != kPairStops.holds(c)) return false;
    if (is_pair_mark(c) && c != '"' && pair_mark_of(c).pair == nullptr) return false;
  }
  return true;
}();
template <std::size_t... Chunk>
constexpr bool pair_marks_agree(std::index_sequence<Chunk...>) {
  return (kPairMarksAgree<static_cast<char32_t>(Chunk * 0x1000)> && ...);
}
static_assert(pair_marks_agree(std::make_index_sequence<0x10000 / 0x1000>{}),
              "is_pair_mark and kPairStops disagree, or a mark is of no pair in kPairs");

// Both sets, for the one scan of check_paragraph.
constexpr auto kTextChars = [] {
  std::array<char32_t, kPairChars.size() + kCharacterChars.size()> chars{};
  std::copy(kPairChars.begin(), kPairChars.end(), chars.begin());
  std::copy(kCharacterChars.begin(), kCharacterChars.end(), chars.begin() + kPairChars.size());
  return chars;
}();
constexpr StopChars<6> kTextStops(std::u32string_view(kTextChars.data(), kTextChars.size()));

void Checker::check_text() {
  std::size_t i = 0;
  while (i < spans_.size()) {
    if (!is_text_role(spans_[i].role)) {
      ++i;
      continue;
    }
    std::size_t j = i + 1;
    while (j < spans_.size() && is_text_role(spans_[j].role) && same_paragraph(spans_[j - 1], spans_[j])) ++j;
    check_paragraph(i, j);
    if (options_.pedantic) check_width(i, j);
    i = j;
  }
}

// Quotes and brackets, matched over the paragraph, and the checks of single
// characters (spaces, placeholders, dates, 第), in one scan of each span
// that steps over what neither looks at. Diagnostics: the pairs' first, then
// the characters', each in text order.
void Checker::check_paragraph(std::size_t first, std::size_t last) {
  open_quotes_.clear();
  open_brackets_.clear();
  ascii_quote_open_ = false;
  later_.clear();
  for (std::size_t s = first; s < last; ++s) {
    const Span& span = spans_[s];
    const std::string_view text = span.text;
    CharacterRun run;
    std::size_t i = 0;
    while (i < text.size()) {
      if (!run.under_way()) {
        i = kTextStops.next(text, i);
        if (i == text.size()) break;
      }
      const std::size_t at = i;
      const char32_t raw = next_code_point(text, i);
      const char32_t c = fold_width(raw);
      const bool pair_mark = is_pair_mark(c);
      if (pair_mark) check_pair_mark(s, at, i, c);
      // A stop that is not a pair's mark is a character check's.
      if (!pair_mark || run.under_way()) check_character(span, run, at, raw, c, i);
    }
    finish_characters(span, run);
  }
  for (const Open& open : open_quotes_) report_unclosed(open);
  for (const Open& open : open_brackets_) report_unclosed(open);
  if (ascii_quote_open_) report_unclosed(ascii_quote_);
  for (Later& d : later_) add_at(d.code, std::move(d.message), *d.span, d.offset);
}

// Whether the ’ at `at` is an apostrophe (don’t): it follows a letter or digit.
bool apostrophe_at(std::string_view text, std::size_t at) {
  if (at == 0) return false;
  return is_ascii_alnum(fold_width(prev_code_point(text, at)));
}

void Checker::report_unclosed(const Open& open) {
  const Span& span = spans_[open.span];
  std::string open_mark;
  append_utf8(open_mark, open.pair->open);
  add_at(open.pair->quote ? "unbalanced-quote" : "unbalanced-bracket",
         fmt::format("opening {} {} is never closed: {}", open.pair->quote ? "quote" : "bracket", open_mark,
                     excerpt_after(span.text, open.offset, 16)),
         span, open.offset);
}

// The quote or bracket c (folded) from `at` to `after` in span s. A closer
// that matches an opener further down its stack closes it and reports those
// above.
void Checker::check_pair_mark(std::size_t s, std::size_t at, std::size_t after, char32_t c) {
  const Span& span = spans_[s];
  const std::string_view text = span.text;
  std::vector<Open>& quotes = open_quotes_;
  std::vector<Open>& brackets = open_brackets_;
  if (c == '"') {  // straight quotes: close an open “ (crawlers fold ” to "), else pair up
    if (!quotes.empty() && quotes.back().pair->open == U'“')
      quotes.pop_back();
    else if (ascii_quote_open_)
      ascii_quote_open_ = false;
    else {
      ascii_quote_open_ = true;
      ascii_quote_ = Open{&kAsciiQuote, s, at};
    }
    return;
  }
  const PairMark mark = pair_mark_of(c);  // a mark of kPairs: is_pair_mark said so, and '"' is done
  const Pair& pair = *mark.pair;
  if (mark.opens) {
    (pair.quote ? quotes : brackets).push_back(Open{&pair, s, at});
    return;
  }
  if (c == U'’' && apostrophe_at(text, at)) return;  // don’t
  auto& stack = pair.quote ? quotes : brackets;
  // Look a few openers deep only: enough for real nesting, and it keeps
  // a run of thousands of unmatched marks linear.
  const auto floor = stack.rbegin() + static_cast<std::ptrdiff_t>(std::min(stack.size(), kMaxDepth));
  auto match = std::find_if(stack.rbegin(), floor, [&](const Open& o) { return o.pair == &pair; });
  if (match == floor) {
    std::string close_mark;
    append_utf8(close_mark, c);
    add_at(pair.quote ? "unbalanced-quote" : "unbalanced-bracket",
           fmt::format("closing {} {} has no opening one: {}", pair.quote ? "quote" : "bracket", close_mark,
                       excerpt_around(text, at, 12, 4)),
           span, at);
    return;
  }
  const std::size_t keep = static_cast<std::size_t>(stack.rend() - match) - 1;
  for (std::size_t k = keep + 1; k < stack.size(); ++k) report_unclosed(stack[k]);
  stack.resize(keep);
  // 。 just inside a closing quote that the sentence goes on after.
  if (pair.quote && at > 0 && after < text.size() && kInnerStopLastBytes[static_cast<unsigned char>(text[at - 1])]) {
    std::size_t p = at;
    const char32_t inner = prev_code_point(text, p);
    const std::string_view rest = text.substr(after);
    if (std::find(std::begin(kInnerStops), std::end(kInnerStops), inner) != std::end(kInnerStops) &&
        std::any_of(std::begin(kContinuations), std::end(kContinuations),
                    [&](std::string_view w) { return starts_with(rest, w); })) {
      std::string inner_mark;
      append_utf8(inner_mark, inner);
      add_at("punctuation-in-quotes",
             fmt::format("“{}” ends the quotation although the sentence goes on: {}; remove it and "
                         "punctuate after the quotation",
                         inner_mark, excerpt_around(text, p, 10, 6)),
             span, p);
    }
  }
}

// Checks character by character: stray spaces, placeholders, run-together
// dates and numbers left out after 第. The character `raw` (folded: c) runs
// from `at` to i; a run of digits moves i on past its end.
void Checker::check_character(const Span& span, CharacterRun& run, std::size_t at, char32_t raw, char32_t c,
                              std::size_t& i) {
  const std::string_view text = span.text;
  const bool prose = span.role == Role::Preamble || span.role == Role::Heading || span.role == Role::Body;
  // Words that need a number after 第: 第巡察组 lost its 七.
  static constexpr std::string_view kCounted[] = {"巡察组", "巡视组", "轮", "批", "届", "季度"};
  // Brings prev and prev_raw up to the character before `at`, decoding back
  // only when a skip passed it: the few checks that look back are rare.
  auto look_back = [&](std::size_t to) {
    if (run.prev_end == to) return;
    std::size_t p = to;
    run.prev_raw = prev_code_point(text, p);  // to > 0: a skip moved past something
    run.prev = fold_width(run.prev_raw);
    run.prev_end = to;
  };
  if (c == ' ' && prose && i < text.size() && (look_back(at), is_chinese(run.prev_raw))) {
    std::size_t n = i;
    const char32_t next = next_code_point(text, n);
    if (is_chinese(next)) {
      // Between two ideographs a space is often a separator people mean
      // (a title and a name, two halves of a slogan); next to punctuation
      // it never is.
      const bool both_ideographs = is_ideograph(run.prev_raw) && is_ideograph(next);
      add_later(both_ideographs ? "ideograph-space" : "stray-space",
                fmt::format("stray space in “{}”", excerpt_around(text, at, 6, 7)), span, at);
    }
  }
  if ((c == U'日' || c == U'月') && run.digits >= 3) {
    add_later(
        "malformed-date",
        fmt::format("“{}” is not a date: its digits ran together", text.substr(run.digits_at, i - run.digits_at)),
        span, run.digits_at);
  }
  if (c == U'第') {
    for (std::string_view word : kCounted) {
      if (starts_with(text.substr(i), word)) {
        add_later("missing-number",
                  fmt::format("a number is missing between “第” and “{}”: {}", word, excerpt_around(text, at, 6, 6)),
                  span, at);
        break;
      }
    }
  }
  const bool mark = c == 'x' || c == 'X' || c == U'×' || c == '*';
  if (mark) {
    if (run.placeholder == 0) {
      run.placeholder_at = at;
      look_back(at);
      run.before_placeholder = run.prev;
    }
    ++run.placeholder;
  } else {
    if (run.placeholder >= 2 && !is_ascii_alnum(c) && !is_ascii_alnum(run.before_placeholder)) {
      add_later("placeholder",
                fmt::format("placeholder “{}” left in the text: {}",
                            text.substr(run.placeholder_at, at - run.placeholder_at),
                            excerpt_around(text, run.placeholder_at, 6, 8)),
                span, run.placeholder_at);
    }
    run.placeholder = 0;
  }
  if (c >= '0' && c <= '9' && raw == c) {
    if (run.digits == 0) run.digits_at = at;
    ++run.digits;
    // The rest of a run of digits only counts: step over it at once.
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
      ++run.digits;
      ++i;
    }
    run.prev = run.prev_raw = static_cast<unsigned char>(text[i - 1]);
    run.prev_end = i;
    return;
  }
  run.digits = 0;
  run.prev = c;
  run.prev_raw = raw;
  run.prev_end = i;
}

// A placeholder that runs to the end of the span.
void Checker::finish_characters(const Span& span, const CharacterRun& run) {
  if (run.placeholder >= 2 && !is_ascii_alnum(run.before_placeholder)) {
    add_later("placeholder",
              fmt::format("placeholder “{}” left in the text: {}", span.text.substr(run.placeholder_at),
                          excerpt_around(span.text, run.placeholder_at, 6, 8)),
              span, run.placeholder_at);
  }
}

// Opt-in: half-width punctuation next to Chinese text, full-width digits and
// letters. One diagnostic per paragraph, at the first, with a count: archived
// notices have hundreds.
void Checker::check_width(std::size_t first, std::size_t last) {
  static constexpr std::string_view kHalfwidth = ",:;()?!\"";
  struct Found {
    int count = 0;
    std::size_t span = 0, offset = 0;
    char32_t mark = 0;
  } half, full;
  for (std::size_t s = first; s < last; ++s) {
    const std::string_view text = spans_[s].text;
    std::size_t i = 0;
    char32_t prev = 0;
    while (i < text.size()) {
      const std::size_t at = i;
      const char32_t c = next_code_point(text, i);
      Found* found = nullptr;
      if (c < 0x80 && kHalfwidth.find(static_cast<char>(c)) != std::string_view::npos) {
        std::size_t n = i;
        const char32_t next = i < text.size() ? next_code_point(text, n) : 0;
        if (is_chinese(prev) || is_chinese(next)) found = &half;
      } else if ((c >= 0xFF10 && c <= 0xFF19) || (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A)) {
        found = &full;
      }
      if (found != nullptr && found->count++ == 0) *found = Found{1, s, at, c};
      prev = c;
    }
  }
  auto report = [&](std::string_view code, const Found& f, std::string_view what) {
    if (f.count == 0) return;
    const Span& span = spans_[f.span];
    std::string mark;
    append_utf8(mark, f.mark);
    add_at(code,
           fmt::format("{} “{}” in Chinese text: {}{}", what, mark, excerpt_around(span.text, f.offset, 6, 6),
                       f.count > 1 ? fmt::format(" (and {} more in this paragraph)", f.count - 1) : std::string()),
           span, f.offset);
  };
  report("halfwidth-punctuation", half, "half-width");
  report("fullwidth-alphanumeric", full, "full-width");
}

// ----------------------------------------------------------------- document

// Vocabulary a rectification notice cannot do without: it reports 整改 of
// what an inspection (巡视, 巡察, 审计, 督察 ...) found. Traditional forms too:
// archives hold Big5 pages.
constexpr std::string_view kRectificationWords[] = {"整改", "整治", "纠正", "糾正"};
constexpr std::string_view kInspectionWords[] = {"巡视", "巡察", "审计", "督察", "督查", "检查",
                                                 "反馈", "巡視", "審計", "檢查", "反饋"};
// Near relatives that are not reports of rectification: how their titles end
// or what their text says. Each with what the document is instead.
struct Giveaway {
  std::string_view word;
  std::string_view what;
};
constexpr Giveaway kTitleEndings[] = {
    {"整改方案", "a rectification plan"},
    {"工作方案", "a work plan"},
    {"巡察公告", "an inspection announcement"},
    {"巡视公告", "an inspection announcement"},
    {"巡視公告", "an inspection announcement"},
    {"的意见", "a policy opinion"},
    {"的意見", "a policy opinion"},
    {"讲话", "a speech"},
    {"講話", "a speech"},
};
constexpr Giveaway kTextGiveaways[] = {
    {"本报讯", "a news story"}, {"本報訊", "a news story"},      {"记者", "a news story"},
    {"記者", "a news story"},   {"公告如下", "an announcement"},
};

// The giveaway words, for one scan of a span instead of a search for each.
constexpr auto kGiveawayWords = [] {
  std::array<std::string_view, std::size(kTextGiveaways)> words{};
  for (std::size_t k = 0; k < words.size(); ++k) words[k] = kTextGiveaways[k].word;
  return words;
}();
const WordSet& giveaway_words() {
  static const WordSet words{kGiveawayWords};
  return words;
}

// The first giveaway of the table that `text` holds, or nullptr.
const Giveaway* find_giveaway(std::string_view text) {
  if (!giveaway_words().found_in(text)) return nullptr;  // most spans
  for (const Giveaway& g : kTextGiveaways) {
    if (occurs_in(text, g.word)) return &g;
  }
  return nullptr;
}


// A date written under the signature: 2024年6月17日, 二〇二四年六月十七日.
// A rectification notice says what it is: a sentence that names 整改 and
// announces or reports it (现将…整改情况予以公布, 报告…整改情况,请予审议,
// 《…整改情况的报告》). News stories, inspection reports and announcements
// mention 整改 without such a sentence.
constexpr std::string_view kAnnouncements[] = {
    "予以公布", "予以通报", "予以公开", "公布如下", "通报如下", "报告如下", "情况的报告", "情况报告",
    "情况的通报", "请予审议", "现将",     "予以通報", "予以公開", "現將",     "情況的報告", "情況報告",
    "情況的通報", "請予審議", "函告如下",
};
const WordSet& announcement_words() {
  static const WordSet words{kAnnouncements};
  return words;
}
// How many of the opening paragraphs are searched for that sentence.
constexpr int kAnnouncementSpans = 12;

bool is_stop_at(std::string_view text, std::size_t i) {
  // 。 E3 80 82, ！ EF BC 81, ？ EF BC 9F: compared byte by byte, as this
  // runs at every byte of the opening sentences.
  if (i + 3 > text.size()) return false;
  const auto b0 = static_cast<unsigned char>(text[i]);
  const auto b1 = static_cast<unsigned char>(text[i + 1]);
  const auto b2 = static_cast<unsigned char>(text[i + 2]);
  return (b0 == 0xE3 && b1 == 0x80 && b2 == 0x82) || (b0 == 0xEF && b1 == 0xBC && (b2 == 0x81 || b2 == 0x9F));
}
static_assert(std::string_view("。！？") == "\xE3\x80\x82\xEF\xBC\x81\xEF\xBC\x9F");

bool announces_rectification(std::string_view text) {
  for (std::size_t at = text.find("整改"); at != std::string_view::npos; at = text.find("整改", at + 1)) {
    std::size_t begin = at, end = at;
    while (begin > 0 && !(begin >= 3 && is_stop_at(text, begin - 3))) --begin;
    while (end < text.size() && !is_stop_at(text, end)) ++end;
    if (announcement_words().found_in(text.substr(begin, end - begin))) return true;
    at = end;
    if (at >= text.size()) break;
  }
  return false;
}

bool looks_like_date(std::string_view text) {
  const std::size_t year = text.find("年");
  if (year == std::string_view::npos) return false;
  const std::size_t month = text.find("月", year);
  return month != std::string_view::npos && text.find("日", month) != std::string_view::npos && year > 0;
}

// Returns false when the document is empty and nothing else is worth saying.
bool Checker::check_document() {
  const Span* first = nullptr;
  const Span* last = nullptr;
  bool rectification = false, inspection = false, dated_closing = false;
  const Giveaway* giveaway = nullptr;
  for (const Span& span : spans_) {
    if (!is_text_role(span.role) || span.text.empty()) continue;
    if (first == nullptr) first = &span;
    last = &span;
    rectification = rectification || lexicon::contains_any(span.text, kRectificationWords);
    inspection = inspection || lexicon::contains_any(span.text, kInspectionWords);
    if (span.role == Role::Closing && looks_like_date(span.text)) dated_closing = true;
    if (giveaway == nullptr) giveaway = find_giveaway(span.text);
  }
  if (first == nullptr && doc_.outline.empty() && !doc_.title) {
    add("empty-document", "the input has no text to check", 1, 1, std::nullopt);
    return false;
  }
  const int first_line = first ? first->line : 1;
  const int first_column = first ? first->column : 1;
  if (!doc_.title || doc_.title->empty()) {
    add("missing-title",
        first ? fmt::format("no title: the text opens with “{}”", excerpt_after(first->text, 0, 16))
              : std::string("no title"),
        first_line, first_column, std::nullopt);
  }
  if (!doc_.signed_on && !doc_.published && !dated_closing) {
    add("missing-date",
        last ? fmt::format("no date under the signature and no publication date; the text ends with “{}”",
                           excerpt_after(last->text, 0, 16))
             : std::string("no date under the signature and no publication date"),
        last ? last->line : 1, last ? last->column : 1, std::nullopt);
  }
  const std::string title = doc_.title.value_or("");
  rectification = rectification || lexicon::contains_any(title, kRectificationWords);
  inspection = inspection || lexicon::contains_any(title, kInspectionWords);
  std::string why;
  // A trailing date or bracket ("…的通报 (2024-07-26)") does not change what a title names.
  std::string_view title_words = title;
  if (const std::size_t cut = title_words.find_first_of("(（"); cut != std::string_view::npos && cut > 0) {
    title_words = title_words.substr(0, cut);
  }
  while (!title_words.empty() && title_words.back() == ' ') title_words.remove_suffix(1);
  for (const Giveaway& g : kTitleEndings) {
    if (ends_with(title_words, g.word)) {
      why = fmt::format("its title “{}” names {}, not a report of rectification", title, g.what);
      break;
    }
  }
  if (why.empty() && giveaway != nullptr) {
    why = fmt::format("it reads like {} (“{}”)", giveaway->what, giveaway->word);
  }
  if (why.empty() && !rectification) why = "it never mentions 整改 (rectification)";
  if (why.empty() && !inspection) why = "it names no inspection (巡视, 巡察, 审计, 督察) that found problems";
  if (why.empty()) {
    bool announced = false;
    int searched = 0;
    for (const Span& span : spans_) {
      if (!is_text_role(span.role) || span.text.empty()) continue;
      if (++searched > kAnnouncementSpans || announced) break;
      announced = announces_rectification(span.text);
    }
    // Converter pinyin (關(guān)于) would otherwise cut the title at its parenthesis.
    const std::string clean_title = strip_conversion_artifacts(title);
    std::string_view bare_title = clean_title;
    if (const std::size_t cut = bare_title.find_first_of("(（"); cut != std::string_view::npos && cut > 0) {
      bare_title = bare_title.substr(0, cut);
    }
    while (!bare_title.empty() && bare_title.back() == ' ') bare_title.remove_suffix(1);
    const bool titled = occurs_in(bare_title, "整改") &&
                        (ends_with(bare_title, "通报") || ends_with(bare_title, "报告") || ends_with(bare_title, "情况") ||
                         ends_with(bare_title, "函") || ends_with(bare_title, "通報") || ends_with(bare_title, "報告") ||
                         ends_with(bare_title, "情況"));
    int labelled = 0;
    for_each_node(doc_.outline, [&](const Node& n) { labelled += n.label.has_value(); });
    if (!announced && !titled && labelled < 2) {
      why = "no sentence announces or reports the rectification (现将…整改情况予以公布, 整改情况的报告), the title "
            "names none, and no units carry 整改情况 labels";
    }
  }
  if (!why.empty()) {
    add("not-a-notice", "the document does not look like a rectification notice: " + why, first_line, first_column,
        std::nullopt);
  }
  return true;
}

}  // namespace

std::span<const CheckInfo> catalogue() { return kCatalogue; }

const CheckInfo* find_check(std::string_view code) {
  for (const CheckInfo& row : kCatalogue) {
    if (row.code == code) return &row;
  }
  return nullptr;
}

void check(Document& doc, const std::vector<Span>& spans, const Options& options) {
  Checker(doc, spans, options).run();
}

}  // namespace tongbao::detail
