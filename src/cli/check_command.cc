// `tongbao check INPUT...`: takes inputs as `parse` does (files, folders
// walked in byte order, '-', --glob, --files0-from, -j; batch.h), parses each notice and reports what the catalogue
// (src/check.cc, docs/diagnostics.md) finds, as text, JSON, SARIF or GitHub
// workflow commands. Exit status: 0 no errors, 1 errors (or warnings with
// --strict), 2 usage, 3 an input could not be read, 4 the report could not
// be written; over many inputs the worst of these.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <iostream>
#include <iterator>
#include <memory>
#include <thread>

#include "check/check.h"
#include "cli/batch.h"
#include "cli/cli.h"
#include "decode/decode.h"
#include "emit/diagnostics_format.h"
#include "tongbao/tongbao.h"

namespace tongbao::cli {
namespace {

std::string valid_codes() {
  std::string out;
  for (const detail::CheckInfo& row : detail::catalogue()) {
    if (!out.empty()) out += ", ";
    out += row.code;
  }
  return out;
}

// File names need not be UTF-8: write U+FFFD for what is not, never throw.
constexpr auto kReplaceInvalid = nlohmann::ordered_json::error_handler_t::replace;

std::string plural(std::size_t n, std::string_view word) { return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s"); }

}  // namespace

Runner add_check_command(CLI::App& app, Io& io) {
  auto* cmd = app.add_subcommand("check", "Report what looks wrong in notices (codes: docs/diagnostics.md)");
  struct State {
    std::vector<std::string> files;
    std::vector<std::string> globs;
    std::string files0_from;
    unsigned jobs = 0;
    bool quiet = false;
    std::string format = "text";
    InputFormat input_format = InputFormat::Auto;
    std::string encoding;
    std::vector<std::string> select, ignore;
    bool strict = false, pedantic = false;
    ColorChoice color = ColorChoice::Auto;
  };
  auto state = std::make_shared<State>();
  cmd->add_option("inputs", state->files,
                  "Files and directories to check (directories recursively; '-' for standard input)");
  cmd->add_option("--glob", state->globs,
                  "Take the files of directories matching this pattern instead of the notice-like "
                  "extensions (repeatable; with a '/' it matches the relative path)")
      ->allow_extra_args(false);
  cmd->add_option("--files0-from", state->files0_from, "Also check the NUL-separated paths in FILE ('-': stdin)");
  cmd->add_option("--jobs,-j", state->jobs, "Worker threads (default: the number of cores)")
      ->check(whole_number_up_to(1024));
  cmd->add_flag("--quiet,-q", state->quiet, "No progress on stderr (the report itself is on stdout)");
  cmd->add_option("--format,-f", state->format, "Output: text, json, sarif or github")
      ->check(one_of({"text", "json", "sarif", "github"}));
  add_color_option(*cmd, state->color);
  cmd->add_flag("--strict", state->strict, "Fail (exit 1) on warnings too, not only on errors");
  cmd->add_flag("--pedantic", state->pedantic, "Also run the opt-in checks (half-width punctuation, ...)");
  cmd->add_option("--select", state->select, "Report only this code (repeatable; comma-separated list too)")
      ->delimiter(',')
      ->allow_extra_args(false);  // one code per --select: `--select X a.txt b.txt` checks both files
  cmd->add_option("--ignore", state->ignore, "Do not report this code (repeatable; comma-separated list too)")
      ->delimiter(',')
      ->allow_extra_args(false);
  add_input_format_option(*cmd, state->input_format);
  cmd->add_option("--encoding", state->encoding, "Decode with this encoding label, whatever the input declares");

  return [state, &io]() {
    if (!state->encoding.empty() && !detail::is_known_encoding(state->encoding)) {
      print_error(io, "unknown --encoding '" + state->encoding + "'; known encodings include " +
                          std::string(detail::kCommonEncodings) + " (any name ICU knows; see docs/encodings.md)");
      return int{kUsage};
    }
    Options options;
    options.encoding = state->encoding;
    options.pedantic = state->pedantic;
    options.input_format = state->input_format;
    for (const auto* list : {&state->select, &state->ignore}) {
      for (const std::string& code : *list) {
        const detail::CheckInfo* row = detail::find_check(code);
        if (row == nullptr) {
          print_error(io, fmt::format("unknown diagnostic code '{}' in {}; valid codes: {} (see docs/diagnostics.md)",
                                      code, list == &state->select ? "--select" : "--ignore", valid_codes()));
          return int{kUsage};
        }
        if (list == &state->select && row->opt_in) options.pedantic = true;  // asking for it turns it on
      }
    }
    auto wanted = [&](const Diagnostic& d) {
      auto named = [&](const std::vector<std::string>& list) {
        return std::find(list.begin(), list.end(), d.code) != list.end();
      };
      return (state->select.empty() || named(state->select)) && !named(state->ignore);
    };

    const auto inputs = select_inputs(io, state->files, state->files0_from, state->globs, OutputFormat::Json);
    if (!inputs) return int{kUsage};
    const unsigned jobs = jobs_or_cores(state->jobs);

    const bool color = use_color(io, state->color, io.out_is_terminal);
    const bool keep = state->format == "json" || state->format == "sarif";
    std::vector<detail::CheckedFile> files;  // kept only for json and sarif, written at the end
    bool input_failed = false;
    std::size_t errors = 0, warnings = 0, notes = 0, files_with_findings = 0;
    // Workers read, parse and render; the writer reports in input order.
    detail::run_in_order(inputs->size(), jobs, [&](std::size_t i) -> std::function<void()> {
      const detail::BatchInput& input = (*inputs)[i];
      auto file = std::make_shared<detail::CheckedFile>();
      file->path = input.path;
      auto rendered = std::make_shared<std::string>();
      try {
        Result<std::string> bytes = detail::read_input(input, &io.in, options.max_bytes);
        if (!bytes) {
          file->error = RecordError{bytes.error().code, bytes.error().message};
        } else {
          Parsed parsed = parse_with_text(*bytes, input.path, options);
          if (parsed.document.error) {
            file->error =
                RecordError{parsed.document.error->code, input.path + ": " + parsed.document.error->message};
          }
          for (Diagnostic& d : parsed.document.diagnostics) {
            if (wanted(d)) file->diagnostics.push_back(std::move(d));
          }
          file->text = std::move(parsed.text);
        }
        std::stable_sort(file->diagnostics.begin(), file->diagnostics.end(),
                         [](const Diagnostic& a, const Diagnostic& b) {
                           return a.line != b.line ? a.line < b.line : a.column < b.column;
                         });
        if (state->format == "text") {
          *rendered = detail::render_text(*file, color);
        } else if (state->format == "github") {
          *rendered = detail::render_github(*file);
        }
        file->text.clear();  // not needed any more; keep memory flat over many files
      } catch (const std::exception& e) {
        file->diagnostics.clear();
        file->error = RecordError{"internal-error", input.path + ": internal error: " + e.what() + "; please report it"};
      }
      return [&, file, rendered] {
        if (file->error) {
          print_error(io, file->error->message);
          input_failed = true;
        }
        for (const Diagnostic& d : file->diagnostics) {
          errors += d.severity == Severity::Error;
          warnings += d.severity == Severity::Warning;
          notes += d.severity == Severity::Note;
        }
        files_with_findings += !file->diagnostics.empty();
        io.out << *rendered;
        if (keep) files.push_back(std::move(*file));
        check_output(io.out);  // a failed write stops the run: the next files' reports would be lost too
      };
    });
    if (state->format == "json") {
      io.out << detail::render_json(files).dump(io.out_is_terminal ? 2 : -1, ' ', false, kReplaceInvalid) << "\n";
    } else if (state->format == "sarif") {
      io.out << detail::render_sarif(files).dump(2, ' ', false, kReplaceInvalid) << "\n";
    } else if (state->format == "text" && errors + warnings + notes > 0) {
      io.out << fmt::format("{}, {}, {} in {}\n", plural(errors, "error"), plural(warnings, "warning"),
                            plural(notes, "note"), plural(files_with_findings, "file"));
    }
    if (input_failed) return int{kInputFailed};
    if (errors > 0 || (state->strict && warnings > 0)) return int{kFindings};
    return int{kOk};
  };
}

}  // namespace tongbao::cli
