// outline_builder.h - the OutlineBuilder that build_outline runs: its state
// (the blocks, their shadows and leading markers, the spans, the level of
// each marker family, the stack of open units) and the member functions of
// its three zones, each defined in the file of its zone: outline_header.cc
// (chrome lines and the title), outline_body.cc (the preamble and the
// numbered units), outline.cc (construction, the tail, and `build`, which
// reads the zones in order). Internal to outline/.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "outline/chrome.h"
#include "outline/lexicon.h"
#include "outline/markers.h"
#include "outline/outline.h"
#include "outline/sentences.h"
#include "scan/byte_scan.h"
#include "text/utf8.h"

namespace tongbao::detail {

// A signature block's issuer line is at most this long.
constexpr int kMaxOrganisationChars = 40;
// Measures are never on the family stack; they hang under the deepest unit.
// The six kinds, and the items whose marker names a problem (问题1:), which
// take a level of their own: in `1.关于“…”方面` / `问题1:…` / `整改情况:…`
// the problem stands under the item.
constexpr int kFamilies = 7;

// Appends `piece` to `target` as a paragraph of its own (the preamble, a
// unit's text, the closing).
inline void append_paragraph(std::string& target, std::string_view piece) {
  if (piece.empty()) return;
  if (!target.empty()) target += '\n';
  target.append(piece);
}

// A short line naming an organisation: the issuer in a signature block.
inline bool is_organisation_line(std::string_view s, std::string_view shadow) {
  const int chars = count_chars(s);
  if (chars < 2 || chars > kMaxOrganisationChars) return false;
  if (s.find("。") != std::string_view::npos || s.find("，") != std::string_view::npos ||
      s.find(',') != std::string_view::npos || s.find("：") != std::string_view::npos ||
      s.find(':') != std::string_view::npos) {
    return false;
  }
  return lexicon::ends_with_any(shadow, lexicon::organisation_suffixes());
}

// Reads one notice's blocks into an OutlineResult: made for one build().
class OutlineBuilder {
 public:
  explicit OutlineBuilder(const std::vector<Block>& blocks);
  OutlineResult build();

 private:
  // The simplified shadow of block i (lexicon::simplified_shadow). Most
  // notices hold no traditional character: then a block is its own shadow
  // and nothing is copied.
  std::string_view shadow_of(std::size_t i) const { return shadow_view(i, blocks_[i].text.size()); }

  // A view of block i's shadow, as long as the text but right only in its
  // first `bytes` bytes: the caller looks no further. Most paragraphs are
  // only looked at near their start (a marker, a label, the heading), so
  // only that much is searched for traditional characters; checking every
  // paragraph whole cost an eighth of the stage. Once one is found, the
  // block's whole shadow is made.
  std::string_view shadow_view(std::size_t i, std::size_t bytes) const {
    const std::string_view text = blocks_[i].text;
    Shadow& shadow = shadows_[i];
    if (!shadow.copy.empty()) return shadow.copy;
    if (bytes > shadow.checked) {
      // On to the end of the character that holds byte `bytes - 1`.
      std::size_t end = std::min(bytes, text.size());
      while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
      if (lexicon::has_traditional(std::string_view(text).substr(shadow.checked, end - shadow.checked))) {
        shadow.copy = lexicon::simplified_shadow(text);
        return shadow.copy;
      }
      shadow.checked = end;
    }
    return text;
  }

  // Bytes of the longest phrase in a lexicon table: how far a starts_with_any
  // over it looks.
  static std::size_t longest(std::span<const std::string_view> words) {
    std::size_t n = 0;
    for (std::string_view w : words) n = std::max(n, w.size());
    return n;
  }

  // The marker block i opens with: the header, the tail and the body each
  // ask, so it is matched once.
  const std::optional<Marker>& leading_marker(std::size_t i) const { return leading_markers_[i]; }

  // column_at(blocks_[index], offset), counting on from the column asked for
  // last when it is in the same block and not after offset: spans come in
  // order, and counting each from the paragraph start was quadratic.
  int column_of(std::size_t index, std::size_t offset) {
    const std::string_view text = blocks_[index].text;
    offset = std::min(offset, text.size());
    if (index != column_cache_.index || offset < column_cache_.offset) column_cache_ = {index, 0, 0};
    if (offset != column_cache_.offset) {  // a node's marker and its heading span share one
      column_cache_.chars += count_chars_between(text, column_cache_.offset, offset);
      column_cache_.offset = offset;
    }
    return blocks_[index].column + column_cache_.chars;
  }
  // The source line and column of a byte offset into block `index`, which
  // may be joined from several lines.
  SourcePosition position_of(std::size_t index, std::size_t offset) {
    const Block& b = blocks_[index];
    if (b.line_starts.empty()) return {b.line, column_of(index, offset)};
    return position_in(b.text, b.line, b.column, b.line_starts, offset);
  }

  // ---- header: chrome lines, the title and its repetitions (outline_header.cc) -

  // looks_like_notice_prose on block i, its start checked first.
  bool looks_like_notice_prose_at(std::size_t i) const;

  // The header is everything before the first marker or the first prose
  // paragraph. In it: chrome lines, the title (possibly split over two lines
  // or preceded by the issuer on a line of its own), repetitions of the
  // title, and junk such as spam keywords or a repost headline.
  std::size_t read_header();

  // A short header line that ends with a full date (某某室 二○一五年十月九日)
  // dates the page when nothing better does; after the title, a date widget
  // may name the weekday too (2025年1月14日 星期二). A banner that tells
  // today's date (今天是…) says nothing of the page.
  void read_header_date(std::size_t i, bool after_title, bool above_title = false);

  // Past 星期二 (周二) and the spaces around it at byte `i`, or `i`.
  static std::size_t after_weekday(std::string_view text, std::size_t i);

  // E-papers and some CMSs repeat the title beside its date further down
  // (2017-08-26 标题 1 1 某某日报 …, 某报 03标题 2025-01-14): such a line
  // dates the page when nothing else does.
  void read_title_repeat_date(std::size_t from);

  // A line that finishes the previous one (…中央预算执行和 / 其他…的报告)
  // is a fragment, not a title.
  bool continues_previous_line(std::size_t i) const;

  // A column's name set above the page's breadcrumb (新闻公告 / 您所在的位置:
  // 首页 > 新闻公告 > 学校新闻): a short line a breadcrumb within the next
  // few lines names as one of its steps. A line below the breadcrumb that
  // repeats its last step (首页 > 巡察公告 / 巡察公告) may be the title.
  bool names_crumb_below(std::size_t i, std::size_t limit);

  // Where an enumeration after a comma starts in a heading's sentence
  // (修订《…》，一是…，二是…): the comma's offset, or npos when the heading
  // holds no 一是 after a comma (outside quotes) that a 二是 follows.
  static std::size_t enumeration_comma(std::string_view heading);

  // lexicon::simplified_shadow(text). Most lines hold no traditional
  // character: testing for one is cheaper than mapping every character.
  static std::string shadow_copy(std::string_view text);

  // title_reading of block i's shadow: what the title rules judge.
  const std::string& reading_of(std::size_t i);

  // What chrome block i is, judged without conversion artifacts. The header
  // asks several times for the same lines, so the answer is kept.
  ChromeKind chrome_kind(std::size_t i);

  // Records block i as chrome (and what it says) if it is; an info-table
  // key alone on its line takes its value on the next line with it.
  bool take_chrome(std::size_t& i);

  // A paragraph of running text: long, with sentence punctuation.
  bool looks_like_prose(std::size_t i) const;

  // The notice's own first words (根据…巡视…): what came before it without a
  // title is junk.
  bool looks_like_prose_start(std::size_t i) const;

  // 索引号: with nothing after the colon.
  static bool is_key_only(std::string_view s);

  void set_title(std::string_view text);

  // ---- tail: closing paragraphs, then footer chrome (outline.cc) ----------

  // is_organisation_line on block i; long paragraphs need no shadow.
  bool is_organisation_block(std::size_t i) const;

  std::pair<std::size_t, std::size_t> find_tail(std::size_t body_start);
  // Whether block i opens an attachment (附件…) or what is appended (附：).
  bool opens_attachment(std::size_t i) const;

  // ---- body: preamble and numbered units (outline_body.cc) -----------------

  struct Open {
    Node* node;
    int level;
  };

  // A paragraph: a unit's heading (if it opens with a marker), then prose.
  // Crawlers that lost line breaks run units together inside one paragraph,
  // so the prose is cut again wherever an inline marker continues the
  // numbering that came before (accept_inline).
  void read_body_block(std::size_t index);

  // Opens the unit whose marker stands at `pos` and reads its heading;
  // returns where its body starts.
  std::size_t read_heading(std::size_t index, std::size_t pos, const Marker& marker);

  // Once the body is read: a unit whose heading names a field's problems
  // (关于X方面的问题) is an area and names no problem of its own, whether
  // units under it name the problems or its prose does.
  void demote_area_headings();

  static bool starts_with_problem_introducer(std::string_view shadow);

  // Only 的问题 (方面的问题 …) closes a problem that ran past a full stop: a
  // bare 问题 there ends prose (已全面整改相关问题) as often as a problem.
  static bool ends_with_problem_suffix(std::string_view shadow);

  // Where a heading ends that was run together with what follows (line
  // breaks lost): before a label (…的问题整改情况:) or before a bracketed or
  // numbered marker that continues the numbering ((一) right after 情况).
  std::size_t run_together_end(std::string_view rest, std::string_view shadow) const;

  // The next heading marker inside the paragraph, from `from`: at a clause
  // start, outside quotes, and continuing the numbering. Returns its offset
  // (text.size() when there is none). On the way it notes in clause_breaks_
  // where each clause end it passes is followed, and what marker it found
  // there if it looked: read_prose looks for measures there without
  // scanning the text again, and without reading a marker twice.
  std::size_t find_inline_marker(std::size_t index, std::size_t from, std::optional<Marker>& found);

  // Before any unit, a 1 inside prose opens the outline only as a 1 that
  // opens a new level does (see accept_inline): a whole notice run into one
  // line.
  bool opens_run_together(std::string_view text, std::size_t at, const Marker& m) const;

  // Whether the 2 of the marker's family follows later in the paragraph,
  // after a sentence end: the evidence that an inline 1 starts a run of
  // units and not an enumeration inside a sentence (意见信箱:1.…;2.…).
  static bool two_follows(std::string_view text, std::size_t at, const Marker& m);

  // An inline marker (at `at` in `text`) is taken only when it is the next
  // number of its family under the parent it would get, or a 1 that opens a
  // level below the unit being read and whose 2 follows. After a space that
  // stands for a lost line break (a heading run into the next one: `…成效
  // (一)集中…`), a 1 opening a new family needs no 2 in sight: a page's
  // opening is often cut off before it.
  bool accept_inline(const Marker& m, std::string_view text, std::size_t at, bool after_lost_break = false) const;

  Node& open_node(const Marker& marker, std::size_t index, std::size_t offset);

  void fill_marker(Node& node, const Marker& marker, std::size_t index, std::size_t offset);

  Node* owner();

  // The id of the child at 1-based `position` under `parent` (none: the top
  // level): "2.28.4".
  static void set_id(Node& node, const Node* parent, std::size_t position);

  // a + b + c as one new string, sized once and copied into: appending to
  // or assigning a node's empty strings went through basic_string's general
  // replace, a tenth of the cost of opening a node.
  static std::string joined(std::string_view a, std::string_view b, std::string_view c);

  // Room for one more node among `siblings`, from block `index`. A few
  // nodes' room comes before the first: growing a vector of nodes one by
  // one moved each node (strings, children) several times. A list that
  // fills its room past kProjectFrom nodes grows to the length its density
  // so far projects (by half at least, eightfold at most). Doubling moved
  // every node of a 20 MB notice's list of 66,000 measures at each step and
  // touched twice the memory the list ends with: a ninth of the run's page
  // faults. Room never taken is address space, not memory.
  void make_room(std::vector<Node>& siblings, std::size_t index) const;

  // Reads a paragraph (or what follows a run-in heading) from byte `from`:
  // a label, the owner's text, and the measures that open clauses in it.
  void read_prose(std::size_t index, std::size_t from, std::size_t to, bool paragraph_start);

  // Measures after a comma, outside quotes (会议要求,一是…,二是…;
  // 一是…。二是…,三是…), added to `measures` (those after clause ends, in
  // order): each must continue the paragraph's numbering, and a 一是 only
  // counts when its 二是 follows.
  static void add_enumerated_measures(std::string_view text, std::size_t from,
                                      std::vector<std::pair<std::size_t, Marker>>& measures);

  // Measures that open a ledger's cell (Block::table_cell), at a space or
  // bar that parts its cells: added to `measures`, in order.
  static void add_cell_measures(std::string_view text, std::size_t from,
                                std::vector<std::pair<std::size_t, Marker>>& measures);

  // A unit takes a label until it has one or a measure.
  static bool may_take_label(const Node& unit);

  // Whether match_label could find a label at the start of `text`: it needs
  // a 【 there or a colon right after as many bytes as some label has. The
  // shadow differs from the text only in ideographs, so the text answers for
  // it, and most paragraphs are turned away without a shadow or a label
  // compared.
  static bool may_open_label(std::string_view text);

  // Bytes taken by a label (and its colon) at the start of `s`, or 0. The
  // first label of a unit is its label; a later one stays in the text.
  static std::size_t match_label(std::string_view text, std::string_view s, Node* unit);

  static std::size_t offset_of(std::string_view whole, std::string_view part);

  void add_span(Role role, std::size_t index, std::size_t offset, std::size_t length, const std::string& node) {
    const Block& b = blocks_[index];
    const std::string_view text = std::string_view(b.text).substr(offset, length);
    if (text.empty() && role != Role::Chrome) return;
    const SourcePosition at = position_of(index, offset);
    result_.spans.push_back(Span{role, text, at.line, at.column, node, b.line_starts});
  }

  const std::vector<Block>& blocks_;
  struct Shadow {
    std::string copy;         // the shadow, when the block has traditional characters
    std::size_t checked = 0;  // else: bytes of the text known to have none
  };
  mutable std::vector<Shadow> shadows_;
  std::vector<std::optional<Marker>> leading_markers_;
  std::vector<std::optional<ChromeKind>> chrome_kinds_;  // chrome_kind(i), once asked
  std::vector<std::optional<std::string>> readings_;     // reading_of(i), once asked
  struct ColumnCache {
    std::size_t index = static_cast<std::size_t>(-1);
    std::size_t offset = 0;  // bytes of blocks_[index].text counted
    int chars = 0;           // characters in them
  } column_cache_;
  OutlineResult result_;
  std::vector<Open> stack_;
  // A clause start find_inline_marker passed: where it is, and, when it
  // looked for a marker there, where (after spaces) and what it found.
  static constexpr std::size_t kUntested = static_cast<std::size_t>(-1);
  struct ClauseBreak {
    std::size_t start;
    std::size_t tested_at = kUntested;
    std::optional<Marker> marker;
  };
  std::vector<ClauseBreak> clause_breaks_;  // see find_inline_marker
  QuoteOrStopScanner stops_;  // quotes and stops of the paragraph being read, shared by its scans
  std::vector<std::pair<std::size_t, Marker>> measures_;  // read_prose's, kept to reuse the memory
  std::array<int, kFamilies> level_{};
  int next_level_ = 0;
  bool measure_owns_paragraphs_ = false;
};

}  // namespace tongbao::detail
