#include "scan/byte_scan.h"

#include <catch2/catch.hpp>
#include <string>

#include "test_support.h"

using tongbao::detail::ByteStops;

namespace {

constexpr ByteStops kStops(";:", {0xE3, 0xEF, 0xEF});

// The definition, a byte at a time.
std::size_t reference_next(std::string_view s, std::size_t i) {
  for (; i < s.size(); ++i) {
    if (kStops.is_stop(static_cast<unsigned char>(s[i]))) return i;
  }
  return s.size();
}

}  // namespace

TEST_CASE("ByteStops finds the next stop byte sixteen at a time or not", "[byte_scan]") {
  struct Case {
    std::string text;
    std::size_t from;
    std::size_t expected;
  };
  const Case cases[] = {
      {"", 0, 0},
      {"abc", 0, 3},
      {"ab;c", 0, 2},
      {"ab;c", 3, 4},
      {"整改情况：一是", 0, 12},                         // ： is EF BC 9A
      {"整改情况整改情况整改情况。", 0, 36},             // 。 (E3) after 36 bytes: past two blocks of 16
      {"整改情况整改情况整改情况整改情况整改情况", 0, 60},  // none: the end
      {"一二三四五六七八九十一二三四五六七八九十:", 0, 60},  // the last byte
      {"一二三四五六七八九十一二三四五六七八九十:x;", 61, 62},
      {"“引号”", 0, 12},                                 // E2 is not a stop here
      {"abcdefghijklmnopqrstuvwxyz;", 5, 26},
  };
  for (const auto& c : cases) {
    INFO(c.text << " from " << c.from);
    CHECK(kStops.next(c.text, c.from) == c.expected);
    CHECK(reference_next(c.text, c.from) == c.expected);
  }
  // Every start offset over a mixed text agrees with the byte loop.
  const std::string mixed = "根据巡察工作安排，2024年5月：一是“加强”；二是（一）强化;再如abc。结束";
  for (std::size_t i = 0; i <= mixed.size(); ++i) CHECK(kStops.next(mixed, i) == reference_next(mixed, i));
}

TEST_CASE("next_quote_or_stop stops at every quote and sentence or clause end", "[byte_scan]") {
  using tongbao::detail::next_quote_or_stop;
  // What must stop the scan, and common marks that need not.
  const char* wanted[] = {"“", "”", "‘", "’", "《", "》", "「", "」", "。", "；", "：", "！", "？", ";", ":", "!", "?", "\"", "…", "『", "』"};
  const char* others[] = {"，", "、", "（", "）", "—", "整", "a", "1", " "};
  const std::string filler = "整改，（落实）、—";
  for (const char* w : wanted) {
    for (std::size_t n = 0; n <= 40; ++n) {
      const std::string prefix = tongbao::test::whole_characters(filler, n);
      // Followed by more text, or standing at or near the end.
      for (const std::string& after : {filler + filler, std::string(), std::string("a"), std::string("整")}) {
        const std::string text = prefix + w + after;
        INFO(text);
        CHECK(next_quote_or_stop(text, 0) == prefix.size());
        if (!prefix.empty()) CHECK(next_quote_or_stop(text, prefix.size() - 1) == prefix.size());
      }
    }
  }
  std::string none;
  for (int k = 0; k < 4; ++k) {
    for (const char* o : others) none += o;
  }
  CHECK(next_quote_or_stop(none, 0) == none.size());
  CHECK(next_quote_or_stop("", 0) == 0);
  CHECK(next_quote_or_stop("ab:", 3) == 3);
}

TEST_CASE("QuoteOrStopScanner agrees with next_quote_or_stop", "[byte_scan]") {
  using tongbao::detail::next_quote_or_stop;
  using tongbao::detail::QuoteOrStopScanner;
  // Stops dense and sparse, ASCII among them, texts shorter and longer than
  // the sixty-four bytes the scanner tests at once.
  const std::string pieces[] = {"整改落实情况，巡察组反馈、问题", "“关于”", "。", "；", "a:b", "!", "《意见》", "…", "（一）", "\"x\""};
  std::string text;
  for (int round = 0; round < 12; ++round) {
    text += pieces[(round * 7) % 10];
    text += pieces[round % 10];
    text += pieces[0];
    // From each stop to the next, as a clause-by-clause reader goes.
    QuoteOrStopScanner forward(text);
    for (std::size_t i = 0; i <= text.size();) {
      const std::size_t expected = next_quote_or_stop(text, i);
      INFO(text << " at " << i);
      REQUIRE(forward.next(i) == expected);
      i = expected + 1;
    }
    // From every offset, each time with a scanner that has seen the one before.
    QuoteOrStopScanner every(text);
    for (std::size_t i = 0; i <= text.size(); ++i) {
      INFO(text << " at " << i);
      CHECK(every.next(i) == next_quote_or_stop(text, i));
      QuoteOrStopScanner fresh(text);
      CHECK(fresh.next(i) == next_quote_or_stop(text, i));
    }
  }
}

#if defined(TONGBAO_SCAN_AVX2) && defined(__SSE2__)
TEST_CASE("quote_or_stop_bits64 by AVX2 agrees with SSE2", "[byte_scan]") {
  using namespace tongbao::detail;
  if (!tongbao::detail::cpu_has_avx2()) return;
  std::string text;
  for (int k = 0; k < 8; ++k) text += "整改，“巡察”。a;b:c!d?\"e…（一）《办法》「引」『号』！：；？";
  // Then every pair of a first and a third byte, and bytes of no pattern.
  for (int first = 0; first < 256; ++first) {
    for (int third = 0; third < 256; ++third) {
      text += static_cast<char>(first);
      text += '\x80';
      text += static_cast<char>(third);
    }
  }
  std::uint32_t state = 12345;
  for (int k = 0; k < 4096; ++k) {
    state = state * 1103515245u + 12345u;
    text += static_cast<char>(state >> 24);
  }
  // Three blocks from each offset, so that both halves of each block and
  // the step between blocks are compared.
  for (std::size_t i = 0; i + 3 * 64 + 2 <= text.size(); i += (i < 2048 ? 1 : 61)) {
    std::uint64_t avx2[3];
    quote_or_stop_bits64_avx2(text.data() + i, 3, avx2);
    for (std::size_t b = 0; b < 3; ++b) {
      std::uint64_t sse2 = 0;
      for (int k = 0; k < 4; ++k) {
        sse2 |= std::uint64_t{quote_or_stop_bits16(text.data() + i + 64 * b + 16 * k)} << (16 * k);
      }
      INFO("at " << i << " block " << b);
      CHECK(avx2[b] == sse2);
    }
  }
}
#endif

TEST_CASE("next_ascii_digit finds the next ASCII digit, not a full-width one", "[byte_scan]") {
  using tongbao::detail::next_ascii_digit;
  CHECK(next_ascii_digit("", 0) == 0);
  CHECK(next_ascii_digit("罚款", 0) == 6);
  CHECK(next_ascii_digit("罚款５万元", 0) == 15);  // ５ is EF BC 95: no ASCII digit
  CHECK(next_ascii_digit("罚款5万元", 0) == 6);
  CHECK(next_ascii_digit("罚款5万元", 7) == 13);
  CHECK(next_ascii_digit("/:09", 0) == 2);      // '/' and ':' are the bytes either side of the digits
  // Every digit at every offset of the sixteen-byte blocks, from every start.
  const std::string filler = "整改，（落实）、—/:";
  for (char digit : {'0', '5', '9'}) {
    for (std::size_t n = 0; n <= 40; ++n) {
      const std::string text = tongbao::test::whole_characters(filler, n) + digit + filler;
      for (std::size_t i = 0; i <= text.size(); ++i) {
        const std::size_t expected = i <= text.size() - filler.size() - 1 ? text.size() - filler.size() - 1 : text.size();
        if (next_ascii_digit(text, i) != expected) {
          INFO(text << " from " << i);
          CHECK(next_ascii_digit(text, i) == expected);
        }
      }
    }
  }
}
