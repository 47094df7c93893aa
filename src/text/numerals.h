// numerals.h - the Chinese digits, read one way everywhere.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "text/chars.h"
#include "text/utf8.h"

namespace tongbao::detail {

// 0-9 for a Chinese digit character (〇 ○ 零 一 二 两 ... 九; O and О only when
// `allow_latin_o`, as in 二OO五年), else -1.
inline int chinese_digit_value(char32_t c, bool allow_latin_o = false) {
  switch (c) {
    case U'〇': case U'○': case U'零': case U'◯': return 0;
    case U'O': case U'О': return allow_latin_o ? 0 : -1;  // Latin O, Cyrillic O
    case U'一': return 1;
    case U'二': case U'两': case U'兩': return 2;
    case U'三': return 3;
    case U'四': return 4;
    case U'五': return 5;
    case U'六': return 6;
    case U'七': return 7;
    case U'八': return 8;
    case U'九': return 9;
    default: return -1;
  }
}

// A character that can stand in a Chinese numeral: the digits, 〇/零 and 十.
inline bool is_chinese_numeral_char(char32_t c) { return chinese_digit_value(c) >= 0 || c == U'十'; }

// Longest digit run read as one number; longer runs are not numbers.
inline constexpr int kMaxDigits = 18;

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

// 10^k for k = 0 .. kMaxDigits: scales the numbers read here.
inline constexpr std::int64_t kPowersOf10[kMaxDigits + 1] = {1,
                                                             10,
                                                             100,
                                                             1000,
                                                             10000,
                                                             100000,
                                                             1000000,
                                                             10000000,
                                                             100000000,
                                                             1000000000,
                                                             10000000000,
                                                             100000000000,
                                                             1000000000000,
                                                             10000000000000,
                                                             100000000000000,
                                                             1000000000000000,
                                                             10000000000000000,
                                                             100000000000000000,
                                                             1000000000000000000};

// A decimal number written with digits (ASCII or full-width, the point . or
// ．): 5.99, 1.4, 48, 7.132.
struct Decimal {
  std::size_t end = 0;
  std::int64_t mantissa = 0;  // all digits without the point: 5.99 -> 599
  int scale = 0;              // digits after the point: 5.99 -> 2
};
// The decimal number at `begin`, or nullopt when no digit stands there or
// the whole part is longer than kMaxDigits. A fraction that would take the
// number past kMaxDigits digits is left unread (end after the whole part).
inline std::optional<Decimal> read_decimal(std::string_view s, std::size_t begin) {
  DigitRun whole = read_digits(s, begin);
  if (whole.count == 0 || whole.too_long) return std::nullopt;
  Decimal dec{whole.end, whole.value, 0};
  std::size_t i = whole.end;
  if (i < s.size()) {
    std::size_t j = i;
    char32_t c = next_code_point(s, j);
    if (c == U'.' || c == U'．') {
      DigitRun frac = read_digits(s, j);
      if (frac.count > 0 && !frac.too_long && whole.count + frac.count <= kMaxDigits) {
        dec.mantissa = whole.value * kPowersOf10[frac.count] + frac.value;
        dec.scale = frac.count;
        dec.end = frac.end;
      }
    }
  }
  return dec;
}

// The characters of a small Chinese numeral, in the order of their values
// (1..10): 一 … 九 and 十. Not 〇 or 零 (no small number starts with them)
// and not 两: a heading is numbered 二、, a date says 二月, a team 第二巡察组;
// 两 counts things (两个方面, 两月有余), and read as 2 it made dates and
// numbers of them.
inline constexpr std::u32string_view kSmallNumeralChars = U"一二三四五六七八九十";

// Whether a small Chinese numeral can start with `c`.
constexpr bool is_small_numeral_start(char32_t c) {
  return c == U'十' || (chinese_digit_value(c) >= 1 && c != U'两' && c != U'兩');
}

// The first two bytes of kSmallNumeralChars.
inline constexpr CharStartFilter kSmallNumeralStarts(kSmallNumeralChars);

// The value of the numeral character at s[i]: 1..9 for 一..九, 10 for 十,
// else 0. Each is three bytes, so it is read as three bytes (after the
// filter turns most characters away) and looked up in kSmallNumeralChars,
// not decoded in general and switched on.
[[gnu::always_inline]] inline int small_numeral_at(std::string_view s, std::size_t i) {
  if (i + 3 > s.size() || !kSmallNumeralStarts.may_start(s.substr(i))) return 0;
  const auto b1 = static_cast<unsigned char>(s[i + 1]), b2 = static_cast<unsigned char>(s[i + 2]);
  if ((b1 & 0xC0) != 0x80 || (b2 & 0xC0) != 0x80) return 0;
  const auto c = static_cast<char32_t>((static_cast<unsigned char>(s[i]) & 0x0F) << 12 | (b1 & 0x3F) << 6 | (b2 & 0x3F));
  for (std::size_t k = 0; k < kSmallNumeralChars.size(); ++k) {
    if (kSmallNumeralChars[k] == c) return static_cast<int>(k) + 1;
  }
  return 0;
}

// A small Chinese numeral (一 .. 九十九: 七, 十, 十七, 二十, 二十三) at `begin`
// in the characters of kSmallNumeralChars; nullopt if there is none. `end`
// receives the offset after it. The one reader for headings (一、 (十二)
// 三是), dates (十二月) and team numbers (第三巡察组); fast enough to run at
// every clause start, so inline.
[[gnu::always_inline]] inline std::optional<int> read_chinese_small(std::string_view s, std::size_t begin, std::size_t& end) {
  constexpr std::size_t kChar = 3;  // bytes of each numeral character
  const int first = small_numeral_at(s, begin);
  if (first == 0) return std::nullopt;
  if (first == 10) {  // 十, 十一 … 十九
    const int units = small_numeral_at(s, begin + kChar);
    if (units >= 1 && units <= 9) {
      end = begin + 2 * kChar;
      return 10 + units;
    }
    end = begin + kChar;
    return 10;
  }
  if (small_numeral_at(s, begin + kChar) == 10) {  // 二十, 二十三
    const int units = small_numeral_at(s, begin + 2 * kChar);
    if (units >= 1 && units <= 9) {
      end = begin + 3 * kChar;
      return first * 10 + units;
    }
    end = begin + 2 * kChar;
    return first * 10;
  }
  end = begin + kChar;
  return first;
}


// A Chinese numeral such as 三千五百万 or 十二, up to 亿, of at most
// kMaxChineseNumberChars characters; nullopt if none. `end` receives the
// offset after it, `has_unit` whether it held 十, 百, 千, 万 or 亿.
inline constexpr int kMaxChineseNumberChars = 16;
std::optional<std::int64_t> read_chinese_number(std::string_view s, std::size_t begin, std::size_t& end,
                                                bool& has_unit);

}  // namespace tongbao::detail
