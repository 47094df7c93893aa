// utf16_units.h - what UTF-16 text looks like, unit by unit and eight units
// at a time: the test decoding's sniff runs on bytes without a BOM, in both
// byte orders, to tell UTF-16 from other text.
#pragma once

#include <cstddef>
#include <cstdint>

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
bool count_eight_utf16_units(const char* bytes, bool big_endian, std::size_t& plausible, std::size_t& evidence);

}  // namespace tongbao::detail
