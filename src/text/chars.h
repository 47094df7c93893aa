// chars.h - what kind of character a code point is, for rules that read
// Chinese text. One definition each: the annotators, the outline and the
// checks all ask the same question.
#pragma once

#include <array>
#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <utility>

namespace tongbao::detail {

// A Han ideograph: CJK Unified Ideographs and Extension A, the compatibility
// ideographs, the supplementary-plane extensions B to H (names of people and
// places use them), and 〇 (U+3007), the zero of Chinese numerals and dates.
constexpr bool is_ideograph(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0x20000 && c <= 0x3134F) || c == 0x3007;
}

// A space as archives use them for indentation, justification and around
// quotes: ASCII space and tab, no-break, ideographic (U+3000) and the
// typographic spaces; not line ends.
constexpr bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == 0x00A0 || c == 0x3000 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
         c == 0x202F || c == 0x205F || c == '\v' || c == '\f';
}

// A symbol a page sets before a heading for show (■ ◆ ▲ ● ★ ▶ 🔷): geometric
// shapes, miscellaneous symbols, dingbats and pictographs. Not the enclosed
// numbers (①), which are markers.
constexpr bool is_decoration(char32_t c) {
  return (c >= 0x25A0 && c <= 0x25FF) || (c >= 0x2600 && c <= 0x27BF) || (c >= 0x2B00 && c <= 0x2BFF) ||
         (c >= 0x1F300 && c <= 0x1FAFF) || c == 0xFE0F;
}

// A box-drawing character (U+2500–U+257F): text tools (w3m, html2text,
// mysql, pdftotext's rules) draw tables and ruled lines with them.
constexpr bool is_box_drawing(char32_t c) { return c >= 0x2500 && c <= 0x257F; }

// An ASCII letter (a word of Latin script); full-width forms are folded by the caller.
constexpr bool is_ascii_letter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// An ASCII letter or digit (names in scripts, e-mail addresses, the word
// before an apostrophe); full-width forms are folded by the caller.
constexpr bool is_ascii_alnum(char32_t c) { return (c >= '0' && c <= '9') || is_ascii_letter(c); }

// A set of three-byte characters (U+0800..U+FFFF) told by their lead and
// second byte: bit (second & 0x3F) of `seconds_[lead & 0x0F]`. Most clause
// starts are ideographs, and a third of those share the lead bytes of 一..九
// and 十 (E4, E5): the second byte turns nearly all of them away before
// anything is decoded. A filter only: what passes is read in full.
class CharStartFilter {
 public:
  constexpr CharStartFilter(std::u32string_view chars,
                            std::initializer_list<std::pair<char32_t, char32_t>> ranges = {}) {
    for (char32_t c : chars) add(c);
    for (auto [first, last] : ranges) {
      for (char32_t c = first; c <= last; ++c) add(c);
    }
  }
  // Whether `text` may start with one of the characters (its first two bytes).
  constexpr bool may_start(std::string_view text) const {
    if (text.size() < 2) return false;
    const auto lead = static_cast<unsigned char>(text[0]);
    const auto second = static_cast<unsigned char>(text[1]);
    return (lead & 0xF0) == 0xE0 && ((seconds_[lead & 0x0F] >> (second & 0x3F)) & 1) != 0;
  }

 private:
  constexpr void add(char32_t c) {  // c in U+0800..U+FFFF: three bytes
    seconds_[c >> 12] |= std::uint64_t{1} << ((c >> 6) & 0x3F);
  }
  std::array<std::uint64_t, 16> seconds_{};
};

}  // namespace tongbao::detail
