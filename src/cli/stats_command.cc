// `tongbao stats INPUT...`: what a set of records holds (stats.h). An input
// is a SQLite archive (by its header), JSON records (JSON Lines, or one
// JSON record or array, by a first character '{' or '['), or a notice,
// parsed as `parse` would. Folders are walked as `parse` walks them.
// Exit status: 0, 2 usage, 3 an input could not be read (it still counts,
// as an error record, as in `parse`), 4 the output could not be written.
#include <algorithm>
#include <fstream>
#include <istream>
#include <iterator>
#include <memory>
#include <thread>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/archive.h"
#include "cli/batch.h"
#include "cli/cli.h"
#include "cli/stats.h"
#include "tongbao/tongbao.h"

namespace tongbao::cli {
namespace {

// The facts of one input and what went wrong reading it.
struct InputFacts {
  std::vector<detail::RecordFacts> records;
  std::vector<std::string> errors;  // "PATH: message", printed in input order
};

detail::RecordFacts error_facts(const std::string& code) {
  detail::RecordFacts facts;
  facts.error = code;
  return facts;
}

// The first character that is not white space, without taking it.
int first_significant(std::istream& in) {
  for (;;) {
    const int c = in.peek();
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n') return c;
    in.get();
  }
}

// JSON records: one per line, or one value (a record or an array of
// records) over the whole input, as `parse --format json` writes them.
void read_records(std::istream& in, const std::string& path, std::size_t max_bytes, InputFacts& out) {
  std::string line;
  std::size_t number = 0;
  auto add = [&](const nlohmann::json& value, std::size_t at) {
    for (const nlohmann::json& record : value.is_array() ? value : nlohmann::json::array({value})) {
      if (auto facts = detail::facts_of(record)) {
        out.records.push_back(std::move(*facts));
      } else {
        out.errors.push_back(fmt::format("{}:{}: not a tongbao record (no \"format\"); give records, "
                                         "an archive or notices", path, at));
        out.records.push_back(error_facts("malformed-input"));
      }
    }
  };
  while (std::getline(in, line)) {
    ++number;
    if (std::all_of(line.begin(), line.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r'; })) continue;
    nlohmann::json value = nlohmann::json::parse(line, nullptr, false);
    if (value.is_discarded() && number == 1) {
      // Not JSON Lines: one pretty-printed value over the whole input.
      std::string all = line + "\n";
      std::string rest(std::istreambuf_iterator<char>(in), {});
      if (all.size() + rest.size() <= max_bytes) {
        all += rest;
        value = nlohmann::json::parse(all, nullptr, false);
        if (!value.is_discarded()) {
          add(value, 1);
          return;
        }
      }
      out.errors.push_back(fmt::format("{}: not JSON Lines nor one JSON value of records; check the file", path));
      out.records.push_back(error_facts("malformed-input"));
      return;
    }
    if (value.is_discarded()) {
      out.errors.push_back(fmt::format("{}:{}: not valid JSON; each line must be one record", path, number));
      out.records.push_back(error_facts("malformed-input"));
      continue;
    }
    add(value, number);
  }
}

InputFacts facts_of_input(const detail::BatchInput& input, std::istream& stdin_stream, const Options& options) {
  InputFacts out;
  auto fail = [&](const std::string& code, const std::string& message) {
    out.errors.push_back(message.rfind(input.path, 0) == 0 ? message : input.path + ": " + message);
    out.records.push_back(error_facts(code));
  };
  if (input.error) {
    fail(input.error->code, input.error->message);
    return out;
  }
  std::ifstream file;
  std::istream* in = &stdin_stream;
  if (input.path != "-") {
    if (detail::is_sqlite_file(input.path)) {
      std::string error;
      out.records = detail::facts_of_archive(input.path, error);
      if (!error.empty()) fail("unreadable", error);
      return out;
    }
    file.open(input.path, std::ios::binary);
    in = &file;
  }
  if (*in) {
    const int first = first_significant(*in);
    if (first == '{' || first == '[') {
      read_records(*in, input.path, options.max_bytes, out);
      return out;
    }
  }
  // A notice: the record `parse` would make of it (read_input reports a
  // file that cannot be opened as parse does). Standard input, peeked at
  // already, is read from here on.
  Result<std::string> bytes = input.path == "-" ? read_stream(*in, "-", options.max_bytes)
                                                : detail::read_input(input, nullptr, options.max_bytes);
  if (!bytes) {
    fail(bytes.error().code, bytes.error().message);
    return out;
  }
  const Document doc = parse(*bytes, input.path, options);
  if (doc.error) out.errors.push_back(input.path + ": " + doc.error->message);
  out.records.push_back(detail::facts_of(doc));
  return out;
}

}  // namespace

Runner add_stats_command(CLI::App& app, Io& io) {
  auto* cmd = app.add_subcommand(
      "stats", "Summarise records: JSON Lines, a SQLite archive (--format sqlite) or notices, by kind, year, issuer");
  struct State {
    std::vector<std::string> inputs;
    std::vector<std::string> globs;
    std::string files0_from;
    unsigned jobs = 0;
    std::string format = "text";
    std::string by;
  };
  auto state = std::make_shared<State>();
  cmd->add_option("inputs", state->inputs,
                  "Records (JSON Lines or JSON), archives (.sqlite) or notices; folders recursively; '-' for stdin");
  cmd->add_option("--glob", state->globs,
                  "Take the files of directories matching this pattern instead of the notice-like "
                  "extensions (repeatable; with a '/' it matches the relative path)")
      ->allow_extra_args(false);
  cmd->add_option("--files0-from", state->files0_from, "Also read the NUL-separated paths in FILE ('-': stdin)");
  cmd->add_option("--jobs,-j", state->jobs, "Worker threads (default: the number of cores)")
      ->check(whole_number_up_to(1024));
  cmd->add_option("--format,-f", state->format, "Output: text (a table), json or csv")
      ->check(one_of({"text", "json", "csv"}));
  cmd->add_option("--by", state->by, "Also give the figures per year, kind, issuer or site")
      ->check(one_of({"year", "kind", "issuer", "site"}));
  return [state, &io]() {
    detail::GroupBy by = detail::GroupBy::All;
    if (!state->by.empty()) detail::parse_group_by(state->by, by);
    const auto inputs = select_inputs(io, state->inputs, state->files0_from, state->globs, OutputFormat::Json);
    if (!inputs) return int{kUsage};
    const unsigned jobs = jobs_or_cores(state->jobs);
    const Options options;
    detail::Stats stats(by);
    bool failed = false;
    detail::run_in_order(inputs->size(), jobs, [&](std::size_t i) -> std::function<void()> {
      auto facts = std::make_shared<InputFacts>();
      try {
        *facts = facts_of_input((*inputs)[i], io.in, options);
      } catch (const std::exception& e) {
        facts->errors = {(*inputs)[i].path + ": internal error: " + e.what() + "; please report it"};
        facts->records = {detail::RecordFacts{}};
        facts->records.back().error = "internal-error";
      }
      return [&, facts] {
        for (const std::string& message : facts->errors) print_error(io, message);
        failed = failed || !facts->errors.empty();
        for (const detail::RecordFacts& record : facts->records) stats.add(record);
      };
    });
    if (state->format == "json") {
      io.out << stats.render_json().dump(io.out_is_terminal ? 2 : -1, ' ', false,
                                         nlohmann::ordered_json::error_handler_t::replace)
             << "\n";
    } else if (state->format == "csv") {
      io.out << stats.render_csv();
    } else {
      io.out << stats.render_text();
    }
    return failed ? int{kInputFailed} : int{kOk};
  };
}

}  // namespace tongbao::cli
