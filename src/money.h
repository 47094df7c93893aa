// money.h - numbers as notices write them (ASCII or full-width digits,
// Chinese numerals), amounts of money and percentages.
//
// Every reader takes the text and a byte offset and returns how far it read,
// reading at most a bounded number of characters: a 5000-digit run costs
// one pass, never a quadratic rescan.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "tongbao/document.h"

namespace tongbao::detail {

// Longest digit run read as one number; longer runs are not numbers.
inline constexpr int kMaxDigits = 18;

// 0-9 for an ASCII or full-width digit, else -1.
int digit_value(char32_t c);
// 0-9 for a Chinese digit character (〇 ○ 零 一 二 两 ... 九; O and О only when
// `allow_latin_o`, as in 二OO五年), else -1.
int chinese_digit_value(char32_t c, bool allow_latin_o = false);

// A run of digits starting at `begin`.
struct DigitRun {
  std::size_t end = 0;      // byte offset after the run
  int count = 0;            // digits in the run (capped reading stops here)
  std::int64_t value = 0;   // meaningful when count <= kMaxDigits
  bool too_long = false;    // more than kMaxDigits digits: skipped whole
};
DigitRun read_digits(std::string_view s, std::size_t begin);

// A small Chinese numeral (一 .. 九十九: 十七, 二十三, 三十一) at `begin`;
// nullopt if there is none. `end` receives the offset after it.
std::optional<int> read_chinese_small(std::string_view s, std::size_t begin, std::size_t& end);

// A decimal number written with digits: 5.99, 1.4, 48, 7.132.
struct Decimal {
  std::size_t end = 0;
  std::int64_t mantissa = 0;  // all digits without the point: 5.99 -> 599
  int scale = 0;              // digits after the point: 5.99 -> 2
};
std::optional<Decimal> read_decimal(std::string_view s, std::size_t begin);

// An amount of money at `begin`: 5.99万元, 1.4万亿元, 300元, 三千万元.
// The value is in yuan, an integer when the amount is whole.
struct Amount {
  std::size_t end = 0;
  EntityValue value;
};
std::optional<Amount> read_money(std::string_view s, std::size_t begin);

// A percentage at `begin`: 48% / 48％ / 91.29% -> 0.48 / 0.9129.
std::optional<Amount> read_percent(std::string_view s, std::size_t begin);

// The number a value holds, as a double (0 for a monostate or string).
double as_double(const EntityValue& value);

}  // namespace tongbao::detail
