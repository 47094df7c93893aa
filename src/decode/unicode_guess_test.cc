// bomless_utf16 held to the rule it was first written as, one unit at a time.
#include <catch2/catch.hpp>
#include <cstdint>
#include <random>
#include <string>

#include "decode/unicode_guess.h"

namespace {

// guess_utf16 (unicode_guess.cc) as first written, one unit at a time: the
// reference for the version that counts eight units at once.
std::string reference_bomless_utf16(const std::string& bytes) {
  const std::string sample = bytes.substr(0, 4096);
  const std::size_t units = sample.size() / 2;
  if (units < 4) return "";
  auto text_unit = [](std::uint16_t u) {
    return u == 0x09 || u == 0x0A || u == 0x0D || (u >= 0x20 && u <= 0x7E) || (u >= 0xA0 && u <= 0xFF) ||
           (u >= 0x2000 && u <= 0x206F) || (u >= 0x3000 && u <= 0x303F) || (u >= 0x4E00 && u <= 0x9FFF) ||
           (u >= 0xFF00 && u <= 0xFFEF);
  };
  auto text_byte = [](unsigned char b) { return (b >= 0x20 && b <= 0x7E) || b == 0x09 || b == 0x0A || b == 0x0D; };
  std::string found;
  double best = 0;
  for (bool le : {true, false}) {
    std::size_t plausible = 0, evidence = 0;
    auto unit = [&](std::size_t k) {
      const auto b0 = static_cast<unsigned char>(sample[2 * k]);
      const auto b1 = static_cast<unsigned char>(sample[2 * k + 1]);
      return static_cast<std::uint16_t>(le ? (b1 << 8) | b0 : (b0 << 8) | b1);
    };
    for (std::size_t k = 0; k < units; ++k) {
      const std::uint16_t u = unit(k);
      if (u >= 0xD800 && u <= 0xDBFF && k + 1 < units && unit(k + 1) >= 0xDC00 && unit(k + 1) <= 0xDFFF) {
        plausible += 2;
        evidence += 2;
        ++k;
        continue;
      }
      if (!text_unit(u)) continue;
      ++plausible;
      if (!(text_byte(static_cast<unsigned char>(sample[2 * k])) &&
            text_byte(static_cast<unsigned char>(sample[2 * k + 1]))))
        ++evidence;
    }
    const double share = static_cast<double>(plausible) / static_cast<double>(units);
    if (share >= 0.9 && static_cast<double>(evidence) >= 0.3 * static_cast<double>(units) && share > best) {
      best = share;
      found = le ? "UTF-16LE" : "UTF-16BE";
    }
  }
  return found;
}

}  // namespace

TEST_CASE("bomless_utf16 decides as the unit-at-a-time rule does", "[decode]") {
  std::mt19937 random(16);
  // Units near the thresholds: text classes, ASCII pairs, controls, other
  // CJK, surrogate pairs and lone surrogates, in both byte orders.
  const std::uint16_t kinds[][2] = {{0x4E00, 0x9FFF}, {0x3000, 0x303F}, {0x2000, 0x206F}, {0x20, 0x7E},
                                    {0xA0, 0xFF},     {0xFF00, 0xFFEF}, {0x2020, 0x7E7E}, {0x0000, 0x001F},
                                    {0xA000, 0xD7FF}, {0xD800, 0xDBFF}, {0xDC00, 0xDFFF}, {0xE000, 0xFEFF}};
  std::size_t decided = 0;
  for (int round = 0; round < 4000; ++round) {
    const bool big_endian = random() % 2;
    const std::size_t count = random() % 2300;
    const auto rare = static_cast<unsigned>(1 + random() % 40);  // how often a unit is of a rarer kind
    std::string bytes;
    for (std::size_t k = 0; k < count; ++k) {
      const std::size_t kind = random() % 100 < 100 - rare ? random() % 5 : random() % std::size(kinds);
      auto u = static_cast<std::uint16_t>(kinds[kind][0] + random() % (kinds[kind][1] - kinds[kind][0] + 1u));
      if (kind == 9 && random() % 3) {  // mostly a whole pair
        const auto low = static_cast<std::uint16_t>(0xDC00 + random() % 0x400);
        for (std::uint16_t w : {u, low}) {
          bytes += static_cast<char>(big_endian ? w >> 8 : w & 0xFF);
          bytes += static_cast<char>(big_endian ? w & 0xFF : w >> 8);
        }
        continue;
      }
      bytes += static_cast<char>(big_endian ? u >> 8 : u & 0xFF);
      bytes += static_cast<char>(big_endian ? u & 0xFF : u >> 8);
    }
    if (random() % 2) bytes += static_cast<char>(random());  // an odd length
    INFO(round);
    const std::string want = reference_bomless_utf16(bytes);
    CHECK(std::string(tongbao::detail::bomless_utf16(bytes)) == want);
    decided += !want.empty();
  }
  CHECK(decided > 500);  // both answers were tested
  CHECK(decided < 3500);
  for (const std::string& text : {std::string("中文（一）abc 123"), std::string(3000, 'a'), std::string()})
    CHECK(std::string(tongbao::detail::bomless_utf16(text)) == reference_bomless_utf16(text));
}
