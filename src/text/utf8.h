// utf8.h - small, fast helpers over UTF-8 that the hot paths use instead of
// converting whole documents to UTF-16.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "scan/byte_count.h"

namespace tongbao::detail {

// Decodes the code point at s[i] and advances i past it. Invalid or
// truncated sequences yield U+FFFD and advance one byte, so loops always end.
// Always inlined: GCC kept it out of line, and the calls were the largest
// single cost of a parse (every stage steps through text with it).
[[gnu::always_inline]] inline char32_t next_code_point(std::string_view s, std::size_t& i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) {
    ++i;
    return b0;
  }
  auto cont = [&](std::size_t k) {
    return i + k < s.size() && (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
  };
  auto at = [&](std::size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(s[i + k]) & 0x3F); };
  if (b0 >= 0xC2 && b0 < 0xE0 && cont(1)) {
    char32_t c = (static_cast<char32_t>(b0 & 0x1F) << 6) | at(1);
    i += 2;
    return c;
  }
  if (b0 >= 0xE0 && b0 < 0xF0 && cont(1) && cont(2)) {
    char32_t c = (static_cast<char32_t>(b0 & 0x0F) << 12) | (at(1) << 6) | at(2);
    if (c >= 0x800 && (c < 0xD800 || c > 0xDFFF)) {
      i += 3;
      return c;
    }
  } else if (b0 >= 0xF0 && b0 < 0xF5 && cont(1) && cont(2) && cont(3)) {
    char32_t c = (static_cast<char32_t>(b0 & 0x07) << 18) | (at(1) << 12) | (at(2) << 6) | at(3);
    if (c >= 0x10000 && c <= 0x10FFFF) {
      i += 4;
      return c;
    }
  }
  ++i;
  return 0xFFFD;
}

// Length of the well-formed UTF-8 sequence at s[i] (Unicode Table 3-7: no
// overlongs, no surrogates, nothing past U+10FFFF), or 0 when there is none;
// then `*maximal`, when asked for, is the length of the sequence's maximal
// subpart (Unicode 3.9): the bytes that one U+FFFD replaces, as the decoder
// and the JSON writer both replace them.
inline std::size_t well_formed_length(std::string_view s, std::size_t i, std::size_t* maximal = nullptr) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) return 1;
  std::size_t need = 0;
  unsigned char lo = 0x80, hi = 0xBF;  // the range of the second byte
  if (b0 >= 0xE1 && b0 <= 0xEF) {      // most Chinese first
    need = 3;
    if (b0 == 0xED) hi = 0x9F;
  } else if (b0 >= 0xC2 && b0 <= 0xDF) {
    need = 2;
  } else if (b0 == 0xE0) {
    need = 3;
    lo = 0xA0;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    need = 4;
    if (b0 == 0xF0) lo = 0x90;
    if (b0 == 0xF4) hi = 0x8F;
  } else {
    if (maximal) *maximal = 1;
    return 0;
  }
  std::size_t k = 1;
  for (; k < need && i + k < s.size(); ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if (k == 1 ? (b < lo || b > hi) : (b < 0x80 || b > 0xBF)) break;
  }
  if (k == need) return need;
  if (maximal) *maximal = k;
  return 0;
}

// `text` with each ill-formed subsequence (its maximal subpart) replaced by
// one U+FFFD: what the decoder does to bad bytes, for text that reaches an
// emitter some other way.
inline std::string repair_utf8(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 8);
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t maximal = 0;
    const std::size_t length = well_formed_length(text, i, &maximal);
    if (length) {
      out.append(text, i, length);
      i += length;
    } else {
      out += "\xEF\xBF\xBD";
      i += maximal;
    }
  }
  return out;
}

// Decodes the code point that ends just before s[i] and moves i back to its
// first byte. i must be > 0.
inline char32_t prev_code_point(std::string_view s, std::size_t& i) {
  std::size_t start = i - 1;
  int steps = 0;
  while (start > 0 && steps < 3 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) {
    --start;
    ++steps;
  }
  std::size_t j = start;
  char32_t c = next_code_point(s, j);
  if (j != i) {  // not a well-formed sequence ending at i: step one byte
    i -= 1;
    return 0xFFFD;
  }
  i = start;
  return c;
}

// The code point at s[i] without consuming it (0 past the end); `after`
// gets the offset just past it.
inline char32_t peek_code_point(std::string_view s, std::size_t i, std::size_t* after = nullptr) {
  if (i >= s.size()) return 0;
  std::size_t j = i;
  const char32_t c = next_code_point(s, j);
  if (after) *after = j;
  return c;
}

inline void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

// Whether a CJK ideograph of U+4000..U+9FFF (lead byte E4..E9 and two
// continuation bytes, 3 bytes) starts at s[i]. Such characters are most of a
// notice and never punctuation, quotes or space, so scans that look for those
// can step over them without decoding.
inline bool cjk_ideograph_at(std::string_view s, std::size_t i) {
  const auto lead = static_cast<unsigned char>(s[i]);
  return lead >= 0xE4 && lead <= 0xE9 && i + 2 < s.size() && (static_cast<unsigned char>(s[i + 1]) & 0xC0) == 0x80 &&
         (static_cast<unsigned char>(s[i + 2]) & 0xC0) == 0x80;
}

// The offset of the first character at or after i that is not an
// ideograph of U+4000-9FFF, or is one for which stop(c) holds. Loops over a
// notice spend most of their time stepping over ideographs that start
// nothing; this tight loop does it in a few instructions per character.
template <class Stop>
[[gnu::always_inline]] inline std::size_t skip_ideographs(std::string_view s, std::size_t i, Stop stop) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  while (i + 2 < n) {
    const unsigned b0 = p[i], b1 = p[i + 1], b2 = p[i + 2];
    if (b0 - 0xE4u > 0xE9u - 0xE4u || ((b1 ^ 0x80u) | (b2 ^ 0x80u)) > 0x3Fu) break;
    const auto c = static_cast<char32_t>(((b0 & 0x0Fu) << 12) | ((b1 & 0x3Fu) << 6) | (b2 & 0x3Fu));
    if (stop(c)) break;
    i += 3;
  }
  return i;
}

// Number of code points in s: the bytes that are not continuation bytes
// (10xxxxxx), so a stray continuation byte counts for nothing. Counted by
// scan/byte_count.h, sixteen bytes at a time.
inline int count_chars(std::string_view s) { return static_cast<int>(s.size() - count_continuation_bytes(s)); }

// count_chars(s.substr(from, to - from)) for a short stretch of a longer
// text, as the outline's columns ask one after another (a load or three
// for a stretch of a few dozen bytes). from <= to <= s.size().
inline int count_chars_between(std::string_view s, std::size_t from, std::size_t to) {
  return static_cast<int>(to - from - count_continuation_bytes_between(s, from, to));
}

// How many bytes of `s` are `byte`, eight at a time (line ends in a page).
inline int count_byte(std::string_view s, char byte) {
  constexpr std::uint64_t kLow7 = 0x7F7F7F7F7F7F7F7Full;
  const std::uint64_t pattern = 0x0101010101010101ull * static_cast<unsigned char>(byte);
  std::size_t count = 0, i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t x;
    std::memcpy(&x, s.data() + i, 8);
    x ^= pattern;  // zero bytes where s has `byte`
    // Bit 7 of each byte set unless the byte is zero (no carry between
    // bytes: 0x7F + 0x7F < 0x100); the multiply adds the 0/1 bytes.
    const std::uint64_t zero = (~(((x & kLow7) + kLow7) | x) & 0x8080808080808080ull) >> 7;
    count += static_cast<std::size_t>((zero * 0x0101010101010101ull) >> 56);
  }
  for (; i < s.size(); ++i) count += s[i] == byte;
  return static_cast<int>(count);
}

// Full-width ASCII variants (U+FF01..U+FF5E) folded to ASCII; other code
// points unchanged. Markers and punctuation are compared through this.
constexpr char32_t fold_width(char32_t c) {
  if (c >= 0xFF01 && c <= 0xFF5E) return c - 0xFEE0;
  return c;
}

// n bytes at a and b equal, compared inline: the words of the phrase
// tables are a few bytes long, for which a call to memcmp costs more than
// the bytes.
inline bool same_bytes(const char* a, const char* b, std::size_t n) {
  for (std::size_t k = 0; k < n; ++k) {
    if (a[k] != b[k]) return false;
  }
  return true;
}

// The last byte of the prefix or suffix is compared first: tests against
// phrase tables mostly fail there at once (a Chinese phrase's first byte is
// a lead byte that many characters share, its last byte is not).
inline bool starts_with(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && (prefix.empty() || s[prefix.size() - 1] == prefix.back()) &&
         same_bytes(s.data(), prefix.data(), prefix.size());
}
inline bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && (suffix.empty() || s.back() == suffix.back()) &&
         same_bytes(s.data() + s.size() - suffix.size(), suffix.data(), suffix.size());
}

// `s` without the ASCII spaces at either end (text from the blocks stage
// has its other spaces folded to ASCII already).
inline std::string_view trim_ascii_spaces(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

// Whether a and b are equal with ASCII letters compared regardless of case
// (tag and attribute names, encoding labels).
inline bool equals_ascii_ci(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

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

}  // namespace tongbao::detail
