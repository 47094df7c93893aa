// json_plain.h - how far a text may be written into a JSON string as it is:
// the scan that lets the JSON writer append most texts whole.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#if defined(__SSE2__)
#include <immintrin.h>  // SSE2, the x86-64 baseline, and AVX2 where the processor has it; other targets check byte by byte
#endif

#include "scan/cpu.h"
#include "text/utf8.h"

namespace tongbao::detail {
// The block tests, inline: the writer calls json_plain_end for every
// string (out of line in a file of its own, the scan ran more instructions).
namespace json_plain {

// How many bytes from s[i], a character boundary with sixteen bytes from
// it, a JSON string holds as they are, by a test of the sixteen at once:
// bytes that need no escape and make well-formed UTF-8 of ASCII and of the
// two- and three-byte characters whose leads (C2..DF, E1..EC, EE, EF) take
// any continuation bytes, which is all of a notice but the rare character.
// It ends at the first other byte, and before a character that byte or the
// block's end cuts; the byte-by-byte path decides what follows.
#if defined(__SSE2__)
// The masks plain_block and plain_rest test, of sixteen bytes.
struct PlainMasks {
  unsigned not_plain;     // bytes to escape, and bytes other than ASCII, continuation and the leads below
  unsigned leads;         // C2..DF, E1..EC, EE, EF
  unsigned leads3;        // E1..EC, EE, EF
  unsigned continuation;  // 80..BF
};

[[gnu::always_inline]] inline PlainMasks plain_masks(__m128i x) {
  // Compared as signed bytes: ASCII 0..127, continuation bytes -128..-65
  // (80..BF), C2..DF -62..-33, E1..EF -31..-17.
  auto below = [&](int byte) { return _mm_cmplt_epi8(x, _mm_set1_epi8(static_cast<char>(byte))); };
  auto above = [&](int byte) { return _mm_cmpgt_epi8(x, _mm_set1_epi8(static_cast<char>(byte))); };
  auto equal = [&](int byte) { return _mm_cmpeq_epi8(x, _mm_set1_epi8(static_cast<char>(byte))); };
  auto mask = [](__m128i v) { return static_cast<unsigned>(_mm_movemask_epi8(v)); };
  const __m128i high = below(0);
  const __m128i continuation = below(0xC0);
  const __m128i lead2 = _mm_and_si128(above(0xC1), below(0xE0));
  const __m128i lead3 = _mm_andnot_si128(equal(0xED), _mm_and_si128(above(0xE0), below(0xF0)));
  const __m128i escaped = _mm_or_si128(_mm_andnot_si128(high, below(0x20)), _mm_or_si128(equal('"'), equal('\\')));
  const __m128i other = _mm_andnot_si128(_mm_or_si128(continuation, _mm_or_si128(lead2, lead3)), high);
  return {mask(_mm_or_si128(escaped, other)), mask(_mm_or_si128(lead2, lead3)), mask(lead3), mask(continuation)};
}
#endif

inline std::size_t plain_block(std::string_view s, std::size_t i) {
#if defined(__SSE2__)
  const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
  const PlainMasks m = plain_masks(x);
  // The first byte to escape, of another kind, or where the continuation
  // bytes are not where the leads want them; 16 when none.
  const unsigned wanted = (m.leads << 1) | (m.leads3 << 2);
  const unsigned wrong = m.not_plain | ((wanted ^ m.continuation) & 0xFFFF);
  std::size_t end = wrong == 0 ? 16 : static_cast<std::size_t>(std::countr_zero(wrong));
  // Not into a character that the first wrong byte (or the block's end) cuts.
  if (end >= 1 && ((m.leads >> (end - 1)) & 1)) return end - 1;
  if (end >= 2 && ((m.leads3 >> (end - 2)) & 1)) return end - 2;
  return end;
#else
  (void)s;
  (void)i;
  return 0;
#endif
}

// Where a run of whole blocks that plain_block would pass from s[i] ends:
// the continuation bytes that a character carries into the next block are
// checked there, so a block is one test. It ends at a character boundary.
inline std::size_t plain_run(std::string_view s, std::size_t i) {
#if defined(__SSE2__)
  unsigned carry = 0;  // continuation bytes wanted at the start of the next block
  while (s.size() - i >= 16) {
    const PlainMasks m = plain_masks(_mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i)));
    const unsigned wanted = (m.leads << 1) | (m.leads3 << 2) | carry;
    if (m.not_plain != 0 || (wanted & 0xFFFF) != m.continuation) break;
    carry = wanted >> 16;
    i += 16;
  }
  // Back to the lead of a character the last block's end cut: one byte
  // before when two continuation bytes are still wanted or the byte before
  // is a lead, else two.
  if (carry != 0) i -= (carry & 2) != 0 || (static_cast<unsigned char>(s[i - 1]) & 0xC0) == 0xC0 ? 1 : 2;
#else
  (void)s;
#endif
  return i;
}

#if defined(__SSE2__)
// plain_run, thirty-two bytes at a time (AVX2, where the processor has it):
// the same masks, the carry of continuation bytes taken across blocks of 32.
[[gnu::target("avx2")]] inline std::size_t plain_run_avx2(std::string_view s, std::size_t i) {
  // (No lambdas here: they would not inherit the AVX2 target.)
  const __m256i zero = _mm256_setzero_si256(), c0 = _mm256_set1_epi8(static_cast<char>(0xC0)),
                c1 = _mm256_set1_epi8(static_cast<char>(0xC1)), e0 = _mm256_set1_epi8(static_cast<char>(0xE0)),
                ed = _mm256_set1_epi8(static_cast<char>(0xED)), f0 = _mm256_set1_epi8(static_cast<char>(0xF0)),
                space = _mm256_set1_epi8(0x20), quote = _mm256_set1_epi8('"'), backslash = _mm256_set1_epi8('\\');
  std::uint64_t carry = 0;
  while (s.size() - i >= 32) {
    const __m256i x = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(s.data() + i));
    // Signed compares, as plain_masks: x < b is b > x.
    const __m256i high = _mm256_cmpgt_epi8(zero, x);
    const __m256i continuation = _mm256_cmpgt_epi8(c0, x);
    const __m256i lead2 = _mm256_and_si256(_mm256_cmpgt_epi8(x, c1), _mm256_cmpgt_epi8(e0, x));
    const __m256i lead3 = _mm256_andnot_si256(_mm256_cmpeq_epi8(x, ed),
                                              _mm256_and_si256(_mm256_cmpgt_epi8(x, e0), _mm256_cmpgt_epi8(f0, x)));
    const __m256i escaped = _mm256_or_si256(_mm256_andnot_si256(high, _mm256_cmpgt_epi8(space, x)),
                                            _mm256_or_si256(_mm256_cmpeq_epi8(x, quote), _mm256_cmpeq_epi8(x, backslash)));
    const __m256i other = _mm256_andnot_si256(_mm256_or_si256(continuation, _mm256_or_si256(lead2, lead3)), high);
    const auto not_plain = static_cast<std::uint32_t>(_mm256_movemask_epi8(_mm256_or_si256(escaped, other)));
    const std::uint64_t leads = static_cast<std::uint32_t>(_mm256_movemask_epi8(_mm256_or_si256(lead2, lead3)));
    const std::uint64_t leads3 = static_cast<std::uint32_t>(_mm256_movemask_epi8(lead3));
    const std::uint64_t wanted = (leads << 1) | (leads3 << 2) | carry;
    if (not_plain != 0 || (wanted & 0xFFFFFFFF) != static_cast<std::uint32_t>(_mm256_movemask_epi8(continuation))) break;
    carry = wanted >> 32;
    i += 32;
  }
  // Back to the lead of a character the last block's end cut, as plain_run.
  if (carry != 0) i -= (carry & 2) != 0 || (static_cast<unsigned char>(s[i - 1]) & 0xC0) == 0xC0 ? 1 : 2;
  return i;
}
#endif

// Whether the last bytes of s, from s[i] (a character boundary, fewer than
// sixteen bytes before the end of an s of sixteen or more), are all ones a
// JSON string holds as they are, by the test of plain_block: one test of the
// last sixteen bytes instead of a loop over the rest.
inline bool plain_rest(std::string_view s, std::size_t i) {
#if defined(__SSE2__)
  const std::size_t left = s.size() - i;
  const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + s.size() - 16));
  const auto shift = static_cast<unsigned>(16 - left);  // bits of the masks before s[i]
  const unsigned real = (1u << left) - 1;               // the bits of s[i..]
  const PlainMasks m = plain_masks(x);
  if (((m.not_plain >> shift) & real) != 0) return false;
  const unsigned wanted = ((m.leads >> shift) << 1) | ((m.leads3 >> shift) << 2);
  // Continuation bytes where the leads want them, and no character cut short by the end.
  return wanted == ((m.continuation >> shift) & real);
#else
  (void)s;
  (void)i;
  return false;
#endif
}

// Whether eight bytes are all ASCII that a JSON string holds as it is: no
// byte below 0x20, no quote, no backslash (the tests of "Bit Twiddling
// Hacks" for a byte less than n and for a zero byte, exact for whether
// there is one).
inline bool plain_ascii(std::uint64_t v) {
  constexpr std::uint64_t ones = 0x0101010101010101, highs = 0x8080808080808080;
  auto has_less = [&](std::uint64_t x, std::uint64_t n) { return ((x - ones * n) & ~x & highs) != 0; };
  return (v & highs) == 0 && !has_less(v, 0x20) && !has_less(v ^ (ones * '"'), 1) && !has_less(v ^ (ones * '\\'), 1);
}

// Whether the last bytes of s, from s[i] (fewer than sixteen), are all such
// ASCII: ids, kinds, dates and numbers are short ASCII strings.
inline bool plain_ascii_rest(std::string_view s, std::size_t i) {
  const std::size_t left = s.size() - i;
  if (left < 8) {
    for (; i < s.size(); ++i) {
      const auto c = static_cast<unsigned char>(s[i]);
      if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') return false;
    }
    return true;
  }
  std::uint64_t first, last;  // two words that may overlap
  std::memcpy(&first, s.data() + i, 8);
  std::memcpy(&last, s.data() + s.size() - 8, 8);
  return plain_ascii(first) && plain_ascii(last);
}


// json_plain_end with the runs of whole blocks found by AVX2 (kWide) or by
// SSE2; both are held to the character loop by the tests.
template <bool kWide>
std::size_t plain_end(std::string_view s, std::size_t i) {
  auto continuation = [&](std::size_t k) { return (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80; };
  bool rest_tested = false;  // the last bytes, once, as a whole
  while (i < s.size()) {
    if (s.size() - i >= 16) {
#if defined(__SSE2__)
      if constexpr (kWide) {
        if (s.size() - i >= 32) {
          if (const std::size_t run_end = plain_run_avx2(s, i); run_end > i) {
            i = run_end;
            continue;
          }
        }
      }
#endif
      if (const std::size_t run_end = plain_run(s, i); run_end > i) {
        i = run_end;
        continue;
      }
      if (const std::size_t plain = plain_block(s, i)) {
        i += plain;
        continue;
      }
    } else if (!rest_tested) {
      rest_tested = true;
      if (s.size() >= 16 ? plain_rest(s, i) : plain_ascii_rest(s, i)) return s.size();
    }
    const auto c = static_cast<unsigned char>(s[i]);
    // Most of a notice: a three-byte character with lead E1..EC, whose
    // continuation bytes may be any of 80..BF. Checked here in a few
    // instructions; well_formed_length does the same for all leads.
    if (c >= 0xE1 && c <= 0xEC && i + 2 < s.size() && continuation(i + 1) && continuation(i + 2)) {
      i += 3;
      continue;
    }
    if (c >= 0x80) {
      const std::size_t length = well_formed_length(s, i);
      if (length == 0) return i;
      i += length;
      continue;
    }
    if (c < 0x20 || c == '"' || c == '\\') return i;
    ++i;
  }
  return i;
}
}  // namespace json_plain

// Where, from s[i] (a character boundary), the bytes of s stop being ones a
// JSON string holds as they are: the first byte that needs an escape (a
// control byte below 0x20, '"' or '\\') or that starts no well-formed UTF-8
// sequence (text/utf8.h's well_formed_length), or s.size(). Runs of whole
// blocks are tested 32 bytes at a time where the processor has AVX2, else
// sixteen (SSE2); other targets, and the rare character the block test
// leaves to it, go byte by byte.
inline std::size_t json_plain_end(std::string_view s, std::size_t i = 0) {
  return cpu_has_avx2() ? json_plain::plain_end<true>(s, i) : json_plain::plain_end<false>(s, i);
}


}  // namespace tongbao::detail
