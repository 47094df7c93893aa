// stats.cc - facts of records, their tallies and renderings. See stats.h.
#include "cli/stats.h"

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <string_view>
#include <unordered_map>
#include <utility>

#include <fmt/format.h>

#include "emit/emit_csv.h"

namespace tongbao::detail {
namespace {

std::optional<std::string> year_of(const std::optional<std::string>& published) {
  if (!published || published->size() < 4) return std::nullopt;
  return published->substr(0, 4);
}

std::optional<std::string> string_at(const nlohmann::json& object, const char* key) {
  if (!object.is_object()) return std::nullopt;
  const auto it = object.find(key);
  if (it == object.end() || !it->is_string()) return std::nullopt;
  return it->get<std::string>();
}

void count_nodes(const nlohmann::json& nodes, RecordFacts& facts) {
  if (!nodes.is_array()) return;
  for (const nlohmann::json& node : nodes) {
    if (!node.is_object()) continue;
    ++facts.units;
    facts.problems += string_at(node, "problem").has_value();
    facts.labelled += string_at(node, "label").has_value();
    facts.measures += string_at(node, "kind") == std::optional<std::string>("measure");
    if (const auto children = node.find("children"); children != node.end()) count_nodes(*children, facts);
  }
}

// The breakdowns' names, as the three renderings write them.
struct Breakdown {
  const char* key;    // JSON and CSV
  const char* title;  // the table
  std::map<std::string, std::size_t> Tally::*counts;
  bool by_count;  // most first (else in the order of the key: years)
};
constexpr std::array<Breakdown, 5> kBreakdowns = {{
    {"kind", "notices by inspection kind", &Tally::kinds, true},
    {"year", "notices by year published", &Tally::years, false},
    {"issuer", "notices by issuer", &Tally::issuers, true},
    {"diagnostic", "diagnostics by code", &Tally::diagnostics, true},
    {"error", "error records by cause", &Tally::errors, true},
}};

struct Figure {
  const char* key;
  std::vector<std::size_t> Tally::*values;
};
constexpr std::array<Figure, 3> kFigures = {{
    {"problems", &Tally::problems},
    {"measures", &Tally::measures},
    {"units", &Tally::units},
}};

std::vector<std::pair<std::string, std::size_t>> ordered(const std::map<std::string, std::size_t>& counts,
                                                         bool by_count) {
  std::vector<std::pair<std::string, std::size_t>> rows(counts.begin(), counts.end());
  if (by_count) {
    std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  }
  return rows;
}

// 40 as "40", 40.5 as "40.5".
std::string number(double value) {
  if (value == std::floor(value)) return fmt::format("{}", static_cast<long long>(value));
  return fmt::format("{}", value);
}
nlohmann::ordered_json json_number(double value) {
  if (value == std::floor(value)) return static_cast<long long>(value);
  return value;
}

const char* group_key(GroupBy by) {
  switch (by) {
    case GroupBy::Year: return "year";
    case GroupBy::Kind: return "kind";
    case GroupBy::Issuer: return "issuer";
    case GroupBy::Site: return "site";
    case GroupBy::All: break;
  }
  return "all";
}

std::string group_of(const RecordFacts& facts, GroupBy by) {
  const std::optional<std::string>* field = nullptr;
  switch (by) {
    case GroupBy::Year: field = &facts.year; break;
    case GroupBy::Kind: field = &facts.kind; break;
    case GroupBy::Issuer: field = &facts.issuer; break;
    case GroupBy::Site: field = &facts.site; break;
    case GroupBy::All: return "all";
  }
  return field->value_or(kUnknown);
}

nlohmann::ordered_json tally_json(const Tally& t) {
  nlohmann::ordered_json out;
  out["records"] = t.records;
  out["notices"] = t.notices;
  for (const Figure& figure : kFigures) {
    const Spread s = spread_of(t.*figure.values);
    out[figure.key] = {{"min", json_number(s.min)},
                       {"median", json_number(s.median)},
                       {"max", json_number(s.max)},
                       {"total", json_number(s.total)}};
  }
  out["labelled_units"] = t.labelled;
  for (const Breakdown& b : kBreakdowns) {
    nlohmann::ordered_json counts = nlohmann::ordered_json::object();
    for (const auto& [key, count] : ordered(t.*b.counts, b.by_count)) counts[key] = count;
    out[std::string("by_") + b.key] = counts;
  }
  return out;
}

void tally_csv(std::string& out, const std::string& group, const Tally& t) {
  auto row = [&](std::string_view figure, std::string_view key, const std::string& value) {
    out += csv_field(group) + "," + csv_field(figure) + "," + csv_field(key) + "," + value + "\r\n";
  };
  row("records", "", std::to_string(t.records));
  row("notices", "", std::to_string(t.notices));
  for (const Figure& figure : kFigures) {
    const Spread s = spread_of(t.*figure.values);
    row(figure.key, "min", number(s.min));
    row(figure.key, "median", number(s.median));
    row(figure.key, "max", number(s.max));
    row(figure.key, "total", number(s.total));
  }
  row("labelled_units", "", std::to_string(t.labelled));
  for (const Breakdown& b : kBreakdowns) {
    for (const auto& [key, count] : ordered(t.*b.counts, b.by_count)) row(b.key, key, std::to_string(count));
  }
}

void tally_text(std::string& out, const Tally& t) {
  out += fmt::format("{:>8}  records\n{:>8}  notices (records without error)\n", t.records, t.notices);
  out += fmt::format("\n{:<10}{:>8}{:>8}{:>8}{:>10}\n", "per notice", "min", "median", "max", "total");
  for (const Figure& figure : kFigures) {
    const Spread s = spread_of(t.*figure.values);
    out += fmt::format("{:<10}{:>8}{:>8}{:>8}{:>10}\n", figure.key, number(s.min), number(s.median), number(s.max),
                       number(s.total));
  }
  out += fmt::format("{:>8}  of {} units carry a label\n", t.labelled, t.units_total);
  for (const Breakdown& b : kBreakdowns) {
    const auto rows = ordered(t.*b.counts, b.by_count);
    if (rows.empty()) continue;
    out += fmt::format("\n{}\n", b.title);
    for (const auto& [key, count] : rows) out += fmt::format("{:>8}  {}\n", count, key);
  }
}

}  // namespace

RecordFacts facts_of(const Document& doc) {
  RecordFacts facts;
  if (doc.error) {
    facts.error = doc.error->code;
    return facts;
  }
  if (doc.inspection) facts.kind = doc.inspection->kind;
  facts.year = year_of(doc.published);
  facts.issuer = doc.issuer;
  facts.site = doc.site;
  for_each_node(doc.outline, [&](const Node& node) {
    ++facts.units;
    facts.problems += node.problem.has_value();
    facts.labelled += node.label.has_value();
    facts.measures += node.kind == NodeKind::Measure;
  });
  for (const Diagnostic& d : doc.diagnostics) facts.diagnostics.push_back(d.code);
  return facts;
}

std::optional<RecordFacts> facts_of(const nlohmann::json& record) {
  if (!string_at(record, "format")) return std::nullopt;
  RecordFacts facts;
  if (const auto error = record.find("error"); error != record.end() && error->is_object()) {
    facts.error = string_at(*error, "code").value_or(kUnknown);
    return facts;
  }
  if (const auto inspection = record.find("inspection"); inspection != record.end()) {
    facts.kind = string_at(*inspection, "kind");
  }
  facts.year = year_of(string_at(record, "published"));
  facts.issuer = string_at(record, "issuer");
  facts.site = string_at(record, "site");
  if (const auto outline = record.find("outline"); outline != record.end()) count_nodes(*outline, facts);
  if (const auto diagnostics = record.find("diagnostics"); diagnostics != record.end() && diagnostics->is_array()) {
    for (const nlohmann::json& d : *diagnostics) facts.diagnostics.push_back(string_at(d, "code").value_or(kUnknown));
  }
  return facts;
}

std::vector<RecordFacts> facts_of_archive(const std::string& path, std::string& error) {
  std::vector<RecordFacts> all;
  sqlite3* db = nullptr;
  std::unordered_map<sqlite3_int64, std::size_t> index;  // notices.id -> all[i]
  auto text = [](sqlite3_stmt* s, int column) -> std::optional<std::string> {
    const unsigned char* value = sqlite3_column_text(s, column);
    if (value == nullptr) return std::nullopt;
    return std::string(reinterpret_cast<const char*>(value), static_cast<std::size_t>(sqlite3_column_bytes(s, column)));
  };
  // Each query's rows, in order; false (and `error`) when it fails.
  auto query = [&](const char* sql, const auto& row) {
    sqlite3_stmt* s = nullptr;
    int rc = sqlite3_prepare_v2(db, sql, -1, &s, nullptr);
    while (rc == SQLITE_OK && (rc = sqlite3_step(s)) == SQLITE_ROW) {
      row(s);
      rc = SQLITE_OK;
    }
    sqlite3_finalize(s);
    if (rc != SQLITE_DONE) error = fmt::format("{}: not a tongbao archive ({})", path, sqlite3_errmsg(db));
    return rc == SQLITE_DONE;
  };
  const bool ok =
      sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK &&
      query("SELECT id, error_code, inspection_kind, published, issuer, site FROM notices ORDER BY id",
            [&](sqlite3_stmt* s) {
              RecordFacts facts;
              facts.error = text(s, 1);
              if (!facts.error) {
                facts.kind = text(s, 2);
                facts.year = year_of(text(s, 3));
                facts.issuer = text(s, 4);
                facts.site = text(s, 5);
              }
              index[sqlite3_column_int64(s, 0)] = all.size();
              all.push_back(std::move(facts));
            }) &&
      query("SELECT notice, count(*), count(problem), count(label), sum(kind = 'measure') FROM nodes GROUP BY notice",
            [&](sqlite3_stmt* s) {
              const auto it = index.find(sqlite3_column_int64(s, 0));
              if (it == index.end()) return;
              RecordFacts& facts = all[it->second];
              facts.units = static_cast<std::size_t>(sqlite3_column_int64(s, 1));
              facts.problems = static_cast<std::size_t>(sqlite3_column_int64(s, 2));
              facts.labelled = static_cast<std::size_t>(sqlite3_column_int64(s, 3));
              facts.measures = static_cast<std::size_t>(sqlite3_column_int64(s, 4));
            }) &&
      query("SELECT notice, code FROM diagnostics ORDER BY notice, position", [&](sqlite3_stmt* s) {
        const auto it = index.find(sqlite3_column_int64(s, 0));
        if (it != index.end()) all[it->second].diagnostics.push_back(text(s, 1).value_or(kUnknown));
      });
  if (!ok && error.empty()) error = fmt::format("{}: cannot open the archive: {}", path, sqlite3_errmsg(db));
  sqlite3_close(db);
  if (!ok) all.clear();
  return all;
}

Spread spread_of(std::vector<std::size_t> values) {
  Spread s;
  if (values.empty()) return s;
  std::sort(values.begin(), values.end());
  const std::size_t n = values.size();
  s.min = static_cast<double>(values.front());
  s.max = static_cast<double>(values.back());
  s.median = n % 2 == 1 ? static_cast<double>(values[n / 2])
                        : (static_cast<double>(values[n / 2 - 1]) + static_cast<double>(values[n / 2])) / 2;
  for (const std::size_t v : values) s.total += static_cast<double>(v);
  return s;
}

bool parse_group_by(const std::string& name, GroupBy& by) {
  for (const GroupBy candidate : {GroupBy::Year, GroupBy::Kind, GroupBy::Issuer, GroupBy::Site}) {
    if (name == group_key(candidate)) {
      by = candidate;
      return true;
    }
  }
  return false;
}

void Tally::add(const RecordFacts& facts) {
  ++records;
  if (facts.error) {
    ++errors[*facts.error];
    return;
  }
  ++notices;
  ++kinds[facts.kind.value_or(kUnknown)];
  ++years[facts.year.value_or(kUnknown)];
  ++issuers[facts.issuer.value_or(kUnknown)];
  problems.push_back(facts.problems);
  measures.push_back(facts.measures);
  units.push_back(facts.units);
  labelled += facts.labelled;
  units_total += facts.units;
  for (const std::string& code : facts.diagnostics) ++diagnostics[code];
}

void Stats::add(const RecordFacts& facts) {
  all_.add(facts);
  if (by_ != GroupBy::All) groups_[group_of(facts, by_)].add(facts);
}

std::string Stats::render_text() const {
  std::string out;
  tally_text(out, all_);
  for (const auto& [group, tally] : groups_) {
    out += fmt::format("\n== {} {} ==\n", group_key(by_), group);
    tally_text(out, tally);
  }
  return out;
}

nlohmann::ordered_json Stats::render_json() const {
  nlohmann::ordered_json out = tally_json(all_);
  if (by_ != GroupBy::All) {
    out["by"] = group_key(by_);
    nlohmann::ordered_json groups = nlohmann::ordered_json::array();
    for (const auto& [group, tally] : groups_) {
      nlohmann::ordered_json one = {{"group", group}};
      one.update(tally_json(tally));
      groups.push_back(std::move(one));
    }
    out["groups"] = std::move(groups);
  }
  return out;
}

std::string Stats::render_csv() const {
  std::string out = "group,figure,key,value\r\n";
  tally_csv(out, "all", all_);
  for (const auto& [group, tally] : groups_) tally_csv(out, group, tally);
  return out;
}

}  // namespace tongbao::detail
