#include "annotate/money.h"

#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <variant>

using tongbao::EntityValue;
using tongbao::detail::read_money;
using tongbao::detail::read_percent;

TEST_CASE("money: units and decimals become yuan, integral when whole", "[money]") {
  struct Case {
    const char* input;
    std::int64_t yuan;
    std::size_t length;  // bytes read
  };
  const Case cases[] = {
      {"5.99万元", 59900, std::string("5.99万元").size()},
      {"1.4万亿元", 1400000000000, std::string("1.4万亿元").size()},
      {"13亿元以上", 1300000000, std::string("13亿元").size()},
      {"300元", 300, std::string("300元").size()},
      {"7.132万元", 71320, std::string("7.132万元").size()},
      {"４.７万元", 47000, std::string("４.７万元").size()},
      {"三千万元", 30000000, std::string("三千万元").size()},
      {"二十元", 20, std::string("二十元").size()},
      {"2千元", 2000, std::string("2千元").size()},
  };
  for (const Case& c : cases) {
    INFO(c.input);
    auto amount = read_money(c.input, 0);
    REQUIRE(amount);
    REQUIRE(std::holds_alternative<std::int64_t>(amount->value));
    CHECK(std::get<std::int64_t>(amount->value) == c.yuan);
    CHECK(amount->end == c.length);
  }
}

TEST_CASE("money: fractions of a yuan stay decimal", "[money]") {
  auto amount = read_money("12.35元", 0);
  REQUIRE(amount);
  REQUIRE(std::holds_alternative<double>(amount->value));
  CHECK(std::get<double>(amount->value) == Approx(12.35));
}

TEST_CASE("money: things that are not amounts", "[money]") {
  for (const char* text : {"一元化管理", "亿元以上", "2024年", "48%", "多元", "5.99万人", "百元"}) {
    INFO(text);
    CHECK_FALSE(read_money(text, 0));
  }
  std::string huge(5000, '9');
  huge += "元";
  CHECK_FALSE(read_money(huge, 0));
}

TEST_CASE("percent: fractions", "[money]") {
  auto p = read_percent("48%", 0);
  REQUIRE(p);
  CHECK(std::get<double>(p->value) == 0.48);
  auto q = read_percent("91.29％", 0);
  REQUIRE(q);
  CHECK(std::get<double>(q->value) == Approx(0.9129));
  CHECK_FALSE(read_percent("48个", 0));
  CHECK_FALSE(read_percent("48", 0));
}

TEST_CASE("contains_word and word_at agree with find and starts_with", "[money]") {
  using tongbao::detail::contains_word;
  using tongbao::detail::word_at;
  struct Case {
    std::string_view text;
    std::string_view word;
    bool contained;
  };
  const Case cases[] = {
      {"追缴资金7.132万元", "元", true},
      {"元", "元", true},
      {"完成率76%", "％", false},
      {"完成率76％", "％", true},
      {"关于《通知》", "《", true},
      {"关于印发通知", "《", false},
      {"充", "元", false},  // 充 is E5 85 85: same lead and middle byte as 元 (E5 85 83)
      {"", "元", false},
      {"abc", "", true},
  };
  for (const Case& c : cases) {
    INFO(c.text << " / " << c.word);
    CHECK(contains_word(c.text, c.word) == c.contained);
    CHECK(contains_word(c.text, c.word) == (c.text.find(c.word) != std::string_view::npos));
  }
  // find_word from every offset agrees with find.
  const std::string_view finds[][2] = {
      {"2023年7月，二〇二四年六月", "年"}, {"年年", "年"}, {"充元充", "元"}, {"ab", "abc"}, {"", ""}, {"xyz", ""},
      // Longer than a 16-byte block, the word near the start, in the middle, at the very end.
      {"年整改落实情况整改落实情况整改落实情况", "年"},
      {"整改落实情况整改落实情况年整改落实情况整改落实情况", "年"},
      {"整改落实情况整改落实情况整改落实情况整改落实情况年", "年"},
      {"充充充充充充充充充充充充充充充充充充元", "元"},  // 充 shares 元's first two bytes
      {"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx%", "%"},
      {"abcabcabcabcabcabcabcabcabcabcabdabcabc", "abd"},
  };
  for (const auto& f : finds) {
    for (std::size_t from = 0; from <= f[0].size() + 1; ++from) {
      INFO(f[0] << " / " << f[1] << " from " << from);
      CHECK(tongbao::detail::find_word(f[0], f[1], from) == f[0].find(f[1], from));
    }
  }
  const std::string_view s = "25个问题，6个";
  CHECK(word_at(s, 2, "个问题"));
  CHECK_FALSE(word_at(s, 2, "个具体问题"));
  CHECK_FALSE(word_at(s, 0, "个"));
  CHECK(word_at(s, s.size() - std::string_view("个").size(), "个"));
  CHECK_FALSE(word_at(s, s.size(), "个"));
  CHECK(word_at(s, s.size(), ""));
}

TEST_CASE("may_hold_money and may_hold_percent", "[money]") {
  using tongbao::detail::may_hold_money;
  using tongbao::detail::may_hold_percent;
  CHECK(may_hold_money("追回5.99万元"));
  CHECK_FALSE(may_hold_money("整改25个问题"));
  CHECK(may_hold_percent("完成率76%"));
  CHECK(may_hold_percent("完成率76％"));
  CHECK_FALSE(may_hold_percent("完成率七成"));
}
