// text_weights.cc - ideographs and punctuation counted (see text_weights.h).
#include "scan/text_weights.h"

#include <cstddef>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>  // the x86-64 baseline; other targets count byte by byte
#endif

namespace tongbao::detail {
namespace {

// The weights of the character that starts at byte i (nothing at a
// continuation byte). Valid UTF-8 (libxml2's output) is assumed: each
// character of interest is told by its first two or three bytes.
void weigh_at(const unsigned char* u, std::size_t n, std::size_t i, TextWeights& w) {
  const unsigned char b = u[i];
  const unsigned char b1 = i + 1 < n ? u[i + 1] : 0, b2 = i + 2 < n ? u[i + 2] : 0;
  if (b == ',' || b == ':') {
    ++w.punct;
  } else if (b == ';') {
    ++w.full_stops;
  } else if (b >= 0xE5 && b <= 0xE9) {  // U+5000..U+9FFF
    ++w.cjk;
  } else if (b == 0xE4) {  // U+4000..U+4FFF: ideographs from U+4E00 (E4 B8 80)
    w.cjk += b1 >= 0xB8;
  } else if (b == 0xF0) {  // U+20000..U+2FFFF: F0 A0..AF
    w.cjk += b1 >= 0xA0 && b1 <= 0xAF;
  } else if (b == 0xE3 && b1 == 0x80) {  // 、 E3 80 81, 。 E3 80 82
    w.punct += b2 == 0x81;
    w.full_stops += b2 == 0x82;
  } else if (b == 0xEF && b1 == 0xBC) {  // ， EF BC 8C, ： EF BC 9A, ； EF BC 9B
    w.punct += b2 == 0x8C || b2 == 0x9A;
    w.full_stops += b2 == 0x9B;
  }
}

}  // namespace

// Sixteen bytes at a time: each test looks at a byte and the one or two
// after it, so the same tests run on the text loaded at i, i+1 and i+2,
// and the positions that match are counted.
TextWeights text_weights(std::string_view s) {
  TextWeights w;
  const auto* u = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::size_t i = 0;
#if defined(__SSE2__)
  const auto set = [](unsigned char b) { return _mm_set1_epi8(static_cast<char>(b)); };
  // bytes in lo..hi, unsigned
  const auto in_range = [&](__m128i x, unsigned char lo, unsigned char hi) {
    const __m128i t = _mm_sub_epi8(x, set(lo));
    return _mm_cmpeq_epi8(_mm_min_epu8(t, set(static_cast<unsigned char>(hi - lo))), t);
  };
  // Matches are counted in sixteen byte-wide counters (a mask byte is -1),
  // added up every 200 blocks, well before any can wrap (the tail adds two).
  __m128i cjk_count = _mm_setzero_si128(), punct_count = cjk_count, full_stop_count = cjk_count;
  const auto add_up = [](__m128i& counters, int& total) {
    const __m128i sums = _mm_sad_epu8(counters, _mm_setzero_si128());
    total += _mm_cvtsi128_si32(sums) + _mm_cvtsi128_si32(_mm_unpackhi_epi64(sums, sums));
    counters = _mm_setzero_si128();
  };
  // The tests at at[0..15], reading at[0..17].
  const auto weigh_block = [&](const unsigned char* at) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(at));
    const __m128i x1 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(at + 1));
    const __m128i x2 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(at + 2));
    const __m128i cjk = _mm_or_si128(
        _mm_or_si128(in_range(x, 0xE5, 0xE9),
                     _mm_and_si128(_mm_cmpeq_epi8(x, set(0xE4)), in_range(x1, 0xB8, 0xFF))),
        _mm_and_si128(_mm_cmpeq_epi8(x, set(0xF0)), in_range(x1, 0xA0, 0xAF)));
    const __m128i e3 = _mm_and_si128(_mm_cmpeq_epi8(x, set(0xE3)), _mm_cmpeq_epi8(x1, set(0x80)));
    const __m128i ef = _mm_and_si128(_mm_cmpeq_epi8(x, set(0xEF)), _mm_cmpeq_epi8(x1, set(0xBC)));
    const __m128i punct = _mm_or_si128(
        _mm_or_si128(_mm_cmpeq_epi8(x, set(',')), _mm_cmpeq_epi8(x, set(':'))),
        _mm_or_si128(_mm_and_si128(e3, _mm_cmpeq_epi8(x2, set(0x81))),
                     _mm_and_si128(ef, _mm_or_si128(_mm_cmpeq_epi8(x2, set(0x8C)),
                                                    _mm_cmpeq_epi8(x2, set(0x9A))))));
    const __m128i full_stops = _mm_or_si128(
        _mm_cmpeq_epi8(x, set(';')),
        _mm_or_si128(_mm_and_si128(e3, _mm_cmpeq_epi8(x2, set(0x82))),
                     _mm_and_si128(ef, _mm_cmpeq_epi8(x2, set(0x9B)))));
    cjk_count = _mm_sub_epi8(cjk_count, cjk);
    punct_count = _mm_sub_epi8(punct_count, punct);
    full_stop_count = _mm_sub_epi8(full_stop_count, full_stops);
  };
  for (int steps = 0; i + 18 <= n; i += 16) {
    if (++steps == 200) {
      add_up(cjk_count, w.cjk);
      add_up(punct_count, w.punct);
      add_up(full_stop_count, w.full_stops);
      steps = 0;
    }
    weigh_block(u + i);
  }
  // The last 0..17 bytes, copied behind zeros (which match nothing, as
  // weigh_at reads the bytes past the end): short paragraphs, the most
  // numerous, have no byte-by-byte loop at all.
  if (i < n) {
    unsigned char tail[16 + 18] = {};
    std::memcpy(tail, u + i, n - i);
    weigh_block(tail);
    if (n - i > 16) weigh_block(tail + 16);
    i = n;
  }
  add_up(cjk_count, w.cjk);
  add_up(punct_count, w.punct);
  add_up(full_stop_count, w.full_stops);
#endif
  for (; i < n; ++i) weigh_at(u, n, i, w);
  return w;
}

}  // namespace tongbao::detail
