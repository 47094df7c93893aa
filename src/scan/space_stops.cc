// space_stops.cc - where a space, an invisible or a control character may
// start (see space_stops.h).
#include "scan/space_stops.h"

#include <bit>
#include <cstdint>

#include "scan/cpu.h"

#if defined(__SSE2__)
#include <emmintrin.h>  // the x86-64 baseline; other targets scan byte by byte
#endif
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <tmmintrin.h>  // SSSE3, used where the processor has it
#endif

namespace tongbao::detail {
namespace {

// next_space_or_invisible's test on one position, and the definition the
// vector forms below follow: ASCII below 0x21 and DEL, and the bytes that
// start U+00A0 (C2 A0), U+1680 (E1 9A 80), U+2000..U+200D and U+202F
// (E2 80 80..8D, E2 80 AF), U+205F and U+2060 (E2 81), U+3000 (E3 80 80)
// and U+FEFF (EF BB). A filter: what blocks' fold_space keeps may pass
// (E2 81, EF BB and E1 9A lead other characters too); nothing it changes
// may be missed. The third byte of E2 80 keeps the curly quotes and dashes
// (E2 80 9C, 94 …), the commonest marks led by E2, from stopping the scan.
bool may_stop_at(std::string_view s, std::size_t k) {
  const auto b = static_cast<unsigned char>(s[k]);
  if (b <= 0x20 || b == 0x7F) return true;
  if (b < 0xC2 || k + 1 >= s.size()) return false;
  const auto b1 = static_cast<unsigned char>(s[k + 1]);
  const unsigned b2 = k + 2 < s.size() ? static_cast<unsigned char>(s[k + 2]) : 0;
  switch (b) {
    case 0xC2: return b1 == 0xA0;
    case 0xE1: return b1 == 0x9A;
    case 0xE2: return (b1 == 0x80 && ((b2 >= 0x80 && b2 <= 0x8D) || b2 == 0xAF)) || b1 == 0x81;
    case 0xE3: return b1 == 0x80 && b2 == 0x80;
    case 0xEF: return b1 == 0xBB;
    default: return false;
  }
}

#if defined(__SSE2__)
// may_stop_at at sixteen positions: bit k set where p[k] may stop; reads
// p[0..17]. (An AVX2 form, thirty-two a step, ran fewer instructions but
// took longer on the benchmark machine: the scans are short bursts.)
inline unsigned space_stop_bits16(const char* p) {
  const __m128i space = _mm_set1_epi8(0x21), del = _mm_set1_epi8(0x7F);
  const __m128i c2 = _mm_set1_epi8(static_cast<char>(0xC2)), e1 = _mm_set1_epi8(static_cast<char>(0xE1));
  const __m128i e2 = _mm_set1_epi8(static_cast<char>(0xE2)), e3 = _mm_set1_epi8(static_cast<char>(0xE3));
  const __m128i ef = _mm_set1_epi8(static_cast<char>(0xEF));
  const __m128i x80 = _mm_set1_epi8(static_cast<char>(0x80)), x81 = _mm_set1_epi8(static_cast<char>(0x81));
  const __m128i x9a = _mm_set1_epi8(static_cast<char>(0x9A)), xa0 = _mm_set1_epi8(static_cast<char>(0xA0));
  const __m128i xbb = _mm_set1_epi8(static_cast<char>(0xBB)), xaf = _mm_set1_epi8(static_cast<char>(0xAF));
  const __m128i above_8d = _mm_set1_epi8(static_cast<char>(0x8E));  // signed: 0x80..0x8D are below it
  const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const __m128i y = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 1));
  const __m128i z = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 2));
  // Signed: bytes below 0x21 and bytes of 0x80 and over; the latter are
  // dropped by the movemask of x below.
  const __m128i low = _mm_or_si128(_mm_cmplt_epi8(x, space), _mm_cmpeq_epi8(x, del));
  const __m128i y80 = _mm_cmpeq_epi8(y, x80), z80 = _mm_cmpeq_epi8(z, x80);
  const __m128i e2_80 = _mm_and_si128(y80, _mm_or_si128(_mm_cmplt_epi8(z, above_8d), _mm_cmpeq_epi8(z, xaf)));
  const __m128i e2_81 = _mm_cmpeq_epi8(y, x81);
  __m128i multi = _mm_and_si128(_mm_cmpeq_epi8(x, c2), _mm_cmpeq_epi8(y, xa0));
  multi = _mm_or_si128(multi, _mm_and_si128(_mm_cmpeq_epi8(x, e1), _mm_cmpeq_epi8(y, x9a)));
  multi = _mm_or_si128(multi, _mm_and_si128(_mm_cmpeq_epi8(x, e2), _mm_or_si128(e2_80, e2_81)));
  multi = _mm_or_si128(multi, _mm_and_si128(_mm_cmpeq_epi8(x, e3), _mm_and_si128(y80, z80)));
  multi = _mm_or_si128(multi, _mm_and_si128(_mm_cmpeq_epi8(x, ef), _mm_cmpeq_epi8(y, xbb)));
  return static_cast<unsigned>(((_mm_movemask_epi8(low) & ~_mm_movemask_epi8(x)) | _mm_movemask_epi8(multi)) & 0xFFFF);
}

// next_space_or_invisible's scan, `bits` giving space_stop_bits16: sixteen positions
// a step, then the positions left but the last two by one more step that
// overlaps the one before (a byte loop there cost as much as the vector
// loop), then may_stop_at. Inlined into each caller, whose target options
// the bits function needs.
#define TONGBAO_SPACE_SCAN(bits)                                                              \
  do {                                                                                       \
    if (s.size() >= 18) {                                                                    \
      for (; i + 18 <= s.size(); i += 16) { /* the second and third bytes are read too */   \
        if (const unsigned mask = bits(s.data() + i); mask != 0) {                           \
          return i + static_cast<std::size_t>(std::countr_zero(mask));                       \
        }                                                                                    \
      }                                                                                      \
      const std::size_t last = s.size() - 18; /* i > last: covers i..s.size() - 3 */         \
      if (i + 2 < s.size()) {                                                                \
        if (const unsigned mask = bits(s.data() + last) >> (i - last); mask != 0) {          \
          return i + static_cast<std::size_t>(std::countr_zero(mask));                       \
        }                                                                                    \
        i = s.size() - 2;                                                                    \
      }                                                                                      \
    }                                                                                        \
    for (; i < s.size(); ++i) {                                                              \
      if (may_stop_at(s, i)) return i;                                                       \
    }                                                                                        \
    return s.size();                                                                         \
  } while (false)

std::size_t next_space_sse2(std::string_view s, std::size_t i) { TONGBAO_SPACE_SCAN(space_stop_bits16); }

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define TONGBAO_SPACE_SSSE3 1
// space_stop_bits16 by table lookups (SSSE3), a third fewer instructions:
// each of the three bytes is looked up by its low and its high four bits
// in two tables of sixteen (pshufb), and the lookups ANDed; a bit of the
// result stands for one multi-byte stop and survives where all three bytes
// are that stop's (exactly, for every byte value). ASCII below 0x21 and
// DEL are compared as in the SSE2 form.
enum : std::uint8_t {
  kC2A0 = 1,      // C2 A0
  kE19A = 2,      // E1 9A
  kE280Low = 4,   // E2 80 80..8D
  kE280AF = 8,    // E2 80 AF
  kE281 = 16,     // E2 81
  kE38080 = 32,   // E3 80 80
  kEFBB = 64,     // EF BB
  kAnyThird = kC2A0 | kE19A | kE281 | kEFBB,  // the third byte does not matter
};
struct NibbleTables {
  std::uint8_t first_low[16], first_high[16], second_low[16], second_high[16], third_low[16], third_high[16];
};
constexpr NibbleTables kSpaceNibbles = [] {
  NibbleTables t{};
  t.first_high[0xC] = kC2A0;
  t.first_high[0xE] = kE19A | kE280Low | kE280AF | kE281 | kE38080 | kEFBB;
  t.first_low[0x2] = kC2A0 | kE280Low | kE280AF | kE281;
  t.first_low[0x1] = kE19A;
  t.first_low[0x3] = kE38080;
  t.first_low[0xF] = kEFBB;
  t.second_high[0xA] = kC2A0;
  t.second_high[0x9] = kE19A;
  t.second_high[0x8] = kE280Low | kE280AF | kE281 | kE38080;
  t.second_high[0xB] = kEFBB;
  t.second_low[0x0] = kC2A0 | kE280Low | kE280AF | kE38080;
  t.second_low[0xA] = kE19A;
  t.second_low[0x1] = kE281;
  t.second_low[0xB] = kEFBB;
  for (int n = 0; n < 16; ++n) t.third_low[n] = t.third_high[n] = kAnyThird;
  t.third_high[0x8] |= kE280Low | kE38080;
  t.third_high[0xA] |= kE280AF;
  for (int n = 0x0; n <= 0xD; ++n) t.third_low[n] |= kE280Low;
  t.third_low[0x0] |= kE38080;
  t.third_low[0xF] |= kE280AF;
  return t;
}();

[[gnu::target("ssse3")]] inline __m128i nibble_lookup(__m128i v, const std::uint8_t (&low)[16],
                                                      const std::uint8_t (&high)[16]) {
  const __m128i nibble = _mm_set1_epi8(0x0F);
  const __m128i by_low = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(low)), _mm_and_si128(v, nibble));
  const __m128i by_high = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(high)),
                                           _mm_and_si128(_mm_srli_epi16(v, 4), nibble));
  return _mm_and_si128(by_low, by_high);
}

[[gnu::target("ssse3")]] inline unsigned space_stop_bits16_ssse3(const char* p) {
  const __m128i space = _mm_set1_epi8(0x21), del = _mm_set1_epi8(0x7F);
  const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const __m128i y = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 1));
  const __m128i z = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 2));
  const NibbleTables& t = kSpaceNibbles;
  const __m128i multi = _mm_and_si128(_mm_and_si128(nibble_lookup(x, t.first_low, t.first_high),
                                                    nibble_lookup(y, t.second_low, t.second_high)),
                                      nibble_lookup(z, t.third_low, t.third_high));
  const __m128i low = _mm_or_si128(_mm_cmplt_epi8(x, space), _mm_cmpeq_epi8(x, del));
  const unsigned none = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(multi, _mm_setzero_si128())));
  return ((static_cast<unsigned>(_mm_movemask_epi8(low)) & ~static_cast<unsigned>(_mm_movemask_epi8(x))) | ~none) &
         0xFFFF;
}

[[gnu::target("ssse3")]] std::size_t next_space_ssse3(std::string_view s, std::size_t i) {
  TONGBAO_SPACE_SCAN(space_stop_bits16_ssse3);
}
#endif
#undef TONGBAO_SPACE_SCAN
#endif

}  // namespace

std::size_t next_space_or_invisible(std::string_view s, std::size_t i, SpaceScan how) {
#if defined(__SSE2__)
#ifdef TONGBAO_SPACE_SSSE3
  if (how == SpaceScan::Fastest && cpu_has_ssse3()) return next_space_ssse3(s, i);
#endif
  if (how != SpaceScan::Bytes) return next_space_sse2(s, i);
#endif
  for (; i < s.size(); ++i) {
    if (may_stop_at(s, i)) return i;
  }
  return s.size();
}


}  // namespace tongbao::detail
