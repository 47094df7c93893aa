#include "scan/utf16_units.h"

#include <catch2/catch.hpp>
#include <cstdint>
#include <string>

using tongbao::detail::ascii_text_byte;
using tongbao::detail::count_eight_utf16_units;
using tongbao::detail::plausible_utf16_text_unit;

namespace {

// Eight units as bytes, in the order asked.
std::string units_as_bytes(const std::uint16_t (&units)[8], bool big_endian) {
  std::string bytes;
  for (std::uint16_t u : units) {
    const auto high = static_cast<char>(u >> 8), low = static_cast<char>(u & 0xFF);
    bytes += big_endian ? high : low;
    bytes += big_endian ? low : high;
  }
  return bytes;
}

}  // namespace

TEST_CASE("plausible_utf16_text_unit takes the classes text is made of", "[utf16_units]") {
  for (int u : {0x09, 0x0A, 0x0D, 0x20, 0x7E, 0xA0, 0xFF, 0x2000, 0x206F, 0x3000, 0x303F, 0x4E00, 0x9FFF, 0xFF00, 0xFFEF}) {
    CHECK(plausible_utf16_text_unit(static_cast<std::uint16_t>(u)));
  }
  for (int u : {0x00, 0x08, 0x0B, 0x1F, 0x7F, 0x9F, 0x100, 0x1FFF, 0x2070, 0x3040, 0x4DFF, 0xA000, 0xD800, 0xFEFF, 0xFFF0}) {
    CHECK_FALSE(plausible_utf16_text_unit(static_cast<std::uint16_t>(u)));
  }
  CHECK(ascii_text_byte('a'));
  CHECK(ascii_text_byte('\t'));
  CHECK_FALSE(ascii_text_byte(0x00));
  CHECK_FALSE(ascii_text_byte(0x7F));
  CHECK_FALSE(ascii_text_byte(0x80));
}

TEST_CASE("count_eight_utf16_units counts as the unit-by-unit test does", "[utf16_units]") {
  // Units around every boundary of the classes, and the surrogates.
  const std::uint16_t edges[] = {0x00, 0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x0E, 0x1F, 0x20, 0x41, 0x7E, 0x7F, 0x9F,
                                 0xA0, 0xFF, 0x100, 0x1FFF, 0x2000, 0x206F, 0x2070, 0x2FFF, 0x3000, 0x303F, 0x3040,
                                 0x4DFF, 0x4E00, 0x6539, 0x9FFF, 0xA000, 0xD7FF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF,
                                 0xE000, 0xFEFF, 0xFF00, 0xFFEF, 0xFFF0, 0xFFFF, 0x2020, 0x0A0D, 0x4141};
  std::size_t compared = 0;
  for (std::uint16_t a : edges) {
    for (std::uint16_t b : edges) {
      const std::uint16_t units[8] = {a, 0x6539, b, 0x0041, a, b, 0x3002, a};
      for (bool big_endian : {false, true}) {
        const std::string bytes = units_as_bytes(units, big_endian);
        bool surrogate = false;
        std::size_t plausible = 0, evidence = 0;
        for (int k = 0; k < 8; ++k) {
          surrogate = surrogate || (units[k] >= 0xD800 && units[k] <= 0xDFFF);
          if (!plausible_utf16_text_unit(units[k])) continue;
          ++plausible;
          if (!(ascii_text_byte(static_cast<unsigned char>(bytes[2 * k])) &&
                ascii_text_byte(static_cast<unsigned char>(bytes[2 * k + 1]))))
            ++evidence;
        }
        std::size_t counted_plausible = 100, counted_evidence = 200;  // added to, not set
        const bool counted = count_eight_utf16_units(bytes.data(), big_endian, counted_plausible, counted_evidence);
        CHECK(counted == !surrogate);
        CHECK(counted_plausible == 100 + (surrogate ? 0 : plausible));
        CHECK(counted_evidence == 200 + (surrogate ? 0 : evidence));
        ++compared;
      }
    }
  }
  CHECK(compared == 2 * std::size(edges) * std::size(edges));
  // 改 (U+6539) little-endian is 39 65, "9e": plausible, yet two ASCII bytes, so no evidence.
  const std::uint16_t ascii_like[8] = {0x6539, 0x6539, 0x6539, 0x6539, 0x6539, 0x6539, 0x6539, 0x6539};
  std::size_t plausible = 0, evidence = 0;
  CHECK(count_eight_utf16_units(units_as_bytes(ascii_like, false).data(), false, plausible, evidence));
  CHECK(plausible == 8);
  CHECK(evidence == 0);
}
