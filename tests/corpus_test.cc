// Scores on the real notices in ../shared/corpus (skipped when absent).
#include <catch2/catch.hpp>
#include <filesystem>
#include <iostream>

#include "corpus_score.h"

using tongbao::test::normalise_marker;

namespace {
std::filesystem::path corpus(const char* folder) { return std::filesystem::path(TONGBAO_SHARED_DIR) / "corpus" / folder; }
}  // namespace

TEST_CASE("markers are compared after NFKC folding", "[corpus]") {
  CHECK(normalise_marker("（一）") == "(一)");
  CHECK(normalise_marker("1．") == "1.");
  CHECK(normalise_marker("１２．") == "12.");
  CHECK(normalise_marker("一、") == "一、");
  CHECK(normalise_marker("( 1 )") == "(1)");
}

TEST_CASE("corpus: scores on the 24 shared excerpts", "[corpus]") {
  if (!std::filesystem::exists(corpus("excerpts"))) {
    WARN("../shared/corpus/excerpts is absent: skipped");
    return;
  }
  const auto score = tongbao::test::score_folder(corpus("excerpts"));
  std::cout << tongbao::test::format_score("excerpts", score);
  for (const auto& miss : score.misses) std::cout << "  miss: " << miss << "\n";
  CHECK(score.documents == 24);
  CHECK(score.markers.f1() >= 0.95);
  CHECK(score.measures.f1() >= 0.95);
  CHECK(score.problems.f1() >= 0.95);
  CHECK(score.title.value() >= 0.95);
  CHECK(score.published.value() >= 0.95);
}

TEST_CASE("corpus: scores on the passages", "[corpus]") {
  if (!std::filesystem::exists(corpus("passages"))) {
    WARN("../shared/corpus/passages is absent: skipped");
    return;
  }
  const auto score = tongbao::test::score_folder(corpus("passages"));
  std::cout << tongbao::test::format_score("passages", score);
  for (const auto& miss : score.misses) std::cout << "  miss: " << miss << "\n";
  CHECK(score.markers.f1() >= 0.90);
  CHECK(score.measures.f1() >= 0.90);
  CHECK(score.problems.f1() >= 0.90);
  CHECK(score.title.value() >= 0.90);
  CHECK(score.published.value() >= 0.90);
}
