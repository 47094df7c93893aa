// `tongbao check` skeleton; the linter comes with issue 6.
#include <CLI/CLI.hpp>

#include "cli.h"

namespace tongbao::cli {

Runner add_check_command(CLI::App& app, Io& io) {
  auto* cmd = app.add_subcommand("check", "Report what looks wrong in notices");
  auto files = std::make_shared<std::vector<std::string>>();
  cmd->add_option("files", *files, "Files to check")->required();
  return [&io]() {
    print_error(io, "check is not available in this build");
    return int{kUsage};
  };
}

}  // namespace tongbao::cli
