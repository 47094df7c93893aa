// stats.h - what an archive holds, for `tongbao stats`: the facts of each
// record, read from a Document, a JSON record or a SQLite archive's rows,
// tallied into figures per group and rendered as a table, JSON or CSV.
// The three readers give the same facts for the same record, so the
// figures agree whichever form the records are in (tests/archive_test.sh).
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "tongbao/document.h"

namespace tongbao::detail {

// What stats needs of one record.
struct RecordFacts {
  std::optional<std::string> error;  // the error record's code
  std::optional<std::string> kind;   // inspection.kind
  std::optional<std::string> year;   // the first four characters of `published`
  std::optional<std::string> issuer;
  std::optional<std::string> site;
  std::size_t problems = 0;  // nodes naming a problem
  std::size_t measures = 0;  // nodes of kind measure
  std::size_t units = 0;     // all nodes
  std::size_t labelled = 0;  // nodes with a label
  std::vector<std::string> diagnostics;  // codes, one per diagnostic
};

RecordFacts facts_of(const Document& doc);
// A tongbao/1 record as JSON; nullopt when it is not one (no "format").
std::optional<RecordFacts> facts_of(const nlohmann::json& record);
// Every notice of the archive at `path`, in id order. Empty with `error`
// set when it cannot be read as a tongbao archive.
std::vector<RecordFacts> facts_of_archive(const std::string& path, std::string& error);

// min, median (the mean of the two middle values for an even count), max
// and total of one figure over the records without error.
struct Spread {
  double min = 0, median = 0, max = 0, total = 0;
};
Spread spread_of(std::vector<std::size_t> values);

// What `--by` groups by: nothing (one group, "all"), or a record field.
enum class GroupBy { All, Year, Kind, Issuer, Site };
bool parse_group_by(const std::string& name, GroupBy& by);

// The name under which a missing value is counted.
inline constexpr const char* kUnknown = "(unknown)";

// The figures of one group.
struct Tally {
  std::size_t records = 0;
  std::size_t notices = 0;  // records without error
  std::map<std::string, std::size_t> errors, kinds, years, issuers, diagnostics;
  std::vector<std::size_t> problems, measures, units;  // per notice, in input order
  std::size_t labelled = 0, units_total = 0;
  void add(const RecordFacts& facts);
};

class Stats {
 public:
  explicit Stats(GroupBy by) : by_(by) {}
  void add(const RecordFacts& facts);
  std::string render_text() const;
  nlohmann::ordered_json render_json() const;
  std::string render_csv() const;

 private:
  GroupBy by_;
  Tally all_;
  std::map<std::string, Tally> groups_;
};

}  // namespace tongbao::detail
