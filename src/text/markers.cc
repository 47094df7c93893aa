#include "text/markers.h"

#include <array>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include "text/chars.h"
#include "text/numerals.h"
#include "text/utf8.h"

namespace tongbao::detail {
namespace {

using namespace std::string_view_literals;

// Words that, before a number and a separator, make a marker naming a
// problem (问题1: 反馈问题一:); longest first.
constexpr std::array kProblemMarkerWords = {"反馈问题"sv, "反饋問題"sv, "问题"sv, "問題"sv};

// Arabic digits, ASCII or full-width; at most three so that years, phone
// numbers and 5000-digit runs never count as item numbers.
std::optional<int> parse_digits(std::string_view text, std::size_t& length) {
  std::size_t i = 0;
  int value = 0, digits = 0;
  while (i < text.size()) {
    std::size_t next = i;
    const char32_t c = fold_width(next_code_point(text, next));
    if (c < '0' || c > '9') break;
    if (++digits > 3) return std::nullopt;
    value = value * 10 + static_cast<int>(c - '0');
    i = next;
  }
  if (digits == 0 || value == 0) return std::nullopt;
  length = i;
  return value;
}

bool is_open_paren(char32_t c) { return c == U'(' || c == U'（'; }
bool is_close_paren(char32_t c) { return c == U')' || c == U'）'; }

int circled_value(char32_t c) {
  if (c >= 0x2460 && c <= 0x2473) return static_cast<int>(c - 0x2460 + 1);    // ① … ⑳
  if (c >= 0x3251 && c <= 0x325F) return static_cast<int>(c - 0x3251 + 21);   // ㉑ … ㉟
  if (c >= 0x32B1 && c <= 0x32BF) return static_cast<int>(c - 0x32B1 + 36);   // ㊱ … ㊿
  return 0;
}

// ⑴ … ⒇: a number in parentheses as one character (Word's numbering; NFKC
// reads it (1)), a subitem's marker as （1） is.
int parenthesized_value(char32_t c) { return c >= 0x2474 && c <= 0x2487 ? static_cast<int>(c - 0x2474 + 1) : 0; }

// What may open a marker: a small numeral's first character (一..九, 十),
// （, full-width digits, ①..⑳, ⑴..⒇, ㉑..㊿, and the first characters of
// kProblemMarkerWords (问 問 反).
constexpr CharStartFilter kMarkerStarts(kSmallNumeralChars, {{U'（', U'（'}, {U'０', U'９'}, {0x2460, 0x2487},
                                                              {0x3251, 0x325F}, {0x32B1, 0x32BF}, {U'问', U'问'},
                                                              {U'問', U'問'}, {U'反', U'反'}});

// Whether `text` may start with a marker or a measure: ( and digits, or a
// character of kMarkerStarts.
bool may_start_marker(std::string_view text) {
  const auto b = static_cast<unsigned char>(text[0]);
  if (b < 0x80) return b == '(' || (b >= '0' && b <= '9');
  return kMarkerStarts.may_start(text);
}

// 问题1: 问题一、 反馈问题2．: a problem's marker word, its number (Arabic
// or Chinese) and a separator. Without the separator the number is prose
// (问题1个, 问题2023年).
std::optional<Marker> match_problem_marker(std::string_view text) {
  for (std::string_view word : kProblemMarkerWords) {
    if (!starts_with(text, word)) continue;
    const std::string_view rest = text.substr(word.size());
    std::size_t length = 0;
    auto value = parse_digits(rest, length);
    if (!value) value = read_chinese_small(rest, 0, length);
    if (!value) return std::nullopt;
    std::size_t j = word.size() + length;
    if (j >= text.size()) return std::nullopt;
    const char32_t sep = fold_width(next_code_point(text, j));
    if (sep != U':' && sep != U'.' && sep != U'、') return std::nullopt;
    if (sep == U'.' && j < text.size()) {  // 问题1.5万元 is a number
      std::size_t k = j;
      const char32_t after = fold_width(next_code_point(text, k));
      if (after >= '0' && after <= '9') return std::nullopt;
    }
    return Marker{NodeKind::Item, *value, j, sep, true};
  }
  return std::nullopt;
}

}  // namespace

std::optional<Marker> match_measure(std::string_view text) {
  std::size_t length = 0;
  auto value = read_chinese_small(text, 0, length);
  if (!value) return std::nullopt;
  if (!starts_with(text.substr(length), "是")) return std::nullopt;
  return Marker{NodeKind::Measure, *value, length + std::string_view("是").size(), 0};
}

// OCR sets spaces no writer does: inside parentheses (（ 一 ）), before a
// point or 、 (3 . 关于…, 一 、提高…). At most this many are read.
constexpr int kMaxOcrSpaces = 2;

// Past at most kMaxOcrSpaces ASCII spaces at `at`.
std::size_t past_ocr_spaces(std::string_view text, std::size_t at) {
  for (int spaces = 0; spaces < kMaxOcrSpaces && at < text.size() && text[at] == ' '; ++spaces) ++at;
  return at;
}

std::optional<Marker> match_marker(std::string_view text) {
  if (text.empty() || !may_start_marker(text)) return std::nullopt;
  std::size_t i = 0;
  const char32_t first = next_code_point(text, i);

  if (is_open_paren(first)) {  // （一） (1) and the mixed (一）
    const std::size_t number = past_ocr_spaces(text, i);
    std::size_t length = 0;
    std::string_view rest = text.substr(number);
    NodeKind kind = NodeKind::Subsection;
    auto value = read_chinese_small(rest, 0, length);
    if (!value) {
      value = parse_digits(rest, length);
      kind = NodeKind::Subitem;
    }
    if (!value) return std::nullopt;
    std::size_t j = past_ocr_spaces(text, number + length);
    if (j >= text.size() || !is_close_paren(next_code_point(text, j))) return std::nullopt;
    return Marker{kind, *value, j, 0};
  }

  if (int circled = circled_value(first)) return Marker{NodeKind::Point, circled, i, 0};
  if (int parenthesized = parenthesized_value(first)) return Marker{NodeKind::Subitem, parenthesized, i, 0};

  // The first character decides which reader can match (each would decode
  // it again only to give up): a Chinese numeral, or digits.
  std::size_t length = 0;
  if (is_small_numeral_start(first)) {
    const auto value = read_chinese_small(text, 0, length);
    if (!value) return std::nullopt;
    std::size_t j = length;
    if (j < text.size()) {
      const char32_t sep = next_code_point(text, j);
      if (sep == U'、') return Marker{NodeKind::Section, *value, j, sep};
      if (sep == U'是') return Marker{NodeKind::Measure, *value, j, 0};
      // OCR's space before the 、, full-width too (一 、提高政治站位).
      if (sep == U' ' || sep == U'\u3000') {
        for (int spaces = 1; j < text.size() && spaces <= kMaxOcrSpaces; ++spaces) {
          const char32_t next = next_code_point(text, j);
          if (next == U'、') return Marker{NodeKind::Section, *value, j, next};
          if (next != U' ' && next != U'\u3000') break;
        }
      }
    }
    return std::nullopt;
  }

  const char32_t folded_first = fold_width(first);
  if (folded_first < '0' || folded_first > '9') return match_problem_marker(text);
  if (auto value = parse_digits(text, length)) {
    std::size_t j = past_ocr_spaces(text, length);  // 3 . 关于…
    const bool spaced = j > length;
    if (j >= text.size()) return std::nullopt;
    const char32_t sep = next_code_point(text, j);
    const char32_t folded = fold_width(sep);
    if (folded != U'.' && sep != U'、') return std::nullopt;
    // 1.4万亿元 and 2.5% are numbers, not markers (OCR's 3 . 5 too).
    std::size_t k = j;
    while (spaced && k < text.size() && text[k] == ' ') ++k;
    if (k < text.size()) {
      const char32_t after = fold_width(next_code_point(text, k));
      if (after >= '0' && after <= '9') return std::nullopt;
    }
    return Marker{NodeKind::Item, *value, j, folded == U'.' ? U'.' : sep};
  }
  return std::nullopt;
}

}  // namespace tongbao::detail
