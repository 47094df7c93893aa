// byte_scan.h - jumping over the bytes a scan does not care about.
//
// Most of a notice is CJK ideographs (lead bytes E4..E9, then continuation
// bytes 80..BF), and the outline's scans look only for punctuation, quotes
// and ASCII marks. ByteStops names the bytes a scan must stop at (ASCII
// bytes, and the lead bytes of the multi-byte marks it wants) and finds the
// next one sixteen bytes at a time. ASCII and lead bytes always start a code
// point in valid UTF-8 (the decode stage guarantees it), so a scan that
// resumes at a stop stays in step with next_code_point. (For any bytes,
// valid or not: ASCII and lead bytes are never continuation bytes, so
// next_code_point, stepping from the start, starts a code point at each.)
#pragma once

#include <array>
#include <bit>
#include <cstddef>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>  // the x86-64 baseline; other targets scan byte by byte
#endif

namespace tongbao::detail {

template <std::size_t Leads>
class ByteStopsOf {
 public:
  // `ascii`: ASCII bytes to stop at; `leads`: bytes >= 0x80 (lead bytes of
  // the UTF-8 sequences of interest; repeat one to fill).
  constexpr ByteStopsOf(std::string_view ascii, std::array<unsigned char, Leads> leads) : leads_(leads) {
    for (char c : ascii) stop_[static_cast<unsigned char>(c)] = true;
    for (unsigned char lead : leads) stop_[lead] = true;
  }

  bool is_stop(unsigned char b) const { return stop_[b]; }

  // The first position at or after i that holds a stop byte, or s.size().
  std::size_t next(std::string_view s, std::size_t i) const {
#if defined(__SSE2__)
    __m128i lead[Leads];
    for (std::size_t k = 0; k < Leads; ++k) lead[k] = _mm_set1_epi8(static_cast<char>(leads_[k]));
    for (; i + 16 <= s.size(); i += 16) {
      const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
      __m128i leads = _mm_cmpeq_epi8(x, lead[0]);
      for (std::size_t k = 1; k < Leads; ++k) leads = _mm_or_si128(leads, _mm_cmpeq_epi8(x, lead[k]));
      // Candidates: ASCII bytes (top bit clear) and the lead bytes; the
      // table then says which ASCII bytes count.
      auto candidates = static_cast<unsigned>((~_mm_movemask_epi8(x) | _mm_movemask_epi8(leads)) & 0xFFFF);
      for (; candidates != 0; candidates &= candidates - 1) {
        const std::size_t at = i + static_cast<std::size_t>(std::countr_zero(candidates));
        if (stop_[static_cast<unsigned char>(s[at])]) return at;
      }
    }
#endif
    for (; i < s.size(); ++i) {
      if (stop_[static_cast<unsigned char>(s[i])]) return i;
    }
    return s.size();
  }

 private:
  std::array<bool, 256> stop_{};
  std::array<unsigned char, Leads> leads_;
};

// Most scans want three lead bytes (E2, E3 and EF hold the punctuation).
using ByteStops = ByteStopsOf<3>;

}  // namespace tongbao::detail
