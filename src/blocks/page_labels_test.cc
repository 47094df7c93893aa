#include "blocks/page_labels.h"

#include <catch2/catch.hpp>

#include <string>

using tongbao::detail::breadcrumb_labels;
using tongbao::detail::info_labels;

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
