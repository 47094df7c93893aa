// find_word.h - where a word stands in a text: the substring search every
// stage uses for words of Chinese text.
#pragma once

#include <cstddef>
#include <cstring>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>  // the x86-64 baseline
#endif

namespace tongbao::detail {

// s.find(word, from), testing the word's first and last bytes together:
// faster than find() for a word of Chinese characters, whose first byte is
// everywhere. Inline: the stages ask it in their loops over short texts.
inline std::size_t find_word(std::string_view s, std::string_view word, std::size_t from = 0) {
  if (from > s.size()) return std::string_view::npos;
  if (word.empty()) return from;
  const std::size_t last = word.size() - 1;
#if defined(__SSE2__)
  // The lead byte of a Chinese character (E4-E9) is in most characters of
  // a notice, and the last byte of 元 or 《 in one character in twenty;
  // both at the right distance are in few. Sixteen places are tested at a
  // time (SSE2, the x86-64 baseline); the last block overlaps the one
  // before rather than leaving a tail to test byte by byte.
  if (s.size() - from >= last + 16) {
    const __m128i first_byte = _mm_set1_epi8(word.front());
    const __m128i last_byte = _mm_set1_epi8(word.back());
    auto block = [&](std::size_t i) {
      const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
      const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i + last));
      return static_cast<unsigned>(
          _mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(a, first_byte), _mm_cmpeq_epi8(b, last_byte))));
    };
    const std::size_t final_block = s.size() - last - 16;
    for (std::size_t i = from;; i += 16) {
      if (i > final_block) i = final_block;  // overlaps: places already tested held no word
      for (unsigned hits = block(i); hits != 0; hits &= hits - 1) {
        const std::size_t at = i + static_cast<std::size_t>(__builtin_ctz(hits));
        if (last < 2 || std::memcmp(s.data() + at + 1, word.data() + 1, last - 1) == 0) return at;
      }
      if (i == final_block) return std::string_view::npos;
    }
  }
#endif
  // Search for the word's last byte: the lead byte of a Chinese character
  // is everywhere. Then check the rest.
  std::size_t i = from + last;
  while (i < s.size()) {
    const void* hit = std::memchr(s.data() + i, word[last], s.size() - i);
    if (hit == nullptr) return std::string_view::npos;
    i = static_cast<std::size_t>(static_cast<const char*>(hit) - s.data());
    if (s.compare(i - last, word.size(), word) == 0) return i - last;
    ++i;
  }
  return std::string_view::npos;
}

// s.find(word) != npos, searching the same way.
inline bool contains_word(std::string_view s, std::string_view word) { return find_word(s, word) != std::string_view::npos; }

}  // namespace tongbao::detail
