#include "scan/json_plain.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "test_support.h"
#include "text/utf8.h"

using tongbao::detail::json_plain_end;
using namespace std::string_literals;

namespace {

// The definition, a character at a time: ASCII but the bytes to escape,
// and well-formed UTF-8 sequences.
std::size_t reference_plain_end(std::string_view s, std::size_t i) {
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if (c < 0x20 || c == '"' || c == '\\') return i;
      ++i;
      continue;
    }
    const std::size_t length = tongbao::detail::well_formed_length(s, i);
    if (length == 0) return i;
    i += length;
  }
  return i;
}

}  // namespace

TEST_CASE("json_plain_end stops at what a JSON string cannot hold as it is", "[json_plain]") {
  CHECK(json_plain_end("") == 0);
  CHECK(json_plain_end("整改落实情况") == 18);
  CHECK(json_plain_end("整改\"落实") == 6);
  CHECK(json_plain_end("整改落实情况整改落实情况\\n") == 36);  // past two blocks of sixteen
  CHECK(json_plain_end("整改落实情况整改落实情况\n") == 36);
  CHECK(json_plain_end("整改落实情况整改落实情况\xED\xA0\x80") == 36);  // a surrogate
  CHECK(json_plain_end("整改落实情况整改落实情况\xE6\x94") == 36);      // cut short by the end
  CHECK(json_plain_end("整改落实情况\U00020000整改落实情况") == 40);  // four bytes, well-formed
  CHECK(json_plain_end("a\x7f" "b") == 3);                            // DEL needs no escape
}

TEST_CASE("json_plain_end agrees with the character loop at every offset", "[json_plain]") {
  // What ends a plain run, and what nearly does, at every offset of the
  // sixteen-byte blocks, the runs of blocks and the last bytes.
  const std::vector<std::string> pieces = {
      "\"", "\\", "\n", "\x1f", "\0"s, " ", "\x7f", "\xC2\xA0", "\xDF\xBF", "\xC1\xBF", "\xC0\x80",
      "\xE0\xA0\x80", "\xE0\x9F\xBF", "\xED\x9F\xBF", "\xED\xA0\x80", "\xEE\x80\x80", "\xEF\xBF\xBD",
      "\xF0\x90\x80\x80", "\xF0\x8F\xBF\xBF", "\xF4\x8F\xBF\xBF", "\xF4\x90\x80\x80", "\xF5\x80\x80\x80",
      "\x80", "\xBF", "\xE6", "\xE6\x94", "\xE6\x94\x41", "\xC3", "\xC3\x41", "\xFF", "改", "“", "a"};
  const std::string filler = "整改落实情况，“关于”、。abc";
  std::size_t compared = 0;
  for (const std::string& piece : pieces) {
    for (std::size_t n = 0; n <= 40; ++n) {
      const std::string prefix = tongbao::test::whole_characters(filler, n);
      for (const std::string& text : {prefix + piece, prefix + piece + filler, piece + prefix, prefix + piece + "x"}) {
        for (std::size_t i = 0; i <= text.size(); ++i) {
          // json_plain_end starts at character boundaries only
          if (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
          const std::size_t expected = reference_plain_end(text, i);
          if (json_plain_end(text, i) != expected) {
            INFO(text << " from " << i);
            CHECK(json_plain_end(text, i) == expected);
          }
          // Both vector paths, whichever json_plain_end takes here.
          if (tongbao::detail::json_plain::plain_end<false>(text, i) != expected) {
            INFO(text << " from " << i << " (SSE2)");
            CHECK(tongbao::detail::json_plain::plain_end<false>(text, i) == expected);
          }
          if (tongbao::detail::cpu_has_avx2() && tongbao::detail::json_plain::plain_end<true>(text, i) != expected) {
            INFO(text << " from " << i << " (AVX2)");
            CHECK(tongbao::detail::json_plain::plain_end<true>(text, i) == expected);
          }
          ++compared;
        }
      }
    }
  }
  CHECK(compared > 60000);
  if (!tongbao::detail::cpu_has_avx2()) WARN("SKIPPED: the AVX2 path (this processor has no AVX2)");
}
