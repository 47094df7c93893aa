// money.cc - amounts of money and percentages.
#include "annotate/money.h"

#include <cstring>
#include <limits>

#include "text/utf8.h"

namespace tongbao::detail {
namespace {

struct MoneyUnit {
  std::string_view text;
  int exponent;  // the unit is 10^exponent yuan
};
// Longest first: 万亿元 before 亿元 before 元.
constexpr MoneyUnit kMoneyUnits[] = {
    {"万亿元", 12}, {"萬億元", 12}, {"亿元", 8}, {"億元", 8}, {"万元", 4},
    {"萬元", 4},    {"千元", 3},    {"元", 0},
};

// mantissa * 10^(exponent - scale), an integer when whole and in range.
EntityValue scaled(std::int64_t mantissa, int scale, int exponent) {
  int shift = exponent - scale;
  if (shift >= 0) {
    if (shift <= 18 && mantissa <= std::numeric_limits<std::int64_t>::max() / kPowersOf10[shift]) {
      return mantissa * kPowersOf10[shift];
    }
    double v = static_cast<double>(mantissa);
    for (int k = 0; k < shift; ++k) v *= 10.0;
    return v;
  }
  if (-shift > 18) return 0.0;
  double v = static_cast<double>(mantissa) / static_cast<double>(kPowersOf10[-shift]);
  // Whole after all (1.50万元 is fine above; 12.0元 here): keep it integral.
  if (v == static_cast<double>(static_cast<std::int64_t>(v)) && v < 9.0e18) {
    return static_cast<std::int64_t>(v);
  }
  return v;
}

}  // namespace

std::optional<Amount> read_money(std::string_view s, std::size_t begin) {
  std::int64_t mantissa = 0;
  int scale = 0;
  std::size_t i = begin;
  if (auto dec = read_decimal(s, begin)) {
    mantissa = dec->mantissa;
    scale = dec->scale;
    i = dec->end;
    for (const MoneyUnit& unit : kMoneyUnits) {
      if (word_at(s, i, unit.text)) {
        return Amount{i + unit.text.size(), scaled(mantissa, scale, unit.exponent)};
      }
    }
    return std::nullopt;
  }
  // Chinese numerals: 三千万元, 十二元; a bare 一元 (一元化) is not an amount.
  bool has_unit = false;
  std::size_t end = begin;
  auto number = read_chinese_number(s, begin, end, has_unit);
  if (!number || !has_unit) return std::nullopt;
  // 万 and 亿 were read as part of the numeral, so only 元 is left.
  constexpr std::string_view kYuan = "元";
  if (!starts_with(s.substr(end), kYuan)) return std::nullopt;
  return Amount{end + kYuan.size(), *number};
}

std::optional<Amount> read_percent(std::string_view s, std::size_t begin) {
  auto dec = read_decimal(s, begin);
  if (!dec || dec->end >= s.size()) return std::nullopt;
  std::size_t j = dec->end;
  char32_t c = next_code_point(s, j);
  if (c != U'%' && c != U'％') return std::nullopt;
  // One division, so that 48% is the double nearest 0.48.
  if (dec->scale + 2 > 18) return std::nullopt;
  return Amount{j, static_cast<double>(dec->mantissa) / static_cast<double>(kPowersOf10[dec->scale + 2])};
}

bool may_hold_money(std::string_view s) { return contains_word(s, "元"); }

bool may_hold_percent(std::string_view s) { return s.find('%') != std::string_view::npos || contains_word(s, "％"); }

double as_double(const EntityValue& value) {
  if (auto* i = std::get_if<std::int64_t>(&value)) return static_cast<double>(*i);
  if (auto* d = std::get_if<double>(&value)) return *d;
  return 0.0;
}

}  // namespace tongbao::detail
