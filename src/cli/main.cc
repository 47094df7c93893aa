// The tongbao executable: everything it does is in the library (cli.cc),
// which the tests link too.
#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include "cli/cli.h"

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  tongbao::cli::Io io{std::cin, std::cout, std::cerr};
  io.out_is_terminal = isatty(STDOUT_FILENO) != 0;
  io.err_is_terminal = isatty(STDERR_FILENO) != 0;
  const char* no_color = std::getenv("NO_COLOR");
  io.no_color = no_color != nullptr && *no_color != '\0';
  const int status = tongbao::cli::run(argc, argv, io);
  std::cout.flush();
  return status;
}
