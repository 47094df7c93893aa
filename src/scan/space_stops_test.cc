#include "scan/space_stops.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "test_support.h"

using tongbao::detail::next_space_or_invisible;
using tongbao::detail::SpaceScan;

TEST_CASE("next_space_or_invisible stops at spaces, invisible and control characters", "[space_stops]") {
  const std::string ideographs = "整改落实情况整改落实情况";  // 36 bytes: past two blocks of sixteen
  CHECK(next_space_or_invisible("", 0) == 0);
  CHECK(next_space_or_invisible(ideographs, 0) == ideographs.size());
  CHECK(next_space_or_invisible(ideographs + " 一", 0) == 36);
  CHECK(next_space_or_invisible(ideographs + "\u3000一", 0) == 36);
  CHECK(next_space_or_invisible(ideographs + "\u200b一", 0) == 36);
  CHECK(next_space_or_invisible(ideographs + "\ufeff", 0) == 36);
  CHECK(next_space_or_invisible(ideographs + "\x7f", 0) == 36);
  CHECK(next_space_or_invisible("a\tb c", 2) == 3);
  // the commonest marks, the curly quotes and the dashes, do not stop it
  CHECK(next_space_or_invisible("“关于”——，。、" + ideographs, 0) == 63);
}

TEST_CASE("next_space_or_invisible's vector forms agree with the byte definition", "[space_stops]") {
  // Pieces that stop the scan and pieces that nearly do (same first bytes),
  // and every byte after E2 80, E2 81, E3 80, C2, E1 9A and EF: each at every
  // offset of the sixteen-byte steps and of the overlapping last one.
  std::vector<std::string> pieces = {" ", "\t", "\x01", "\x7f", "~", "!", "\u00a0", "\u00a1", "\u1680", "\u1690",
                                     "\u3000", "\u3001", "\u3002", "\ufeff", "\uff0c", "\u201c", "\u2026", "\u202f",
                                     "\u205f", "\u2060", "\u2070", "整", "改", "a"};
  for (int b = 0x80; b <= 0xBF; ++b) {
    for (const char* lead : {"\xE2\x80", "\xE2\x81", "\xE3\x80", "\xE1\x9A", "\xEF\xBB", "\xEF\xBC"}) {
      pieces.push_back(std::string(lead) + static_cast<char>(b));
    }
    pieces.push_back(std::string("\xC2") + static_cast<char>(b));
  }
  pieces.push_back("\xE2");  // cut sequences
  pieces.push_back("\xE3\x80");
  const std::string filler = "整改落实情况，“关于”、。abc";
  std::size_t compared = 0;
  for (const std::string& piece : pieces) {
    for (std::size_t n = 0; n <= 40; ++n) {
      const std::string prefix = tongbao::test::whole_characters(filler, n);
      for (const std::string& text : {prefix + piece, prefix + piece + filler, prefix + piece + "x"}) {
        for (std::size_t i = 0; i <= text.size(); ++i) {
          const std::size_t expected = next_space_or_invisible(text, i, SpaceScan::Bytes);
          const std::size_t sse2 = next_space_or_invisible(text, i, SpaceScan::Sse2), fastest = next_space_or_invisible(text, i);
          if (sse2 != expected || fastest != expected) {  // INFO on every pass would be slow
            INFO(text << " from " << i);
            CHECK(sse2 == expected);
            CHECK(fastest == expected);
          }
          ++compared;
        }
      }
    }
  }
  CHECK(compared > 1000000);
}
