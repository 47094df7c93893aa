#include "outline/unwrap.h"

#include <algorithm>
#include <array>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "outline/chrome.h"
#include "outline/lexicon.h"
#include "outline/markers.h"
#include "scan/find_word.h"
#include "text/chars.h"
#include "text/dates.h"
#include "text/numerals.h"
#include "text/utf8.h"

namespace tongbao::detail {

using namespace std::string_view_literals;
namespace {

// A page sets its lines by width, in half-width columns: an ideograph or a
// full-width mark takes two, an ASCII character one. A program that wraps
// text (a converter, a mail client) counts characters instead. Both
// measures are tried (wrap_widths), and the one most lines agree on is taken.
constexpr int kMinWidth = 30;   // in columns; narrower "pages" are lists of short lines
constexpr int kMaxWidth = 160;  // 80 ideographs: wider than any page
// The lines that fill the width are this close to each other, in columns:
// punctuation kept off a line's start, or squeezed in at its end, moves the
// break by a character, and an indent of spaces counts apart from one of
// ideographs (two columns each here).
constexpr int kSlack = 4;
// How far past the width a line the wrap broke may run, in columns.
constexpr int kMaxOverColumns = 8;
// Lines shorter than this (headings, dates, signatures) say nothing of the width.
constexpr int kMinCountedChars = 10;
// Only texts of some length: in a handful of lines a common width is chance.
constexpr int kMinFullLines = 6;
// At least one counted line in this many fills the width.
constexpr int kFullShare = 3;
// A line this many columns short of the width still filled it: the word
// that would not fit (a number, 2023年, an address kept whole) went to the
// next line.
constexpr int kMaxShortColumns = 8;
// A running header or footer is no longer than this.
constexpr int kMaxRunningHeadChars = 30;
// The lines a page break takes: the blank lines around its page number and
// a running header.
constexpr int kMaxPageBreakLines = 6;

// Where a paragraph ends at a line end that fills the width: a full stop,
// question or exclamation mark.
bool ends_sentence(std::string_view s) {
  std::size_t i = s.size();
  if (i == 0) return false;
  const char32_t c = fold_width(prev_code_point(s, i));
  return c == U'。' || c == '!' || c == '?' || c == U'！' || c == U'？';
}

// A line that opens with a number and its point or 、 (1000. …): one of a
// numbered list, though too long a number for a heading's marker. A line
// the wrap opened in a decimal (1.5亿元) goes on.
bool opens_numbered_line(std::string_view s) {
  const DigitRun run = read_digits(s, 0);
  if (run.count == 0 || run.end >= s.size()) return false;
  std::size_t i = run.end;
  const char32_t after = fold_width(next_code_point(s, i));
  if (after != '.' && after != U'、') return false;
  return i >= s.size() || read_digits(s, i).count == 0;
}

// A line of a list that ends with its entry's date, set off by a space
// (…的通报  2024-12-27, …的通报 2024-12-27 09:30): an entry of its own,
// however wide. A wrapped sentence runs into its dates without a space.
bool ends_with_set_off_date(std::string_view s) {
  std::size_t space = s.size();
  for (int tries = 0; tries < 2; ++tries) {  // the date, or the date and its time
    space = space == 0 ? std::string_view::npos : s.rfind(' ', space - 1);
    if (space == std::string_view::npos || space == 0) return false;
    const std::string_view tail = s.substr(space + 1);
    if (read_digits(tail, 0).count == 0) continue;
    const std::optional<Timestamp> when = first_timestamp(tail);
    if (when && when->end == tail.size()) return true;
  }
  return false;
}

// A line that is only a page number: — 2 —, - 2 -, 2, 第2页, 第 2 页,
// 第2页 共9页, 第2页/共9页.
bool is_page_number(std::string_view s) {
  std::size_t i = 0;
  auto skip = [&](auto&& pred) {
    while (i < s.size()) {
      std::size_t j = i;
      if (!pred(fold_width(next_code_point(s, j)))) break;
      i = j;
    }
  };
  auto is_dash = [](char32_t c) { return c == '-' || c == U'—' || c == U'–' || c == U'‒' || c == U'─' || c == ' '; };
  skip(is_dash);
  const bool paged = s.substr(i).starts_with("第");
  if (paged) i += std::string_view("第").size();
  while (paged && i < s.size() && s[i] == ' ') ++i;
  const DigitRun run = read_digits(s, i);
  if (run.count == 0 || run.count > 4) return false;
  i = run.end;
  if (paged) {
    while (i < s.size() && s[i] == ' ') ++i;
    if (!s.substr(i).starts_with("页")) return false;
    i += std::string_view("页").size();
    while (i < s.size() && (s[i] == ' ' || s[i] == '/')) ++i;
    if (s.substr(i).starts_with("／")) i += std::string_view("／").size();
    return i == s.size() || (s.substr(i).starts_with("共") && s.ends_with("页"));
  }
  skip(is_dash);
  return i == s.size();
}

// A line ruled across the page (──── or ----, as pdftotext and Word's text
// leave a 版记's rules): as wide as the text, but no text's line.
bool is_drawn_rule(std::string_view s) {
  constexpr int kMinRuleChars = 4;
  int drawn = 0;
  for (std::size_t i = 0; i < s.size();) {
    const char32_t c = fold_width(next_code_point(s, i));
    if (is_box_drawing(c) || c == '-' || c == '=' || c == '_' || c == U'—') {
      ++drawn;
    } else if (!is_space(c)) {
      return false;
    }
  }
  return drawn >= kMinRuleChars;
}

// The lines' width in one measure, scaled to columns (a character counts two).
struct Widths {
  std::vector<int> of_line;  // 0: too short to count
  std::array<int, kMaxWidth + 1> lines_of_width{};
  int counted = 0, wider = 0;
  int width = 0, full_lines = 0;  // the common width, and the lines within kSlack of it

  void add(std::size_t k, int w) {
    of_line[k] = w;
    ++counted;
    if (w > kMaxWidth) {
      ++wider;
    } else {
      ++lines_of_width[static_cast<std::size_t>(w)];
    }
  }
  // The width W whose window [W - kSlack, W] holds the most lines (the
  // widest of equals).
  void find_width() {
    int window = 0;
    for (int w = 0; w <= kMaxWidth; ++w) {
      window += lines_of_width[static_cast<std::size_t>(w)];
      if (w - kSlack - 1 >= 0) window -= lines_of_width[static_cast<std::size_t>(w - kSlack - 1)];
      if (window >= full_lines) {
        width = w;
        full_lines = window;
      }
    }
  }
  // A third of the lines fill it (the rest are paragraphs' last lines and
  // headings), and hardly any is wider (a URL, a table row).
  bool wrapped() const {
    if (width < kMinWidth || full_lines < kMinFullLines || kFullShare * full_lines < counted) return false;
    int wider_lines = wider;
    for (int w = width + kSlack + 1; w <= kMaxWidth; ++w) wider_lines += lines_of_width[static_cast<std::size_t>(w)];
    return 10 * wider_lines <= counted;
  }
};

// The widths of the lines in the measure they were wrapped by, or nothing
// when the text is not wrapped at one width.
std::optional<Widths> wrap_widths(const std::vector<Block>& list, LineSource source) {
  // A character takes at most three bytes to its two columns (but for the
  // rare four-byte ones), so a longer line is wider than any page in
  // either measure; most notices have many such paragraphs, and are told
  // by their sizes alone, before any character is counted.
  constexpr std::size_t kSurelyWider = 3 * kMaxWidth / 2;
  int surely_wider = 0, may_count = 0;
  for (const Block& b : list) {
    surely_wider += b.text.size() > kSurelyWider;
    may_count += b.text.size() >= kMinCountedChars;
  }
  if (10 * surely_wider > may_count) return std::nullopt;
  Widths columns, characters;
  columns.of_line.assign(list.size(), 0);
  characters.of_line.assign(list.size(), 0);
  for (std::size_t k = 0; k < list.size(); ++k) {
    const std::string_view text = list[k].text;
    if (text.size() > kSurelyWider) {
      columns.add(k, kMaxWidth + 1);
      characters.add(k, kMaxWidth + 1);
      continue;
    }
    const int chars = count_chars(text);
    if (chars < kMinCountedChars) continue;
    int ascii = 0;
    for (char c : text) ascii += static_cast<unsigned char>(c) < 0x80;
    // An indent (two ideographs, or spaces) is part of the line's width.
    const int indent = source == LineSource::Text ? 2 * (list[k].column - 1) : 0;
    columns.add(k, indent + 2 * chars - ascii);
    characters.add(k, indent + 2 * chars);
  }
  columns.find_width();
  characters.find_width();
  Widths& best = characters.full_lines > columns.full_lines ? characters : columns;
  if (!best.wrapped()) return std::nullopt;
  return std::move(best);
}

}  // namespace

// The lines `lines` of `list` as one paragraph, each line's start kept.
Block join_lines(Blocks& blocks, const std::vector<Block>& list, const std::vector<std::size_t>& lines) {
  std::string text(list[lines[0]].text);
  std::vector<std::size_t> offsets;
  for (std::size_t n = 1; n < lines.size(); ++n) {
    const std::string_view next = list[lines[n]].text;
    // Words of Latin script were broken at a space; ideographs and digits were not.
    if (!text.empty() && is_ascii_letter(static_cast<unsigned char>(text.back())) &&
        is_ascii_letter(static_cast<unsigned char>(next.front()))) {
      text += ' ';
    }
    offsets.push_back(text.size());
    text.append(next);
  }
  const std::string_view kept = blocks.keep(std::move(text));
  // Each line's start, and those of lines an earlier join put in a block.
  std::vector<LineStart> starts;
  for (std::size_t n = 0; n < lines.size(); ++n) {
    const Block& b = list[lines[n]];
    const std::size_t offset = n == 0 ? 0 : offsets[n - 1];
    if (n > 0) starts.push_back(LineStart{kept.data() + offset, b.line, b.column});
    for (const LineStart& own : b.line_starts) {
      starts.push_back(LineStart{kept.data() + offset + static_cast<std::size_t>(own.at - b.text.data()), own.line, own.column});
    }
  }
  const Block& first = list[lines[0]];
  return Block{kept, first.line, first.column, blocks.keep(std::move(starts))};
}

namespace {

// A mark after which a measure opens a clause: a comma, 。；： (folded).
bool opens_measure_clause_after(char32_t folded) {
  return folded == U',' || folded == U';' || folded == U'。' || folded == U':';
}

// The number of the last measure that opens a clause of `s` (…,一是成立…,
// 一是 at its start), or 0.
int last_measure_number(std::string_view s) {
  int number = 0;
  if (auto m = match_measure(s)) number = m->number;
  for (std::size_t i = 0; i < s.size();) {
    const char32_t c = fold_width(next_code_point(s, i));
    if (!opens_measure_clause_after(c)) continue;
    if (auto m = match_measure(s.substr(i))) number = m->number;
  }
  return number;
}

}  // namespace

bool unwrap_fixed_width(Blocks& blocks, LineSource source) {
  const std::vector<Block>& list = blocks.list();
  const std::optional<Widths> widths = wrap_widths(list, source);
  if (!widths) return false;
  // A page's markup hides a paragraph's indent (two ideographs, trimmed
  // with the spaces): its first line is full four columns short.
  const int indent_allowance = source == LineSource::Markup ? 4 : 0;
  // A line much wider than the width (a title set apart, an address) is
  // not one the wrap broke; a line with its punctuation squeezed (half a
  // place each for ，《》：) holds up to three characters more, and an indent
  // of four ASCII spaces is counted as four columns too many.
  auto full = [&](std::size_t k) {
    const int w = widths->of_line[k];
    return w >= widths->width - kMaxShortColumns - indent_allowance && w <= widths->width + kMaxOverColumns;
  };
  // The column the continuations start at: the most common column of the
  // lines after a full line. A line indented further opens a paragraph.
  // Where no paragraph is indented, a full line that ends a sentence ends
  // its paragraph (a sentence is likelier to end with its paragraph than
  // exactly at a line's end).
  int at_base = 0, indented = 0, base = std::numeric_limits<int>::max();
  if (source == LineSource::Text) {
    std::array<int, 9> columns{};
    for (std::size_t k = 0; k + 1 < list.size(); ++k) {
      if (full(k) && list[k + 1].line == list[k].line + 1) ++columns[static_cast<std::size_t>(std::min(list[k + 1].column, 8))];
    }
    base = static_cast<int>(std::max_element(columns.begin() + 1, columns.end()) - columns.begin());
    for (const Block& b : list) (b.column > base ? indented : at_base)++;
  }
  const bool indents_paragraphs = source == LineSource::Text && 5 * indented >= at_base;
  // Page numbers (— 2 —, 第2页) are the printed page's, not the text's: in
  // a wrapped text they go, and a paragraph goes on across them. So does a
  // running header or footer (the issuer's name on every page): a short
  // line that stands next to a page number at two page breaks or more.
  std::vector<bool> page_number(list.size());
  for (std::size_t k = 0; k < list.size(); ++k) page_number[k] = is_page_number(list[k].text);
  {
    struct Beside {
      std::size_t line, page_break;  // a line next to the page number at page_break
    };
    std::vector<Beside> beside;
    for (std::size_t k = 0; k < list.size(); ++k) {
      if (!page_number[k]) continue;
      if (k > 0 && !page_number[k - 1]) beside.push_back({k - 1, k});
      if (k + 1 < list.size() && !page_number[k + 1]) beside.push_back({k + 1, k});
    }
    std::vector<std::size_t> running;
    for (const Beside& a : beside) {
      if (count_chars(list[a.line].text) > kMaxRunningHeadChars || match_marker(list[a.line].text)) continue;
      bool again = false;  // the same line at another page break
      for (const Beside& b : beside) again = again || (b.page_break != a.page_break && list[b.line].text == list[a.line].text);
      if (again) running.push_back(a.line);
    }
    for (std::size_t k : running) page_number[k] = true;
  }
  auto next_text = [&](std::size_t k) {
    std::size_t m = k + 1;
    while (m < list.size() && page_number[m]) ++m;
    return m;
  };
  // Does line m (the next after k but for page numbers) go on with line k's paragraph?
  auto goes_on = [&](std::size_t k, std::size_t m) {
    if (m >= list.size() || !full(k)) return false;
    if (list[k].table_cell || list[m].table_cell) return false;  // a ledger's rows are its own
    if (is_drawn_rule(list[k].text) || is_drawn_rule(list[m].text)) return false;
    // A blank line ends a paragraph, but for the blank lines around a page number.
    const int max_gap = m == k + 1 ? 1 : kMaxPageBreakLines;
    if (list[m].line - list[k].line > max_gap) return false;
    const Block& next = list[m];
    if (next.column > base || opens_numbered_line(next.text)) return false;
    // A measure that goes on with the numbering of the line before (…，一是
    // 开展评估； / 二是严格落实…) goes on with its paragraph: the wrap fell
    // at the end of a clause. Any other marker opens a paragraph.
    if (const std::optional<Marker> marker = match_marker(next.text)) {
      if (marker->kind != NodeKind::Measure || marker->number < 2 ||
          last_measure_number(list[k].text) != marker->number - 1) {
        return false;
      }
    }
    if (ends_with_set_off_date(list[k].text)) return false;
    if (lexicon::starts_with_any(next.text, lexicon::info_line_keys())) return false;  // 发布时间: under the title
    // A breadcrumb as wide as the text (首页 > 政务公开 > … > 巡察整改), then
    // the title under it.
    if (may_be_breadcrumb(list[k].text) && classify_chrome(list[k].text, list[k].text) == ChromeKind::Breadcrumb) {
      return false;
    }
    // A title as wide as the text (…的通报), then the notice's opening (根据…).
    if (lexicon::ends_with_any(list[k].text, lexicon::notice_endings()) &&
        lexicon::starts_with_any(next.text, lexicon::preamble_openers())) {
      return false;
    }
    return indents_paragraphs || !ends_sentence(list[k].text);
  };
  std::vector<Block> joined;
  joined.reserve(list.size());
  bool any = false;
  std::vector<std::size_t> lines;  // the source lines of one paragraph
  for (std::size_t k = 0; k < list.size();) {
    if (page_number[k]) {
      any = true;
      ++k;
      continue;
    }
    lines.assign(1, k);
    for (std::size_t m = next_text(k); goes_on(lines.back(), m); m = next_text(m)) lines.push_back(m);
    k = lines.back() + 1;
    if (lines.size() == 1) {
      joined.push_back(list[lines[0]]);
      continue;
    }
    any = true;
    joined.push_back(join_lines(blocks, list, lines));
  }
  if (any) blocks.replace_list(std::move(joined));
  return any;
}

namespace {

// How long the rest of a heading broken over two lines may be.
constexpr int kMaxHeadingRestChars = 30;

// Whether `s` opens more “ than it closes.
bool leaves_quote_open(std::string_view s) {
  int open = 0;
  for (std::size_t i = 0; i < s.size();) {
    const char32_t c = next_code_point(s, i);
    if (c == U'“') ++open;
    if (c == U'”' && open > 0) --open;
  }
  return open > 0;
}

// A problem heading's end: …的问题, …问题, with a closing stop or colon.
bool ends_problem_heading(std::string_view s) {
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  for (std::string_view stop : {"。"sv, "："sv, ":"sv}) {
    if (s.ends_with(stop)) s.remove_suffix(stop.size());
  }
  return s.ends_with("问题") || s.ends_with("問題");
}

// Whether a sentence ends inside `s` before its last character.
bool has_inner_stop(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const char32_t c = fold_width(next_code_point(s, i));
    if ((c == U'。' || c == U'!' || c == U'?' || c == U';') && i < s.size()) return true;
  }
  return false;
}

}  // namespace

namespace {

// An enumeration broken at its comma (整改中，一是成立领导小组， / 二是制定方案，…):
// the line ends in a comma after a measure, and the next opens the measure
// that follows it. Or broken inside a measure's marker (…；三 / 是建立…): a
// numeral after a clause mark, and 是 opening the next line.
bool breaks_enumeration(std::string_view head, std::string_view rest) {
  std::size_t end = head.size();
  if (end == 0) return false;
  const char32_t last = fold_width(prev_code_point(head, end));
  if (last == U',') {
    const std::optional<Marker> next = match_measure(rest);
    return next && next->number >= 2 && last_measure_number(head) == next->number - 1;
  }
  // …；三 / 是建立整改台账: the break inside the next measure's marker.
  if (!starts_with(rest, "是") || !is_chinese_numeral_char(last)) return false;
  std::size_t numeral = end;
  while (numeral > 0) {
    std::size_t before = numeral;
    if (!is_chinese_numeral_char(prev_code_point(head, before))) break;
    numeral = before;
  }
  if (numeral == 0) return false;
  std::size_t stop = numeral;
  const char32_t mark = fold_width(prev_code_point(head, stop));
  if (!opens_measure_clause_after(mark)) return false;
  const std::string whole = std::string(head.substr(numeral)).append(rest.substr(0, std::string_view("是").size()));
  const std::optional<Marker> next = match_measure(whole);
  // The measures before it may stand on the lines above (a paragraph
  // wrapped by hand): a clause mark before the numeral is evidence enough.
  return next && next->number >= 2;
}

}  // namespace

bool drop_page_numbers(Blocks& blocks) {
  std::vector<Block> kept;
  bool dropped = false;
  for (const Block& b : blocks.list()) {
    const std::string_view text = b.text;
    // Named as a page (第3页/共5页) or set between dashes (— 3 —): a bare
    // number on its line may be a table's cell.
    const bool named = text.starts_with("第") || text.starts_with("-") || text.starts_with("—");
    if (named && !b.table_cell && is_page_number(text)) {
      dropped = true;
      continue;
    }
    kept.push_back(b);
  }
  if (dropped) blocks.replace_list(std::move(kept));
  return dropped;
}

bool join_broken_headings(Blocks& blocks) {
  const std::vector<Block>& list = blocks.list();
  std::vector<Block> out;  // from the first join on; most texts have none
  bool any = false;
  auto last_line = [&](const Block& b) { return b.line_starts.empty() ? b.line : b.line_starts.back().line; };
  for (std::size_t k = 0; k < list.size(); ++k) {
    // The next line, or the same one, where a page's <br> broke it.
    // A ledger's cells are data: a cell is not a heading's broken half.
    if (k + 1 < list.size() && !list[k].table_cell && !list[k + 1].table_cell &&
        (list[k + 1].line == last_line(list[k]) + 1 || list[k + 1].line == last_line(list[k]))) {
      const std::string_view head = list[k].text, rest = list[k + 1].text;
      // The cheap tests first: most paragraphs end a sentence, most are long.
      auto broken = [&] {
        if (ends_sentence(head) || rest.size() > 4 * kMaxHeadingRestChars || count_chars(rest) > kMaxHeadingRestChars) {
          return false;
        }
        // 4.关于“落实…网络意识形态阵地 / 管理不严格”的问题: a quote open at the break
        const bool open_quote = leaves_quote_open(head) && rest.find("”") != std::string_view::npos;
        // 5.关于基层党组织书记…结果运用 / 不充分的问题
        const bool problem_rest = !open_quote &&
                                  (contains_word(head, "关于") || contains_word(head, "關於") || contains_word(head, "针对")) &&
                                  !ends_problem_heading(head) && ends_problem_heading(rest) && !has_inner_stop(rest);
        if (!open_quote && !problem_rest) return false;
        const std::optional<Marker> marker = match_marker(head);
        return marker && marker->kind != NodeKind::Measure && !match_marker(rest) &&
               !lexicon::starts_with_any(rest, lexicon::labels());
      };
      if (broken() || breaks_enumeration(head, rest)) {
        if (!any) out.assign(list.begin(), list.begin() + static_cast<std::ptrdiff_t>(k));
        out.push_back(join_lines(blocks, list, {k, k + 1}));
        ++k;
        any = true;
        continue;
      }
    }
    if (any) out.push_back(list[k]);
  }
  if (any) blocks.replace_list(std::move(out));
  return any;
}

namespace {

// Whether `s` is a phrase: no mark in it ends or divides a clause (, ; 。
// : ! ?). An enumeration's 、 may stand in a heading or a name.
bool is_one_phrase(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const char32_t c = fold_width(next_code_point(s, i));
    if (opens_measure_clause_after(c) || is_sentence_end(c)) return false;
  }
  return true;
}

// The signature and its date, flattened onto the last paragraph (…反映。
// 中共某局党组 2024年5月14日), stand on lines of their own: cuts at the space
// after the last full stop and at the space before a whole date that ends
// the text, when what stands between is a name without a sentence's marks.
void cut_signature(std::string_view text, std::vector<std::size_t>& cuts) {
  constexpr int kMaxSignatureChars = 60;
  const std::size_t stop = text.rfind("。 ");
  if (stop == std::string_view::npos) return;
  const std::size_t sign = stop + std::string_view("。").size();
  if (!cuts.empty() && cuts.back() >= sign) return;
  const std::string_view rest = text.substr(sign + 1);
  const std::size_t gap = rest.rfind(' ');
  if (gap == std::string_view::npos || gap == 0 || count_chars(rest) > kMaxSignatureChars) return;
  const std::string_view date = rest.substr(gap + 1);
  YearContext years;
  const std::vector<DateMatch> dates = find_dates(date, years);
  if (dates.size() != 1 || dates[0].begin != 0 || dates[0].end != date.size() || !dates[0].day_precise) return;
  if (!is_one_phrase(rest.substr(0, gap))) return;
  cuts.push_back(sign);
  cuts.push_back(sign + 1 + gap);
}

}  // namespace

bool split_flattened_paragraphs(Blocks& blocks) {
  // A paragraph this long may be a page flattened; shorter ones are read as
  // they are.
  constexpr std::size_t kMinFlattenedBytes = 240;
  // Headings set off by a space inside one paragraph: one may be a phrase
  // that only looks like a marker (分为 (一)…), two or more are the page's.
  constexpr std::size_t kMinRunInHeadings = 2;
  // A heading is a phrase of at most sixty characters.
  constexpr std::size_t kMaxFlattenedHeadingBytes = 180;
  const std::vector<Block>& list = blocks.list();
  std::vector<Block> out;  // from the first split on; most texts have none
  bool any = false;
  std::vector<std::size_t> cuts;
  // The pieces of paragraph b between its cuts (in order), each a block at
  // its column; a cut's first `skip` bytes are no piece's.
  auto add_pieces = [&out](const Block& b, std::vector<std::size_t>& at, std::size_t skip) {
    std::size_t from = 0;
    at.push_back(b.text.size());
    for (std::size_t cut : at) {
      const std::string_view piece = trim_ascii_spaces(b.text.substr(from, cut - from));
      if (!piece.empty()) {
        const std::size_t offset = static_cast<std::size_t>(piece.data() - b.text.data());
        out.push_back(Block{piece, b.line, column_at(b, offset), {}});
      }
      from = cut + skip;
    }
  };
  for (std::size_t k = 0; k < list.size(); ++k) {
    const Block& b = list[k];
    cuts.clear();
    if (b.line_starts.empty() && b.text.size() >= kMinFlattenedBytes && !b.table_cell) {
      const std::string_view text = b.text;
      for (std::size_t at = text.find(' '); at != std::string_view::npos; at = text.find(' ', at + 1)) {
        const std::optional<Marker> marker = match_marker(text.substr(at + 1));
        if (!marker || marker->kind == NodeKind::Measure) continue;
        cuts.push_back(at);
        // A heading of its own line that names a problem, flattened with the
        // paragraph after it, ends at the space before that paragraph
        // (（一）关于“…”的问题 针对该问题,…): the heading has no mark that
        // ends or divides a sentence.
        const std::size_t heading = at + 1 + marker->length;
        const std::size_t space = text.find(' ', heading);
        if (space == std::string_view::npos || space - heading > kMaxFlattenedHeadingBytes) continue;
        const std::string_view words = text.substr(heading, space - heading);
        if (!lexicon::ends_with_any(words, lexicon::problem_suffixes())) continue;
        if (is_one_phrase(words)) cuts.push_back(space);
      }
    }
    // A text flattened whole, its line breaks and spaces both lost (a
    // passage kept as one line: …部署整改工作。（二）逐项明确整改任务。…):
    // in a text of a line or two, a long paragraph is cut after the full
    // stops that markers follow, three of them at least.
    constexpr std::size_t kMaxFlattenedTextBlocks = 3;
    constexpr std::size_t kMinFlattenedTextBytes = 1200;
    constexpr std::size_t kMinStoppedHeadings = 3;
    if (cuts.empty() && list.size() <= kMaxFlattenedTextBlocks && b.line_starts.empty() &&
        b.text.size() >= kMinFlattenedTextBytes && !b.table_cell) {
      constexpr std::string_view kStop = "。";
      const std::string_view text = b.text;
      std::vector<std::size_t> stopped;
      for (std::size_t at = text.find(kStop); at != std::string_view::npos; at = text.find(kStop, at + kStop.size())) {
        const std::optional<Marker> marker = match_marker(text.substr(at + kStop.size()));
        if (marker && marker->kind != NodeKind::Measure) stopped.push_back(at + kStop.size());
      }
      if (stopped.size() >= kMinStoppedHeadings) {
        // A heading set without a stop runs into the marker of the unit
        // under it (二、整改落实情况（一）关于…, …的问题1.关于…): cut there
        // too, within a heading's length and before any stop or comma.
        for (std::size_t h = 0; h < stopped.size(); ++h) {  // the cuts found here are read too
          const std::size_t start = stopped[h];
          const std::optional<Marker> own = match_marker(text.substr(start));
          std::size_t i = start + (own ? own->length : 0);
          while (i < text.size() && i - start <= kMaxFlattenedHeadingBytes) {
            const std::size_t at = i;
            const char32_t c = next_code_point(text, i);
            if (c == U'。' || c == U'，' || c == U'；' || c == U',' || c == U';') break;
            // A marker's own opening (（, a digit, a numeral), not a word
            // before a number (问题1.) that the heading's 的问题 ends in.
            const char32_t folded = fold_width(c);
            if (folded != U'(' && !(folded >= U'0' && folded <= U'9') && !is_chinese_numeral_char(c)) continue;
            const std::optional<Marker> inner = match_marker(text.substr(at));
            if (inner && inner->kind != NodeKind::Measure) {
              stopped.push_back(at);
              break;
            }
          }
        }
        std::sort(stopped.begin(), stopped.end());
        if (!any) out.assign(list.begin(), list.begin() + static_cast<std::ptrdiff_t>(k));
        any = true;
        add_pieces(b, stopped, 0);
        continue;
      }
    }
    if (cuts.size() < kMinRunInHeadings) {
      if (any) out.push_back(b);
      continue;
    }
    cut_signature(b.text, cuts);
    if (!any) out.assign(list.begin(), list.begin() + static_cast<std::ptrdiff_t>(k));
    any = true;
    add_pieces(b, cuts, 1);  // each cut is at the space that stood for a line break
  }
  if (any) blocks.replace_list(std::move(out));
  return any;
}

}  // namespace tongbao::detail
