// The tongbao executable: everything it does is in the library (cli.cc),
// which the tests link too.
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string_view>

#include "cli/cli.h"

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  // Standard output through a buffer that keeps the errno of a failed
  // write, so that "disk full" or "broken pipe" is reported, not lost.
  // Redirected to a file, the writes run behind the parsing.
  tongbao::cli::FdOutBuf out_buf(STDOUT_FILENO, 64 * 1024, tongbao::cli::FdOutBuf::Writes::kBehindToFile);
  std::ostream out(&out_buf);
  tongbao::cli::Io io{std::cin, out, std::cerr};
  io.out_is_terminal = isatty(STDOUT_FILENO) != 0;
  io.err_is_terminal = isatty(STDERR_FILENO) != 0;
  const char* no_color = std::getenv("NO_COLOR");
  io.no_color = no_color != nullptr && *no_color != '\0';
  const char* force = std::getenv("CLICOLOR_FORCE");
  io.clicolor_force = force != nullptr && *force != '\0' && std::string_view(force) != "0";
  int status = tongbao::cli::run(argc, argv, io);
  // run() has flushed and checked; this catches only what came after.
  out.flush();
  if (!out && status != tongbao::cli::kOutputFailed) {
    if (out_buf.error() != EPIPE) {
      std::cerr << io.program << ": error: writing output: " << std::strerror(out_buf.error() ? out_buf.error() : EIO)
                << "\n";
    }
    status = tongbao::cli::kOutputFailed;
  }
  return status;
}
