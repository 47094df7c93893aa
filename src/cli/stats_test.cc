#include "cli/stats.h"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>

#include "cli/archive.h"
#include "test_support.h"
#include "tongbao/tongbao.h"

using namespace tongbao;
using namespace tongbao::detail;

namespace {

void check_same(const RecordFacts& a, const RecordFacts& b) {
  CHECK(a.error == b.error);
  CHECK(a.kind == b.kind);
  CHECK(a.year == b.year);
  CHECK(a.issuer == b.issuer);
  CHECK(a.site == b.site);
  CHECK(a.problems == b.problems);
  CHECK(a.measures == b.measures);
  CHECK(a.units == b.units);
  CHECK(a.labelled == b.labelled);
  CHECK(a.diagnostics == b.diagnostics);
}

// A fresh directory under the system's temporary one, removed at the end.
struct TempDir {
  std::filesystem::path path;
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "tongbao-stats-XXXXXX").string();
    path = ::mkdtemp(pattern.data());
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
  }
};

}  // namespace

TEST_CASE("stats: min, median, max and total", "[stats]") {
  const Spread none = spread_of({});
  CHECK(none.min == 0);
  CHECK(none.total == 0);
  const Spread odd = spread_of({3, 1, 2});
  CHECK(odd.min == 1);
  CHECK(odd.median == 2);
  CHECK(odd.max == 3);
  CHECK(odd.total == 6);
  const Spread even = spread_of({10, 1, 3, 2});
  CHECK(even.median == 2.5);  // the mean of the two middle values
  CHECK(even.max == 10);
}

TEST_CASE("stats: the sample's facts are the same from the document, its JSON record and an archive", "[stats]") {
  const std::string bytes = test::read_all(test::sample_path());
  const Document doc = parse(bytes, "notices/a.txt");
  const RecordFacts facts = facts_of(doc);
  CHECK(facts.problems == 40);
  CHECK(facts.measures == 106);
  CHECK(facts.kind == std::optional<std::string>("巡察"));
  CHECK(facts.year == std::optional<std::string>("2024"));
  CHECK(facts.issuer == std::optional<std::string>("中共武汉市发展和改革委员会党组"));

  const auto from_json = facts_of(nlohmann::json::parse(render_record(doc, OutputFormat::Jsonl)));
  REQUIRE(from_json);
  check_same(facts, *from_json);

  TempDir dir;
  const std::string path = (dir.path / "a.sqlite").string();
  std::string error;
  {
    auto archive = Archive::open(path, error);
    REQUIRE(archive);
    CHECK_FALSE(archive->holds("notices/a.txt", bytes));  // empty
    archive->write(doc);
    Document failed;
    failed.source.path = "notices/b.txt";
    failed.error = RecordError{"not-text", "not a text or HTML document"};
    archive->write(failed);
    archive->commit();
  }
  {
    auto reopened = Archive::open(path, error);
    REQUIRE(reopened);
    CHECK(reopened->holds("notices/a.txt", bytes));
    CHECK_FALSE(reopened->holds("notices/a.txt", bytes + "\n"));  // changed bytes are parsed again
    CHECK_FALSE(reopened->holds("notices/b.txt", ""));            // as are error records
  }
  const std::vector<RecordFacts> rows = facts_of_archive(path, error);
  CHECK(error.empty());
  REQUIRE(rows.size() == 2);
  check_same(facts, rows[0]);
  CHECK(rows[1].error == std::optional<std::string>("not-text"));

  Stats stats(GroupBy::Year);
  for (const RecordFacts& row : rows) stats.add(row);
  const std::string csv = stats.render_csv();
  CHECK(csv.find("all,records,,2\r\n") != std::string::npos);
  CHECK(csv.find("all,problems,median,40\r\n") != std::string::npos);
  CHECK(csv.find("all,error,not-text,1\r\n") != std::string::npos);
  CHECK(csv.find("2024,measures,max,106\r\n") != std::string::npos);
  const auto json = stats.render_json();
  CHECK(json["by"] == "year");
  CHECK(json["groups"].size() == 2);  // (unknown) for the error record, and 2024
}

TEST_CASE("stats: an archive that is not one is refused, the file left alone", "[stats]") {
  TempDir dir;
  const std::filesystem::path notes = dir.path / "notes.txt";
  { std::ofstream(notes) << "not a database\n"; }
  std::string error;
  CHECK(Archive::open(notes.string(), error) == nullptr);
  CHECK(error.find("not a SQLite database") != std::string::npos);
  CHECK(test::read_all(notes) == "not a database\n");
  error.clear();
  CHECK(facts_of_archive(notes.string(), error).empty());
  CHECK_FALSE(error.empty());
}
