#include "blocks/text_blocks.h"

#include <algorithm>
#include <bit>
#include <cstdint>

#include "blocks/ledger.h"
#include "scan/space_stops.h"
#include "text/chars.h"
#include "text/utf8.h"

namespace tongbao::detail {
namespace {

// Invisible characters that only get in the way of matching markers.
bool is_dropped(char32_t c) {
  return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF ||
         (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F;
}

// fold_space's work on s from `begin` into `out` (empty): to the end of s,
// or, with kStopAtLineEnd, to the first LF or CR. Returns where it stopped.
// Line by line, the line end is found by the same scan that looks for
// spaces (it stops at every byte below 0x21), not by a search of its own.
// With `as_is`, a text that folding leaves as one run of s (most lines of
// a notice, once their indent is trimmed) is not copied: *as_is views it
// in s and `out` stays empty; otherwise *as_is is empty.
template <bool kStopAtLineEnd>
std::size_t fold_into(std::string_view s, std::size_t begin, std::string& out, int* leading_chars,
                      std::string_view* as_is = nullptr) {
  bool pending_space = false;
  int leading = 0;
  // Kept text is copied a run at a time, not a character at a time: appends
  // of 3 bytes were most of this function's cost.
  std::size_t run = std::string_view::npos;  // start of kept bytes not yet in out
  std::string_view first;                    // with as_is: the first run, not copied yet
  auto emitted = [&] { return !out.empty() || !first.empty(); };
  auto copy_first = [&] {
    out.append(first);
    first = {};
  };
  auto flush = [&](std::size_t upto) {
    if (run == std::string_view::npos) return;
    if (as_is && !emitted()) {
      first = s.substr(run, upto - run);
    } else {
      if (!first.empty()) copy_first();
      out.append(s, run, upto - run);
    }
    run = std::string_view::npos;
  };
  auto keep = [&](std::size_t start) {
    if (pending_space && emitted()) {  // a space or drop flushed the run before
      if (!first.empty()) copy_first();
      out += ' ';
    }
    pending_space = false;
    if (run == std::string_view::npos) run = start;
  };
  std::size_t i = begin, end = s.size();
  while (i < s.size()) {
    // Runs of kept characters (ideographs, printable ASCII, most marks) are
    // stepped over sixteen bytes at a time.
    const std::size_t stop = next_space_or_invisible(s, i);
    if (stop > i) {
      keep(i);
      i = stop;
      if (i == s.size()) break;
    }
    const std::size_t start = i;
    const char32_t c = next_code_point(s, i);
    if (kStopAtLineEnd && (c == '\n' || c == '\r')) {
      end = start;
      break;
    }
    if (c == '\f' && !emitted()) continue;  // a page break before a line's text: no column of it
    if (is_space(c) || c == '\n' || c == '\r') {
      flush(start);
      pending_space = true;
      if (!emitted()) ++leading;
      continue;
    }
    if (is_dropped(c)) {
      flush(start);
      if (!emitted()) ++leading;
      continue;
    }
    keep(start);
  }
  flush(end);
  if (leading_chars) *leading_chars = leading;
  if (as_is) *as_is = first;
  return end;
}

}  // namespace

std::string fold_space(std::string_view s, int* leading_chars) {
  std::string out;
  out.reserve(s.size());
  fold_into<false>(s, 0, out, leading_chars);
  return out;
}

namespace {

// A ledger set as text (序号	反馈问题	整改措施 …): what its rows look like,
// as its header row was written.
enum class LedgerRows {
  None,
  Tabs,    // a spreadsheet's rows copied as text: cells parted by tabs
  Bars,    // a table drawn with | or box-drawing characters (html2text, w3m, mysql)
  Layout,  // pdftotext -layout: columns set by runs of spaces
};

bool is_bar(char32_t c) { return c == U'|' || c == U'+' || c == U'｜' || is_box_drawing(c); }

// The first character that is not a space, or 0.
char32_t first_visible(std::string_view raw) {
  for (std::size_t i = 0; i < raw.size();) {
    const char32_t c = next_code_point(raw, i);
    if (c != U' ' && c != U'\t' && c != U'\u3000') return c;
  }
  return 0;
}

// Whether the line's first visible character is a bar, read by its bytes:
// every line is asked, and most open with an ideograph or an indent.
bool opens_with_bar(std::string_view raw) {
  std::size_t i = 0;
  for (;;) {
    if (i < raw.size() && (raw[i] == ' ' || raw[i] == '\t')) {
      ++i;
    } else if (raw.substr(i, 3) == "\u3000") {
      i += 3;
    } else {
      break;
    }
  }
  if (i >= raw.size()) return false;
  const auto b = static_cast<unsigned char>(raw[i]);
  if (b < 0x80) return b == '|' || b == '+';
  if (b != 0xE2 && b != 0xEF) return false;  // box drawing (E2 94/95 ..), ｜ (EF BD 9C)
  return is_bar(first_visible(raw.substr(i)));
}

// Whether two spaces part text from text in the line (pdftotext's columns).
bool has_column_gap(std::string_view raw) {
  const std::size_t text = raw.find_first_not_of(' ');
  if (text == std::string_view::npos) return false;
  const std::size_t gap = raw.find("  ", text);
  return gap != std::string_view::npos && raw.find_first_not_of(' ', gap) != std::string_view::npos;
}

// How a header row that names a ledger's columns sets its rows, or None.
LedgerRows ledger_header(std::string_view raw) {
  const bool tabs = std::count(raw.begin(), raw.end(), '\t') >= 2;
  const bool bars = opens_with_bar(raw);
  const bool layout = !tabs && !bars && has_column_gap(raw);
  if (!tabs && !bars && !layout) return LedgerRows::None;  // the cheap test first
  if (!names_ledger_columns(raw)) return LedgerRows::None;
  return tabs ? LedgerRows::Tabs : bars ? LedgerRows::Bars : LedgerRows::Layout;
}

// Whether a line after the header is still one of the ledger's rows: a
// row of tabs (or the rest of a cell quoted over lines), a line drawn with
// bars, or a line of columns or indented under them. A blank line ends a
// table drawn or laid out; prose ends a spreadsheet's.
bool continues_ledger(std::string_view raw, LedgerRows rows, bool in_quoted_cell) {
  switch (rows) {
    case LedgerRows::Tabs: return in_quoted_cell || raw.find('\t') != std::string_view::npos;
    case LedgerRows::Bars: return opens_with_bar(raw);
    case LedgerRows::Layout: return first_visible(raw) != 0 && (raw.starts_with(' ') || has_column_gap(raw));
    case LedgerRows::None: return false;
  }
  return false;
}

}  // namespace

Blocks text_to_blocks(std::string_view s) {
  Blocks blocks;
  int line = 1;
  std::size_t begin = 0;
  // Where the line after the one ending at `end` starts: CRLF is one line
  // end; a lone CR (old Mac files) is one too.
  auto next_line = [&](std::size_t end) {
    return end + ((s[end] == '\r' && end + 1 < s.size() && s[end + 1] == '\n') ? 2 : 1);
  };
  LedgerRows ledger = LedgerRows::None;
  bool in_quoted_cell = false;  // a spreadsheet's cell quoted over lines ("1.…\n2.…")
  // A line that folding changes is folded into one buffer, kept from line
  // to line, and copied from it at its size: a line's length is known only
  // once it has been read (searching for the line ends first cost a tenth
  // of the stage).
  std::string folded;
  bool quote_run = false;  // the line before was quoted (> …)
  for (;;) {
    int leading = 0;
    folded.clear();
    std::string_view as_is;
    const std::size_t end = fold_into<true>(s, begin, folded, &leading, &as_is);
    // A ledger's rows, from its header on (blocks/ledger.h).
    const std::string_view raw = s.substr(begin, std::min(end, s.size()) - begin);
    bool cell = false;
    if (ledger != LedgerRows::None) {
      cell = continues_ledger(raw, ledger, in_quoted_cell);
      // A spreadsheet's group row (一、…方面) may have lost its empty
      // cells' tabs: a line between rows of tabs is a row too.
      if (!cell && ledger == LedgerRows::Tabs && end < s.size() && first_visible(raw) != 0) {
        const std::size_t next = next_line(end);
        const std::size_t next_end = s.find_first_of("\r\n", next);
        cell = s.substr(next, (next_end == std::string_view::npos ? s.size() : next_end) - next).find('\t') !=
               std::string_view::npos;
      }
      if (!cell) ledger = LedgerRows::None;
    }
    // Only a line that folding changed holds a tab, a run of spaces or an
    // indent: a line folding leaves as it is (most) may open a ledger only
    // with a bar, its first byte says (| + E2 box drawing, EF ｜).
    const auto lead = as_is.empty() ? 0 : static_cast<unsigned char>(as_is[0]);
    const bool may_open = as_is.empty() ? (raw.find('\t') != std::string_view::npos ||
                                           raw.find("  ") != std::string_view::npos || opens_with_bar(raw))
                                        : (lead == '|' || lead == '+' || lead == 0xE2 || lead == 0xEF) && opens_with_bar(raw);
    if (ledger == LedgerRows::None && may_open) {
      ledger = ledger_header(raw);
      cell = ledger != LedgerRows::None;
      in_quoted_cell = false;
    }
    if (ledger == LedgerRows::Tabs && std::count(raw.begin(), raw.end(), '"') % 2 == 1) in_quoted_cell = !in_quoted_cell;
    // A forwarded e-mail quotes the notice a line at a time (> 一、…): the
    // marks of a run of such lines are no part of its text.
    const bool quoted = (!as_is.empty() ? as_is : std::string_view(folded)).starts_with('>');
    if (quoted || quote_run) {
      bool next_quoted = false;
      if (end < s.size()) {
        const std::size_t next = next_line(end);
        const std::size_t visible = s.find_first_not_of(" \t", next);
        next_quoted = visible != std::string_view::npos && s[visible] == '>';
      }
      if (quoted && (quote_run || next_quoted)) {
        auto unquote = [](std::string_view t) {
          std::size_t k = 0;
          while (k < t.size() && (t[k] == '>' || t[k] == ' ')) ++k;
          return k;
        };
        if (!as_is.empty()) {
          const std::size_t k = unquote(as_is);
          as_is.remove_prefix(k);
          leading += static_cast<int>(k);
        } else {
          const std::size_t k = unquote(folded);
          folded.erase(0, k);
          leading += static_cast<int>(k);
        }
      }
      quote_run = quoted;
    }
    if (!as_is.empty()) blocks.add_view(as_is, line, leading + 1, cell);
    if (!folded.empty()) blocks.add_copy(folded, line, leading + 1, cell);
    if (end >= s.size()) break;
    begin = next_line(end);
    ++line;
  }
  return blocks;
}

int column_at(const Block& block, std::size_t byte_offset) {
  return block.column + count_chars(std::string_view(block.text).substr(0, byte_offset));
}

SourcePosition position_in(std::string_view text, int line, int column, std::span<const LineStart> line_starts,
                           std::size_t offset) {
  offset = std::min(offset, text.size());
  const char* const target = text.data() + offset;
  const char* from = text.data();
  SourcePosition pos{line, column};
  for (const LineStart& start : line_starts) {
    if (start.at > target) break;
    if (start.at <= from) continue;  // a line that starts before the text
    pos = {start.line, start.column};
    from = start.at;
  }
  pos.column += count_chars(std::string_view(from, static_cast<std::size_t>(target - from)));
  return pos;
}

}  // namespace tongbao::detail
