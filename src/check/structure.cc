// structure.cc - the structure checks: numbered siblings (gaps, duplicates,
// restarts, marker styles, labels) and empty units, from the node tree and
// its marker positions; and the index of spans by node they look up.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <utility>

#include "check/checker.h"
#include "text/numerals.h"
#include "text/utf8.h"

namespace tongbao::detail::checks {
namespace {

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

}  // namespace

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

}  // namespace tongbao::detail::checks
