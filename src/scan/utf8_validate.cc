// utf8_validate.cc - well_formed_prefix: UTF-8 validation at memory speed.
//
// The vector path is the lookup method of Keiser and Lemire ("Validating
// UTF-8 in less than one instruction per byte", 2021): each byte is checked
// against the one, two and three bytes before it with three 16-entry table
// lookups (the high nibble of the previous byte, its low nibble, the high
// nibble of this byte) whose AND is non-zero exactly where a two-byte
// pattern is an error; a saturating subtraction then says where a third or
// fourth byte must be a continuation. Written here from the paper, for
// AVX2, chosen at run time; the scalar loop serves other CPUs and is the
// reference the unit test holds the vector path to.
#include "scan/utf8_validate.h"

#include <bit>
#include <cstdint>
#include <cstring>

#include "scan/cpu.h"
#include "text/utf8.h"

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define TONGBAO_UTF8_AVX2 1
#include <immintrin.h>
#endif

namespace tongbao::detail {
namespace {

// The exact answer, one sequence at a time from `i` (ASCII eight bytes at a time).
Utf8Prefix scalar_prefix(const unsigned char* s, std::size_t n, Utf8Prefix from) {
  constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;
  constexpr std::uint64_t kLowBits = 0x0101010101010101ULL;
  std::size_t i = from.length;
  while (i < n) {
    if (s[i] < 0x80) {
      from.has_nul |= s[i] == 0;
      ++i;
      while (i + 8 <= n) {  // eight ASCII bytes without NUL
        std::uint64_t v;
        std::memcpy(&v, s + i, 8);
        if ((v & kHighBits) || ((v - kLowBits) & ~v & kHighBits)) break;
        i += 8;
      }
      continue;
    }
    const std::size_t len = well_formed_length(std::string_view(reinterpret_cast<const char*>(s), n), i);
    if (len == 0) break;
    ++from.multibyte;
    i += len;
  }
  from.length = i;
  return from;
}

#ifdef TONGBAO_UTF8_AVX2

// Error classes of a pair of bytes (previous byte, this byte); a pair is an
// error when all three lookups share a bit.
constexpr std::uint8_t kTooShort = 1 << 0;     // lead, then no continuation
constexpr std::uint8_t kTooLong = 1 << 1;      // ASCII, then a continuation
constexpr std::uint8_t kOverlong3 = 1 << 2;    // E0 80..9F
constexpr std::uint8_t kTooLarge = 1 << 3;     // F4 90..BF, F5..FF 90..BF
constexpr std::uint8_t kSurrogate = 1 << 4;    // ED A0..BF
constexpr std::uint8_t kOverlong2 = 1 << 5;    // C0, C1 then a continuation
constexpr std::uint8_t kTooLarge1000 = 1 << 6;  // F5..FF 80..8F
constexpr std::uint8_t kOverlong4 = 1 << 6;    // F0 80..8F
constexpr std::uint8_t kTwoConts = 1 << 7;     // continuation, continuation
constexpr std::uint8_t kCarry = kTooShort | kTooLong | kTwoConts;

// Indexed by the high nibble of the previous byte.
constexpr std::uint8_t kPrevHigh[16] = {
    kTooLong, kTooLong, kTooLong, kTooLong, kTooLong, kTooLong, kTooLong, kTooLong,  // ASCII
    kTwoConts, kTwoConts, kTwoConts, kTwoConts,                                      // continuation
    kTooShort | kOverlong2,                                                          // C0..CF
    kTooShort,                                                                       // D0..DF
    kTooShort | kOverlong3 | kSurrogate,                                             // E0..EF
    kTooShort | kTooLarge | kTooLarge1000 | kOverlong4,                              // F0..FF
};
// Indexed by the low nibble of the previous byte.
constexpr std::uint8_t kPrevLow[16] = {
    kCarry | kOverlong3 | kOverlong2 | kOverlong4,   // _0
    kCarry | kOverlong2,                             // _1
    kCarry,                                          // _2
    kCarry,                                          // _3
    kCarry | kTooLarge,                              // _4
    kCarry | kTooLarge | kTooLarge1000,              // _5
    kCarry | kTooLarge | kTooLarge1000,              // _6
    kCarry | kTooLarge | kTooLarge1000,              // _7
    kCarry | kTooLarge | kTooLarge1000,              // _8
    kCarry | kTooLarge | kTooLarge1000,              // _9
    kCarry | kTooLarge | kTooLarge1000,              // _A
    kCarry | kTooLarge | kTooLarge1000,              // _B
    kCarry | kTooLarge | kTooLarge1000,              // _C
    kCarry | kTooLarge | kTooLarge1000 | kSurrogate,  // _D
    kCarry | kTooLarge | kTooLarge1000,              // _E
    kCarry | kTooLarge | kTooLarge1000,              // _F
};
// Indexed by the high nibble of this byte.
constexpr std::uint8_t kThisHigh[16] = {
    kTooShort, kTooShort, kTooShort, kTooShort, kTooShort, kTooShort, kTooShort, kTooShort,  // ASCII
    kTooLong | kOverlong2 | kTwoConts | kOverlong3 | kTooLarge1000 | kOverlong4,            // 80..8F
    kTooLong | kOverlong2 | kTwoConts | kOverlong3 | kTooLarge,                             // 90..9F
    kTooLong | kOverlong2 | kTwoConts | kSurrogate | kTooLarge,                             // A0..AF
    kTooLong | kOverlong2 | kTwoConts | kSurrogate | kTooLarge,                             // B0..BF
    kTooShort, kTooShort, kTooShort, kTooShort,                                             // leads
};

[[gnu::target("avx2")]] inline __m256i table(const std::uint8_t (&t)[16]) {
  return _mm256_broadcastsi128_si256(_mm_loadu_si128(reinterpret_cast<const __m128i*>(t)));
}

// The 32 bytes that end N bytes before the end of `in`: prev's last N, then in's first 32 - N.
template <int N>
[[gnu::target("avx2")]] inline __m256i shifted_in(__m256i in, __m256i prev) {
  return _mm256_alignr_epi8(in, _mm256_permute2x128_si256(prev, in, 0x21), 16 - N);
}

[[gnu::target("avx2")]] inline __m256i high_nibbles(__m256i v) {
  return _mm256_and_si256(_mm256_srli_epi16(v, 4), _mm256_set1_epi8(0x0F));
}

[[gnu::target("avx2")]] Utf8Prefix avx2_prefix(const unsigned char* s, std::size_t n) {
  const __m256i prev_high = table(kPrevHigh), prev_low = table(kPrevLow), this_high = table(kThisHigh);
  // A lead byte in the last three places needs bytes of the next block.
  const __m256i incomplete_above = _mm256_setr_epi8(
      -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
      -1, static_cast<char>(0xF0 - 1), static_cast<char>(0xE0 - 1), static_cast<char>(0xC0 - 1));
  __m256i prev = _mm256_setzero_si256();
  __m256i prev_incomplete = _mm256_setzero_si256();
  std::size_t multibyte = 0;
  bool has_nul = false;
  std::size_t i = 0;
  // Each block is checked; the last (short or empty) one is padded with
  // zeros, which also catches a sequence cut off at the end.
  for (;;) {
    const bool last = n - i < 32;
    __m256i in;
    std::uint32_t real = 0xFFFFFFFFu;  // which lanes are input bytes
    if (!last) {
      in = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(s + i));
    } else {
      alignas(32) unsigned char tail[32] = {};
      if (n > i) std::memcpy(tail, s + i, n - i);
      in = _mm256_load_si256(reinterpret_cast<const __m256i*>(tail));
      real = (std::uint32_t{1} << (n - i)) - 1;
    }
    const auto high = static_cast<std::uint32_t>(_mm256_movemask_epi8(in));
    // An ASCII block is an error only when the last block ended inside a
    // sequence; otherwise the pair and continuation checks cover that too.
    __m256i error = prev_incomplete;
    if (high != 0) {
      const __m256i prev1 = shifted_in<1>(in, prev);
      const __m256i pairs =
          _mm256_and_si256(_mm256_and_si256(_mm256_shuffle_epi8(prev_high, high_nibbles(prev1)),
                                            _mm256_shuffle_epi8(prev_low, _mm256_and_si256(prev1, _mm256_set1_epi8(0x0F)))),
                           _mm256_shuffle_epi8(this_high, high_nibbles(in)));
      // Bytes two after an E0..FF lead or three after an F0..FF lead must
      // be continuations: exactly where `pairs` says "two continuations".
      const __m256i third = _mm256_subs_epu8(shifted_in<2>(in, prev), _mm256_set1_epi8(static_cast<char>(0xE0 - 0x80)));
      const __m256i fourth = _mm256_subs_epu8(shifted_in<3>(in, prev), _mm256_set1_epi8(static_cast<char>(0xF0 - 0x80)));
      const __m256i must_continue =
          _mm256_and_si256(_mm256_or_si256(third, fourth), _mm256_set1_epi8(static_cast<char>(0x80)));
      error = _mm256_xor_si256(must_continue, pairs);
      prev_incomplete = _mm256_subs_epu8(in, incomplete_above);
    } else {
      prev_incomplete = _mm256_setzero_si256();
    }
    if (!_mm256_testz_si256(error, error)) {
      // The error may lie in a sequence that began in the previous block:
      // the prefix ends before that sequence's lead.
      std::size_t end = i;
      std::size_t k = i;
      while (k > 0 && i - k < 3 && (s[k - 1] & 0xC0) == 0x80) --k;
      if (k > 0 && s[k - 1] >= 0xC0) {
        const unsigned char lead = s[k - 1];
        const std::size_t need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
        if (k - 1 + need > i) {
          end = k - 1;
          --multibyte;
        }
      }
      return {end, multibyte, has_nul};
    }
    const auto leads =
        high & static_cast<std::uint32_t>(_mm256_movemask_epi8(_mm256_cmpgt_epi8(in, _mm256_set1_epi8(-65))));
    multibyte += static_cast<std::size_t>(std::popcount(leads));
    has_nul |= (static_cast<std::uint32_t>(_mm256_movemask_epi8(_mm256_cmpeq_epi8(in, _mm256_setzero_si256()))) & real) != 0;
    prev = in;
    if (last) return {n, multibyte, has_nul};
    i += 32;
  }
}

#endif

}  // namespace

Utf8Prefix well_formed_prefix(std::string_view bytes) {
  const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
  const std::size_t n = bytes.size();
#ifdef TONGBAO_UTF8_AVX2
  if (cpu_has_avx2()) {
    Utf8Prefix fast = avx2_prefix(s, n);
    if (fast.length == n) return fast;
    // Past the block with the error, find it exactly.
    return scalar_prefix(s, n, fast);
  }
#endif
  return scalar_prefix(s, n, Utf8Prefix{});
}

}  // namespace tongbao::detail
