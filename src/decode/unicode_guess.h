// unicode_guess.h - whether bytes without a label read as Unicode: the
// UTF-8 scan (the common case, so it must cost almost nothing) and the
// guess at UTF-16 without a BOM. Internal to decode/: decode.cc decides
// with them, the UTF-8 converter and sniff_binary reuse the scan.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "decode/labels.h"
#include "text/utf8.h"

namespace tongbao::detail {

struct Utf8Scan {
  std::size_t multibyte = 0;    // well-formed sequences of 2-4 bytes
  std::size_t invalid = 0;      // ill-formed subsequences (each one U+FFFD)
  bool truncated_tail = false;  // the last invalid one is a cut-off sequence at the end
  bool has_nul = false;
  bool complete = true;  // false: stopped early, the bytes are clearly not UTF-8
};

constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;
constexpr std::uint64_t kLowBits = 0x0101010101010101ULL;

// The sequence at s[i] of n bytes (text/utf8.h): its length, or 0 and the
// length of its maximal subpart in `maximal`.
inline std::size_t utf8_sequence(const unsigned char* s, std::size_t i, std::size_t n, std::size_t& maximal) {
  return well_formed_length(std::string_view(reinterpret_cast<const char*>(s), n), i, &maximal);
}

Utf8Scan scan_utf8(std::string_view bytes);

// Whether the bytes are UTF-8 all the same: a cut-off last character, or
// a rare bad byte among many multi-byte characters, does not change that.
inline bool plausibly_utf8(const Utf8Scan& scan) {
  std::size_t invalid = scan.invalid - (scan.truncated_tail ? 1 : 0);
  return invalid == 0 || scan.multibyte >= 4 * invalid;
}

struct Utf16Guess {
  bool likely = false;
  Scheme scheme = Scheme::Utf16LE;
};

constexpr std::size_t kSniffBytes = 4096;

// Reads the first KBs as UTF-16 in both byte orders. UTF-16 text yields
// code units of text classes (ASCII, Latin-1, CJK, CJK and full-width
// punctuation) almost only, and many of them could not be two ASCII bytes
// (ASCII read as UTF-16 also looks like CJK, so such units prove nothing).
Utf16Guess guess_utf16(std::string_view bytes);

// The byte order ("UTF-16LE" or "UTF-16BE") in which the first KBs read as
// UTF-16 text without a BOM, or "" when they do not (decode_to_utf8's
// step 4; exposed for tests).
std::string_view bomless_utf16(std::string_view bytes);

}  // namespace tongbao::detail
