// stop_bits.h - where the characters that can start a date, a number, a
// title or a sentence end stand in a span, and which rarer characters the
// span holds at all, found once for all the scans of the annotate stage.
//
// find_dates, scan_entities and split_sentences each jump from one ASCII
// character or character led by E3 (。《》〔) or EF (！，０-９) to the next
// and step over the ideographs between (next_ascii_or_e3_ef()). Searching
// for those bytes once per span, one bit per byte, spares each scan its own
// search: finding the next stop is then a few bit operations. The same pass
// marks each 年 (where dates in Chinese numerals end their year), each
// sentence end (。！？；!?;), and the stops a date scan needs (digits, points
// and sentence ends), and notes whether the span holds 元, 《, a percent
// sign, a digit or an '@': each scan used to search the span again for them
// or to stop at every punctuation mark.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

#if defined(__SSE2__)
#include <immintrin.h>  // SSE2, the x86-64 baseline, and AVX2 where the processor has it; other targets test byte by byte
#endif

#include "scan/cpu.h"

namespace tongbao::detail {

// The offset of the first byte at or after i that is ASCII or the lead byte
// E3 (。《》) or EF (！？；), or s.size(): all that sentence ends and titles
// can start with. StopBits answers this for a whole span at once; this
// one-position form is the reference its tests hold it to. No decoder reads those bytes as part of another
// character, so the result is always where a character starts. Sixteen
// bytes at a time with SSE2 (the x86-64 baseline), else eight with the
// bit-hack "haszero" on x ^ 0xE3E3...
inline std::size_t next_ascii_or_e3_ef(std::string_view s, std::size_t i) {
#if defined(__SSE2__)
  const __m128i e3 = _mm_set1_epi8(static_cast<char>(0xE3));
  const __m128i ef = _mm_set1_epi8(static_cast<char>(0xEF));
  for (; i + 16 <= s.size(); i += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    const __m128i leads = _mm_or_si128(_mm_cmpeq_epi8(x, e3), _mm_cmpeq_epi8(x, ef));
    const auto hits = static_cast<unsigned>((~_mm_movemask_epi8(x) | _mm_movemask_epi8(leads)) & 0xFFFF);
    if (hits != 0) return i + static_cast<std::size_t>(__builtin_ctz(hits));
  }
#else
  constexpr std::uint64_t kOnes = ~std::uint64_t{0} / 255;
  constexpr std::uint64_t kHigh = kOnes * 0x80;
  auto has_zero_byte = [](std::uint64_t v) { return ((v - kOnes) & ~v & kHigh) != 0; };
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t x = 0;
    std::memcpy(&x, s.data() + i, 8);
    if ((~x & kHigh) != 0 || has_zero_byte(x ^ (kOnes * 0xE3)) || has_zero_byte(x ^ (kOnes * 0xEF))) break;
  }
#endif
  while (i < s.size()) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80 || b == 0xE3 || b == 0xEF) break;
    ++i;
  }
  return i;
}

class StopBits {
  // The marks, each words_per_mark_ words of one bit per byte.
  enum Mark : std::size_t { kStops, kYears, kSentenceEnds, kDateStops, kMarks };

 public:
  // Nothing marked: next() and the others answer as for an empty text.
  StopBits() = default;
  // The marks of s, held by this object.
  explicit StopBits(std::string_view s) : own_(words_for(s.size()), 0) { mark(s, own_.data()); }
  // The marks of s written into `block` (words_for(s.size()) words, all
  // zero, which must outlive this object), read from there: how SpanStops
  // keeps the marks of all the spans of a document in one block.
  StopBits(std::string_view s, std::uint64_t* block) { mark(s, block); }

  // How many words of marks a text of `size` bytes takes.
  static constexpr std::size_t words_for(std::size_t size) { return kMarks * ((size + 63) / 64); }

  // Copies would read the original's words: moves only (a moved vector
  // keeps its buffer, so view_ stays right).
  StopBits(StopBits&&) = default;
  StopBits& operator=(StopBits&&) = default;
  StopBits(const StopBits&) = delete;
  StopBits& operator=(const StopBits&) = delete;

 private:
  // Marks s into `block` (zero on entry) and reads from there.
  void mark(std::string_view s, std::uint64_t* block) {
    view_ = block;
    size_ = s.size();
    words_per_mark_ = (s.size() + 63) / 64;
    std::uint64_t* marks[kMarks];
    for (std::size_t m = 0; m < kMarks; ++m) marks[m] = block + m * words_per_mark_;
    std::size_t i = 0;
#if defined(__SSE2__)
    Flags flags;
    // Whole words of 64 bytes, 32 at a time, where the processor has AVX2.
    if (cpu_has_avx2() && s.size() >= 64 + 2) {
      const std::size_t words = (s.size() - 2) / 64;
      scan_words_avx2(s.data(), words, marks, flags);
      i = words * 64;
    }
    // i is a multiple of 16: sixteen bits never straddle two words.
    auto put = [&](std::size_t at, const Block& b, std::uint64_t keep) {
      for (std::size_t m = 0; m < kMarks; ++m) marks[m][at >> 6] |= (b.bits[m] & keep) << (at & 63);
    };
    for (; i + 18 <= s.size(); i += 16) put(i, scan_block(s.data() + i, flags), 0xFFFF);
    // The last bytes from a copy padded with NUL bytes (which would count
    // as ASCII stops and start nothing else): bits past the end dropped.
    for (; i < s.size(); i += 16) {
      char tail[16 + 2 + 16] = {};
      std::memcpy(tail, s.data() + i, s.size() - i);
      put(i, scan_block(tail, flags), s.size() - i >= 16 ? 0xFFFF : (std::uint64_t{1} << (s.size() - i)) - 1);
      if (s.size() - i > 16) {  // at most 17 bytes were left
        put(i + 16, scan_block(tail + 16, flags), 1);
        break;
      }
    }
    money_ = _mm_movemask_epi8(flags.yuan) != 0;
    title_ = _mm_movemask_epi8(flags.title) != 0;
    percent_ = _mm_movemask_epi8(flags.percent) != 0;
    number_or_email_ = _mm_movemask_epi8(flags.number_or_email) != 0;
#else
    for (; i < s.size(); ++i) {
      const auto b = static_cast<unsigned char>(s[i]);
      const std::string_view at = s.substr(i);
      const std::uint64_t bit = std::uint64_t{1} << (i & 63);
      if (b < 0x80 || b == 0xE3 || b == 0xEF) marks[kStops][i >> 6] |= bit;
      if (at.starts_with("年")) marks[kYears][i >> 6] |= bit;
      const bool sentence_end = b == '!' || b == '?' || b == ';' || at.starts_with("。") || at.starts_with("！") ||
                                at.starts_with("？") || at.starts_with("；");
      if (sentence_end) marks[kSentenceEnds][i >> 6] |= bit;
      const bool digit = (b >= '0' && b <= '9') || (at.size() >= 3 && b == 0xEF && static_cast<unsigned char>(at[1]) == 0xBC &&
                                                    static_cast<unsigned char>(at[2]) - 0x90u < 10);
      if (sentence_end || digit || b == '.' || at.starts_with("．")) marks[kDateStops][i >> 6] |= bit;
      money_ = money_ || at.starts_with("元");
      title_ = title_ || at.starts_with("《");
      percent_ = percent_ || b == '%' || at.starts_with("％");
      number_or_email_ = number_or_email_ || (b >= '0' && b <= '9') || b == '@' ||
                         (at.size() >= 3 && b == 0xEF && static_cast<unsigned char>(at[1]) == 0xBC &&
                          static_cast<unsigned char>(at[2]) - 0x90u < 10);
    }
#endif
  }

 public:
  // next_ascii_or_e3_ef(s, i) for the s this was built from: the first
  // offset at or after i whose byte is ASCII, E3 or EF, or s.size().
  std::size_t next(std::size_t i) const { return next_or_size(kStops, i); }
  // s.find("年", i) for the s this was built from.
  std::size_t next_year_mark(std::size_t i) const { return next_bit(kYears, i); }
  // The first offset at or after i where a sentence end (。！？；!?;) starts,
  // or s.size().
  std::size_t next_sentence_end(std::size_t i) const { return next_or_size(kSentenceEnds, i); }
  // The first offset at or after i where a digit (ASCII or full-width), a
  // point (. or ．) or a sentence end starts, or s.size(): the stops that
  // matter to a date scan away from 年.
  std::size_t next_date_stop(std::size_t i) const { return next_or_size(kDateStops, i); }

  // Does s hold 元 (which every amount ends with), 《, a percent sign (%
  // or ％), a digit (ASCII or full-width) or an '@'?
  bool may_hold_money() const { return money_; }
  bool may_hold_title() const { return title_; }
  bool may_hold_percent() const { return percent_; }
  bool may_hold_number_or_email() const { return number_or_email_; }

 private:
  const std::uint64_t* data() const { return view_; }

  std::size_t next_or_size(Mark mark, std::size_t i) const {
    const std::size_t at = next_bit(mark, i);
    return at == std::string_view::npos ? size_ : at;
  }
  // The first set bit of `mark` at or after i, or npos.
  std::size_t next_bit(Mark mark, std::size_t i) const {
    if (i >= size_) return std::string_view::npos;
    const std::uint64_t* words = data() + mark * words_per_mark_;
    std::size_t w = i >> 6;
    std::uint64_t bits = words[w] & (~std::uint64_t{0} << (i & 63));
    while (bits == 0) {
      if (++w == words_per_mark_) return std::string_view::npos;
      bits = words[w];
    }
    return (w << 6) + static_cast<std::size_t>(__builtin_ctzll(bits));
  }

#if defined(__SSE2__)
  struct Flags {
    __m128i yuan = _mm_setzero_si128();
    __m128i title = _mm_setzero_si128();
    __m128i percent = _mm_setzero_si128();
    __m128i number_or_email = _mm_setzero_si128();
  };
  struct Block {
    std::uint64_t bits[kMarks];  // sixteen bits of each mark
  };
  // The bytes scan_words_avx2() compares with, each in all 32 places.
  struct ByteVectors {
    __m256i byte_e3, byte_ef, byte_e5, byte_80, byte_bc, byte_85, byte_83, byte_8a;
    __m256i percent_sign, at_sign, byte_b9, byte_b4, exclamation, question, semicolon, byte_82;
    __m256i byte_81, byte_9f, byte_9b, point_sign, byte_8e, below_0, above_9, below_90, above_99;
  };
  [[gnu::target("avx2")]] static const ByteVectors& byte_vectors() {
    static const ByteVectors vectors{
        splat256(0xE3), splat256(0xEF), splat256(0xE5), splat256(0x80),
        splat256(0xBC), splat256(0x85), splat256(0x83), splat256(0x8A),
        splat256('%'), splat256('@'), splat256(0xB9), splat256(0xB4),
        splat256('!'), splat256('?'), splat256(';'), splat256(0x82),
        splat256(0x81), splat256(0x9F), splat256(0x9B), splat256('.'),
        splat256(0x8E), splat256('0' - 1), splat256('9' + 1), splat256(0x90 - 1),
        splat256(0x99 + 1)};
    return vectors;
  }
  // The 64 * `words` places at p (and the two bytes after them), into the
  // first `words` words of each mark; what else starts there into `flags`.
  [[gnu::target("avx2")]] static void scan_words_avx2(const char* p, std::size_t words, std::uint64_t* const* marks,
                                                      Flags& flags) {
    // The constants, made once for all spans and read from memory by the
    // comparisons themselves: made here, the compiler (out of registers)
    // would make each anew (mov, vmovd, vpbroadcastb) at every use.
    const ByteVectors& k = byte_vectors();
    __m256i yuan = _mm256_setzero_si256(), title = _mm256_setzero_si256();
    __m256i percent = _mm256_setzero_si256(), number_or_email = _mm256_setzero_si256();
    for (std::size_t w = 0; w < words; ++w) {
      std::uint64_t bits[kMarks] = {};
      for (std::size_t half = 0; half < 2; ++half) {
        const char* q = p + w * 64 + half * 32;
        const __m256i x0 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(q));
        const __m256i x1 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(q + 1));
        const __m256i x2 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(q + 2));
        const __m256i e3 = eq256(x0, k.byte_e3), ef = eq256(x0, k.byte_ef), e5 = eq256(x0, k.byte_e5);
        const __m256i e3_80 = _mm256_and_si256(e3, eq256(x1, k.byte_80));
        const __m256i full_width = _mm256_and_si256(ef, eq256(x1, k.byte_bc));
        const __m256i digits = _mm256_or_si256(between256(x0, k.below_0, k.above_9),
                                               _mm256_and_si256(full_width, between256(x2, k.below_90, k.above_99)));
        yuan = _mm256_or_si256(yuan,
                               _mm256_and_si256(e5, _mm256_and_si256(eq256(x1, k.byte_85), eq256(x2, k.byte_83))));
        title = _mm256_or_si256(title, _mm256_and_si256(e3_80, eq256(x2, k.byte_8a)));
        percent = _mm256_or_si256(
            percent, _mm256_or_si256(eq256(x0, k.percent_sign), _mm256_and_si256(full_width, eq256(x2, k.byte_85))));
        number_or_email = _mm256_or_si256(number_or_email, _mm256_or_si256(digits, eq256(x0, k.at_sign)));
        const __m256i year = _mm256_and_si256(e5, _mm256_and_si256(eq256(x1, k.byte_b9), eq256(x2, k.byte_b4)));
        const __m256i sentence_end = _mm256_or_si256(
            _mm256_or_si256(_mm256_or_si256(eq256(x0, k.exclamation), eq256(x0, k.question)),
                            _mm256_or_si256(eq256(x0, k.semicolon), _mm256_and_si256(e3_80, eq256(x2, k.byte_82)))),
            _mm256_and_si256(full_width,
                             _mm256_or_si256(_mm256_or_si256(eq256(x2, k.byte_81), eq256(x2, k.byte_9f)),
                                             eq256(x2, k.byte_9b))));
        const __m256i point =
            _mm256_or_si256(eq256(x0, k.point_sign), _mm256_and_si256(full_width, eq256(x2, k.byte_8e)));
        const __m256i date_stop = _mm256_or_si256(_mm256_or_si256(sentence_end, digits), point);
        const unsigned shift = static_cast<unsigned>(half * 32);
        // ASCII bytes have their top bit clear: the complement of movemask.
        bits[kStops] |= ((~bits32(x0) & 0xFFFFFFFFu) | bits32(_mm256_or_si256(e3, ef))) << shift;
        bits[kYears] |= bits32(year) << shift;
        bits[kSentenceEnds] |= bits32(sentence_end) << shift;
        bits[kDateStops] |= bits32(date_stop) << shift;
      }
      for (std::size_t m = 0; m < kMarks; ++m) marks[m][w] = bits[m];
    }
    flags.yuan = _mm_or_si128(flags.yuan, fold(yuan));
    flags.title = _mm_or_si128(flags.title, fold(title));
    flags.percent = _mm_or_si128(flags.percent, fold(percent));
    flags.number_or_email = _mm_or_si128(flags.number_or_email, fold(number_or_email));
  }
  [[gnu::target("avx2")]] static std::uint64_t bits32(__m256i v) {
    return std::uint64_t{static_cast<std::uint32_t>(_mm256_movemask_epi8(v))};
  }
  [[gnu::target("avx2")]] static __m128i fold(__m256i v) {
    return _mm_or_si128(_mm256_castsi256_si128(v), _mm256_extracti128_si256(v, 1));
  }
  [[gnu::target("avx2")]] static __m256i eq256(__m256i x, __m256i byte) { return _mm256_cmpeq_epi8(x, byte); }
  // Signed comparisons: bytes of 0x80 and above are negative. `below` and
  // `above` are splat256() of the bytes just outside the range.
  [[gnu::target("avx2")]] static __m256i between256(__m256i x, __m256i below, __m256i above) {
    return _mm256_and_si256(_mm256_cmpgt_epi8(x, below), _mm256_cmpgt_epi8(above, x));
  }
  // `byte` in each of the 32 places.
  [[gnu::target("avx2")]] static __m256i splat256(int byte) { return _mm256_set1_epi8(static_cast<char>(byte)); }

  // The sixteen places at p (p[16] and p[17] are read too): which are
  // stops, which start 年, a sentence end or a date stop; what else starts
  // there is or-ed into `flags`.
  static Block scan_block(const char* p, Flags& flags) {
    const __m128i x0 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const __m128i x1 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 1));
    const __m128i x2 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 2));
    auto eq = [](__m128i x, int byte) { return _mm_cmpeq_epi8(x, _mm_set1_epi8(static_cast<char>(byte))); };
    // Signed comparisons: bytes of 0x80 and above are negative.
    auto between = [](__m128i x, int low, int high) {
      return _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8(static_cast<char>(low - 1))),
                           _mm_cmplt_epi8(x, _mm_set1_epi8(static_cast<char>(high + 1))));
    };
    const __m128i e3 = eq(x0, 0xE3), ef = eq(x0, 0xEF), e5 = eq(x0, 0xE5);
    const __m128i e3_80 = _mm_and_si128(e3, eq(x1, 0x80));       // 、。《》「」 ...: E3 80 xx
    const __m128i full_width = _mm_and_si128(ef, eq(x1, 0xBC));  // ！ to ｟: EF BC xx
    // 元 E5 85 83, 《 E3 80 8A, ％ EF BC 85, ０-９ EF BC 90-99, 年 E5 B9 B4,
    // 。 E3 80 82, ！ EF BC 81, ？ EF BC 9F, ； EF BC 9B, ． EF BC 8E.
    const __m128i digits = _mm_or_si128(
        between(x0, '0', '9'),
        _mm_and_si128(full_width, between(x2, static_cast<signed char>(0x90), static_cast<signed char>(0x99))));
    flags.yuan = _mm_or_si128(flags.yuan, _mm_and_si128(e5, _mm_and_si128(eq(x1, 0x85), eq(x2, 0x83))));
    flags.title = _mm_or_si128(flags.title, _mm_and_si128(e3_80, eq(x2, 0x8A)));
    flags.percent = _mm_or_si128(flags.percent, _mm_or_si128(eq(x0, '%'), _mm_and_si128(full_width, eq(x2, 0x85))));
    flags.number_or_email = _mm_or_si128(flags.number_or_email, _mm_or_si128(digits, eq(x0, '@')));
    const __m128i year = _mm_and_si128(e5, _mm_and_si128(eq(x1, 0xB9), eq(x2, 0xB4)));
    const __m128i sentence_end = _mm_or_si128(
        _mm_or_si128(_mm_or_si128(eq(x0, '!'), eq(x0, '?')), _mm_or_si128(eq(x0, ';'), _mm_and_si128(e3_80, eq(x2, 0x82)))),
        _mm_and_si128(full_width, _mm_or_si128(_mm_or_si128(eq(x2, 0x81), eq(x2, 0x9F)), eq(x2, 0x9B))));
    const __m128i point = _mm_or_si128(eq(x0, '.'), _mm_and_si128(full_width, eq(x2, 0x8E)));
    const __m128i date_stop = _mm_or_si128(_mm_or_si128(sentence_end, digits), point);
    // ASCII bytes have their top bit clear: the complement of movemask.
    const auto stops = static_cast<unsigned>((~_mm_movemask_epi8(x0) | _mm_movemask_epi8(_mm_or_si128(e3, ef))) & 0xFFFF);
    Block b{};
    b.bits[kStops] = stops;
    b.bits[kYears] = static_cast<unsigned>(_mm_movemask_epi8(year));
    b.bits[kSentenceEnds] = static_cast<unsigned>(_mm_movemask_epi8(sentence_end));
    b.bits[kDateStops] = static_cast<unsigned>(_mm_movemask_epi8(date_stop));
    return b;
  }
#endif

  std::vector<std::uint64_t> own_;        // the words, when this object holds them
  const std::uint64_t* view_ = nullptr;  // where the words are: own_ or a block
  std::size_t size_ = 0;
  std::size_t words_per_mark_ = 0;  // words of stop bits, then as many of 年 bits, ...
  bool money_ = false;
  bool title_ = false;
  bool percent_ = false;
  bool number_or_email_ = false;
};

// May the character at i (a stop of StopBits: ASCII, or led by E3 or EF)
// start what the byte scan of scan_numbers() (entities.cc) reads: a digit
// (ASCII or full-width), an '@', a point (. or ．, which keeps the digits
// around it together) or an opening bracket of a phone or a document
// number's year ( ( （ [ ［ 【 〔 〖 )? Tested on the bytes, without decoding:
// the commonest punctuation (，、。：) starts none. True also for 】〒〓〕
// (E3 80 91-95, between 【 and 〖): one range test is cheaper, and an extra
// stop only costs the scan a look.
inline bool may_start_number(std::string_view s, std::size_t i) {
  const auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) return (b >= '0' && b <= '9') || b == '@' || b == '(' || b == '[' || b == '.';
  if (i + 2 >= s.size()) return false;  // three bytes needed
  const auto b1 = static_cast<unsigned char>(s[i + 1]), b2 = static_cast<unsigned char>(s[i + 2]);
  if (b == 0xE3) return b1 == 0x80 && b2 >= 0x90 && b2 <= 0x96;
  // （ EF BC 88, ． EF BC 8E, ０-９ EF BC 90-99 (and ／ 8F between), ［ EF BC BB.
  return b == 0xEF && b1 == 0xBC && (b2 == 0x88 || (b2 >= 0x8E && b2 <= 0x99) || b2 == 0xBB);
}

}  // namespace tongbao::detail
