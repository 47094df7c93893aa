// money.cc - digits, Chinese numerals, amounts and percentages.
#include "annotate/money.h"

#include <cstring>
#include <limits>

#if defined(__SSE2__)
#include <emmintrin.h>  // the x86-64 baseline
#endif

#include "text/utf8.h"

namespace tongbao::detail {
namespace {

constexpr std::int64_t kPow10[] = {1,
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

struct MoneyUnit {
  std::string_view text;
  int exponent;  // the unit is 10^exponent yuan
};
// Longest first: 万亿元 before 亿元 before 元.
constexpr MoneyUnit kMoneyUnits[] = {
    {"万亿元", 12}, {"萬億元", 12}, {"亿元", 8}, {"億元", 8}, {"万元", 4},
    {"萬元", 4},    {"千元", 3},    {"元", 0},
};

// Longest Chinese numeral read as an amount, in characters.
constexpr int kMaxChineseChars = 16;

// mantissa * 10^(exponent - scale), an integer when whole and in range.
EntityValue scaled(std::int64_t mantissa, int scale, int exponent) {
  int shift = exponent - scale;
  if (shift >= 0) {
    if (shift <= 18 && mantissa <= std::numeric_limits<std::int64_t>::max() / kPow10[shift]) {
      return mantissa * kPow10[shift];
    }
    double v = static_cast<double>(mantissa);
    for (int k = 0; k < shift; ++k) v *= 10.0;
    return v;
  }
  if (-shift > 18) return 0.0;
  double v = static_cast<double>(mantissa) / static_cast<double>(kPow10[-shift]);
  // Whole after all (1.50万元 is fine above; 12.0元 here): keep it integral.
  if (v == static_cast<double>(static_cast<std::int64_t>(v)) && v < 9.0e18) {
    return static_cast<std::int64_t>(v);
  }
  return v;
}

// A Chinese numeral such as 三千五百万 or 十二, up to 亿; nullopt if none.
std::optional<std::int64_t> read_chinese_number(std::string_view s, std::size_t begin, std::size_t& end,
                                                bool& has_unit) {
  std::int64_t total = 0, section = 0, number = 0;
  bool any = false;
  has_unit = false;
  std::size_t i = begin;
  for (int n = 0; i < s.size() && n < kMaxChineseChars; ++n) {
    std::size_t j = i;
    char32_t c = next_code_point(s, j);
    int d = chinese_digit_value(c);
    if (d >= 0) {
      number = d;
    } else if (c == U'十' || c == U'百' || c == U'千') {
      if (!any && c != U'十') break;  // 百元, 千元 alone are not numerals
      std::int64_t unit = c == U'十' ? 10 : c == U'百' ? 100 : 1000;
      section += (number == 0 ? 1 : number) * unit;
      number = 0;
      has_unit = true;
    } else if ((c == U'万' || c == U'萬') && any) {
      total += (section + number) * 10000;
      section = number = 0;
      has_unit = true;
    } else if ((c == U'亿' || c == U'億') && any) {
      total = (total + section + number) * 100000000;
      section = number = 0;
      has_unit = true;
    } else {
      break;
    }
    any = true;
    i = j;
  }
  if (!any) return std::nullopt;
  end = i;
  return total + section + number;
}

}  // namespace

std::optional<int> read_chinese_small(std::string_view s, std::size_t begin, std::size_t& end) {
  // Forms: 七, 十, 十七, 二十, 二十三 (at most three characters).
  std::size_t i = begin;
  int tens = -1, units = -1;
  std::size_t j = i;
  if (i >= s.size()) return std::nullopt;
  char32_t c = next_code_point(s, j);
  int d = chinese_digit_value(c);
  if (c == U'十') {
    tens = 1;
    i = j;
  } else if (d >= 1) {
    i = j;
    std::size_t k = i;
    if (i < s.size() && next_code_point(s, k) == U'十') {
      tens = d;
      i = k;
    } else {
      end = i;
      return d;
    }
  } else {
    return std::nullopt;
  }
  // After 十: an optional unit digit.
  std::size_t k = i;
  if (i < s.size()) {
    int u = chinese_digit_value(next_code_point(s, k));
    if (u >= 1) {
      units = u;
      i = k;
    }
  }
  end = i;
  return tens * 10 + (units < 0 ? 0 : units);
}

std::optional<Decimal> read_decimal(std::string_view s, std::size_t begin) {
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
        dec.mantissa = whole.value * kPow10[frac.count] + frac.value;
        dec.scale = frac.count;
        dec.end = frac.end;
      }
    }
  }
  return dec;
}

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
  return Amount{j, static_cast<double>(dec->mantissa) / static_cast<double>(kPow10[dec->scale + 2])};
}

bool may_hold_money(std::string_view s) { return contains_word(s, "元"); }

bool may_hold_percent(std::string_view s) { return s.find('%') != std::string_view::npos || contains_word(s, "％"); }

bool contains_word(std::string_view s, std::string_view word) { return find_word(s, word) != std::string_view::npos; }

std::size_t find_word(std::string_view s, std::string_view word, std::size_t from) {
  if (from > s.size()) return std::string_view::npos;
  if (word.empty()) return from;
  const std::size_t last = word.size() - 1;
#if defined(__SSE2__)
  // The lead byte of a Chinese character (E4-E9) is in most characters of
  // a notice, and the last byte of 元 or 《 in one character in twenty;
  // both at the right distance are in few. Sixteen places are tested at a
  // time (SSE2, the x86-64 baseline); the last block overlaps the one
  // before rather than leaving a tail to test byte by byte.
  if (s.size() - from >= last + 16) {
    const __m128i first_byte = _mm_set1_epi8(word.front());
    const __m128i last_byte = _mm_set1_epi8(word.back());
    auto block = [&](std::size_t i) {
      const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
      const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i + last));
      return static_cast<unsigned>(
          _mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(a, first_byte), _mm_cmpeq_epi8(b, last_byte))));
    };
    const std::size_t final_block = s.size() - last - 16;
    for (std::size_t i = from;; i += 16) {
      if (i > final_block) i = final_block;  // overlaps: places already tested held no word
      for (unsigned hits = block(i); hits != 0; hits &= hits - 1) {
        const std::size_t at = i + static_cast<std::size_t>(__builtin_ctz(hits));
        if (last < 2 || std::memcmp(s.data() + at + 1, word.data() + 1, last - 1) == 0) return at;
      }
      if (i == final_block) return std::string_view::npos;
    }
  }
#endif
  // Search for the word's last byte: the lead byte of a Chinese character
  // is everywhere. Then check the rest.
  std::size_t i = from + last;
  while (i < s.size()) {
    const void* hit = std::memchr(s.data() + i, word[last], s.size() - i);
    if (hit == nullptr) return std::string_view::npos;
    i = static_cast<std::size_t>(static_cast<const char*>(hit) - s.data());
    if (s.compare(i - last, word.size(), word) == 0) return i - last;
    ++i;
  }
  return std::string_view::npos;
}

double as_double(const EntityValue& value) {
  if (auto* i = std::get_if<std::int64_t>(&value)) return static_cast<double>(*i);
  if (auto* d = std::get_if<double>(&value)) return *d;
  return 0.0;
}

}  // namespace tongbao::detail
