// `tongbao schema` skeleton; the schemas come with issue 5.
#include <CLI/CLI.hpp>

#include "cli.h"

namespace tongbao::cli {

Runner add_schema_command(CLI::App& app, Io& io) {
  auto* cmd = app.add_subcommand("schema", "Print the JSON Schema or XSD of tongbao/1 records");
  auto which = std::make_shared<std::string>();
  cmd->add_option("which", *which, "json or xml")->required();
  return [&io]() {
    print_error(io, "schema is not available in this build");
    return int{kUsage};
  };
}

}  // namespace tongbao::cli
