// chars.h - what kind of character a code point is, for rules that read
// Chinese text. One definition each: the annotators, the outline and the
// checks all ask the same question.
#pragma once

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

}  // namespace tongbao::detail
