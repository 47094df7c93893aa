// batch.h - many inputs to records: directory walks, worker threads that
// read, parse and render, one writer that emits in input order, atomic
// per-input output files, and the JSON Lines streaming mode for engines
// (GNU parallel, Hadoop Streaming, Spark). `tongbao parse` is a thin command
// line over this; docs/batch.md describes the behaviour users see.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <iosfwd>
#include <memory>
#include <ostream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tongbao/document.h"
#include "tongbao/error.h"
#include "tongbao/emit.h"
#include "tongbao/options.h"

namespace tongbao::detail {

// One input of a batch, known before any of it is read.
struct BatchInput {
  std::string path;    // recorded as source.path; "-" is standard input
  std::string output;  // relative output path under -o DIR, format extension included
  // Set when the walk already knows no record can be made (dangling link,
  // unreadable directory): the input gives this error record.
  std::optional<RecordError> error;
};

// Which files a directory walk takes. Explicitly named files are always taken.
struct Selection {
  // fnmatch patterns; when not empty they replace the default extensions.
  // A pattern with a '/' matches the path relative to the named directory,
  // one without matches the file name.
  std::vector<std::string> globs;
};

// True when the default selection takes a file of this name: a notice-like
// extension (see kNoticeExtensions in batch.cc, any case) or none at all.
bool is_notice_name(std::string_view file_name);

// The output extension of a format: ".json", ".jsonl", ".xml", ".csv", ".txt".
const char* output_extension(OutputFormat format);

// Expands named inputs into the batch, in order: files as named, directories
// walked recursively (links to files followed, links to directories followed
// once each so that cycles end, hidden entries skipped) and their files in
// byte order of the path. Output names mirror the path relative to the named
// directory (for a named file: its file name) with the extension replaced by
// `format`'s; where two inputs would share an output the later keeps its
// own extension too ("a.html.json"), then gets a number ("a.2.json").
// A named directory from which the walk takes no file is added to
// `empty_folders` when given: the commands say so rather than stay silent.
std::vector<BatchInput> collect_inputs(const std::vector<std::string>& named, const Selection& selection,
                                       OutputFormat format, std::vector<std::string>* empty_folders = nullptr);

// The default selection's extensions, for messages: ".txt .htm .html ...".
std::string notice_extensions_list();

// Splits NUL-separated paths (as `find -print0` writes); empty names are dropped.
std::vector<std::string> split_nul_paths(std::string_view bytes);

// The input layer that `parse` and `check` share: the named inputs, then
// the paths listed in `files0_from` (a file, or "-" for `in`). A usage
// problem (no inputs at all, standard input named twice, a list that cannot
// be opened) leaves `usage_error` set and returns nullopt.
std::optional<std::vector<std::string>> gather_named(const std::vector<std::string>& inputs,
                                                     const std::string& files0_from, std::istream& in,
                                                     std::string& usage_error);

// The bytes of one collected input: its walk error, standard input
// (`stdin_stream`; an error when null) or the file.
Result<std::string> read_input(const BatchInput& input, std::istream* stdin_stream, std::size_t max_bytes);

// Calls work(i) for each i in [0, count) on `jobs` threads (0 means 1),
// with at most jobs * 4 in flight, and calls the function each returns in
// the order of i, one at a time. An exception from a returned function (a
// failed write) stops the run and is rethrown; `work` must not throw.
void run_in_order(std::size_t count, unsigned jobs,
                  const std::function<std::function<void()>(std::size_t)>& work);

// What the batch did, for the summary line.
struct BatchStats {
  std::size_t inputs = 0;    // records emitted or files written, skipped included
  std::size_t parsed = 0;    // records without error (warnings allowed)
  std::size_t warned = 0;    // of those, with a warning or error diagnostic
  std::size_t failed = 0;    // error records, and outputs that could not be written
  std::size_t skipped = 0;   // --skip-existing found the output already there
  std::uint64_t bytes = 0;   // input bytes read
  double seconds = 0;
};

// Called by the writer thread after each record, in input order.
struct BatchProgress {
  std::size_t done = 0;
  std::size_t total = 0;  // 0 when unknown (streaming)
  std::uint64_t bytes = 0;
  double seconds = 0;
};

// Where records go instead of a stream (the SQLite archive, archive.h).
class RecordSink {
 public:
  virtual ~RecordSink() = default;
  // Asked by worker threads, concurrently, once an input's bytes are read:
  // true when the sink holds this input's record already and it need not
  // be parsed (the input counts as skipped).
  virtual bool holds(const std::string& path, std::string_view bytes) const = 0;
  // Called by the writer, one record at a time, in input order. Throws
  // cli::OutputError when the record could not be written: the batch stops.
  virtual void write(const Document& doc) = 0;
};

struct BatchOptions {
  Options parse;                            // max_bytes included
  OutputFormat format = OutputFormat::Jsonl;
  WriteOptions write;                       // record_count is set by the engine
  unsigned jobs = 1;                        // worker threads; 0 means 1
  std::size_t window_per_job = 4;           // records in flight = jobs * this
  std::optional<std::filesystem::path> output_dir;  // -o: one file per input
  bool skip_existing = false;
  // When set, every record goes to the sink and nothing to `out` or output_dir.
  RecordSink* sink = nullptr;
  std::istream* stdin_stream = nullptr;     // what the input "-" reads
  // "PATH: message" of every failed input, in input order. The message is
  // the record's, prefixed with the path unless it already starts with it.
  // Both callbacks are called one call at a time, in input order, but with
  // jobs > 1 from whichever worker thread finished the record due.
  std::function<void(const std::string& message)> on_error;
  std::function<void(const BatchProgress&)> on_progress;
};

// Runs a batch: one record per input, in input order whatever `jobs` is.
// Without output_dir the records (between the format's prologue and
// epilogue) go to `out`; with it, each input's record goes to its own file,
// written to a temporary file in the same directory and renamed.
BatchStats run_batch(const std::vector<BatchInput>& inputs, const BatchOptions& options, std::ostream& out);

// Streaming mode: JSON Lines on `in`, each {"id":…, "content":"…"} or
// {"id":…, "content_base64":"…"} with an optional "media_type"; one record
// per non-blank line on `out` with source.path = the id. A malformed line
// gives an error record whose path is the id when it can be read, else
// "line N". Lines longer than 2 × max_bytes + 64 KiB give a too-large record.
BatchStats run_stream(std::istream& in, const BatchOptions& options, std::ostream& out);

// Decodes standard base64 (padding optional, ASCII white space ignored);
// nullopt on any other character.
std::optional<std::string> decode_base64(std::string_view text);

// One stream line to the input it describes: id, bytes and input format.
// On a malformed line, the error record's message (and the id if readable).
struct StreamInput {
  std::string id;
  std::string bytes;
  InputFormat input_format = InputFormat::Auto;
  // "UTF-8" for "content": a JSON string is already Unicode, whatever a
  // <meta charset> inside it says. Empty for "content_base64": decode as a file.
  std::string encoding;
  std::optional<std::string> error;
};
StreamInput parse_stream_line(std::string_view line, std::size_t line_number, InputFormat default_format);

// `-o FILE`: the whole output goes to a temporary file beside FILE
// (".NAME.XXXXXX"), renamed to FILE by commit() once everything is written.
// Destroyed without commit() (an error, an early return), the temporary is
// removed and FILE is left as it was.
class OutputFile {
 public:
  // Creates the temporary; on failure nullopt and `error` holds strerror.
  static std::optional<OutputFile> open(const std::string& path, std::string& error);
  OutputFile(OutputFile&& other) noexcept;
  OutputFile& operator=(OutputFile&&) = delete;
  ~OutputFile();
  std::ostream& stream() { return *stream_; }
  // Flushes, closes and renames; throws cli::OutputError(errno, "") on failure.
  void commit();

 private:
  OutputFile(std::string path, std::string temp, int fd);
  std::string path_, temp_;
  int fd_ = -1;
  std::unique_ptr<std::streambuf> buf_;
  std::unique_ptr<std::ostream> stream_;
};

// `--output-dir DIR`: creates DIR if needed and checks that files can be
// made in it. Empty when fine, else the reason (strerror).
std::string check_output_dir(const std::string& dir);

// "412 inputs: 410 parsed (3 with warnings), 2 failed, 0 skipped; 12.3 MB in 4.1 s (3.0 MB/s)"
std::string format_summary(const BatchStats& stats);

// "120/412 files, 3.1 MB/s, 0:42 left" (total 0: "120 records, 3.1 MB/s").
std::string format_progress(const BatchProgress& progress);

}  // namespace tongbao::detail
