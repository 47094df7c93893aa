// outline_body.cc - the body of a notice: the preamble and the numbered
// units, read paragraph by paragraph (read_body_block): markers at
// paragraph starts and inline ones that continue the numbering, headings
// and the problems they name, labels, and the measures (一是…) in prose.
// The OutlineBuilder's member functions of the body zone, the hot path of
// the outline stage, kept in one file so that the compiler sees them all.
#include <algorithm>
#include <charconv>
#include <cstring>
#include <iterator>
#include <string>
#include <string_view>

#include "outline/chrome.h"
#include "outline/lexicon.h"
#include "outline/markers.h"
#include "outline/outline_builder.h"
#include "outline/problems.h"
#include "scan/find_word.h"
#include "outline/sentences.h"
#include "scan/byte_scan.h"
#include "text/numerals.h"
#include "text/chars.h"
#include "text/utf8.h"

namespace tongbao::detail {
namespace {

// The family a marker's level is kept under in level_: its kind, or one of
// its own for a marker that names a problem.
int family_of(const Marker& m) { return m.names_problem ? kFamilies - 1 : static_cast<int>(m.kind); }

// make_room's: room for the first nodes of a list, the length past which a
// list grows as its density projects, and its most growth at once.
constexpr std::size_t kFirstSiblings = 8;
constexpr std::size_t kProjectFrom = 4096;
constexpr std::size_t kMostGrowth = 8;
// Bytes match_label reads besides the label: 【, 】 and a colon.
constexpr std::size_t kLabelFrame = 3 + 3 + 4;

// Bytes that may start a quote (“‘”’ E2, 《》 E3) or a marker inside a
// heading: ( （ digits, full-width digits (EF) and ①..⑳ (E2).
constexpr ByteStops kQuoteOrMarkerStops("(0123456789", {0xE2, 0xE3, 0xEF});

// Offset of the first colon (':' or '：', EF BC 9A) at or after `from`, or s.size().
std::size_t next_colon(std::string_view s, std::size_t from) {
  static constexpr ByteStops kColonStops(":", {0xEF, 0xEF, 0xEF});
  for (std::size_t i = kColonStops.next(s, from); i < s.size(); i = kColonStops.next(s, i + 1)) {
    if (s[i] == ':') return i;
    if (i + 2 < s.size() && s[i + 1] == '\xBC' && s[i + 2] == '\x9A') return i;
  }
  return s.size();
}

}  // namespace

void OutlineBuilder::read_body_block(std::size_t index) {
  std::optional<Marker> marker = leading_marker(index);
  if (marker && marker->kind == NodeKind::Measure) marker.reset();
  if (!marker && stack_.empty() && result_.outline.empty() && take_chrome(index)) return;  // widgets amid the preamble
  stops_.reset(blocks_[index].text);
  std::size_t pos = 0;
  bool paragraph_start = true;
  for (;;) {
    std::size_t body = pos;
    if (marker) {
      body = read_heading(index, pos, *marker);
      paragraph_start = false;
    }
    std::optional<Marker> next;
    clause_breaks_.clear();
    const std::size_t next_pos = find_inline_marker(index, body, next);
    read_prose(index, body, next_pos, paragraph_start);
    if (!next) return;
    pos = next_pos;
    marker = next;
  }
}

std::size_t OutlineBuilder::read_heading(std::size_t index, std::size_t pos, const Marker& marker) {
  const Block& b = blocks_[index];
  Node& node = open_node(marker, index, pos);
  std::size_t offset = pos + marker.length;
  while (offset < b.text.size() && b.text[offset] == ' ') ++offset;
  const std::string_view rest = std::string_view(b.text).substr(offset);
  std::size_t end = heading_end(rest, HeadingEnd::Heading, stops_, offset);
  // Only the heading is read through its shadow.
  const std::string_view rest_shadow = shadow_view(index, offset + end).substr(offset);
  end = std::min(end, run_together_end(rest, rest_shadow.substr(0, end)));
  std::string_view heading = trim_heading(rest.substr(0, end));
  std::optional<std::string> problem = find_problem(heading, rest_shadow.substr(0, heading.size()));
  if (!problem && end < rest.size()) {
    // 关于在“学懂”环节有偏差,理论学习不严不实。材料撰写把关不严的问题。: a
    // problem heading that runs past a full stop ends at its 的问题.
    const std::size_t more = end + heading_end(rest.substr(end), HeadingEnd::Sentence, stops_, offset + end);
    const std::string_view longer = trim_heading(rest.substr(0, more));
    const std::string_view longer_shadow = shadow_view(index, offset + more).substr(offset, longer.size());
    const std::string_view added = rest.substr(end, more - end);
    const bool labelled = added.find(':') != std::string_view::npos || added.find("：") != std::string_view::npos;
    if (!labelled && starts_with_problem_introducer(longer_shadow) && ends_with_problem_suffix(longer_shadow)) {
      if (auto found = find_problem(longer, longer_shadow)) {
        problem = std::move(found);
        heading = longer;
        end = more;
      }
    }
  }
  if (!problem && heading.find('(') != std::string_view::npos) {
    // 關(guān)於「X」的問題: a converter's pinyin hides the introducer; the
    // problem is read without it, the heading keeps it as written.
    const std::string plain = strip_conversion_artifacts(heading);
    if (plain.size() != heading.size()) problem = find_problem(plain, lexicon::simplified_shadow(plain));
  }
  // 2.修订《…办法》，一是明确…，二是建立…: an enumeration after a comma in
  // the heading's sentence is the unit's measures, and the heading ends
  // before it (the comma goes with the heading's span, not its text).
  std::size_t span_end = end;
  if (const std::size_t comma = enumeration_comma(heading); comma != std::string_view::npos && !problem) {
    std::size_t after = comma;
    next_code_point(heading, after);
    heading = trim_heading(heading.substr(0, comma));
    end = span_end = after;
  }
  if (!problem && marker.names_problem && !heading.empty()) problem = std::string(heading);
  node.heading = std::string(heading);
  node.problem = std::move(problem);
  add_span(Role::Heading, index, pos, offset + span_end - pos, node.id);
  std::size_t body = offset + end;
  while (body < b.text.size() && b.text[body] == ' ') ++body;
  return body;
}

std::size_t OutlineBuilder::enumeration_comma(std::string_view heading) {
  // Cheap first: most headings hold no 一是 at all.
  if (heading.find("一是") == std::string_view::npos) return std::string_view::npos;
  int depth = 0;  // inside quotes or book-title marks an enumeration is quoted
  for (std::size_t i = 0; i < heading.size();) {
    const std::size_t at = i;
    const char32_t c = fold_width(next_code_point(heading, i));
    if (c == U'“' || c == U'《' || c == U'‘') ++depth;
    if ((c == U'”' || c == U'》' || c == U'’') && depth > 0) --depth;
    if (c != U',' || depth > 0) continue;
    const std::optional<Marker> first = match_measure(heading.substr(i));
    if (!first || first->number != 1) continue;
    // The enumeration goes on: 二是 after a clause mark further on.
    for (std::size_t k = i + first->length; k < heading.size();) {
      const char32_t d = fold_width(next_code_point(heading, k));
      if (d != U',' && d != U';') continue;
      if (const std::optional<Marker> next = match_measure(heading.substr(k)); next && next->number == 2) return at;
    }
    return std::string_view::npos;
  }
  return std::string_view::npos;
}

void OutlineBuilder::demote_area_headings() {
  // 关于X方面的问题, and 关于X方面问题的整改 (whose problem came out as X方面):
  // an area, whether its problems stand under it as units or only in its
  // prose (record-format.md: no problem on an area heading).
  auto demote = [&](auto& self, std::vector<Node>& nodes) -> void {
    for (Node& n : nodes) {
      if (n.kind == NodeKind::Measure) continue;
      if (n.problem && (heads_problem_area(n.heading) || (find_word(*n.problem, "方面") != std::string_view::npos &&
                                                           ends_with(lexicon::simplified_shadow(*n.problem), "方面")))) {
        n.problem.reset();
      }
      self(self, n.children);
    }
  };
  demote(demote, result_.outline);
}

bool OutlineBuilder::starts_with_problem_introducer(std::string_view shadow) {
  return lexicon::starts_with_any(shadow, lexicon::problem_introducers());
}

bool OutlineBuilder::ends_with_problem_suffix(std::string_view shadow) {
  return ends_with(shadow, "的问题");
}

std::size_t OutlineBuilder::run_together_end(std::string_view rest, std::string_view shadow) const {
  // Of labels ending at the same colon the shortest wins: in
  // 的问题整改情况: the label is 整改情况, not 问题整改情况. The first colon
  // that ends a label decides, so the colons are visited in order and the
  // labels compared only there (searching each label through the whole
  // heading cost a fifth of the outline stage). A label the heading starts
  // with is never taken, at its start or later.
  std::size_t end = rest.size();
  bool label_found = false;
  for (std::size_t colon = next_colon(shadow, 0); colon < shadow.size() && !label_found;
       colon = next_colon(shadow, colon + 1)) {
    const std::string_view before = shadow.substr(0, colon);
    for (std::string_view label : lexicon::labels()) {
      if (before.size() <= label.size() || !ends_with(before, label) || starts_with(shadow, label)) continue;
      const std::size_t pos = colon - label.size();
      if (!label_found || pos > end) end = pos;
      label_found = true;
    }
  }
  int depth = 0;
  const std::size_t limit = std::min(end, shadow.size());
  for (std::size_t i = 0; i < limit;) {
    // Only quotes and what may open a marker matter.
    i = kQuoteOrMarkerStops.next(rest.substr(0, limit), i);
    if (i == limit) break;
    const std::size_t at = i;
    const char32_t c = next_code_point(rest, i);
    if (c == U'“' || c == U'‘' || c == U'《') ++depth;
    else if ((c == U'”' || c == U'’' || c == U'》') && depth > 0) --depth;
    if (depth > 0 || at == 0) continue;
    const bool may_open = c == U'(' || c == U'（' || (fold_width(c) >= '0' && fold_width(c) <= '9') ||
                          (c >= 0x2460 && c <= 0x2473);
    if (!may_open) continue;
    std::size_t before = at;
    const char32_t previous = fold_width(prev_code_point(rest, before));
    if (previous >= '0' && previous <= '9') continue;  // inside a number
    const bool after_lost_break = previous == U' ' || previous == U'\u3000';
    if (auto m = match_marker(rest.substr(at)); m && m->kind != NodeKind::Section && m->kind != NodeKind::Measure &&
                                                accept_inline(*m, rest, at, after_lost_break)) {
      return at;
    }
  }
  // A 一是 after a space where a line break or a table cell's edge was
  // (1.关于“X”的问题 一是…，二是…: a 整改台账's row) opens the heading's body.
  constexpr std::string_view kFirstMeasure = " 一是";
  for (std::size_t at = rest.find(kFirstMeasure); at != std::string_view::npos && at < end;
       at = rest.find(kFirstMeasure, at + 1)) {
    int quotes = 0;
    for (std::size_t i = 0; i < at;) {
      const char32_t c = next_code_point(rest, i);
      quotes += (c == U'“' || c == U'‘' || c == U'《') - (c == U'”' || c == U'’' || c == U'》');
    }
    if (quotes == 0 && match_measure(rest.substr(at + 1))) return at;
  }
  return end;
}

std::size_t OutlineBuilder::find_inline_marker(std::size_t index, std::size_t from, std::optional<Marker>& found) {
  const std::string_view text = blocks_[index].text;
  const bool opens_units = !blocks_[index].table_cell;  // a ledger's cell: its 1.…；2.… are data
  int depth = 0;
  bool clause_start = from > 0;  // right after a heading
  std::size_t i = from;
  while (i < text.size()) {
    if (clause_start && depth == 0) {
      std::size_t at = i;
      while (at < text.size() && text[at] == ' ') ++at;
      const std::optional<Marker> m = match_marker(text.substr(at));
      if (!clause_breaks_.empty() && clause_breaks_.back().start == i) {
        clause_breaks_.back().tested_at = at;
        clause_breaks_.back().marker = m;
      }
      const bool after_lost_break = at > 0 && text[at - 1] == ' ';
      if (opens_units && m && m->kind != NodeKind::Measure &&
          (accept_inline(*m, text, at, after_lost_break) || opens_run_together(text, at, *m))) {
        found = m;
        return at;
      }
      if (cjk_ideograph_at(text, i)) {  // neither a quote nor a clause end
        i += 3;
        clause_start = false;
        continue;
      }
    } else {
      // Inside quotes or a clause only quotes and clause ends matter (and
      // inside quotes a clause start does not: only a closing quote, which
      // opens no clause, leads out of them).
      i = stops_.next(i);
      if (i == text.size()) break;
    }
    const char32_t c = next_code_point(text, i);
    if (c == U'“' || c == U'‘' || c == U'《' || c == U'「') ++depth;
    else if ((c == U'”' || c == U'’' || c == U'》' || c == U'」') && depth > 0) --depth;
    clause_start = opens_clause_after(c);
    if (clause_start) clause_breaks_.push_back(ClauseBreak{i, kUntested, std::nullopt});
  }
  return text.size();
}

bool OutlineBuilder::opens_run_together(std::string_view text, std::size_t at, const Marker& m) const {
  if (m.names_problem) return false;
  if (m.number != 1 || !stack_.empty() || !result_.outline.empty()) return false;
  return two_follows(text, at, m);
}

bool OutlineBuilder::two_follows(std::string_view text, std::size_t at, const Marker& m) {
  bool after_stop = false;
  for (std::size_t i = at + m.length; i < text.size();) {
    if (after_stop) {
      if (auto next = match_marker(text.substr(i)); next && next->kind == m.kind) return next->number == 2;
    }
    const char32_t c = fold_width(next_code_point(text, i));
    after_stop = c == U'。' || c == U'!' || c == U'?' || c == U'”' || (after_stop && c == U' ');
  }
  return false;
}

bool OutlineBuilder::accept_inline(const Marker& m, std::string_view text, std::size_t at, bool after_lost_break) const {
  const int family = family_of(m);
  // 问题N opens a unit inside a paragraph only where it continues its own
  // numbering (…久拖未决。问题四、… after 问题三、): never as a first.
  if (m.names_problem && level_[family] < 0) return false;
  if (level_[family] < 0) {
    return m.number == 1 && !stack_.empty() && (after_lost_break || two_follows(text, at, m));
  }
  const int level = level_[family];
  std::size_t depth = stack_.size();
  while (depth > 0 && stack_[depth - 1].level >= level) --depth;
  const std::vector<Node>& siblings = depth == 0 ? result_.outline : stack_[depth - 1].node->children;
  for (auto it = siblings.rbegin(); it != siblings.rend(); ++it) {
    if (it->kind == NodeKind::Measure) continue;
    if (it->kind == m.kind) return it->number + 1 == m.number;
    break;
  }
  return m.number == 1 && !stack_.empty() && level > stack_.back().level && two_follows(text, at, m);
}

Node& OutlineBuilder::open_node(const Marker& marker, std::size_t index, std::size_t offset) {
  const int family = family_of(marker);
  if (level_[family] < 0) level_[family] = next_level_++;
  const int level = level_[family];
  while (!stack_.empty() && stack_.back().level >= level) stack_.pop_back();
  std::vector<Node>& siblings = stack_.empty() ? result_.outline : stack_.back().node->children;
  const Node* parent = stack_.empty() ? nullptr : stack_.back().node;
  make_room(siblings, index);
  siblings.emplace_back();
  Node& node = siblings.back();
  fill_marker(node, marker, index, offset);
  set_id(node, parent, siblings.size());
  stack_.push_back(Open{&node, level});
  measure_owns_paragraphs_ = false;
  return node;
}

void OutlineBuilder::fill_marker(Node& node, const Marker& marker, std::size_t index, std::size_t offset) {
  const Block& b = blocks_[index];
  node.kind = marker.kind;
  node.number = marker.number;
  node.marker = std::string(std::string_view(b.text).substr(offset, marker.length));
  const SourcePosition at = position_of(index, offset);
  node.line = at.line;
  node.column = at.column;
}

Node* OutlineBuilder::owner() { return stack_.empty() ? nullptr : stack_.back().node; }

void OutlineBuilder::set_id(Node& node, const Node* parent, std::size_t position) {
  char digits[24];
  const auto [end, error] = std::to_chars(std::begin(digits), std::end(digits), position);
  (void)error;  // 24 digits hold any size_t
  const std::string_view number(digits, static_cast<std::size_t>(end - digits));
  node.id = parent == nullptr ? std::string(number) : joined(parent->id, ".", number);
}

std::string OutlineBuilder::joined(std::string_view a, std::string_view b, std::string_view c) {
  std::string s(a.size() + b.size() + c.size(), '\0');
  char* out = s.data();
  std::memcpy(out, a.data(), a.size());
  std::memcpy(out + a.size(), b.data(), b.size());
  std::memcpy(out + a.size() + b.size(), c.data(), c.size());
  return s;
}

void OutlineBuilder::make_room(std::vector<Node>& siblings, std::size_t index) const {
  const std::size_t n = siblings.size();
  if (n == 0) {
    siblings.reserve(kFirstSiblings);
    return;
  }
  if (n < siblings.capacity() || n < kProjectFrom) return;
  // The list's density over the lines it has run so far, carried to the
  // last line; no overflow: n and the line numbers are below the input's
  // length. At most eight times the list: a list early in a long notice
  // that stops soon would otherwise ask for room out of all proportion.
  const auto first = static_cast<std::size_t>(siblings.front().line);
  const auto now = static_cast<std::size_t>(blocks_[index].line);
  const auto last = static_cast<std::size_t>(blocks_.back().line);
  const std::size_t projected = first <= now && now <= last ? n * (last - first + 1) / (now - first + 1) : 0;
  siblings.reserve(std::max(std::min(projected, kMostGrowth * n) + n / 16, n + n / 2));
}

void OutlineBuilder::read_prose(std::size_t index, std::size_t from, std::size_t to, bool paragraph_start) {
  const Block& b = blocks_[index];
  const std::string_view text = std::string_view(b.text).substr(0, to);
  Node* unit = owner();
  std::size_t pos = from;

  // 整改情况: opens the body. The shadow is only read for that label.
  if (unit != nullptr && may_take_label(*unit) && may_open_label(text.substr(pos))) {
    static const std::size_t label_bytes = kLabelFrame + longest(lexicon::labels());
    const std::string_view shadow = shadow_view(index, from + label_bytes).substr(0, to);
    if (std::size_t label_end = match_label(text.substr(pos), shadow.substr(pos), unit); label_end > 0) {
      pos += label_end;
      while (pos < text.size() && text[pos] == ' ') ++pos;
    }
  }

  // Measures open clauses: at the start, or after 。；;：: . The clause
  // ends after `pos` were noted by find_inline_marker, which scanned this
  // stretch of text just before.
  std::vector<std::pair<std::size_t, Marker>>& measures = measures_;
  measures.clear();
  std::size_t scanned = pos;  // where the text after the last measure starts
  auto measure_at = [&](std::size_t clause_start) {
    std::size_t at = clause_start;
    while (at < text.size() && text[at] == ' ') ++at;
    if (auto m = match_measure(text.substr(at))) {
      measures.emplace_back(at, *m);
      scanned = at + m->length;
    }
  };
  if (pos < text.size()) measure_at(pos);
  // 【问题】… 【整改】一是…, pair after pair in one unit: only the first
  // 【整改】 is the unit's label, but after each a measure may open.
  if (measures.empty()) {
    constexpr int kMaxBracketedLabelChars = 6;
    if (const std::size_t label = bracketed_word_length(text.substr(pos), kMaxBracketedLabelChars)) {
      measure_at(pos + label);
    }
  }
  for (const ClauseBreak& clause : clause_breaks_) {
    if (clause.start >= text.size()) break;
    if (clause.start <= scanned) continue;
    if (clause.tested_at == kUntested) {
      measure_at(clause.start);
    } else if (const auto& m = clause.marker;
               m && m->kind == NodeKind::Measure && clause.tested_at + m->length <= text.size()) {
      // match_marker's measures are match_measure's; one cut off at `to`
      // would not match in the text read here, nor would a shorter one.
      measures.emplace_back(clause.tested_at, *m);
      scanned = clause.tested_at + m->length;
    }
  }

  add_enumerated_measures(text, pos, measures);
  if (b.table_cell) add_cell_measures(text, pos, measures);

  const std::size_t first_measure = measures.empty() ? text.size() : measures.front().first;
  const std::string_view lead = trim_ascii_spaces(text.substr(pos, first_measure - pos));
  if (!lead.empty()) {
    if (unit == nullptr) {
      append_paragraph(result_.preamble, lead);
      add_span(Role::Preamble, index, offset_of(text, lead), lead.size(), {});
    } else {
      Node* target = unit;
      // A paragraph that continues a measure which opened its own paragraph.
      if (paragraph_start && measure_owns_paragraphs_ && !unit->children.empty() &&
          unit->children.back().kind == NodeKind::Measure) {
        target = &unit->children.back();
      }
      append_paragraph(target->text, lead);
      add_span(Role::Body, index, offset_of(text, lead), lead.size(), target->id);
    }
  }

  for (std::size_t k = 0; k < measures.size(); ++k) {
    const auto& [at, marker] = measures[k];
    const std::size_t end = k + 1 < measures.size() ? measures[k + 1].first : text.size();
    std::vector<Node>& siblings = unit ? unit->children : result_.outline;
    make_room(siblings, index);
    siblings.emplace_back();
    Node& node = siblings.back();
    fill_marker(node, marker, index, at);
    set_id(node, unit, siblings.size());
    const std::string_view segment = text.substr(at + marker.length, end - at - marker.length);
    const std::size_t heading_stop = heading_end(segment, HeadingEnd::Clause, stops_, at + marker.length);
    node.heading = std::string(trim_heading(segment.substr(0, heading_stop)));
    const std::string_view rest = trim_ascii_spaces(segment.substr(heading_stop));
    node.text = std::string(rest);
    add_span(Role::Heading, index, at, marker.length + heading_stop, node.id);
    if (!rest.empty()) add_span(Role::Body, index, offset_of(text, rest), rest.size(), node.id);
  }
  if (!measures.empty()) {
    // Only a measure that opened its paragraph takes the paragraphs after it.
    measure_owns_paragraphs_ = measures.size() == 1 && measures.front().first == pos && paragraph_start;
  } else if (!paragraph_start) {
    measure_owns_paragraphs_ = false;
  }
}

void OutlineBuilder::add_enumerated_measures(std::string_view text, std::size_t from,
                                                   std::vector<std::pair<std::size_t, Marker>>& measures) {
  if (measures.empty() && text.find("一是", from) == std::string_view::npos) return;
  std::vector<std::pair<std::size_t, Marker>> candidates;
  // Most commas open no measure, so the quotes are only counted up to a
  // comma that does: the paragraph is read code point by code point only
  // as far as its last such comma.
  int depth = 0;
  std::size_t counted = from;  // quotes counted before this offset
  auto depth_at = [&](std::size_t end) {
    while (counted < end) {
      const char32_t c = next_code_point(text, counted);
      if (c == U'“' || c == U'‘' || c == U'《' || c == U'「') {
        ++depth;
      } else if ((c == U'”' || c == U'’' || c == U'》' || c == U'」') && depth > 0) {
        --depth;
      }
    }
    return depth;
  };
  // The commas, ASCII and full-width, in order; each kind is looked for
  // again only once passed, so the paragraph is searched once for each.
  constexpr std::string_view kFullWidthComma = "\uFF0C";
  std::size_t ascii = text.find(',', from), full = text.find(kFullWidthComma, from);
  while (ascii != std::string_view::npos || full != std::string_view::npos) {
    const std::size_t comma = std::min(ascii, full);
    std::size_t after = comma;
    const char32_t c = next_code_point(text, after);
    if (comma == ascii) ascii = text.find(',', after);
    if (comma == full) full = text.find(kFullWidthComma, after);
    if (!opens_enumerated_clause_after(c)) continue;
    std::size_t at = after;
    while (at < text.size() && text[at] == ' ') ++at;
    auto m = match_measure(text.substr(at));
    if (m && depth_at(comma) == 0) candidates.emplace_back(at, *m);
  }
  // A table row flattened into a line keeps its cells apart by a tab, a
  // bar or spaces (1	问题	一是…；二是…	已完成): a 一是 at a cell's edge opens
  // the cell's run as one after a comma does, and needs a 二是 after it too.
  constexpr std::string_view kFirstMeasure = "一是";
  counted = from;
  depth = 0;
  for (std::size_t at = find_word(text, kFirstMeasure, from); at != std::string_view::npos;
       at = find_word(text, kFirstMeasure, at + kFirstMeasure.size())) {
    std::size_t before = at;
    const char32_t edge = at > from ? prev_code_point(text, before) : 0;
    if (edge != U'\t' && edge != U'|' && edge != U' ' && edge != U'\u3000') continue;
    if (std::any_of(measures.begin(), measures.end(), [&](const auto& found) { return found.first == at; })) continue;
    auto m = match_measure(text.substr(at));
    if (m && depth_at(at) == 0) candidates.emplace_back(at, *m);
  }
  if (candidates.empty()) return;
  std::sort(candidates.begin(), candidates.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  const std::size_t clause_measures = measures.size();
  // Where the paragraph's last 二是 stands (after a clause end or a comma):
  // a 一是 after a comma needs one after it.
  std::size_t last_two = std::string_view::npos;
  for (const auto* list : {&measures, &candidates}) {
    for (const auto& [at, marker] : *list) {
      if (marker.number == 2 && (last_two == std::string_view::npos || at > last_two)) last_two = at;
    }
  }
  std::size_t k = 0;
  int last = 0;  // number of the latest measure before the candidate
  for (std::size_t n = 0; n < candidates.size(); ++n) {
    const auto& [at, marker] = candidates[n];
    // Candidates come in order, so an accepted one (already in `last`)
    // stands before this one, as do the clause measures passed here.
    while (k < clause_measures && measures[k].first < at) last = measures[k++].second.number;
    if (marker.number != last + 1) continue;
    if (marker.number == 1 && !(last_two != std::string_view::npos && last_two > at)) continue;
    measures.emplace_back(at, marker);
    last = marker.number;
  }
  std::sort(measures.begin(), measures.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
}

void OutlineBuilder::add_cell_measures(std::string_view text, std::size_t from,
                                       std::vector<std::pair<std::size_t, Marker>>& measures) {
  // A ledger's row as a line: its cells parted by spaces (tabs folded) or
  // drawn bars; a cell wrapped over lines shows its 二是 on a line of its
  // own, so no numbering is asked of a measure that opens a cell.
  const std::size_t found = measures.size();
  for (std::size_t at = text.find("是", from); at != std::string_view::npos; at = text.find("是", at + 1)) {
    // Back over the numeral to the cell's edge.
    std::size_t start = at;
    while (start > from) {
      std::size_t before = start;
      if (!is_chinese_numeral_char(prev_code_point(text, before))) break;
      start = before;
    }
    if (start == at || start <= from) continue;
    std::size_t before = start;
    const char32_t edge = prev_code_point(text, before);
    if (edge != U' ' && edge != U'|' && edge != U'｜' && !is_box_drawing(edge)) continue;
    if (std::any_of(measures.begin(), measures.begin() + static_cast<std::ptrdiff_t>(found),
                    [&](const auto& m) { return m.first == start; })) {
      continue;
    }
    if (auto m = match_measure(text.substr(start))) measures.emplace_back(start, *m);
  }
  if (measures.size() == found) return;
  std::sort(measures.begin(), measures.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  measures.erase(std::unique(measures.begin(), measures.end(),
                             [](const auto& a, const auto& b) { return a.first == b.first; }),
                 measures.end());
}

bool OutlineBuilder::may_take_label(const Node& unit) {
  if (unit.label) return false;
  for (const Node& child : unit.children) {
    if (child.kind == NodeKind::Measure) return false;
  }
  return true;
}

bool OutlineBuilder::may_open_label(std::string_view text) {
  static const std::vector<std::size_t> label_sizes = [] {
    std::vector<std::size_t> sizes;
    for (std::string_view label : lexicon::labels()) {
      if (std::find(sizes.begin(), sizes.end(), label.size()) == sizes.end()) sizes.push_back(label.size());
    }
    return sizes;
  }();
  if (starts_with(text, "【")) return true;
  for (std::size_t n : label_sizes) {
    if (n < text.size() && (text[n] == ':' || starts_with(text.substr(n), "："))) return true;
  }
  return false;
}

std::size_t OutlineBuilder::match_label(std::string_view text, std::string_view s, Node* unit) {
  if (!may_take_label(*unit)) return 0;
  std::size_t open = 0;
  if (starts_with(s, "【")) open = std::string_view("【").size();
  for (std::string_view label : lexicon::labels()) {
    if (!starts_with(s.substr(open), label)) continue;
    std::size_t i = open + label.size();
    if (open) {
      if (!starts_with(s.substr(i), "】")) continue;
      i += std::string_view("】").size();
      if (i < s.size()) {  // an optional colon after 【整改情况】
        std::size_t j = i;
        if (fold_width(next_code_point(s, j)) == U':') i = j;
      }
    } else {
      if (i >= s.size()) continue;
      std::size_t j = i;
      if (fold_width(next_code_point(s, j)) != U':') continue;
      i = j;
    }
    // The label keeps the characters as written, not the shadow's.
    unit->label = std::string(text.substr(open, label.size()));
    return i;
  }
  return 0;
}

std::size_t OutlineBuilder::offset_of(std::string_view whole, std::string_view part) {
  return static_cast<std::size_t>(part.data() - whole.data());
}

}  // namespace tongbao::detail
