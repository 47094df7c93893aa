// stop_chars.h - jump to the next character of a small set, sixteen bytes at
// a time, for scans that look at a few characters and step over the rest.
#pragma once

#include <algorithm>
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>  // the x86-64 baseline; other targets scan byte by byte
#endif

namespace tongbao::detail {

// A set of characters: ASCII ones, and two- and three-byte ones whose first
// two bytes take `Prefixes` distinct values. next() finds the first of them
// in a text without decoding the rest.
//
// A notice is mostly ideographs and the common punctuation (。，、), which
// share their lead bytes with the characters scans look for (第 with 的, “
// with —, 《 with 。). So a lead byte alone is a poor filter: sixteen bytes at
// a time are tested for ASCII bytes and for each wanted lead byte followed by
// its wanted second byte, and only those candidates are checked exactly.
// ASCII bytes and lead bytes always start a code point (next_code_point only
// ever consumes continuation bytes after a lead), so a scan that stops only
// at them stays in step with next_code_point, even over invalid UTF-8.
template <std::size_t Prefixes>
class StopChars {
 public:
  // Fails to compile when a character is longer than three bytes, or when
  // `Prefixes` is not the number of distinct first-two-byte pairs among the
  // multi-byte characters.
  consteval explicit StopChars(std::u32string_view chars) {
    std::size_t used = 0;
    for (char32_t c : chars) {
      if (c < 0x80) {
        ascii_[c] = true;
        if (ascii_count_ < ascii_list_.size()) ascii_list_[ascii_count_] = static_cast<char>(c);
        ++ascii_count_;
        continue;
      }
      if (c > 0xFFFF || (c >= 0xD800 && c <= 0xDFFF)) throw "StopChars: only one- to three-byte characters";
      const bool two = c < 0x800;
      const auto lead = static_cast<unsigned char>(two ? 0xC0 | (c >> 6) : 0xE0 | (c >> 12));
      const auto second = static_cast<unsigned char>(two ? 0x80 | (c & 0x3F) : 0x80 | ((c >> 6) & 0x3F));
      std::size_t k = 0;
      while (k < used && !(lead_[k] == lead && second_[k] == second)) ++k;
      if (k == used) {
        if (used == Prefixes) throw "StopChars: more first-two-byte pairs than Prefixes";
        lead_[k] = lead;
        second_[k] = second;
        ++used;
      }
      if (two)
        two_byte_[k] = true;
      else
        third_[k] |= std::uint64_t{1} << (c & 0x3F);
    }
    if (used != Prefixes) throw "StopChars: fewer first-two-byte pairs than Prefixes";
    // Two prefixes that differ in one bit only (E2 80 and E3 80, EF BC and
    // EF BD) are tested as one, with that bit masked off: the same
    // candidates for fewer instructions a block.
    std::array<bool, Prefixes> grouped{};
    for (std::size_t k = 0; k < Prefixes; ++k) {
      if (grouped[k]) continue;
      Test& t = tests_[test_count_++];
      t = Test{lead_[k], 0xFF, second_[k], 0xFF};
      for (std::size_t j = k + 1; j < Prefixes; ++j) {
        const unsigned lead_bits = lead_[k] ^ lead_[j], second_bits = second_[k] ^ second_[j];
        if (grouped[j] || std::popcount(lead_bits) + std::popcount(second_bits) != 1) continue;
        grouped[j] = true;
        t.lead_mask = static_cast<unsigned char>(~lead_bits);
        t.second_mask = static_cast<unsigned char>(~second_bits);
        t.lead &= t.lead_mask;
        t.second &= t.second_mask;
        break;
      }
    }
  }

  // Whether c is in the set.
  constexpr bool holds(char32_t c) const {
    if (c < 0x80) return ascii_[c];
    if (c > 0xFFFF) return false;
    const bool two = c < 0x800;
    const auto lead = static_cast<unsigned char>(two ? 0xC0 | (c >> 6) : 0xE0 | (c >> 12));
    const auto second = static_cast<unsigned char>(two ? 0x80 | (c & 0x3F) : 0x80 | ((c >> 6) & 0x3F));
    for (std::size_t k = 0; k < Prefixes; ++k) {
      if (lead_[k] == lead && second_[k] == second) return two ? two_byte_[k] : ((third_[k] >> (c & 0x3F)) & 1) != 0;
    }
    return false;
  }

  // Whether a character of the set, well formed, starts at s[at].
  bool starts_at(std::string_view s, std::size_t at) const {
    const auto b0 = static_cast<unsigned char>(s[at]);
    if (b0 < 0x80) return ascii_[b0];
    if (at + 1 >= s.size()) return false;
    const auto b1 = static_cast<unsigned char>(s[at + 1]);
#pragma GCC unroll 8
    for (std::size_t k = 0; k < Prefixes; ++k) {
      if (b0 != lead_[k] || b1 != second_[k]) continue;
      if (two_byte_[k]) return true;
      if (at + 2 >= s.size()) return false;
      const auto b2 = static_cast<unsigned char>(s[at + 2]);
      return (b2 & 0xC0) == 0x80 && ((third_[k] >> (b2 & 0x3F)) & 1) != 0;
    }
    return false;
  }

  // The first position at or after i where a character of the set starts,
  // or s.size(). Positions inside a character are never returned. Inlined,
  // so that the bytes of a constexpr set become constants.
  [[gnu::always_inline]] std::size_t next(std::string_view s, std::size_t i) const {
#if defined(__SSE2__)
    if (s.size() >= 17) {
      // Candidates among the sixteen positions from `from`: the wanted
      // prefixes, and the wanted ASCII bytes (when there are few; else all
      // ASCII bytes). The second bytes are loaded one further on, so a block
      // needs 17 bytes.
      auto candidates = [&](std::size_t from) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + from));
        const __m128i next = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + from + 1));
        __m128i prefixes = _mm_setzero_si128();
#pragma GCC unroll 8
        for (std::size_t k = 0; k < test_count_; ++k) {
          const Test& t = tests_[k];
          auto byte = [](unsigned char b) { return _mm_set1_epi64x(static_cast<long long>(b * kEveryByte)); };
          const __m128i lead = t.lead_mask == 0xFF ? x : _mm_and_si128(x, byte(t.lead_mask));
          const __m128i second = t.second_mask == 0xFF ? next : _mm_and_si128(next, byte(t.second_mask));
          prefixes = _mm_or_si128(prefixes, _mm_and_si128(_mm_cmpeq_epi8(lead, byte(t.lead)), _mm_cmpeq_epi8(second, byte(t.second))));
        }
        if (ascii_count_ > ascii_list_.size()) {  // many: every ASCII byte (top bit clear) is a candidate
          return static_cast<unsigned>((~_mm_movemask_epi8(x) | _mm_movemask_epi8(prefixes)) & 0xFFFF);
        }
#pragma GCC unroll 8
        for (std::size_t k = 0; k < ascii_count_; ++k) {  // few: those exactly
          prefixes = _mm_or_si128(prefixes, _mm_cmpeq_epi8(x, _mm_set1_epi8(ascii_list_[k])));
        }
        return static_cast<unsigned>(_mm_movemask_epi8(prefixes));
      };
      for (; i + 17 <= s.size(); i += 16) {
        for (unsigned c = candidates(i); c != 0; c &= c - 1) {
          const std::size_t candidate = i + static_cast<std::size_t>(std::countr_zero(c));
          if (starts_at(s, candidate)) return candidate;
        }
      }
      // The rest but the last byte: one more block, overlapping the one
      // before, without the positions before i.
      const std::size_t last_block = s.size() - 17;
      if (i < s.size() - 1) {
        for (unsigned c = candidates(last_block) & (0xFFFFu << (i - last_block)); c != 0; c &= c - 1) {
          const std::size_t candidate = last_block + static_cast<std::size_t>(std::countr_zero(c));
          if (starts_at(s, candidate)) return candidate;
        }
        i = s.size() - 1;
      }
    }
#endif
    for (; i < s.size(); ++i) {
      if (starts_at(s, i)) return i;  // continuation bytes never match: no prefix starts with one
    }
    return s.size();
  }

 private:
  static constexpr std::uint64_t kEveryByte = 0x0101010101010101;  // a byte times this: in all eight
  std::array<bool, 128> ascii_{};
  std::array<char, 6> ascii_list_{};  // the ASCII characters, when there are six or fewer
  std::size_t ascii_count_ = 0;
  std::array<unsigned char, Prefixes> lead_{}, second_{};
  std::array<bool, Prefixes> two_byte_{};
  std::array<std::uint64_t, Prefixes> third_{};  // by the low six bits of the third byte
  // What next() compares sixteen at a time: the prefixes, two of them in
  // one where a bit masked off makes them equal.
  struct Test {
    unsigned char lead, lead_mask, second, second_mask;
  };
  std::array<Test, Prefixes> tests_{};
  std::size_t test_count_ = 0;
};

}  // namespace tongbao::detail
