// summary.cc - literal patterns from terms.h, read left to right.
#include "annotate/summary.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <span>
#include <string_view>
#include <vector>

#include "annotate/money.h"
#include "annotate/terms.h"
#include "scan/byte_scan.h"
#include "text/chars.h"
#include "text/numerals.h"
#include "text/utf8.h"

namespace tongbao::detail {
namespace {

// Characters a fund verb and its amount may have between them (资金, 违规资金).
constexpr int kMaxFundGap = 6;


// Where a pattern's prefix may end before the number at b: right before
// it, or before one of the fillers (达到, 为 ...) that stands right before
// it. Found once per number, for all the patterns whose suffix follows it.
void prefix_ends(std::string_view s, std::size_t b, std::vector<std::size_t>& ends) {
  ends.assign(1, b);
  const std::string_view head = s.substr(0, b);
  for (std::string_view f : terms::summary_fillers()) {
    if (word_ends_at(head, head.size(), f)) ends.push_back(b - f.size());
  }
}

// Does `p` hold around the number at [b, e)? Prefix (and a filler) right
// before it (`ends`: prefix_ends() of b), suffix right after it; a
// percentage's suffix is its % sign.
bool holds(std::string_view s, std::size_t e, const std::vector<std::size_t>& ends, const terms::CountPattern& p) {
  if (!word_at(s, e, p.suffix)) return false;  // the cheaper test first
  if (p.prefix.empty()) return true;
  for (std::size_t end : ends) {
    if (word_ends_at(s, end, p.prefix)) return true;
  }
  return false;
}

bool is_percent_sign(std::string_view suffix) { return suffix == "%" || suffix == "％"; }

// The summary patterns grouped by what their suffix starts with (its first
// two bytes), read out of the table once, the percentages apart: a number
// is tried only against the patterns whose suffix may follow it. Each
// pattern sets its field (if not set yet) to the number itself, so the
// order in which the patterns of one number are tried does not matter.
struct PatternsBySuffix {
  struct Group {
    std::string_view start;
    std::vector<const terms::CountPattern*> patterns;
  };
  std::vector<Group> groups;
  std::vector<const terms::CountPattern*> percent;  // suffix % or ％
};
const PatternsBySuffix& patterns_by_suffix() {
  static const PatternsBySuffix table = [] {
    PatternsBySuffix out;
    for (const terms::CountPattern& p : terms::summary_patterns()) {
      if (is_percent_sign(p.suffix)) {
        out.percent.push_back(&p);
        continue;
      }
      const std::string_view start = p.suffix.substr(0, 2);
      auto group = std::find_if(out.groups.begin(), out.groups.end(),
                                [&](const PatternsBySuffix::Group& g) { return g.start == start; });
      if (group == out.groups.end()) group = out.groups.insert(group, {start, {}});
      group->patterns.push_back(&p);
    }
    return out;
  }();
  return table;
}

// 追缴资金7.132万元: a fund verb at most kMaxFundGap ideographs before `b`.
bool fund_verb_before(std::string_view s, std::size_t b) {
  for (int n = 0; n <= kMaxFundGap; ++n) {
    std::string_view head = s.substr(0, b);
    for (std::string_view verb : terms::fund_verbs()) {
      if (word_ends_at(head, head.size(), verb)) return true;
    }
    if (b == 0) return false;
    std::size_t k = b;
    char32_t c = prev_code_point(s, k);
    if (!is_ideograph(c) || c == U'的') return false;
    b = k;
  }
  return false;
}

}  // namespace

std::optional<Summary> find_summary(const std::vector<Sentence>& sentences) {
  Summary sum;
  bool any = false;
  auto set_int = [&](std::optional<std::int64_t>& field, double v) {
    if (!field) {
      field = static_cast<std::int64_t>(v);
      any = true;
    }
  };
  double funds = 0;
  bool has_funds = false;
  std::vector<std::size_t> prefix_end_list;  // prefix_ends() of the current number
  for (const Sentence& sentence : sentences) {
    std::string_view s = sentence.text;
    // Every figure is written with digits: visit each run once and ask
    // which patterns hold around it (no pattern search over the sentence).
    // Whether the sentence may hold an amount or a percentage: asked at its
    // first digit, as most sentences have none.
    std::optional<bool> money_in_sentence, percent_in_sentence;
    std::size_t i = sentence.may_hold_digit ? 0 : s.size();
    while ((i = next_ascii_digit(s, i)) < s.size()) {
      if (!money_in_sentence) {
        money_in_sentence = sentence.may_hold_money && may_hold_money(s);
        percent_in_sentence = sentence.may_hold_percent && may_hold_percent(s);
      }
      const bool money = *money_in_sentence;
      const bool percent = *percent_in_sentence;
      const std::size_t b = i;
      DigitRun run = read_digits(s, b);
      i = run.end;
      if (run.too_long || (b > 0 && s[b - 1] == '.')) continue;
      // Read once for all percentage patterns: the number and its % sign.
      const std::optional<Amount> pct = percent ? read_percent(s, b) : std::nullopt;
      const std::size_t pct_number_end = pct ? read_decimal(s, b)->end : 0;
      bool ends_found = false;
      auto ends_before = [&]() -> const std::vector<std::size_t>& {
        if (!ends_found) prefix_ends(s, b, prefix_end_list);
        ends_found = true;
        return prefix_end_list;
      };
      const PatternsBySuffix& table = patterns_by_suffix();
      for (const terms::CountPattern* p : pct ? std::span(table.percent) : std::span<const terms::CountPattern* const>{}) {
        if (!holds(s, pct_number_end, ends_before(), *p)) continue;
        if (!sum.rate) {
          sum.rate = as_double(pct->value);
          any = true;
        }
      }
      // Most numbers (dates, item numbers) are followed by no suffix at all.
      for (const PatternsBySuffix::Group& group : table.groups) {
        if (!word_at(s, run.end, group.start)) continue;
        for (const terms::CountPattern* p : group.patterns) {
          if (!word_at(s, run.end, p->suffix) || !holds(s, run.end, ends_before(), *p)) continue;
          const double v = static_cast<double>(run.value);
          if (p->field == "problems") set_int(sum.problems, v);
          if (p->field == "completed") set_int(sum.completed, v);
          if (p->field == "in_progress") set_int(sum.in_progress, v);
          if (p->field == "measures") set_int(sum.measures, v);
          if (p->field == "rules") set_int(sum.rules, v);
          if (p->field == "people_disciplined") set_int(sum.people_disciplined, v);
        }
      }
      // Accountability terms counted in people, in the order named.
      bool in_people = false;
      for (std::string_view u : terms::people_units()) in_people = in_people || word_at(s, run.end, u);
      if (in_people) {
        std::string_view head = s.substr(0, b);
        for (std::string_view term : terms::accountability_terms()) {
          if (!word_ends_at(head, head.size(), term)) continue;
          bool seen = std::any_of(sum.people_handled.begin(), sum.people_handled.end(),
                                  [&](const auto& e) { return e.first == term; });
          if (!seen) {
            sum.people_handled.emplace_back(std::string(term), run.value);
            any = true;
          }
          break;  // longest first: 诫勉谈话 before 诫勉
        }
      }
      if (auto amount = money ? read_money(s, b) : std::nullopt; amount && fund_verb_before(s, b)) {
        funds += as_double(amount->value);
        has_funds = true;
        i = amount->end;
      }
    }
  }
  if (has_funds) {
    sum.funds_recovered_yuan = funds;
    any = true;
  }
  if (!any) return std::nullopt;
  return sum;
}

}  // namespace tongbao::detail
