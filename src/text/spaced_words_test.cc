#include "text/spaced_words.h"

#include <catch2/catch.hpp>

using tongbao::detail::spaced_prefix_length;

TEST_CASE("spaced_prefix_length reads a word set out with spaces", "[text]") {
  // The blocks fold U+3000 to a space before the outline reads a line, so
  // 标　　题 arrives as 标  题.
  struct Case {
    const char* text;
    const char* word;
    std::size_t length;
  };
  const Case cases[] = {
      {"标题：某局", "标题", 6},
      {"标 题：某局", "标题", 7},
      {"标  题：某局", "标题", 8},
      {"索 引 号：1", "索引号", 11},
      {"标题 ：", "标题", 6},  // the spaces after its last character are not its own
      {" 标题：", "标题", 0},  // nor those before its first
      {"标记：", "标题", 0},
      {"标", "标题", 0},
      {"标 ", "标题", 0},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(spaced_prefix_length(c.text, c.word) == c.length);
  }
}
