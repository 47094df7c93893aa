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
#include "text/numerals.h"
#include "text/utf8.h"

namespace tongbao::detail {

// Longest digit run read as one number; longer runs are not numbers.
inline constexpr int kMaxDigits = 18;

// next_code_point() with the ASCII and three-byte cases inline: the hot
// loops call this for every character of every document. Forced inline:
// left to itself, -O2 makes it a call that costs more than the decoding.
[[gnu::always_inline]] inline char32_t next_char(std::string_view s, std::size_t& i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) {
    ++i;
    return b0;
  }
  if ((b0 & 0xF0) == 0xE0 && i + 2 < s.size()) {
    const auto b1 = static_cast<unsigned char>(s[i + 1]);
    const auto b2 = static_cast<unsigned char>(s[i + 2]);
    if ((b1 & 0xC0) == 0x80 && (b2 & 0xC0) == 0x80) {
      const char32_t c = (static_cast<char32_t>(b0 & 0x0F) << 12) | (static_cast<char32_t>(b1 & 0x3F) << 6) |
                         static_cast<char32_t>(b2 & 0x3F);
      if (c >= 0x800 && (c < 0xD800 || c > 0xDFFF)) {
        i += 3;
        return c;
      }
    }
  }
  return next_code_point(s, i);
}

// Whether `word` stands at s[i], or ends at s[end]: the tables of words
// tried after and before every number. `i` and `end` are at most s.size().
inline bool word_at(std::string_view s, std::size_t i, std::string_view word) {
  return starts_with(s.substr(i), word);
}
inline bool word_ends_at(std::string_view s, std::size_t end, std::string_view word) {
  return ends_with(s.substr(0, end), word);
}

// 0-9 for an ASCII or full-width digit, else -1.
inline int digit_value(char32_t c) {
  if (c >= U'0' && c <= U'9') return static_cast<int>(c - U'0');
  if (c >= 0xFF10 && c <= 0xFF19) return static_cast<int>(c - 0xFF10);
  return -1;
}


// A run of digits starting at `begin`.
struct DigitRun {
  std::size_t end = 0;      // byte offset after the run
  int count = 0;            // digits in the run (capped reading stops here)
  std::int64_t value = 0;   // meaningful when count <= kMaxDigits
  bool too_long = false;    // more than kMaxDigits digits: skipped whole
};
// Inline, with the digits compared as bytes (ASCII 30-39, full-width EF BC
// 90-99): every scan reads each number it meets with it, most of them a
// few ASCII digits.
[[gnu::always_inline]] inline DigitRun read_digits(std::string_view s, std::size_t begin) {
  DigitRun run;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::size_t i = begin;
  while (i < n) {
    unsigned d = p[i] - static_cast<unsigned>('0');
    if (d < 10) {
      ++i;
    } else if (p[i] == 0xEF && i + 2 < n && p[i + 1] == 0xBC && p[i + 2] - 0x90u < 10) {
      d = p[i + 2] - 0x90u;
      i += 3;
    } else {
      break;
    }
    if (run.count < kMaxDigits) run.value = run.value * 10 + d;
    ++run.count;
  }
  run.end = i;
  run.too_long = run.count > kMaxDigits;
  return run;
}

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

// Every amount read_money() accepts ends in 元 and every percentage in % or
// ％: text without them holds none, and a scan over it need not try each
// number.
bool may_hold_money(std::string_view s);
bool may_hold_percent(std::string_view s);

// s.find(word) != npos, testing the word's first and last bytes together:
// faster than find() for a word of Chinese characters, whose first byte is
// everywhere.
bool contains_word(std::string_view s, std::string_view word);
// s.find(word, from), searching the same way.
std::size_t find_word(std::string_view s, std::string_view word, std::size_t from = 0);

// The number a value holds, as a double (0 for a monostate or string).
double as_double(const EntityValue& value);

}  // namespace tongbao::detail
