#include "scan/stop_chars.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "text/utf8.h"

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

TEST_CASE("StopChars tests prefixes one bit apart as one and still stops exactly", "[stop_chars]") {
  // ＊ (EF BC 8A) and ｘ (EF BD 98): second bytes one bit apart, tested as
  // one; their neighbours (，EF BC 8C, ｙ EF BD 99, ﾀ EF BE 80, ｢ EF BD A2)
  // must not stop.
  constexpr StopChars<2> kStars(U"＊ｘ");
  std::string text;
  for (int k = 0; k < 30; ++k) text += k % 4 == 0 ? "＊，" : k % 4 == 1 ? "ｙﾀ" : k % 4 == 2 ? "ｘ｢" : "的";
  for (std::size_t cut = 0; cut <= text.size(); ++cut) {
    const std::string_view part = std::string_view(text).substr(0, cut);
    std::vector<std::size_t> by_next, by_decoding;
    for (std::size_t i = kStars.next(part, 0); i < part.size(); i = kStars.next(part, i + 1)) by_next.push_back(i);
    for (std::size_t i = 0; i < part.size();) {
      const std::size_t start = i;
      const char32_t c = next_code_point(part, i);
      if (c == U'＊' || c == U'ｘ') by_decoding.push_back(start);
    }
    INFO(cut);
    CHECK(by_next == by_decoding);
  }
}
