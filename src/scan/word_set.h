// word_set.h - whether a line holds any word of a list, in one pass.
//
// The contact reader asks it of every short paragraph (footer markers,
// contact labels, invitation words), the checker of every paragraph (the
// words that give away a news story or an announcement), the chrome reader
// of every short line it classifies (footer phrases). One find per word
// would read each line as many times as there are words; WordSet reads it
// once and compares words only where the text could start one.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <span>
#include <string_view>
#include <vector>

#include "scan/cpu.h"
#include "text/utf8.h"

#if defined(__SSE2__)
#include <immintrin.h>  // SSSE3 and AVX2, used when the processor has them; other targets take the keyed scan
#endif

namespace tongbao::detail {

// A list of words looked for anywhere in a line, byte for byte (as
// string_view::find would).
//
// Where the processor has SSSE3, sixteen positions at a time are tested
// for the second and third bytes of the words of three bytes or more
// bytes: in a word of Chinese characters those are the two continuation
// bytes of its first character, which vary far more than lead bytes. Each
// of the two bytes is looked up by its low and its high four bits in two
// small tables (one pshufb each) that give the set of words, eight buckets
// of them, which have that nibble there; a position passes when some bucket
// is in all four sets. Almost no position of a line passes, and those that
// do are compared in full; the few shorter words (©) are found by find().
// Otherwise (and for lines too short for a block) a keyed scan steps over
// ideographs and compares words only where the character is the first
// character of one of them.
class WordSet {
 public:
  explicit WordSet(std::initializer_list<std::span<const std::string_view>> lists) {
    struct Pair {
      char second;
      char third;
    };
    std::vector<Pair> pairs;  // the second and third bytes of the words, each pair once
    for (auto list : lists) {
      for (std::string_view w : list) {
        std::size_t step = 0;
        char32_t key = key_at(w, 0, step);
        words_.push_back({key, w});
        if (key == kNoKey) {
          plain_search_ = true;  // no first character to key on: find() each word
        } else {
          bits_[key >> 6] |= std::uint64_t{1} << (key & 63);
        }
        if (w.size() < 3) {
          short_words_.push_back(w);
          continue;
        }
        bool known = false;
        for (const Pair& p : pairs) known = known || (p.second == w[1] && p.third == w[2]);
        if (!known) pairs.push_back({w[1], w[2]});
      }
    }
#if defined(__SSE2__)
    if (!pairs.empty() && cpu_has_ssse3()) {
      // Each pair into the bucket where it lets the fewest other pairs pass:
      // a bucket passes every combination of the nibbles its pairs have in
      // each of the four places, so an empty bucket while there is one, then
      // the one whose pairs share the most nibbles with it.
      std::uint16_t nibbles[kBuckets][4] = {};  // per bucket and place, the nibbles it has there
      auto passed = [](const std::uint16_t(&sets)[4]) {
        std::size_t n = 1;
        for (std::uint16_t set : sets) n *= static_cast<std::size_t>(__builtin_popcount(set));
        return n;
      };
      alignas(16) unsigned char tables[4][16] = {};
      for (const Pair& pair : pairs) {
        const unsigned second = static_cast<unsigned char>(pair.second), third = static_cast<unsigned char>(pair.third);
        const unsigned nibble[4] = {second & 0x0Fu, second >> 4, third & 0x0Fu, third >> 4};
        std::size_t best = 0, best_growth = static_cast<std::size_t>(-1);
        for (std::size_t b = 0; b < kBuckets; ++b) {
          std::uint16_t with[4];
          for (std::size_t t = 0; t < 4; ++t) with[t] = static_cast<std::uint16_t>(nibbles[b][t] | (1u << nibble[t]));
          const std::size_t growth = passed(with) - (nibbles[b][0] == 0 ? 0 : passed(nibbles[b]));
          if (growth < best_growth) best = b, best_growth = growth;
        }
        for (std::size_t t = 0; t < 4; ++t) {
          nibbles[best][t] = static_cast<std::uint16_t>(nibbles[best][t] | (1u << nibble[t]));
          tables[t][nibble[t]] = static_cast<unsigned char>(tables[t][nibble[t]] | (1u << best));
        }
      }
      for (std::size_t t = 0; t < 4; ++t) nibble_tables_[t] = _mm_load_si128(reinterpret_cast<const __m128i*>(tables[t]));
      by_nibbles_ = true;
      by_avx2_ = cpu_has_avx2();
    }
#endif
  }

  bool found_in(std::string_view s) const {
#if defined(__SSE2__)
    if (by_nibbles_ && s.size() >= kBlockReach) {
      for (std::string_view w : short_words_) {
        if (s.find(w) != std::string_view::npos) return true;
      }
      return by_avx2_ && s.size() >= kWideBlockReach ? found_by_nibbles_avx2(s) : found_by_nibbles(s);
    }
#endif
    if (plain_search_) {
      for (const Word& w : words_) {
        if (s.find(w.text) != std::string_view::npos) return true;
      }
      return false;
    }
    std::size_t i = 0;
    while (i < s.size()) {
      // Most characters are ideographs that start no word.
      i = skip_ideographs(s, i, [this](char32_t c) { return starts_word(c); });
      std::size_t step = 1;
      char32_t key = key_at(s, i, step);
      if (key != kNoKey && starts_word(key)) {
        // Only the words that start with this character (公 starts 公网安备
        // and is in many a line that holds no footer marker).
        for (const Word& w : words_) {
          if (w.key == key && s.substr(i, w.text.size()) == w.text) return true;
        }
      }
      // Bytes stepped over are continuation bytes, which start no word.
      i += step;
    }
    return false;
  }

 private:
  static constexpr char32_t kNoKey = 0x10000;
  // A block tests the sixteen positions at i, reading the bytes at i + 1 to
  // i + 17.
  static constexpr std::size_t kBlockReach = 18;
  // The same for thirty-two positions (AVX2).
  static constexpr std::size_t kWideBlockReach = 34;
  // One bit of a byte each.
  static constexpr std::size_t kBuckets = 8;

  bool starts_word(char32_t key) const { return (bits_[key >> 6] >> (key & 63)) & 1u; }
  // The first character at i when it is ASCII or a valid three-byte one
  // (`step` receives its length), else kNoKey (and step 1).
  static char32_t key_at(std::string_view s, std::size_t i, std::size_t& step) {
    step = 1;
    if (i >= s.size()) return kNoKey;
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) return b0;
    if ((b0 & 0xF0) != 0xE0 || i + 2 >= s.size()) return kNoKey;
    const auto b1 = static_cast<unsigned char>(s[i + 1]);
    const auto b2 = static_cast<unsigned char>(s[i + 2]);
    if ((b1 & 0xC0) != 0x80 || (b2 & 0xC0) != 0x80) return kNoKey;
    step = 3;
    return (static_cast<char32_t>(b0 & 0x0F) << 12) | (static_cast<char32_t>(b1 & 0x3F) << 6) | (b2 & 0x3Fu);
  }

#if defined(__SSE2__)
  // s.size() >= kBlockReach. Every word has three bytes or more, so none
  // starts at the last two positions: blocks cover positions 0 to
  // s.size() - 3, the last one overlapping the one before.
  [[gnu::target("ssse3")]] bool found_by_nibbles(std::string_view s) const {
    const __m128i low_bits = _mm_set1_epi8(0x0F);
    const std::size_t final_block = s.size() - kBlockReach;
    for (std::size_t i = 0;; i = std::min(i + 16, final_block)) {
      const __m128i second = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i + 1));
      const __m128i third = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i + 2));
      const __m128i by_second =
          _mm_and_si128(_mm_shuffle_epi8(nibble_tables_[0], _mm_and_si128(second, low_bits)),
                        _mm_shuffle_epi8(nibble_tables_[1], _mm_and_si128(_mm_srli_epi16(second, 4), low_bits)));
      const __m128i by_third =
          _mm_and_si128(_mm_shuffle_epi8(nibble_tables_[2], _mm_and_si128(third, low_bits)),
                        _mm_shuffle_epi8(nibble_tables_[3], _mm_and_si128(_mm_srli_epi16(third, 4), low_bits)));
      const __m128i none = _mm_cmpeq_epi8(_mm_and_si128(by_second, by_third), _mm_setzero_si128());
      const auto mask = ~static_cast<unsigned>(_mm_movemask_epi8(none)) & 0xFFFFu;
      if (mask != 0 && word_at_any(s, i, mask)) return true;
      if (i == final_block) return false;
    }
  }

  // found_by_nibbles thirty-two positions at a time, where the processor
  // has AVX2 (the tables repeated in both halves: pshufb looks up within
  // each half); s.size() >= kWideBlockReach. The last positions go to
  // found_by_nibbles, from a start that leaves it a whole block.
  [[gnu::target("avx2")]] bool found_by_nibbles_avx2(std::string_view s) const {
    const __m256i low_bits = _mm256_set1_epi8(0x0F);
    __m256i tables[4];
    for (std::size_t t = 0; t < 4; ++t) tables[t] = _mm256_broadcastsi128_si256(nibble_tables_[t]);
    std::size_t i = 0;
    for (; i + kWideBlockReach <= s.size(); i += 32) {
      const __m256i second = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(s.data() + i + 1));
      const __m256i third = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(s.data() + i + 2));
      const __m256i by_second = _mm256_and_si256(
          _mm256_shuffle_epi8(tables[0], _mm256_and_si256(second, low_bits)),
          _mm256_shuffle_epi8(tables[1], _mm256_and_si256(_mm256_srli_epi16(second, 4), low_bits)));
      const __m256i by_third = _mm256_and_si256(
          _mm256_shuffle_epi8(tables[2], _mm256_and_si256(third, low_bits)),
          _mm256_shuffle_epi8(tables[3], _mm256_and_si256(_mm256_srli_epi16(third, 4), low_bits)));
      const __m256i none = _mm256_cmpeq_epi8(_mm256_and_si256(by_second, by_third), _mm256_setzero_si256());
      const auto mask = ~static_cast<unsigned>(_mm256_movemask_epi8(none));
      if (mask != 0 && word_at_any(s, i, mask)) return true;
    }
    if (i + 2 >= s.size()) return false;  // no word of three bytes or more starts in the last two
    const std::size_t rest = std::min(i, s.size() - kBlockReach);
    return found_by_nibbles(s.substr(rest));
  }

  // Whether a word starts at i + k for some bit k of `mask`. Apart from the
  // loop above, which then keeps its few registers to itself: most blocks
  // have no candidate.
  [[gnu::noinline]] bool word_at_any(std::string_view s, std::size_t i, unsigned mask) const {
    for (; mask != 0; mask &= mask - 1) {
      const std::size_t at = i + static_cast<std::size_t>(__builtin_ctz(mask));
      for (const Word& w : words_) {
        if (w.text.size() >= 3 && w.text[1] == s[at + 1] && w.text[2] == s[at + 2] &&
            s.compare(at, w.text.size(), w.text) == 0) {
          return true;  // the short words are found apart
        }
      }
    }
    return false;
  }
#endif

  struct Word {
    char32_t key;  // its first character, as key_at() reads it
    std::string_view text;
  };
  std::vector<Word> words_;
  std::vector<std::string_view> short_words_;  // of one or two bytes: no third byte to test
#if defined(__SSE2__)
  // By the low and the high nibble of the second byte, then of the third:
  // the buckets of the words that have it there.
  __m128i nibble_tables_[4] = {};
  bool by_nibbles_ = false;
  bool by_avx2_ = false;  // found_by_nibbles_avx2 for the longer lines
#endif
  bool plain_search_ = false;
  std::uint64_t bits_[0x10000 / 64] = {};
};

}  // namespace tongbao::detail
