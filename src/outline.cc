// outline.cc - paragraphs to title, preamble, numbered tree and closing.
//
// The document is read in three zones: the header (page chrome and the
// title), the body (preamble, then numbered units) and the tail (closing,
// then footer chrome). Within the body, the level of each marker family is
// the order in which the family first appears, so a notice that starts at
// （一） has subsections at the top.
#include "outline.h"

#include <array>

#include "chrome.h"
#include "lexicon.h"
#include "markers.h"
#include "problems.h"
#include "sentences.h"
#include "utf8.h"

namespace tongbao::detail {
namespace {

constexpr int kMaxTitleChars = 120;
// Measures are never on the family stack; they hang under the deepest unit.
constexpr int kFamilies = 6;

bool starts_with_any(std::string_view s, std::span<const std::string_view> words) {
  for (std::string_view w : words) {
    if (starts_with(s, w)) return true;
  }
  return false;
}

bool ends_with_any(std::string_view s, std::span<const std::string_view> words) {
  for (std::string_view w : words) {
    if (ends_with(s, w)) return true;
  }
  return false;
}

void append_paragraph(std::string& target, std::string_view piece) {
  if (piece.empty()) return;
  if (!target.empty()) target += '\n';
  target.append(piece);
}

// A date written alone on a line: 2024年6月17日, 二〇二四年六月十七日, 2024-06-17.
bool is_date_line(std::string_view s) {
  const int chars = count_chars(s);
  if (chars < 6 || chars > 16) return false;
  std::size_t i = 0;
  bool has_year = false;
  while (i < s.size()) {
    const char32_t c = fold_width(next_code_point(s, i));
    if (c == U'年') has_year = true;
    const bool allowed = (c >= '0' && c <= '9') || c == U'年' || c == U'月' || c == U'日' || c == U'-' ||
                         c == U'.' || c == U'/' || c == U' ' || c == U'〇' || c == U'○' || c == U'O' ||
                         c == U'零' || c == U'一' || c == U'二' || c == U'三' || c == U'四' || c == U'五' ||
                         c == U'六' || c == U'七' || c == U'八' || c == U'九' || c == U'十';
    if (!allowed) return false;
  }
  return has_year || s.find('-') != std::string_view::npos;
}

// A short line naming an organisation: the issuer in a signature block.
bool is_organisation_line(std::string_view s, std::string_view shadow) {
  const int chars = count_chars(s);
  if (chars < 2 || chars > 40) return false;
  if (s.find("。") != std::string_view::npos || s.find("，") != std::string_view::npos ||
      s.find(',') != std::string_view::npos || s.find("：") != std::string_view::npos ||
      s.find(':') != std::string_view::npos) {
    return false;
  }
  return ends_with_any(shadow, lexicon::organisation_suffixes());
}

// Strips a date glued to a title (…的通报 (2024-07-26), …的通报2024-07-26).
std::string_view strip_title_date(std::string_view title, std::optional<std::string>& date) {
  std::size_t used = 0;
  for (std::size_t pos = title.size() > 30 ? title.size() - 30 : 0; pos < title.size(); ++pos) {
    const auto b = static_cast<unsigned char>(title[pos]);
    if ((b & 0xC0) == 0x80) continue;
    std::string_view tail = title.substr(pos);
    std::size_t k = 0;
    while (k < tail.size()) {  // allow ( （ [ 【 and spaces before the date
      std::size_t next = k;
      const char32_t c = next_code_point(tail, next);
      if (c != U'(' && c != U'（' && c != U'[' && c != U'【' && c != U' ') break;
      k = next;
    }
    if (k < tail.size() && !(tail[k] >= '0' && tail[k] <= '9')) continue;
    if (auto when = read_timestamp(tail.substr(k), &used)) {
      std::string_view rest = tail.substr(k + used);
      std::size_t r = 0;
      bool only_closers = true;
      while (r < rest.size()) {
        const char32_t c = next_code_point(rest, r);
        if (c != U')' && c != U'）' && c != U']' && c != U'】' && c != U' ') only_closers = false;
      }
      if (!only_closers || pos == 0) continue;
      date = when;
      std::string_view head = title.substr(0, pos);
      while (!head.empty() && head.back() == ' ') head.remove_suffix(1);
      return head;
    }
    break;
  }
  return title;
}

bool looks_like_title(std::string_view text, std::string_view shadow) {
  const int chars = count_chars(text);
  if (chars < 4 || chars > kMaxTitleChars) return false;
  if (text.find("。") != std::string_view::npos) return false;
  if (match_marker(text)) return false;
  std::optional<std::string> ignored;
  std::string_view bare = strip_title_date(shadow, ignored);
  while (!bare.empty() && (bare.back() == ' ' || bare.back() == ')')) bare.remove_suffix(1);
  if (ends_with_any(bare, lexicon::title_endings())) return true;
  return bare.find("关于") != std::string_view::npos &&
         (bare.find("整改") != std::string_view::npos || bare.find("巡视") != std::string_view::npos ||
          bare.find("巡察") != std::string_view::npos || bare.find("审计") != std::string_view::npos);
}

// Prose that opens a notice's own text: 根据…, 按照… with an inspection word.
bool looks_like_notice_prose(std::string_view shadow) {
  if (!starts_with_any(shadow, lexicon::preamble_openers())) return false;
  return shadow.find("巡视") != std::string_view::npos || shadow.find("巡察") != std::string_view::npos ||
         shadow.find("审计") != std::string_view::npos || shadow.find("整改") != std::string_view::npos;
}

class OutlineBuilder {
 public:
  explicit OutlineBuilder(const std::vector<Block>& blocks) : blocks_(blocks) {
    shadows_.reserve(blocks.size());
    for (const Block& b : blocks) shadows_.push_back(lexicon::simplified_shadow(b.text));
    level_.fill(-1);
  }

  OutlineResult build() {
    const std::size_t body_start = read_header();
    const auto [closing_start, footer_start] = find_tail(body_start);
    for (std::size_t i = body_start; i < closing_start; ++i) read_body_block(i);
    for (std::size_t i = closing_start; i < footer_start; ++i) {
      append_paragraph(result_.closing, blocks_[i].text);
      add_span(Role::Closing, i, 0, blocks_[i].text.size(), {});
    }
    for (std::size_t i = footer_start; i < blocks_.size(); ++i) {
      add_span(Role::Chrome, i, 0, blocks_[i].text.size(), {});
    }
    return std::move(result_);
  }

 private:
  // ---- header: chrome lines, the title and its repetitions -------------

  std::size_t read_header() {
    std::size_t i = 0;
    std::string title_shadow;
    // Where the notice's own prose begins when no title is found: anything
    // before it (spam keywords, repost headlines) is page chrome.
    std::size_t prose_start = blocks_.size();
    for (std::size_t k = 0; k < blocks_.size() && k < 40; ++k) {
      if (match_marker(blocks_[k].text)) break;
      if (looks_like_notice_prose(shadows_[k])) {
        prose_start = k;
        break;
      }
    }
    for (; i < blocks_.size(); ++i) {
      const Block& b = blocks_[i];
      const std::string& shadow = shadows_[i];
      if (match_marker(b.text)) break;
      const ChromeKind chrome = classify_chrome(b.text, shadow);
      if (chrome != ChromeKind::None && chrome != ChromeKind::Footer) {
        read_chrome_facts(chrome, b.text, shadow, result_.facts);
        add_span(Role::Chrome, i, 0, b.text.size(), {});
        // 索引号: on its own line, its value on the next.
        if (chrome == ChromeKind::InfoTable && is_key_only(shadow) && i + 1 < blocks_.size() &&
            classify_chrome(blocks_[i + 1].text, shadows_[i + 1]) == ChromeKind::None &&
            !match_marker(blocks_[i + 1].text)) {
          ++i;
          add_span(Role::Chrome, i, 0, blocks_[i].text.size(), {});
        }
        continue;
      }
      if (!result_.title) {
        if (i < prose_start && is_organisation_line(b.text, shadow) && i + 1 < blocks_.size() &&
            starts_with(shadows_[i + 1], "关于") && looks_like_title(blocks_[i + 1].text, shadows_[i + 1])) {
          // The issuer on one line, 关于…的通报 on the next.
          set_title(std::string(b.text) + blocks_[i + 1].text, i);
          add_span(Role::Title, i + 1, 0, blocks_[i + 1].text.size(), {});
          title_shadow = shadow + shadows_[i + 1];
          ++i;
          continue;
        }
        if (i < prose_start && looks_like_title(b.text, shadow)) {
          set_title(b.text, i);
          title_shadow = shadow;
          continue;
        }
        if (i < prose_start && prose_start < blocks_.size()) {  // junk before the prose
          add_span(Role::Chrome, i, 0, b.text.size(), {});
          continue;
        }
        break;
      }
      // A title repeated (Shanghai pages), whole or in its two halves.
      if (!title_shadow.empty() && (title_shadow.find(shadow) != std::string::npos && count_chars(shadow) >= 4)) {
        add_span(Role::Chrome, i, 0, b.text.size(), {});
        continue;
      }
      break;
    }
    return i;
  }

  // 索引号: with nothing after the colon.
  static bool is_key_only(std::string_view s) {
    std::size_t i = s.size();
    while (i > 0 && s[i - 1] == ' ') --i;
    if (i == 0) return false;
    const char32_t last = fold_width(prev_code_point(s, i));
    if (last == U':') return true;
    while (!s.empty() && (s.front() == ' ' || static_cast<unsigned char>(s.front()) >= 0x80) &&
           !starts_with_any(s, lexicon::info_table_keys())) {
      std::size_t k = 0;  // skip a leading bullet
      next_code_point(s, k);
      s.remove_prefix(k);
    }
    for (std::string_view key : lexicon::info_table_keys()) {
      if (s == key) return true;
    }
    return false;
  }

  void set_title(std::string_view text, std::size_t index) {
    std::optional<std::string> date;
    std::string_view title = strip_title_date(text, date);
    result_.title = std::string(title);
    if (date && !result_.facts.published) result_.facts.published = date;
    add_span(Role::Title, index, 0, blocks_[index].text.size(), {});
  }

  // ---- tail: closing paragraphs, then footer chrome ---------------------

  std::pair<std::size_t, std::size_t> find_tail(std::size_t body_start) {
    std::size_t footer = blocks_.size();
    for (std::size_t i = body_start; i < blocks_.size(); ++i) {
      if (classify_chrome(blocks_[i].text, shadows_[i]) == ChromeKind::Footer) {
        footer = i;
        break;
      }
    }
    // Closing starts after the last unit's heading: the first paragraph
    // that invites supervision, gives a contact, or signs the notice.
    std::size_t last_unit = body_start;
    bool any_unit = false;
    for (std::size_t i = body_start; i < footer; ++i) {
      if (auto m = match_marker(blocks_[i].text); m && m->kind != NodeKind::Measure) {
        last_unit = i;
        any_unit = true;
      }
    }
    std::size_t from = any_unit ? last_unit + 1 : body_start + 1;
    for (std::size_t i = from; i < footer; ++i) {
      const std::string& shadow = shadows_[i];
      if (starts_with_any(shadow, lexicon::closing_openers()) ||
          is_date_line(blocks_[i].text) ||
          (is_organisation_line(blocks_[i].text, shadow) && i + 1 < footer &&
           (is_date_line(blocks_[i + 1].text) || is_organisation_line(blocks_[i + 1].text, shadows_[i + 1])))) {
        return {i, footer};
      }
    }
    return {footer, footer};
  }

  // ---- body: preamble and numbered units ---------------------------------

  struct Open {
    Node* node;
    int level;
  };

  void read_body_block(std::size_t index) {
    const Block& b = blocks_[index];
    const std::string& shadow = shadows_[index];
    auto marker = match_marker(b.text);
    if (marker && marker->kind != NodeKind::Measure) {
      Node& node = open_node(*marker, index);
      std::size_t offset = marker->length;
      while (offset < b.text.size() && b.text[offset] == ' ') ++offset;
      const std::string_view rest = std::string_view(b.text).substr(offset);
      const std::string_view rest_shadow = std::string_view(shadow).substr(offset);
      std::size_t end = heading_end(rest, HeadingEnd::Heading);
      // A heading line that is only a label (1.整改情况：…) has no heading.
      const std::string_view heading = trim_heading(rest.substr(0, end));
      node.heading = std::string(heading);
      node.problem = find_problem(heading, rest_shadow.substr(0, heading.size()));
      const std::string id = node.id;
      add_span(Role::Heading, index, 0, offset + end, id);
      std::size_t body = offset + end;
      while (body < b.text.size() && b.text[body] == ' ') ++body;
      read_prose(index, body, /*paragraph_start=*/false);
      return;
    }
    read_prose(index, 0, /*paragraph_start=*/true);
  }

  Node& open_node(const Marker& marker, std::size_t index) {
    const int family = static_cast<int>(marker.kind);
    if (level_[family] < 0) level_[family] = next_level_++;
    const int level = level_[family];
    while (!stack_.empty() && stack_.back().level >= level) stack_.pop_back();
    std::vector<Node>& siblings = stack_.empty() ? result_.outline : stack_.back().node->children;
    const std::string parent_id = stack_.empty() ? std::string() : stack_.back().node->id + ".";
    siblings.emplace_back();
    Node& node = siblings.back();
    fill_marker(node, marker, index, 0);
    node.id = parent_id + std::to_string(siblings.size());
    stack_.push_back(Open{&node, level});
    measure_owns_paragraphs_ = false;
    return node;
  }

  void fill_marker(Node& node, const Marker& marker, std::size_t index, std::size_t offset) {
    const Block& b = blocks_[index];
    node.kind = marker.kind;
    node.number = marker.number;
    node.marker = b.text.substr(offset, marker.length);
    node.line = b.line;
    node.column = column_at(b, offset);
  }

  Node* owner() { return stack_.empty() ? nullptr : stack_.back().node; }

  // Reads a paragraph (or what follows a run-in heading) from byte `from`:
  // a label, the owner's text, and the measures that open clauses in it.
  void read_prose(std::size_t index, std::size_t from, bool paragraph_start) {
    const Block& b = blocks_[index];
    const std::string_view text = b.text;
    const std::string_view shadow = shadows_[index];
    Node* unit = owner();
    std::size_t pos = from;

    // 整改情况: opens the body.
    if (unit != nullptr) {
      if (std::size_t label_end = match_label(text.substr(pos), shadow.substr(pos), unit); label_end > 0) {
        pos += label_end;
        while (pos < text.size() && text[pos] == ' ') ++pos;
      }
    }

    // Measures open clauses: at the start, or after 。；;：: .
    std::vector<std::pair<std::size_t, Marker>> measures;
    std::size_t i = pos;
    bool clause_start = true;
    while (i < text.size()) {
      if (clause_start) {
        std::size_t at = i;
        while (at < text.size() && text[at] == ' ') ++at;
        if (auto m = match_measure(text.substr(at))) {
          measures.emplace_back(at, *m);
          i = at + m->length;
          clause_start = false;
          continue;
        }
      }
      const char32_t c = next_code_point(text, i);
      clause_start = opens_clause_after(c);
    }

    const std::size_t first_measure = measures.empty() ? text.size() : measures.front().first;
    const std::string_view lead = trim(text.substr(pos, first_measure - pos));
    if (!lead.empty()) {
      if (unit == nullptr) {
        append_paragraph(result_.preamble, lead);
        add_span(Role::Preamble, index, offset_of(text, lead), lead.size(), {});
      } else {
        std::string* target = &unit->text;
        std::string node_id = unit->id;
        // A paragraph that continues a measure which opened its own paragraph.
        if (paragraph_start && measure_owns_paragraphs_ && !unit->children.empty() &&
            unit->children.back().kind == NodeKind::Measure) {
          target = &unit->children.back().text;
          node_id = unit->children.back().id;
        }
        append_paragraph(*target, lead);
        add_span(Role::Body, index, offset_of(text, lead), lead.size(), node_id);
      }
    }

    for (std::size_t k = 0; k < measures.size(); ++k) {
      const auto& [at, marker] = measures[k];
      const std::size_t end = k + 1 < measures.size() ? measures[k + 1].first : text.size();
      std::vector<Node>& siblings = unit ? unit->children : result_.outline;
      siblings.emplace_back();
      Node& node = siblings.back();
      fill_marker(node, marker, index, at);
      node.id = (unit ? unit->id + "." : std::string()) + std::to_string(siblings.size());
      const std::string_view segment = text.substr(at + marker.length, end - at - marker.length);
      const std::size_t heading_stop = heading_end(segment, HeadingEnd::Clause);
      node.heading = std::string(trim_heading(segment.substr(0, heading_stop)));
      const std::string_view rest = trim(segment.substr(heading_stop));
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

  // Bytes taken by a label (and its colon) at the start of `s`, or 0. The
  // first label of a unit is its label; a later one stays in the text.
  static std::size_t match_label(std::string_view text, std::string_view s, Node* unit) {
    if (unit->label) return 0;
    for (const Node& child : unit->children) {
      if (child.kind == NodeKind::Measure) return 0;
    }
    std::size_t open = 0;
    if (starts_with(s, "【")) open = std::string_view("【").size();
    for (std::string_view label : lexicon::labels()) {
      if (s.compare(open, label.size(), label) != 0) continue;
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

  static std::string_view trim(std::string_view s) {
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    return s;
  }

  static std::size_t offset_of(std::string_view whole, std::string_view part) {
    return static_cast<std::size_t>(part.data() - whole.data());
  }

  void add_span(Role role, std::size_t index, std::size_t offset, std::size_t length, const std::string& node) {
    const Block& b = blocks_[index];
    const std::string_view text = std::string_view(b.text).substr(offset, length);
    if (text.empty() && role != Role::Chrome) return;
    result_.spans.push_back(Span{role, text, b.line, column_at(b, offset), node});
  }

  const std::vector<Block>& blocks_;
  std::vector<std::string> shadows_;
  OutlineResult result_;
  std::vector<Open> stack_;
  std::array<int, kFamilies> level_{};
  int next_level_ = 0;
  bool measure_owns_paragraphs_ = false;
};

}  // namespace

OutlineResult build_outline(const std::vector<Block>& blocks) { return OutlineBuilder(blocks).build(); }

}  // namespace tongbao::detail
