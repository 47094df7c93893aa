#include "text/numerals.h"

#include <catch2/catch.hpp>
#include <string>

using tongbao::detail::read_decimal;

TEST_CASE("read_decimal reads digits and a fraction, ASCII or full-width", "[numerals]") {
  auto dec = read_decimal("追回5.99万元", 6);
  REQUIRE(dec);
  CHECK(dec->mantissa == 599);
  CHECK(dec->scale == 2);
  CHECK(dec->end == 10);
  dec = read_decimal("４８．５％", 0);  // full-width digits and point, 3 bytes each
  REQUIRE(dec);
  CHECK(dec->mantissa == 485);
  CHECK(dec->scale == 1);
  CHECK(dec->end == 12);
  dec = read_decimal("300元", 0);
  REQUIRE(dec);
  CHECK(dec->mantissa == 300);
  CHECK(dec->scale == 0);
  CHECK(dec->end == 3);
  dec = read_decimal("12.元", 0);  // a point without digits after it is no fraction
  REQUIRE(dec);
  CHECK(dec->mantissa == 12);
  CHECK(dec->end == 2);
  CHECK_FALSE(read_decimal("元", 0));
  CHECK_FALSE(read_decimal(".5", 0));
  CHECK_FALSE(read_decimal(std::string(19, '9'), 0));  // longer than kMaxDigits
  // a fraction that would pass kMaxDigits digits in all is left unread
  dec = read_decimal("123456789012345.6789", 0);
  REQUIRE(dec);
  CHECK(dec->mantissa == 123456789012345);
  CHECK(dec->scale == 0);
  CHECK(dec->end == 15);
}

TEST_CASE("small Chinese numerals: one reader for headings, dates and teams", "[numerals]") {
  using tongbao::detail::read_chinese_small;
  struct Case {
    const char* text;
    std::size_t begin;
    int value;
    std::size_t end;
  };
  const Case cases[] = {
      {"十二月", 0, 12, 6},        {"第三巡察组", 3, 3, 6}, {"二十三日", 0, 23, 9},
      {"三十一、", 0, 31, 9},      {"十、", 0, 10, 3},      {"九十九", 0, 99, 9},
      {"二十、", 0, 20, 6},        {"一十五", 0, 15, 9},    {"于十月", 3, 10, 6},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    std::size_t end = 0;
    const auto value = read_chinese_small(c.text, c.begin, end);
    REQUIRE(value);
    CHECK(*value == c.value);
    CHECK(end == c.end);
  }
  // 两 counts things (两个方面, 两月有余) and numbers nothing; 〇 and 零
  // start no small number; a cut character is no numeral.
  for (const char* text : {"两月", "兩個", "零", "〇", "百", "", "\xE5\x8D", "二"}) {
    INFO(text);
    std::size_t end = 0;
    const auto value = read_chinese_small(text, 0, end);
    if (std::string(text) == "二") {
      CHECK(value == 2);
    } else {
      CHECK_FALSE(value);
    }
  }
}
