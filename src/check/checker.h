// checker.h - the Checker: the document under check, the diagnostics so far
// and the buffers the checks share, declared once so that each kind of check
// has a file of its own: structure.cc, text_marks.cc, document_checks.cc;
// check.cc holds the catalogue and runs them. Internal to src/check/.
#pragma once

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "blocks/block.h"
#include "check/check.h"
#include "text/utf8.h"
#include "tongbao/document.h"
#include "tongbao/options.h"

namespace tongbao::detail {
// Hidden: the shared object the Python module links (built with -fPIC) does
// not export the checker, and calls among its functions stay direct ones the
// compiler may inline, as when they were local to one file. Its own
// namespace keeps Pair and Checker out of detail's.
namespace [[gnu::visibility("hidden")]] checks {

// The catalogue's row for `code` (check.cc); a code missing from it is a bug.
const CheckInfo& info(std::string_view code);

// Quotations of the text for messages (text_marks.cc).
std::string excerpt_after(std::string_view s, std::size_t from, int chars);
std::string excerpt_around(std::string_view s, std::size_t at, int before, int after);

// Whether the text and document checks read a span: all but the page's chrome.
inline bool is_text_role(Role role) { return role != Role::Chrome; }

struct Pair;  // a paired mark (text_marks.cc)

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
    const SourcePosition at = span.line_starts.empty()
                                  ? SourcePosition{span.line, column_of(span, byte_offset)}
                                  : position_in(span.text, span.line, span.column, span.line_starts, byte_offset);
    push(row, std::move(message), at.line, at.column,
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
  // The functions check_paragraph calls at every mark are defined in
  // text_marks.cc, where alone they are called, and inlined into it by
  // order: a member of a class declared in a header is not one the compiler
  // sees called once and folds into its caller, as when the class was local
  // to one file, and they are too large for it to inline otherwise.
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
  [[gnu::always_inline]] inline void check_pair_mark(std::size_t s, std::size_t at, std::size_t after, char32_t c);
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
  [[gnu::always_inline]] inline void check_character(const Span& span, CharacterRun& run, std::size_t at,
                                                     char32_t raw, char32_t c, std::size_t& i);
  [[gnu::always_inline]] inline void finish_characters(const Span& span, const CharacterRun& run);
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

}  // namespace checks
}  // namespace tongbao::detail
