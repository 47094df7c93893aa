#include "blocks/page_labels.h"

#include <catch2/catch.hpp>

#include <string>

using tongbao::detail::breadcrumb_labels;
using tongbao::detail::info_labels;
using tongbao::detail::past_label_gloss;

TEST_CASE("info labels: one holding another comes first, and none is there twice", "[page_labels]") {
  const auto labels = info_labels();
  for (std::size_t a = 0; a < labels.size(); ++a) {
    for (std::size_t b = a + 1; b < labels.size(); ++b) {
      INFO(std::string(labels[a].label) + " before " + std::string(labels[b].label));
      CHECK(labels[a].label != labels[b].label);
      // A later label may not hold an earlier one: 时间 after 发布时间, never before.
      CHECK(labels[b].label.find(labels[a].label) == std::string_view::npos);
    }
  }
}

TEST_CASE("breadcrumb labels: one holding another at its end comes first", "[page_labels]") {
  const auto labels = breadcrumb_labels();
  for (std::size_t a = 0; a < labels.size(); ++a) {
    for (std::size_t b = a + 1; b < labels.size(); ++b) {
      INFO(std::string(labels[a].label) + " before " + std::string(labels[b].label));
      CHECK(labels[b].label.find(labels[a].label) == std::string_view::npos);
    }
  }
}

TEST_CASE("a label's English gloss before its colon is passed", "[page_labels]") {
  struct Case {
    const char* text;  // what follows the label and its spaces
    std::size_t colon;
  };
  // The label and its space stand before each text; `colon` counts from it.
  const Case cases[] = {
      {"Date：2023-04-18", 4},
      {"Release Time:2023-04-18", 12},
      {"Views：537", 5},
      {"：2023-04-18", 0},           // no gloss: the colon is where it was
      {"2023-04-18", 0},             // a value, no colon after letters
      {"Date 2023-04-18", 0},        // letters, but no colon after them
      {"Beijing Daily News Agency Service：x", 0},  // too long for a label's gloss
      {"URL：http://example.gov.cn/", 0},           // an acronym names another thing
  };
  for (const Case& c : cases) {
    INFO(c.text);
    const std::string line = std::string("日期 ") + c.text;
    CHECK(past_label_gloss(line, 7) == 7 + c.colon);
  }
  // The gloss stands apart from its label: To, then Top image:, is none.
  CHECK(past_label_gloss("Top image: http://example.gov.cn/a.jpg", 2) == 2);
}
