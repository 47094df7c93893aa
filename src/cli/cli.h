// cli.h - the tongbao command line, as a library function the tests call.
//
// Exit status (also in docs/usage.md):
//   0  success; `check`: no errors (warnings alone do not fail)
//   1  `check`: errors, or warnings with --strict
//   2  usage error (unknown option, missing argument)
//   3  `parse`: at least one input could not be made into a record
//   4  output could not be written (disk full, broken pipe, ...): the run
//      stops at the first failed write
#pragma once

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <iosfwd>
#include <stdexcept>
#include <streambuf>
#include <string>
#include <thread>
#include <vector>

namespace CLI {
class App;
class Validator;
}

#include "cli/batch.h"

namespace tongbao::cli {

enum Exit { kOk = 0, kFindings = 1, kUsage = 2, kInputFailed = 3, kOutputFailed = 4 };

// Output (standard output or a file under -o) could not be written. Thrown
// by check_output and the batch engine; run() reports it once, as
// "writing output: <strerror>" (nothing for EPIPE: the reader went away),
// and returns kOutputFailed.
class OutputError : public std::runtime_error {
 public:
  OutputError(int error, const std::string& where);
  int error() const { return error_; }  // the errno of the failed write
  const std::string& where() const { return where_; }  // the file under -o; empty for the stream
 private:
  int error_;
  std::string where_;
};

// A buffered stream buffer over a file descriptor that keeps the errno of
// a failed write (std::cout's loses it). main() gives it to Io::out.
class FdOutBuf : public std::streambuf {
 public:
  // Where the write(2) calls run.
  enum class Writes {
    kHere,          // in the thread that fills the buffer
    kBehindToFile,  // a regular file: on a thread of their own (below); anything else: here
  };
  explicit FdOutBuf(int fd, std::size_t size = 64 * 1024, Writes writes = Writes::kHere);
  ~FdOutBuf() override;
  int error() const { return error_.load(); }  // 0 until a write fails

 protected:
  int_type overflow(int_type c) override;
  std::streamsize xsputn(const char* s, std::streamsize n) override;
  // Returns once every byte handed over is written (or a write failed).
  int sync() override;

 private:
  bool write_all(const char* s, std::size_t n);
  bool drain();
  bool hand_over();  // the full buffer to the writer thread; false once a write failed
  void write_behind();
  int fd_;
  std::atomic<int> error_{0};
  std::vector<char> buffer_;
  // Writes behind: for a regular file the kernel's copy into the page cache
  // is about a fifth of a parse's time (perf, 600 texts); on a thread of
  // its own it runs beside the parsing of the next records. Two buffers:
  // one filled here while the other is written.
  std::thread writer_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::vector<char> writing_;
  std::size_t writing_size_ = 0;
  bool has_writing_ = false;  // writing_ holds bytes not yet written
  bool stop_ = false;
};

// Throws OutputError when `out` has failed (flushing it first if `flush`).
// Every subcommand's output goes through this after each record and at the
// end; run() calls it once more after the subcommand returns.
void check_output(std::ostream& out, bool flush = false);

// The process's streams and what they are connected to.
struct Io {
  std::istream& in;
  std::ostream& out;
  std::ostream& err;
  bool out_is_terminal = false;
  bool err_is_terminal = false;
  bool no_color = false;        // NO_COLOR is set and not empty
  bool clicolor_force = false;  // CLICOLOR_FORCE is set, not empty and not "0"
  std::string program = "tongbao";
};

// Runs `tongbao ARGS...`; never throws.
int run(int argc, const char* const* argv, Io& io);

// Prints "tongbao: error: MESSAGE" to io.err. A message that names a place
// reads "FILE:LINE:COL: what went wrong; what to do".
void print_error(Io& io, const std::string& message);

// Checks of option values whose messages are the tool's own; CLI11 puts
// "--NAME: " before them ("--jobs: 'abc' is not a whole number from 0 to 1024").
CLI::Validator one_of(std::vector<std::string> words);
CLI::Validator whole_number_up_to(unsigned max);
CLI::Validator size_value();  // bytes, or with k, M, G (as CLI::AsSizeValue reads them)

// --color, as ripgrep's: `auto` colours a terminal only, and is where the
// environment has its say (NO_COLOR turns colour off, CLICOLOR_FORCE turns it
// on even into a pipe, for `less -R`; of the two, the force wins, being the
// narrower request); `always` and `never` decide whatever the environment.
enum class ColorChoice { Auto, Always, Never };
void add_color_option(CLI::App& command, ColorChoice& choice);

// --input-format auto|text|html|markdown, shared by the commands that read
// notices; the choice lands in `format`.
void add_input_format_option(CLI::App& command, InputFormat& format);
bool use_color(const Io& io, ColorChoice choice, bool stream_is_terminal);

// The input layer every command shares: the named inputs and the paths of
// `files0_from`, folders walked with `globs` (or the notice-like names).
// Warns of each named folder from which no file was selected. A usage
// problem, or nothing selected at all (a CI job pointed at an empty or
// mistyped site folder must not pass as "0 files, all clean"), is printed
// as an error and gives nullopt: the command exits 2. `no_inputs_hint` is
// added to the message when no input was named at all.
std::optional<std::vector<detail::BatchInput>> select_inputs(Io& io, const std::vector<std::string>& inputs,
                                                             const std::string& files0_from,
                                                             const std::vector<std::string>& globs,
                                                             OutputFormat format,
                                                             const std::string& no_inputs_hint = {});

// --jobs: the number given, or the number of cores for 0.
unsigned jobs_or_cores(unsigned jobs);

// Prints "tongbao: warning: MESSAGE" to io.err.
void print_warning(Io& io, const std::string& message);

// Each subcommand registers itself on the app and returns the function that
// runs it once the command line is parsed.
using Runner = std::function<int()>;
Runner add_parse_command(CLI::App& app, Io& io);
Runner add_check_command(CLI::App& app, Io& io);
Runner add_schema_command(CLI::App& app, Io& io);
Runner add_stats_command(CLI::App& app, Io& io);

}  // namespace tongbao::cli
