#include "scan/find_word.h"

#include <catch2/catch.hpp>
#include <string>

TEST_CASE("contains_word and find_word agree with find at every offset", "[find_word]") {
  using tongbao::detail::contains_word;
  using tongbao::detail::find_word;
  const std::string filler = "整改落实情况，巡察组反馈、问题";
  const char* words[] = {"。", "巡视", "版权所有", "ICP备", "x", "情况，巡"};
  for (const char* word : words) {
    for (std::size_t n = 0; n <= 48; ++n) {
      std::string prefix;
      while (prefix.size() < n) prefix += filler;
      prefix = prefix.substr(0, n);
      for (const std::string& text : {prefix, prefix + word, prefix + word + filler, filler + prefix}) {
        INFO(text << " / " << word);
        CHECK(contains_word(text, word) == (text.find(word) != std::string::npos));
        CHECK(find_word(text, word) == text.find(word));
        if (text.size() > 3) CHECK(find_word(text, word, 3) == text.find(word, 3));
      }
    }
  }
}
