// `tongbao parse`: inputs to records. The command line over the batch engine
// (batch.h): options, progress and summary on stderr, exit status.
#include <algorithm>
#include <chrono>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <thread>

#include <CLI/CLI.hpp>

#include "cli/archive.h"
#include "cli/batch.h"
#include "cli/cli.h"
#include "decode/decode.h"
#include "tongbao/tongbao.h"

namespace tongbao::cli {
namespace {

// Redraws one status line on a terminal at most ten times a second.
class ProgressLine {
 public:
  ProgressLine(Io& io, bool enabled) : io_(io), enabled_(enabled) {}

  void update(const detail::BatchProgress& progress) {
    if (!enabled_) return;
    const auto now = std::chrono::steady_clock::now();
    if (now - last_ < std::chrono::milliseconds(100)) return;  // also: nothing for runs under 0.1 s
    last_ = now;
    shown_ = true;
    io_.err << "\r" << detail::format_progress(progress) << "\x1b[K" << std::flush;
  }

  // Before any other line on stderr, and at the end.
  void clear() {
    if (!shown_) return;
    io_.err << "\r\x1b[K" << std::flush;
    shown_ = false;
  }

 private:
  Io& io_;
  bool enabled_;
  bool shown_ = false;
  std::chrono::steady_clock::time_point last_ = std::chrono::steady_clock::now();
};

}  // namespace

Runner add_parse_command(CLI::App& app, Io& io) {
  auto* cmd = app.add_subcommand("parse", "Parse notices and write tongbao/1 records");
  struct State {
    std::vector<std::string> inputs;
    std::string format = "json";
    InputFormat input_format = InputFormat::Auto;
    std::string encoding;
    bool pretty = false, compact = false;
    unsigned jobs = 0;
    std::vector<std::string> globs;
    std::string files0_from;
    std::string output;      // -o PATH
    std::string output_dir;  // --output-dir DIR
    bool skip_existing = false;
    bool jsonl_input = false;
    std::size_t max_bytes = Options{}.max_bytes;
    bool quiet = false;
    bool no_fts = false;
    ColorChoice color = ColorChoice::Auto;
  };
  auto state = std::make_shared<State>();
  cmd->add_option("inputs", state->inputs,
                  "Files and directories to parse (directories recursively; '-' for standard input)");
  auto* format_option = cmd->add_option("--format,-f", state->format, "Output: json, jsonl, xml, csv, outline, sqlite");
  add_input_format_option(*cmd, state->input_format);
  cmd->add_option("--encoding", state->encoding, "Decode with this encoding label, whatever the input declares");
  cmd->add_flag("--pretty", state->pretty, "Indent JSON");
  cmd->add_flag("--compact", state->compact, "One line per JSON record");
  cmd->add_option("--jobs,-j", state->jobs, "Worker threads (default: the number of cores)")
      ->check(whole_number_up_to(1024));
  cmd->add_option("--glob", state->globs,
                  "Take the files of directories matching this pattern instead of the notice-like "
                  "extensions (repeatable; with a '/' it matches the relative path)")
      ->allow_extra_args(false);  // one pattern per --glob: the inputs follow
  cmd->add_option("--files0-from", state->files0_from, "Also parse the NUL-separated paths in FILE ('-': stdin)");
  cmd->add_option("--output,-o", state->output,
                  "Write everything to the file PATH, replaced atomically once all records are written; "
                  "if PATH ends in '/' or is an existing directory, one file per input under it "
                  "(as --output-dir). A destination that cannot be written is a usage error (exit 2)");
  cmd->add_option("--output-dir", state->output_dir,
                  "Write one file per input under DIR (created if missing), mirroring relative paths");
  cmd->add_flag("--skip-existing", state->skip_existing, "With -o: skip inputs whose output file exists");
  cmd->add_flag("--jsonl-input", state->jsonl_input,
                "Read JSON Lines {\"id\",\"content\"|\"content_base64\",\"media_type\"} on stdin");
  cmd->add_option("--max-bytes", state->max_bytes, "Largest input to parse (default 64MiB; suffixes k, M, G)")
      ->transform(CLI::AsSizeValue(false))
      ->transform(size_value());  // added last, runs first: the message is ours
  cmd->add_flag("--quiet,-q", state->quiet, "No progress and no summary on stderr");
  cmd->add_flag("--no-fts", state->no_fts,
                "With --format sqlite: do not build the full-text index nodes_fts in a new archive "
                "(faster; docs/archive.md says how to build it later)");
  add_color_option(*cmd, state->color);
  return [state, format_option, &io]() {
    // Streaming is for engines that read JSON Lines back.
    if (state->jsonl_input && format_option->count() == 0) state->format = "jsonl";
    // sqlite is not a stream of rendered records but a database the
    // records go into (archive.h); the batch runs as for JSON Lines.
    const bool to_archive = state->format == "sqlite";
    OutputFormat format = OutputFormat::Jsonl;
    if (!to_archive && !parse_output_format(state->format, format)) {
      print_error(io, "unknown --format '" + state->format + "'; use json, jsonl, xml, csv, outline or sqlite");
      return int{kUsage};
    }
    // -o DIR/ or an existing directory: one file per input; else one file.
    std::string per_input_dir = state->output_dir;
    std::string single_file;
    if (!state->output.empty()) {
      std::error_code ec;
      if (state->output.back() == '/' || std::filesystem::is_directory(state->output, ec)) {
        per_input_dir = state->output;
      } else {
        single_file = state->output;
      }
    }
    if (!state->encoding.empty() && !detail::is_known_encoding(state->encoding)) {
      print_error(io, "unknown --encoding '" + state->encoding + "'; known encodings include " +
                          std::string(detail::kCommonEncodings) + " (any name ICU knows; see docs/encodings.md)");
      return int{kUsage};
    }
    const char* usage = nullptr;
    if (state->pretty && state->compact) {
      usage = "--pretty and --compact contradict each other; give one";
    } else if (!state->output.empty() && !state->output_dir.empty()) {
      usage = "-o and --output-dir both name a destination; give one";
    } else if (state->jsonl_input && (!state->inputs.empty() || !state->files0_from.empty())) {
      usage = "--jsonl-input reads standard input only; do not name inputs or --files0-from";
    } else if (state->jsonl_input && !per_input_dir.empty()) {
      usage = "--jsonl-input writes one stream; drop --output-dir (-o FILE is fine)";
    } else if (state->skip_existing && per_input_dir.empty()) {
      usage = "--skip-existing needs --output-dir DIR (or -o DIR/)";
    } else if (to_archive && single_file.empty()) {
      usage = per_input_dir.empty() ? "--format sqlite writes a database, not standard output; give -o FILE"
                                    : "--format sqlite writes one database; give -o FILE, not a directory";
    } else if (state->no_fts && !to_archive) {
      usage = "--no-fts is about the full-text index of --format sqlite; drop it or use -f sqlite";
    } else if (to_archive && state->skip_existing) {
      usage = "--format sqlite skips what the database holds already; drop --skip-existing";
    }
    if (usage) {
      print_error(io, usage);
      return int{kUsage};
    }
    // The destination is checked once, before any input is read.
    std::string error;
    // The archive is updated in place (that is what makes reruns cheap);
    // other formats write a temporary file renamed at the end.
    detail::Archive::Settings archive_settings;
    archive_settings.full_text = !state->no_fts;
    std::unique_ptr<detail::Archive> archive =
        to_archive ? detail::Archive::open(single_file, archive_settings, error) : nullptr;
    std::optional<detail::OutputFile> file =
        single_file.empty() || to_archive ? std::nullopt : detail::OutputFile::open(single_file, error);
    if (!per_input_dir.empty()) error = detail::check_output_dir(per_input_dir);
    {
      if (!error.empty()) {
        print_error(io, "cannot write to " + (single_file.empty() ? per_input_dir : single_file) + ": " + error);
        return int{kUsage};
      }
    }
    std::ostream& out = file ? file->stream() : io.out;
    const bool to_stdout = per_input_dir.empty() && single_file.empty();

    Options options;
    options.encoding = state->encoding;
    options.max_bytes = state->max_bytes;
    options.input_format = state->input_format;
    WriteOptions write;
    write.pretty = state->pretty || (io.out_is_terminal && !state->compact && to_stdout);
    write.color = use_color(io, state->color, io.out_is_terminal) && to_stdout;
    write.record_count = state->inputs.size();

    ProgressLine progress(io, io.err_is_terminal && !state->quiet);
    detail::BatchOptions batch;
    batch.parse = options;
    batch.format = format;
    batch.write = write;
    batch.jobs = jobs_or_cores(state->jobs);
    if (!per_input_dir.empty()) batch.output_dir = std::filesystem::path(per_input_dir);
    batch.sink = archive.get();
    batch.skip_existing = state->skip_existing;
    batch.stdin_stream = &io.in;
    batch.on_error = [&](const std::string& message) {
      progress.clear();
      print_error(io, message);
    };
    batch.on_progress = [&](const detail::BatchProgress& p) { progress.update(p); };

    detail::BatchStats stats;
    try {
      if (state->jsonl_input) {
        stats = detail::run_stream(io.in, batch, out);
      } else {
        const auto inputs =
            select_inputs(io, state->inputs, state->files0_from, state->globs, format, " or --jsonl-input");
        if (!inputs) return int{kUsage};
        stats = detail::run_batch(*inputs, batch, out);
      }
      if (archive) {
        archive->finish();  // the last notices, then the full-text index if it is to be built
      } else if (file) {
        file->commit();  // all records written: rename into place
      } else {
        check_output(io.out, true);  // before the summary: it must not claim records that were lost
      }
    } catch (const OutputError& e) {
      progress.clear();
      if ((file || archive) && e.where().empty()) throw OutputError(e.error(), single_file);  // name the file
      throw;  // run() reports it; no summary
    }
    progress.clear();
    if (!state->quiet && (stats.inputs > 1 || io.err_is_terminal)) {
      io.err << io.program << ": " << detail::format_summary(stats) << "\n";
    }
    return stats.failed > 0 ? int{kInputFailed} : int{kOk};
  };
}

}  // namespace tongbao::cli
