#include "scan/byte_count.h"

#include <catch2/catch.hpp>
#include <string>

#include "test_support.h"

using tongbao::detail::count_continuation_bytes;
using tongbao::detail::count_continuation_bytes_between;
using tongbao::detail::count_control_bytes;
using namespace std::string_literals;

namespace {

// The definitions, a byte at a time.
std::size_t reference_continuation(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) == 0x80;
  return n;
}

tongbao::detail::ControlCounts reference_controls(std::string_view s) {
  tongbao::detail::ControlCounts counts;
  for (char c : s) {
    const auto b = static_cast<unsigned char>(c);
    if (b == 0) ++counts.nuls;
    else if ((b < 0x20 && b != '\t' && b != '\n' && b != '\v' && b != '\f' && b != '\r' && b != 0x1B) || b == 0x7F)
      ++counts.controls;
  }
  return counts;
}

}  // namespace

TEST_CASE("count_continuation_bytes counts the bytes 80..BF", "[byte_count]") {
  CHECK(count_continuation_bytes("") == 0);
  CHECK(count_continuation_bytes("abc") == 0);
  CHECK(count_continuation_bytes("整改") == 4);                  // two of each three
  CHECK(count_continuation_bytes("\xC2\xA0\U00020000") == 4);  // 1 + 3
  CHECK(count_continuation_bytes("\x80\xBF\xC0\x7F") == 2);    // stray ones count, C0 and 7F do not
  // 4,100 characters of three bytes: past the 255 steps of the byte counters
  std::string long_text;
  for (int k = 0; k < 4100; ++k) long_text += "改";
  CHECK(count_continuation_bytes(long_text) == 8200);
  CHECK(count_continuation_bytes_between(long_text, 0, long_text.size()) == 8200);
  CHECK(count_continuation_bytes_between(long_text, 3, 3 + 300) == 200);
}

TEST_CASE("count_continuation_bytes_between agrees with the byte loop on every stretch", "[byte_count]") {
  const std::string text = tongbao::test::whole_characters("根据巡察工作安排，2024年5月：一是“加强”\xC2\xA0" "abc\U00020000。", 120);
  for (std::size_t from = 0; from <= text.size(); ++from) {
    for (std::size_t to = from; to <= text.size(); ++to) {
      const std::string_view stretch = std::string_view(text).substr(from, to - from);
      if (count_continuation_bytes_between(text, from, to) != reference_continuation(stretch) ||
          count_continuation_bytes(stretch) != reference_continuation(stretch)) {
        INFO("from " << from << " to " << to);
        CHECK(count_continuation_bytes_between(text, from, to) == reference_continuation(stretch));
        CHECK(count_continuation_bytes(stretch) == reference_continuation(stretch));
      }
    }
  }
}

TEST_CASE("count_control_bytes counts NULs and control bytes but the allowed ones", "[byte_count]") {
  // Every byte value at every offset of a sixteen-byte block and of the tail.
  std::size_t compared = 0;
  for (int b = 0; b < 256; ++b) {
    for (std::size_t before = 0; before <= 33; ++before) {
      const std::string text = std::string(before, 'x') + static_cast<char>(b) + "\x01\t\n\x1B\x7F\x00 整改"s + std::string(before % 7, '\0');
      const auto counts = count_control_bytes(text);
      const auto expected = reference_controls(text);
      if (counts.nuls != expected.nuls || counts.controls != expected.controls) {
        INFO("byte " << b << " after " << before);
        CHECK(counts.nuls == expected.nuls);
        CHECK(counts.controls == expected.controls);
      }
      ++compared;
    }
  }
  CHECK(compared == 256 * 34);
  const auto counts = count_control_bytes("a\0b\x01\x02\t\n\r\v\f\x1B\x7F\x1F"s);
  CHECK(counts.nuls == 1);
  CHECK(counts.controls == 4);  // 01 02 7F 1F
}
