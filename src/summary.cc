// summary.cc - literal patterns from terms.h, read left to right.
#include "summary.h"

#include <algorithm>
#include <string_view>

#include "money.h"
#include "terms.h"
#include "utf8.h"

namespace tongbao::detail {
namespace {

constexpr std::size_t npos = std::string_view::npos;
// Characters a fund verb and its amount may have between them (资金, 违规资金).
constexpr int kMaxFundGap = 6;

bool is_ideograph(char32_t c) { return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF); }

std::size_t skip_fillers(std::string_view s, std::size_t i) {
  for (std::string_view f : terms::summary_fillers()) {
    if (starts_with(s.substr(i), f)) return i + f.size();
  }
  return i;
}

// The number of one pattern at its first place in `s`, with its position.
struct Hit {
  std::size_t at = npos;
  double value = 0;
};

Hit match(std::string_view s, const terms::CountPattern& p) {
  const bool percent = p.suffix == "%" || p.suffix == "％";
  if (p.prefix.empty()) {
    for (std::size_t at = s.find(p.suffix); at != npos; at = s.find(p.suffix, at + 1)) {
      std::size_t b = at;
      int n = 0;
      while (b > 0 && n < kMaxDigits && s[b - 1] >= '0' && s[b - 1] <= '9') {
        --b;
        ++n;
      }
      if (n == 0 || (b > 0 && s[b - 1] == '.')) continue;
      DigitRun run = read_digits(s, b);
      return Hit{b, static_cast<double>(run.value)};
    }
    return {};
  }
  for (std::size_t at = s.find(p.prefix); at != npos; at = s.find(p.prefix, at + 1)) {
    std::size_t i = skip_fillers(s, at + p.prefix.size());
    if (percent) {
      if (auto pct = read_percent(s, i)) return Hit{at, as_double(pct->value)};
      continue;
    }
    DigitRun run = read_digits(s, i);
    if (run.count == 0 || run.too_long) continue;
    if (starts_with(s.substr(run.end), p.suffix)) return Hit{at, static_cast<double>(run.value)};
  }
  return {};
}

// 追缴资金7.132万元: an amount at most kMaxFundGap ideographs after the verb.
std::optional<double> fund_amount(std::string_view s, std::size_t i) {
  for (int n = 0; n <= kMaxFundGap && i < s.size(); ++n) {
    if (auto amount = read_money(s, i)) return as_double(amount->value);
    std::size_t j = i;
    char32_t c = next_code_point(s, j);
    if (!is_ideograph(c) || c == U'的') return std::nullopt;
    i = j;
  }
  return std::nullopt;
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
  for (const Sentence& sentence : sentences) {
    std::string_view s = sentence.text;
    // Each field: the earliest pattern hit in this sentence.
    for (std::string_view field : {"problems", "completed", "in_progress", "rate", "measures", "rules",
                                   "people_disciplined"}) {
      Hit best;
      for (const terms::CountPattern& p : terms::summary_patterns()) {
        if (p.field != field) continue;
        Hit h = match(s, p);
        if (h.at < best.at) best = h;
      }
      if (best.at == npos) continue;
      if (field == "problems") set_int(sum.problems, best.value);
      if (field == "completed") set_int(sum.completed, best.value);
      if (field == "in_progress") set_int(sum.in_progress, best.value);
      if (field == "measures") set_int(sum.measures, best.value);
      if (field == "rules") set_int(sum.rules, best.value);
      if (field == "people_disciplined") set_int(sum.people_disciplined, best.value);
      if (field == "rate" && !sum.rate) {
        sum.rate = best.value;
        any = true;
      }
    }
    // Accountability terms counted in people, in the order named.
    std::vector<std::pair<std::size_t, std::pair<std::string, std::int64_t>>> named;
    for (std::string_view term : terms::accountability_terms()) {
      for (std::size_t at = s.find(term); at != npos; at = s.find(term, at + term.size())) {
        DigitRun run = read_digits(s, at + term.size());
        if (run.count == 0 || run.too_long) continue;
        bool unit = false;
        for (std::string_view u : terms::people_units()) unit = unit || starts_with(s.substr(run.end), u);
        if (unit) named.push_back({at, {std::string(term), run.value}});
      }
    }
    std::sort(named.begin(), named.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto& [at, entry] : named) {
      bool seen = std::any_of(sum.people_handled.begin(), sum.people_handled.end(),
                              [&](const auto& e) { return e.first == entry.first; });
      if (!seen) {
        sum.people_handled.push_back(entry);
        any = true;
      }
    }
    for (std::string_view verb : terms::fund_verbs()) {
      for (std::size_t at = s.find(verb); at != npos; at = s.find(verb, at + verb.size())) {
        if (auto amount = fund_amount(s, at + verb.size())) {
          funds += *amount;
          has_funds = true;
        }
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
