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

#include <algorithm>
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>  // the x86-64 baseline; other targets scan byte by byte
#endif

#include "scan/cpu.h"

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

#if defined(__SSE2__)
// Bit k set where p[k] may start what next_quote_or_stop stops at; reads
// p[0..17] (the third byte of each of the sixteen).
inline unsigned quote_or_stop_bits16(const char* p) {
  const __m128i e2 = _mm_set1_epi8(static_cast<char>(0xE2)), e3 = _mm_set1_epi8(static_cast<char>(0xE3));
  const __m128i ef = _mm_set1_epi8(static_cast<char>(0xEF));
  const __m128i semicolon = _mm_set1_epi8(';'), colon = _mm_set1_epi8(':');
  const __m128i bang = _mm_set1_epi8('!'), question = _mm_set1_epi8('?'), quote = _mm_set1_epi8('"');
  const __m128i fa = _mm_set1_epi8(static_cast<char>(0xFA)), f8 = _mm_set1_epi8(static_cast<char>(0xF8));
  const __m128i x98 = _mm_set1_epi8(static_cast<char>(0x98)), x82 = _mm_set1_epi8(static_cast<char>(0x82));
  const __m128i x88 = _mm_set1_epi8(static_cast<char>(0x88)), x81 = _mm_set1_epi8(static_cast<char>(0x81));
  const __m128i x9a = _mm_set1_epi8(static_cast<char>(0x9A)), xa6 = _mm_set1_epi8(static_cast<char>(0xA6));
  const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const __m128i z = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 2));
  const __m128i z_fa = _mm_and_si128(z, fa);
  __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, semicolon), _mm_cmpeq_epi8(x, colon)),
                             _mm_or_si128(_mm_cmpeq_epi8(x, bang), _mm_cmpeq_epi8(x, question)));
  hit = _mm_or_si128(hit, _mm_cmpeq_epi8(x, quote));
  hit = _mm_or_si128(hit, _mm_and_si128(_mm_cmpeq_epi8(x, e2),
                                        _mm_or_si128(_mm_cmpeq_epi8(z_fa, x98), _mm_cmpeq_epi8(z, xa6))));
  hit = _mm_or_si128(hit, _mm_and_si128(_mm_cmpeq_epi8(x, e3),
                                        _mm_or_si128(_mm_cmpeq_epi8(z, x82),
                                                     _mm_cmpeq_epi8(_mm_and_si128(z, f8), x88))));
  hit = _mm_or_si128(hit, _mm_and_si128(_mm_cmpeq_epi8(x, ef),
                                        _mm_or_si128(_mm_cmpeq_epi8(z, x81), _mm_cmpeq_epi8(z_fa, x9a))));
  return static_cast<unsigned>(_mm_movemask_epi8(hit));
}
#endif

// The first position at or after i that may start a quote “ ” ‘ ’ 《 》 「 」
// 『 』 " or a sentence or clause end 。 ；;：:！!？? … , or s.size(). Unlike a
// ByteStops on the lead bytes E2, E3 and EF, it also tests the third byte
// of those characters, so the commonest marks of all (，、（）—) do not stop
// it; a few other characters still may (the caller decodes what it stops at).
inline std::size_t next_quote_or_stop(std::string_view s, std::size_t i) {
  // For the bytes after the last sixteen-byte block (short headings end
  // there): 1 for the ASCII marks, else the lead byte whose third byte
  // decides.
  static constexpr auto kFirstByte = [] {
    std::array<unsigned char, 256> kind{};
    for (unsigned char c : {';', ':', '!', '?', '"'}) kind[c] = 1;
    kind[0xE2] = 0xE2;
    kind[0xE3] = 0xE3;
    kind[0xEF] = 0xEF;
    return kind;
  }();
  auto may_stop = [&](std::size_t k) {
    const unsigned kind = kFirstByte[static_cast<unsigned char>(s[k])];
    if (kind <= 1) return kind == 1;
    if (k + 2 >= s.size()) return false;
    const auto third = static_cast<unsigned char>(s[k + 2]);
    if (kind == 0xE2) return (third & 0xFA) == 0x98 || third == 0xA6;  // ‘ ’ “ ” (98 99 9C 9D) …
    if (kind == 0xE3) return third == 0x82 || (third & 0xF8) == 0x88;  // 。 and 〈〉《》「」『』
    return third == 0x81 || (third & 0xFA) == 0x9A;                    // ！ ：；？ (and ＞)
  };
#if defined(__SSE2__)
  for (; i + 18 <= s.size(); i += 16) {  // the third bytes are read too
    if (const unsigned mask = quote_or_stop_bits16(s.data() + i); mask != 0) {
      return i + static_cast<std::size_t>(std::countr_zero(mask));
    }
  }
#endif
  for (; i < s.size(); ++i) {
    if (may_stop(i)) return i;
  }
  return s.size();
}

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define TONGBAO_SCAN_AVX2 1
// quote_or_stop_bits64 by AVX2 (byte_scan.cc), where the CPU has it.
void quote_or_stop_bits64_avx2(const char* p, std::size_t blocks, std::uint64_t* out);
#endif

// quote_or_stop_bits16 on `blocks` runs of sixty-four bytes from p: bit k
// of out[b] set where p[64 * b + k] may start a stop. Reads 64 * blocks + 2
// bytes.
inline void quote_or_stop_bits64(const char* p, std::size_t blocks, std::uint64_t* out) {
#if defined(__SSE2__)
#ifdef TONGBAO_SCAN_AVX2
  if (cpu_has_avx2()) return quote_or_stop_bits64_avx2(p, blocks, out);
#endif
  for (std::size_t b = 0; b < blocks; ++b, p += 64) {
    std::uint64_t bits = 0;
    for (int k = 0; k < 4; ++k) bits |= std::uint64_t{quote_or_stop_bits16(p + 16 * k)} << (16 * k);
    out[b] = bits;
  }
#else
  for (std::size_t b = 0; b < blocks; ++b, p += 64) {
    const std::string_view bytes(p, 66);
    std::uint64_t bits = 0;
    for (std::size_t k = next_quote_or_stop(bytes, 0); k < 64; k = next_quote_or_stop(bytes, k + 1)) {
      bits |= std::uint64_t{1} << k;
    }
    out[b] = bits;
  }
#endif
}

// next_quote_or_stop over one text asked again and again: a paragraph read
// clause by clause, its headings then read again. Each sixty-four bytes are
// tested once, when first asked for, and their stops kept as bits: clauses
// are short, and scanning afresh from each clause end tested most bytes two
// or three times.
class QuoteOrStopScanner {
 public:
  QuoteOrStopScanner() = default;
  explicit QuoteOrStopScanner(std::string_view s) { reset(s); }

  // Scans `s` from now on (keeping the memory of the bits).
  void reset(std::string_view s) {
    s_ = s;
    tested_ = false;
  }

  // next_quote_or_stop(s, i), for any i.
  std::size_t next(std::size_t i) {
    if (!tested_) test_all();
    while (i < s_.size()) {
      const std::size_t block = i / 64;
      if (const std::uint64_t rest = bits_[block] >> (i % 64); rest != 0) {
        return i + static_cast<std::size_t>(std::countr_zero(rest));
      }
      i = (block + 1) * 64;
    }
    return s_.size();
  }

 private:
  // The readers of a paragraph scan it all, so it is tested all at once.
  void test_all() {
    tested_ = true;
    const std::size_t blocks = (s_.size() + 63) / 64;
    if (blocks > capacity_) {
      // Every word is written below: a vector's resize zeroed them first,
      // for each paragraph.
      bits_ = std::make_unique_for_overwrite<std::uint64_t[]>(blocks);
      capacity_ = blocks;
    }
    const std::size_t whole = s_.size() >= 66 ? (s_.size() - 2) / 64 : 0;  // blocks readable in place
    quote_or_stop_bits64(s_.data(), whole, bits_.get());
    // The last bytes, copied before zeros: a zero is no stop, nor the third
    // byte of one (next_quote_or_stop tests no character cut by the end).
    for (std::size_t b = whole; b < blocks; ++b) {
      char padded[66] = {};
      const std::size_t at = 64 * b;
      std::copy(s_.begin() + static_cast<std::ptrdiff_t>(at), s_.begin() + static_cast<std::ptrdiff_t>(std::min(at + 66, s_.size())), padded);
      quote_or_stop_bits64(padded, 1, &bits_[b]);
    }
  }

  std::string_view s_;
  bool tested_ = false;                      // bits_ holds s_'s bits
  std::unique_ptr<std::uint64_t[]> bits_;    // bits_[b] bit k: a stop at 64 * b + k
  std::size_t capacity_ = 0;                 // words in bits_
};

// The offset of the first ASCII digit at or after i, or s.size(). Most of a
// sentence is ideographs: sixteen bytes are tested at a time with SSE2 (the
// x86-64 baseline), else eight (a byte b with 0x2F < b < 0x3A sets its high
// bit in `hits`, the bit-hack "hasbetween").
inline std::size_t next_ascii_digit(std::string_view s, std::size_t i) {
#if defined(__SSE2__)
  // Signed comparisons: bytes of 0x80 and above are negative, below '0'.
  const __m128i below = _mm_set1_epi8('0' - 1);
  const __m128i above = _mm_set1_epi8('9' + 1);
  for (; i + 16 <= s.size(); i += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    const __m128i digits = _mm_and_si128(_mm_cmpgt_epi8(x, below), _mm_cmplt_epi8(x, above));
    if (const int mask = _mm_movemask_epi8(digits); mask != 0) return i + static_cast<std::size_t>(std::countr_zero(static_cast<unsigned>(mask)));
  }
#else
  constexpr std::uint64_t kOnes = ~std::uint64_t{0} / 255;
  constexpr std::uint64_t kLow7 = kOnes * 127;
  constexpr std::uint64_t kHigh = kOnes * 128;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t x = 0;
    std::memcpy(&x, s.data() + i, 8);
    const std::uint64_t low = x & kLow7;
    const std::uint64_t hits = (kOnes * (127 + 0x3A) - low) & ~x & (low + kOnes * (127 - 0x2F)) & kHigh;
    if (hits != 0) break;
  }
#endif
  while (i < s.size() && (s[i] < '0' || s[i] > '9')) ++i;
  return i;
}

}  // namespace tongbao::detail
