// Inspection facts (and signature dates) of the real excerpts and passages in
// ../shared/corpus, compared with their NNN.expect.json annotations. Prints a
// per-field accuracy table; skipped when the corpus is absent.
//
// An annotation lists only the facts the text states: a field it leaves out
// must come out null. round and target are not annotated and not compared.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "tongbao/parse.h"

namespace fs = std::filesystem;

namespace {

// Overall share of compared fields that must be right; measured: 328 of
// 330 (99.4%), see docs/entities.md.
constexpr double kRequiredAccuracy = 0.97;

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::string show(const std::optional<std::string>& v) { return v ? *v : "null"; }

struct Tally {
  int right = 0;
  int total = 0;
};

}  // namespace

TEST_CASE("annotate: inspection facts of the real corpus", "[annotate][corpus]") {
  const fs::path corpus = fs::path(TONGBAO_SHARED_DIR) / "corpus";
  if (!fs::exists(corpus / "excerpts")) {
    WARN("SKIPPED: corpus not found at " << corpus);
    return;
  }
  std::map<std::string, Tally> fields;
  std::vector<std::string> misses;
  for (const char* folder : {"excerpts", "passages"}) {
    std::vector<fs::path> texts;
    for (const auto& entry : fs::directory_iterator(corpus / folder)) {
      if (entry.path().extension() == ".txt") texts.push_back(entry.path());
    }
    std::sort(texts.begin(), texts.end());
    for (const fs::path& txt : texts) {
      fs::path expect_path = txt;
      expect_path.replace_extension(".expect.json");
      if (!fs::exists(expect_path)) continue;
      nlohmann::json expect = nlohmann::json::parse(slurp(expect_path));
      tongbao::Document doc = tongbao::parse(slurp(txt), txt.string());
      const nlohmann::json want = expect.value("inspection", nlohmann::json::object());
      const tongbao::Inspection got = doc.inspection.value_or(tongbao::Inspection{});
      auto compare = [&](const std::string& field, const std::optional<std::string>& value,
                         const nlohmann::json& wanted) {
        std::optional<std::string> w;
        if (wanted.is_string()) w = wanted.get<std::string>();
        Tally& t = fields[field];
        ++t.total;
        if (w == value) {
          ++t.right;
        } else {
          misses.push_back(fmt::format("{}/{} {}: got {}, want {}", folder, txt.filename().string(), field,
                                       show(value), show(w)));
        }
      };
      auto field = [&](const char* name) { return want.contains(name) ? want[name] : nlohmann::json(); };
      compare("kind", got.kind, field("kind"));
      compare("team", got.team, field("team"));
      compare("start", got.start, field("start"));
      compare("end", got.end, field("end"));
      compare("feedback", got.feedback, field("feedback"));
      if (expect.contains("signed")) compare("signed", doc.signed_on, expect["signed"]);
    }
  }
  int right = 0, total = 0;
  std::cout << "annotate corpus accuracy\n";
  for (const auto& [name, t] : fields) {
    std::cout << fmt::format("  {:<10} {:>3}/{:<3} {:5.1f}%\n", name, t.right, t.total, 100.0 * t.right / t.total);
    right += t.right;
    total += t.total;
  }
  const double accuracy = total ? static_cast<double>(right) / total : 1.0;
  std::cout << fmt::format("  {:<10} {:>3}/{:<3} {:5.1f}%\n", "overall", right, total, 100.0 * accuracy);
  for (const std::string& miss : misses) std::cout << "  miss: " << miss << "\n";
  REQUIRE(total > 0);
  REQUIRE(accuracy >= kRequiredAccuracy);
}
