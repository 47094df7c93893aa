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
