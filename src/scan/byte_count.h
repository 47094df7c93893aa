// byte_count.h - counting bytes of a kind over a whole text, sixteen at a
// time: continuation bytes (what text/utf8.h's count_chars subtracts to
// count code points) and control bytes (what decoding's sniff weighs to
// tell a binary from a text).
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>  // the x86-64 baseline; other targets count eight bytes at a time
#endif

namespace tongbao::detail {

// Whether b is a UTF-8 continuation byte (10xxxxxx): the byte-by-byte
// definition the counts below are held to.
constexpr bool is_continuation_byte(unsigned char b) { return (b & 0xC0) == 0x80; }

// How many bytes of s are continuation bytes. Sixteen (SSE2) or eight bytes
// at a time: columns and length checks count over whole paragraphs, often.
inline std::size_t count_continuation_bytes(std::string_view s) {
  std::size_t continuation = 0, i = 0;
#if defined(__SSE2__)
  // Continuation bytes are 0x80..0xBF: as signed bytes, those below -64.
  const __m128i below = _mm_set1_epi8(-64);
  while (i + 16 <= s.size()) {
    // Per-byte counters (each step adds 0 or 1) summed before 255 steps.
    __m128i counts = _mm_setzero_si128();
    for (int step = 0; step < 255 && i + 16 <= s.size(); ++step, i += 16) {
      const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
      counts = _mm_sub_epi8(counts, _mm_cmplt_epi8(x, below));
    }
    const __m128i sums = _mm_sad_epu8(counts, _mm_setzero_si128());  // two 64-bit halves
    continuation += static_cast<std::size_t>(_mm_cvtsi128_si32(sums) + _mm_cvtsi128_si32(_mm_srli_si128(sums, 8)));
  }
#endif
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t x;
    std::memcpy(&x, s.data() + i, 8);
    // Bit 7 of each byte set where bit 7 is 1 and bit 6 is 0; the multiply
    // adds the eight 0/1 bytes into the top byte.
    const std::uint64_t flags = (x & ~(x << 1) & 0x8080808080808080ull) >> 7;
    continuation += static_cast<std::size_t>((flags * 0x0101010101010101ull) >> 56);
  }
  for (; i < s.size(); ++i) continuation += is_continuation_byte(static_cast<unsigned char>(s[i]));
  return continuation;
}

// count_continuation_bytes(s.substr(from, to - from)) for a short stretch
// of a longer text, as the outline's columns ask one after another: sixteen
// bytes at a time, the bytes of the last load past `to` (still inside s)
// masked off, so a stretch of a few dozen bytes costs a load or three
// rather than a word and a byte tail. from <= to <= s.size().
inline std::size_t count_continuation_bytes_between(std::string_view s, std::size_t from, std::size_t to) {
  std::size_t continuation = 0, i = from;
#if defined(__SSE2__)
  if (to - from <= 255 * 16) {  // the per-byte counters cannot overflow
    // kFirst[16 - n ..] holds n bytes 0xFF, then zeros.
    static constexpr unsigned char kFirst[32] = {0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
                                                 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF};
    const __m128i below = _mm_set1_epi8(-64);  // continuation bytes, as signed bytes
    __m128i counts = _mm_setzero_si128();
    for (; i + 16 <= to; i += 16) {
      counts = _mm_sub_epi8(counts, _mm_cmplt_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i)), below));
    }
    if (i < to && i + 16 <= s.size()) {  // the last few bytes, by a load that reaches past `to`
      const __m128i hits = _mm_cmplt_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i)), below);
      counts = _mm_sub_epi8(counts, _mm_and_si128(hits, _mm_loadu_si128(reinterpret_cast<const __m128i*>(kFirst + 16 - (to - i)))));
      i = to;
    }
    const __m128i sums = _mm_sad_epu8(counts, _mm_setzero_si128());
    continuation = static_cast<std::size_t>(_mm_cvtsi128_si32(sums) + _mm_cvtsi128_si32(_mm_srli_si128(sums, 8)));
    if (i >= to) return continuation;
  }
#endif
  for (; i < to; ++i) continuation += is_continuation_byte(static_cast<unsigned char>(s[i]));
  return continuation;
}

// NUL bytes, and other control bytes: C0 but tab, line feed, vertical tab,
// form feed, carriage return and escape; and DEL.
struct ControlCounts {
  std::size_t nuls = 0, controls = 0;
};

// The byte-by-byte definition count_control_bytes is held to.
constexpr bool is_control_byte(unsigned char b) {
  return (b != 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != '\v' && b != 0x1B) ||
         b == 0x7F;
}

// The NUL and control bytes of s, sixteen bytes at a time; most blocks of a
// text hold neither.
inline ControlCounts count_control_bytes(std::string_view s) {
  ControlCounts counts;
  std::size_t i = 0;
#if defined(__SSE2__)
  for (; i + 16 <= s.size(); i += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    auto equal = [&](int byte) { return _mm_cmpeq_epi8(x, _mm_set1_epi8(static_cast<char>(byte))); };
    const __m128i nul = equal(0);
    const __m128i low = _mm_andnot_si128(_mm_cmplt_epi8(x, _mm_setzero_si128()), _mm_cmplt_epi8(x, _mm_set1_epi8(0x20)));
    const __m128i allowed = _mm_or_si128(_mm_or_si128(_mm_or_si128(equal('\t'), equal('\n')), _mm_or_si128(equal('\v'), equal('\f'))),
                                         _mm_or_si128(_mm_or_si128(equal('\r'), equal(0x1B)), nul));
    const __m128i control = _mm_or_si128(_mm_andnot_si128(allowed, low), equal(0x7F));
    const auto nul_mask = static_cast<unsigned>(_mm_movemask_epi8(nul));
    const auto control_mask = static_cast<unsigned>(_mm_movemask_epi8(control));
    if ((nul_mask | control_mask) == 0) continue;
    counts.nuls += static_cast<std::size_t>(std::popcount(nul_mask));
    counts.controls += static_cast<std::size_t>(std::popcount(control_mask));
  }
#endif
  for (; i < s.size(); ++i) {
    const auto b = static_cast<unsigned char>(s[i]);
    counts.nuls += b == 0;
    counts.controls += is_control_byte(b);
  }
  return counts;
}

}  // namespace tongbao::detail
