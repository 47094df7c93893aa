#include "outline/markers.h"

#include <catch2/catch.hpp>

TEST_CASE("markers: symbols set for show before a marker", "[markers]") {
  using tongbao::detail::decoration_before_marker;
  struct Case {
    const char* text;
    std::size_t skipped;  // bytes
  };
  const Case cases[] = {
      {"■ 一、整改工作总体情况", 4},       // ■ and its space
      {"🔷一、整改工作总体情况", 4},        // a pictograph
      {"◆◆（一）关于…的问题", 6},          // two
      {"★ 1.关于问题", 4},
      {"一、整改工作总体情况", 0},          // none
      {"■ 整改工作总体情况", 0},            // no marker after it
      {"①关于“X”的问题", 0},               // a circled number is the marker
      {"   一、整改", 0},                   // spaces alone are no decoration
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(decoration_before_marker(c.text) == c.skipped);
  }
}
