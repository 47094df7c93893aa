#include "scan/word_set.h"

#include <catch2/catch.hpp>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace std::string_view_literals;
using tongbao::detail::WordSet;

constexpr std::string_view kFooterLike[] = {"版权所有"sv, "ICP备"sv, "公网安备"sv, "All Rights Reserved"sv, "备案号"sv};
constexpr std::string_view kShortWords[] = {"电话"sv, "Tel"sv, "@"sv};  // one word under three bytes: no pair test

bool found_by_find(std::span<const std::string_view> words, std::string_view s) {
  for (std::string_view w : words) {
    if (s.find(w) != std::string_view::npos) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("WordSet finds what find finds in every place and at every length", "[word_set]") {
  const WordSet footer{kFooterLike};
  const WordSet short_words{kShortWords};
  const std::string pad = "整改落实情况";  // 18 bytes of ideographs
  const std::vector<std::string> texts = {
      "",
      "ab",
      "版权",
      "版权所有",
      "ICP备",
      "ICP",
      "版权所有：某某局 京ICP备12345678号",
      "整改落实情况整改落实情况整改落实情况整改落实情况",
      "整改落实情况整改落实情况整改落实情况公网安",   // a word cut at the end
      "整改落实情况整改落实情况整改落实情况公网安备",  // a word in the last bytes
      "ll Rights Reserved All Rights Reserve",
      "联系电话:82796162",
      "E-mail: a@b.cn 整改落实情况整改落实情况",
      "整改" + std::string(40, '\xE4') + "备案号",  // invalid UTF-8 is searched all the same
  };
  for (const std::string& t : texts) {
    // Each text behind 0 to 20 bytes of padding and before 0 to 20: every
    // offset of a block and of the final, overlapping one.
    for (std::size_t before = 0; before <= 20; before += 1) {
      for (std::size_t after = 0; after <= 20; after += 7) {
        const std::string s = (pad + pad).substr(0, before / 3 * 3) + t + (pad + pad).substr(0, after / 3 * 3) +
                              std::string(before % 3, 'x');
        INFO(s);
        CHECK(footer.found_in(s) == found_by_find(kFooterLike, s));
        CHECK(short_words.found_in(s) == found_by_find(kShortWords, s));
      }
    }
  }
}

// From the tests of WordFinder (check's giveaway words, before WordSet served
// them): a short word among long ones, fillers of the words' own characters
// and words cut at the end.
TEST_CASE("WordSet finds any of its words in texts short and long", "[word_set]") {
  static constexpr std::string_view kWords[] = {"记者"sv, "公告如下"sv, "ab"sv};
  const WordSet words{kWords};
  const std::string filler = "记录公开者下如告的，";
  struct Row {
    std::string text;
    bool found;
  } rows[] = {
      {"", false},
      {"记者", true},
      {"ab", true},
      {"a", false},
      {filler, false},
      {filler + filler + filler, false},
      {filler + filler + "公告如下", true},
      {"记者" + filler + filler, true},
      {filler + "xab" + filler, true},
      {filler + filler + "公告如", false},
  };
  for (const Row& row : rows) {
    INFO(row.text);
    CHECK(words.found_in(row.text) == row.found);
  }
  // The same without the short word: the sixteen-at-a-time test, where the
  // processor has it.
  static constexpr std::string_view kLongWords[] = {"记者"sv, "公告如下"sv};
  const WordSet long_words{kLongWords};
  for (const Row& row : rows) {
    INFO(row.text);
    CHECK(long_words.found_in(row.text) == (row.found && row.text.find("ab") == std::string::npos));
  }
}

TEST_CASE("WordSet finds a word at every offset of a long line", "[word_set]") {
  // Long enough for blocks of thirty-two positions (AVX2, where the
  // processor has it) and the sixteen-position blocks after them.
  const WordSet footer{kFooterLike};
  std::string filler;
  for (int k = 0; k < 8; ++k) filler += "整改落实情况";
  CHECK_FALSE(footer.found_in(filler));
  for (std::string_view word : kFooterLike) {
    for (std::size_t at = 0; at <= filler.size(); ++at) {
      const std::string s = filler.substr(0, at) + std::string(word) + filler.substr(at);
      INFO(s);
      CHECK(footer.found_in(s));
      // Cut short by one byte at the end of the line: found only where the word is whole.
      const std::string cut = filler.substr(0, at) + std::string(word.substr(0, word.size() - 1));
      CHECK(footer.found_in(cut) == found_by_find(kFooterLike, cut));
    }
  }
}

TEST_CASE("WordSet agrees with a find of each word on every stretch of a line", "[word_set]") {
  using namespace std::string_view_literals;
  static constexpr std::string_view kWords[] = {"版权所有"sv, "Copyright"sv, "©"sv, "ICP备"sv, "主办:"sv, "主办："sv};
  static constexpr std::string_view kWithShort[] = {"版权所有"sv, "a"sv};
  const tongbao::detail::WordSet words{kWords}, with_short{kWithShort};
  auto reference = [](std::span<const std::string_view> list, std::string_view s) {
    for (std::string_view w : list) {
      if (s.find(w) != std::string_view::npos) return true;
    }
    return false;
  };
  const std::string texts[] = {"", "版", "版权所", "版权所有", "本站版权所有 ICP备12345号", "主办", "主办:某某",
                               "主办：某某", "主办 某某", "© 2024", "x©", std::string("\xC2"), "Copyrigh",
                               "copyright", "网站Copyright", "一二三四五六七八九十主办单位", "a", "cat",
                               "本网站的内容 © 2024 某某单位"};  // only the short word, in a line long enough for blocks
  for (const std::string& text : texts) {
    // Every stretch, so that words at the very end and cut words are tried.
    for (std::size_t from = 0; from <= text.size(); ++from) {
      for (std::size_t to = from; to <= text.size(); ++to) {
        const std::string_view s = std::string_view(text).substr(from, to - from);
        INFO(text << " " << from << ".." << to);
        CHECK(words.found_in(s) == reference(kWords, s));
        CHECK(with_short.found_in(s) == reference(kWithShort, s));
      }
    }
  }
}
