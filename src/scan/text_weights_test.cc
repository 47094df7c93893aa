#include "scan/text_weights.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using tongbao::detail::text_weights;
using tongbao::detail::TextWeights;

TEST_CASE("text_weights counts ideographs and punctuation at any offset", "[text_weights]") {
  struct Case {
    std::string text;
    TextWeights weights;  // cjk, punct, full_stops
  };
  const std::vector<Case> cases = {
      {"", {0, 0, 0}},
      {"abc 123", {0, 0, 0}},
      {"一丁", {2, 0, 0}},                       // U+4E00 (E4 B8 80), U+4E01
      {"\u4DFF\u3400\uF900", {0, 0, 0}},         // below U+4E00, Ext A, compatibility: not counted
      {"\u9FFF", {1, 0, 0}},
      {"\U00020000\U0002FFFF\U00010000", {2, 0, 0}},  // Ext B..: counted; U+10000 not
      {"甲,乙:丙;", {3, 2, 1}},
      {"甲，乙：丙；丁、戊。", {5, 3, 2}},
      {"“引号”（括号）！？", {4, 0, 0}},  // quotes, brackets, ! ? weigh nothing
  };
  for (const Case& c : cases) {
    // behind 0..20 ASCII bytes and before 0..20, so that every part of the
    // text falls on both the sixteen-byte loop and the byte-by-byte tail
    for (std::size_t before = 0; before <= 20; ++before) {
      for (std::size_t after = 0; after <= 20; after += 5) {
        const std::string text = std::string(before, 'x') + c.text + std::string(after, 'y');
        INFO(text);
        const TextWeights w = text_weights(text);
        CHECK(w.cjk == c.weights.cjk);
        CHECK(w.punct == c.weights.punct);
        CHECK(w.full_stops == c.weights.full_stops);
      }
    }
  }
  // many times over (12 KB): the counts add up across the sixteen-byte steps
  std::string long_text;
  for (int k = 0; k < 301; ++k) long_text += "一是甲，乙：丙；丁、戊。ab,c:d;\U00020000";
  const TextWeights w = text_weights(long_text);
  CHECK(w.cjk == 301 * 8);
  CHECK(w.punct == 301 * 5);
  CHECK(w.full_stops == 301 * 3);
}
