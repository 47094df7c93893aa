#include "stop_chars.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "utf8.h"

using tongbao::detail::next_code_point;
using tongbao::detail::StopChars;

namespace {

// × (C3 97), 第 (E7 AC AC), “ (E2 80 9C), 《 (E3 80 8A): four first-two-byte pairs.
constexpr StopChars<4> kFour(U" 7×第“《");

// Every stop of `text`, by stepping next() along.
std::vector<std::size_t> stops(std::string_view text) {
  std::vector<std::size_t> at;
  for (std::size_t i = kFour.next(text, 0); i < text.size(); i = kFour.next(text, i + 1)) at.push_back(i);
  return at;
}

// The same, decoding every character: what next() must agree with.
std::vector<std::size_t> stops_by_decoding(std::string_view text) {
  std::vector<std::size_t> at;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t start = i;
    const char32_t c = next_code_point(text, i);
    if (c != 0xFFFD && kFour.holds(c)) at.push_back(start);
  }
  return at;
}

}  // namespace

TEST_CASE("StopChars stops at its characters and nowhere else", "[stop_chars]") {
  const std::string filler = "的等笔，。、—…";  // share lead bytes (E7, EF, E3, E2) with the stops
  const std::string long_filler = filler + filler + filler;
  struct Row {
    std::string text;
    std::vector<std::size_t> expected;
  } rows[] = {
      {"", {}},
      {"第", {0}},
      {"a 7", {1, 2}},
      {"×", {0}},
      {"的第", {3}},
      {"“《”》", {0, 3}},
      {filler, {}},
      {long_filler + "第", {long_filler.size()}},
      {long_filler + " " + long_filler + "7", {long_filler.size(), 2 * long_filler.size() + 1}},
      {"\xE7\xAC", {}},               // 第 cut short
      {"\xE7\xAC" + long_filler, {}},  // 第 without its last byte
      {long_filler + "\xE7\xAC", {}},
      {"\xAC\xAC" + long_filler + "《", {2 + long_filler.size()}},  // stray continuation bytes
  };
  for (const Row& row : rows) {
    INFO(row.text);
    CHECK(stops(row.text) == row.expected);
    CHECK(stops_by_decoding(row.text) == row.expected);
  }
  // Every position of a long text, against decoding.
  std::string mixed;
  for (int k = 0; k < 40; ++k) mixed += k % 7 == 0 ? "第" : k % 5 == 0 ? " x" : k % 3 == 0 ? "《的" : "，等7";
  for (std::size_t cut = 0; cut <= mixed.size(); ++cut) {
    const std::string_view text = std::string_view(mixed).substr(0, cut);
    CHECK(stops(text) == stops_by_decoding(text));
  }
  CHECK(kFour.holds(U'第'));
  CHECK(kFour.holds(U'×'));
  CHECK_FALSE(kFour.holds(U'的'));
  CHECK_FALSE(kFour.holds(U'x'));
}
