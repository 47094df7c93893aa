// utf16_units.h - what UTF-16 text looks like, unit by unit and eight units
// at a time: the test decoding's sniff runs on bytes without a BOM, in both
// byte orders, to tell UTF-16 from other text.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>

#if defined(__SSE2__)
#include <emmintrin.h>  // the x86-64 baseline; other targets test unit by unit
#endif

namespace tongbao::detail {

// A code unit of the classes text is made of: tab, line feed, carriage
// return, printable ASCII, Latin-1, general punctuation, CJK punctuation,
// the CJK ideographs U+4E00..U+9FFF and the full-width forms.
constexpr bool plausible_utf16_text_unit(std::uint16_t u) {
  return u == 0x09 || u == 0x0A || u == 0x0D || (u >= 0x20 && u <= 0x7E) || (u >= 0xA0 && u <= 0xFF) ||
         (u >= 0x2000 && u <= 0x206F) || (u >= 0x3000 && u <= 0x303F) || (u >= 0x4E00 && u <= 0x9FFF) ||
         (u >= 0xFF00 && u <= 0xFFEF);
}

// A byte of ASCII text: printable, tab, line feed or carriage return. A
// unit made of two such bytes proves nothing: ASCII read as UTF-16 is made
// of them.
constexpr bool ascii_text_byte(unsigned char b) { return (b >= 0x20 && b <= 0x7E) || b == 0x09 || b == 0x0A || b == 0x0D; }

// The eight code units at bytes[0..15], little- or big-endian: when none is
// a surrogate (those pair up and are read one at a time), adds to
// `plausible` the units plausible_utf16_text_unit takes and to `evidence`
// those of them not made of two ascii_text_bytes, and returns true; else
// returns false and counts nothing. SSE2 where the target has it.
// Always inlined, as it was in decoding's file: out of line, the sniff of a
// text without a BOM ran 0.06% more of a whole run's instructions.
[[gnu::always_inline]] inline bool count_eight_utf16_units(const char* bytes, bool big_endian, std::size_t& plausible, std::size_t& evidence) {
#if defined(__SSE2__)
  const __m128i raw = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes));
  const __m128i units = big_endian ? _mm_or_si128(_mm_slli_epi16(raw, 8), _mm_srli_epi16(raw, 8)) : raw;
  // lo <= u <= hi, unsigned: SSE2 compares signed, so both sides are biased.
  const __m128i bias = _mm_set1_epi16(static_cast<short>(0x8000));
  auto in = [&](unsigned lo, unsigned hi) {
    const __m128i from_lo = _mm_xor_si128(_mm_sub_epi16(units, _mm_set1_epi16(static_cast<short>(lo))), bias);
    const __m128i above = _mm_cmpgt_epi16(from_lo, _mm_set1_epi16(static_cast<short>((hi - lo) ^ 0x8000)));
    return _mm_andnot_si128(above, _mm_set1_epi16(-1));
  };
  if (_mm_movemask_epi8(in(0xD800, 0xDFFF)) != 0) return false;
  const __m128i text = _mm_or_si128(
      _mm_or_si128(_mm_or_si128(in(0x09, 0x0A), in(0x0D, 0x0D)), _mm_or_si128(in(0x20, 0x7E), in(0xA0, 0xFF))),
      _mm_or_si128(_mm_or_si128(in(0x2000, 0x206F), in(0x3000, 0x303F)),
                   _mm_or_si128(in(0x4E00, 0x9FFF), in(0xFF00, 0xFFEF))));
  // Bytes that are ASCII text (ascii_text_byte), then units made of two.
  const __m128i printable =
      _mm_and_si128(_mm_cmpgt_epi8(raw, _mm_set1_epi8(0x1F)), _mm_cmpgt_epi8(_mm_set1_epi8(0x7F), raw));
  const __m128i text_byte = _mm_or_si128(
      printable, _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(raw, _mm_set1_epi8(0x09)), _mm_cmpeq_epi8(raw, _mm_set1_epi8(0x0A))),
                              _mm_cmpeq_epi8(raw, _mm_set1_epi8(0x0D))));
  const __m128i both_bytes = _mm_cmpeq_epi16(_mm_and_si128(text_byte, _mm_srli_epi16(text_byte, 8)),
                                             _mm_set1_epi16(0x00FF));
  // Each unit sets two bits of a byte mask.
  plausible += static_cast<std::size_t>(std::popcount(static_cast<unsigned>(_mm_movemask_epi8(text)))) / 2;
  evidence += static_cast<std::size_t>(
                  std::popcount(static_cast<unsigned>(_mm_movemask_epi8(_mm_andnot_si128(both_bytes, text))))) /
              2;
  return true;
#else
  std::uint16_t unit[8];
  for (int k = 0; k < 8; ++k) {
    const auto b0 = static_cast<unsigned char>(bytes[2 * k]), b1 = static_cast<unsigned char>(bytes[2 * k + 1]);
    unit[k] = static_cast<std::uint16_t>(big_endian ? (b0 << 8) | b1 : (b1 << 8) | b0);
    if (unit[k] >= 0xD800 && unit[k] <= 0xDFFF) return false;
  }
  for (int k = 0; k < 8; ++k) {
    if (!plausible_utf16_text_unit(unit[k])) continue;
    ++plausible;
    if (!(ascii_text_byte(static_cast<unsigned char>(bytes[2 * k])) && ascii_text_byte(static_cast<unsigned char>(bytes[2 * k + 1]))))
      ++evidence;
  }
  return true;
#endif
}

}  // namespace tongbao::detail
