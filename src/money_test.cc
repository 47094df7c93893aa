#include "money.h"

#include <catch2/catch.hpp>

#include <string>
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
