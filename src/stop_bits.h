// stop_bits.h - where the characters that can start a date, a number, a
// title or a sentence end stand in a span, found once for all the scans of
// the annotate stage.
//
// find_dates, scan_entities and split_sentences each jump from one ASCII
// character or character led by E3 (。《》〔) or EF (！，０-９) to the next
// and step over the ideographs between (next_ascii_or_e3_ef()). Searching
// for those bytes once per span, one bit per byte, spares each scan its own
// search: finding the next stop is then a few bit operations.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>  // the x86-64 baseline; other targets test byte by byte
#endif

namespace tongbao::detail {

class StopBits {
 public:
  StopBits() = default;
  explicit StopBits(std::string_view s) : size_(s.size()), words_((s.size() + 63) / 64, 0) {
    std::size_t i = 0;
#if defined(__SSE2__)
    const __m128i e3 = _mm_set1_epi8(static_cast<char>(0xE3));
    const __m128i ef = _mm_set1_epi8(static_cast<char>(0xEF));
    for (; i + 16 <= s.size(); i += 16) {
      const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
      const __m128i leads = _mm_or_si128(_mm_cmpeq_epi8(x, e3), _mm_cmpeq_epi8(x, ef));
      // ASCII bytes have their top bit clear: the complement of movemask.
      const auto bits = static_cast<std::uint64_t>((~_mm_movemask_epi8(x) | _mm_movemask_epi8(leads)) & 0xFFFF);
      words_[i >> 6] |= bits << (i & 63);  // i is a multiple of 16: never straddles a word
    }
#endif
    for (; i < s.size(); ++i) {
      const auto b = static_cast<unsigned char>(s[i]);
      if (b < 0x80 || b == 0xE3 || b == 0xEF) words_[i >> 6] |= std::uint64_t{1} << (i & 63);
    }
  }

  // next_ascii_or_e3_ef(s, i) for the s this was built from: the first
  // offset at or after i whose byte is ASCII, E3 or EF, or s.size().
  std::size_t next(std::size_t i) const {
    if (i >= size_) return size_;
    std::size_t w = i >> 6;
    std::uint64_t bits = words_[w] & (~std::uint64_t{0} << (i & 63));
    while (bits == 0) {
      if (++w == words_.size()) return size_;
      bits = words_[w];
    }
    return (w << 6) + static_cast<std::size_t>(__builtin_ctzll(bits));
  }

 private:
  std::size_t size_ = 0;
  std::vector<std::uint64_t> words_;
};

}  // namespace tongbao::detail
