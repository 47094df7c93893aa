// byte_scan.cc - the AVX2 form of quote_or_stop_bits64 (see byte_scan.h).
#include "scan/byte_scan.h"

#ifdef TONGBAO_SCAN_AVX2
#include <immintrin.h>

#include <array>
#include <cstdint>

namespace tongbao::detail {
namespace {

// A table of sixteen bytes, in both lanes, for _mm256_shuffle_epi8.
[[gnu::target("avx2")]] inline __m256i table(const std::array<std::uint8_t, 16>& t) {
  const __m128i lane = _mm_loadu_si128(reinterpret_cast<const __m128i*>(t.data()));
  return _mm256_broadcastsi128_si256(lane);
}

// quote_or_stop_bits16's tests by table lookups (Langdale and Lemire's
// nibble method): the first byte's class and the third byte's class, each
// the AND of a lookup by low nibble and one by high nibble, share a bit
// exactly where next_quote_or_stop stops. The bits:
enum : std::uint8_t {
  kE3Third = 1,     // 。 (E3 80 82) and 〈〉《》「」『』 (E3 80 88..8F): third byte 82, 88..8F
  kEFThird81 = 2,   // ！ (EF BC 81)
  kE2Third9 = 4,    // ‘ ’ “ ” (E2 80 98 99 9C 9D)
  kEFThird9 = 8,    // ：；？ (EF BC 9A 9B 9F, and 9E)
  kE2ThirdA6 = 16,  // … (E2 80 A6)
  kAscii2 = 32,     // ! "
  kAscii3 = 64,     // : ; ?
};
// The first byte: E2, E3, EF, or one of the ASCII marks.
constexpr std::array<std::uint8_t, 16> kFirstByLow = [] {
  std::array<std::uint8_t, 16> t{};
  t[0x2] = kE2Third9 | kE2ThirdA6 | kAscii2;  // E2, "
  t[0x3] = kE3Third;                          // E3
  t[0xF] = kEFThird81 | kEFThird9 | kAscii3;  // EF, ?
  t[0x1] = kAscii2;                           // !
  t[0xA] = kAscii3;                           // :
  t[0xB] = kAscii3;                           // ;
  return t;
}();
constexpr std::array<std::uint8_t, 16> kFirstByHigh = [] {
  std::array<std::uint8_t, 16> t{};
  t[0x2] = kAscii2;
  t[0x3] = kAscii3;
  t[0xE] = kE3Third | kEFThird81 | kE2Third9 | kEFThird9 | kE2ThirdA6;
  return t;
}();
// The third byte (for the ASCII marks, any).
constexpr std::array<std::uint8_t, 16> kThirdByLow = [] {
  std::array<std::uint8_t, 16> t{};
  t[0x1] = kEFThird81;
  t[0x2] = kE3Third;
  t[0x6] = kE2ThirdA6;
  for (int low : {0x8, 0x9, 0xC, 0xD}) t[low] = kE3Third | kE2Third9;
  for (int low : {0xA, 0xB, 0xE, 0xF}) t[low] = kE3Third | kEFThird9;
  return t;
}();
constexpr std::array<std::uint8_t, 16> kThirdByHigh = [] {
  std::array<std::uint8_t, 16> t{};
  t[0x8] = kE3Third | kEFThird81;
  t[0x9] = kE2Third9 | kEFThird9;
  t[0xA] = kE2ThirdA6;
  return t;
}();

}  // namespace

// Thirty-two bytes a step.
[[gnu::target("avx2")]] void quote_or_stop_bits64_avx2(const char* p, std::size_t blocks, std::uint64_t* out) {
  const __m256i low_nibble = _mm256_set1_epi8(0x0F);
  const __m256i first_low = table(kFirstByLow), first_high = table(kFirstByHigh);
  const __m256i third_low = table(kThirdByLow), third_high = table(kThirdByHigh);
  const __m256i any_third = _mm256_set1_epi8(static_cast<char>(kAscii2 | kAscii3));
  for (std::size_t n = 0; n < 2 * blocks; ++n) {  // thirty-two bytes from q; reads q[0..33]
    const char* q = p + 32 * n;
    const __m256i x = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(q));
    const __m256i z = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(q + 2));
    const __m256i first =
        _mm256_and_si256(_mm256_shuffle_epi8(first_low, _mm256_and_si256(x, low_nibble)),
                         _mm256_shuffle_epi8(first_high, _mm256_and_si256(_mm256_srli_epi16(x, 4), low_nibble)));
    const __m256i third = _mm256_or_si256(
        any_third, _mm256_and_si256(_mm256_shuffle_epi8(third_low, _mm256_and_si256(z, low_nibble)),
                                    _mm256_shuffle_epi8(third_high, _mm256_and_si256(_mm256_srli_epi16(z, 4), low_nibble))));
    const __m256i none = _mm256_cmpeq_epi8(_mm256_and_si256(first, third), _mm256_setzero_si256());
    const auto bits = ~static_cast<std::uint32_t>(_mm256_movemask_epi8(none));
    if (n % 2 == 0) out[n / 2] = bits;
    else out[n / 2] |= std::uint64_t{bits} << 32;
  }
}

}  // namespace tongbao::detail
#endif
