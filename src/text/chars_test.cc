#include "text/chars.h"

#include <catch2/catch.hpp>

using tongbao::detail::is_ideograph;

TEST_CASE("is_ideograph: Han ideographs of every block, and nothing else", "[text]") {
  struct Row {
    char32_t c;
    bool ideograph;
  };
  const Row rows[] = {
      {U'巡', true},      {U'㐀', true},       // U+3400, Extension A
      {U'\U00020000', true},                  // Extension B, outside the Basic Multilingual Plane
      {U'\U0002A6D6', true}, {U'\U00031350', false},
      {U'\uF900', true},                      // a compatibility ideograph
      {U'〇', true},                          // the zero of 二〇二四年
      {U'、', false},     {U'“', false},       // punctuation
      {U'一', true},      {U'Ａ', false},      // full-width Latin
      {U'ア', false},     {U'a', false},      {U'3', false},
  };
  for (const Row& row : rows) {
    INFO(static_cast<unsigned>(row.c));
    CHECK(is_ideograph(row.c) == row.ideograph);
  }
}
