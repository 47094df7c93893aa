// cli.h - the tongbao command line, as a library function the tests call.
//
// Exit status (also in docs/usage.md):
//   0  success; `check`: no errors (warnings alone do not fail)
//   1  `check`: errors, or warnings with --strict
//   2  usage error (unknown option, missing argument)
//   3  `parse`: at least one input could not be made into a record
#pragma once

#include <iosfwd>
#include <functional>
#include <string>

namespace CLI {
class App;
}

namespace tongbao::cli {

enum Exit { kOk = 0, kFindings = 1, kUsage = 2, kInputFailed = 3 };

// The process's streams and what they are connected to.
struct Io {
  std::istream& in;
  std::ostream& out;
  std::ostream& err;
  bool out_is_terminal = false;
  bool err_is_terminal = false;
  bool no_color = false;  // NO_COLOR is set
  std::string program = "tongbao";
};

// Runs `tongbao ARGS...`; never throws.
int run(int argc, const char* const* argv, Io& io);

// Prints "tongbao: error: MESSAGE" to io.err. A message that names a place
// reads "FILE:LINE:COL: what went wrong; what to do".
void print_error(Io& io, const std::string& message);

// Each subcommand registers itself on the app and returns the function that
// runs it once the command line is parsed.
using Runner = std::function<int()>;
Runner add_parse_command(CLI::App& app, Io& io);
Runner add_check_command(CLI::App& app, Io& io);
Runner add_schema_command(CLI::App& app, Io& io);

}  // namespace tongbao::cli
