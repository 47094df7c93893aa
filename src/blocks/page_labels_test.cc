#include "blocks/page_labels.h"

#include <catch2/catch.hpp>

#include <string>

using tongbao::detail::breadcrumb_labels;
using tongbao::detail::info_labels;
using tongbao::detail::is_edition_label;
using tongbao::detail::names_newspaper;
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

TEST_CASE("an e-paper's page label, and a newspaper's name", "[page_labels]") {
  struct Case {
    const char* text;
    bool label;
  };
  const Case cases[] = {
      {"第03版：要闻·公告", true},
      {"第A01版:要闻", true},
      {"第Y01版", true},
      {"A01：要闻", true},
      {"2024年10月15日  星期二  第A03版：公示公告", true},
      {"平垣日报 2016年9月23日 第2版 要闻", true},
      {"第三版", false},                        // a numeral, no page's number
      {"A1：要闻", false},                      // a page's number is two digits
      {"第2版式设计", false},                   // 版 opens a word
      {"欢迎访问 2016年9月23日 第2版 要闻", false},  // no paper's name before the date
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(is_edition_label(c.text) == c.label);
  }
  CHECK(names_newspaper("平垣日报"));
  CHECK(names_newspaper("某某晚报"));
  CHECK_FALSE(names_newspaper("巡察工作简报"));
  CHECK_FALSE(names_newspaper("关于巡察整改情况的通报"));
  CHECK_FALSE(names_newspaper("Daily报"));
}
