#include "cli/cli.h"

#include <exception>
#include <iostream>
#include <map>

#include <CLI/CLI.hpp>

namespace tongbao::cli {

void print_error(Io& io, const std::string& message) { io.err << io.program << ": error: " << message << "\n"; }

int run(int argc, const char* const* argv, Io& io) {
  CLI::App app{"tongbao: rectification notices (巡视/巡察整改通报) to structured records", "tongbao"};
  app.set_version_flag("--version", std::string("tongbao ") + TONGBAO_VERSION);
  app.require_subcommand(1);
  std::map<const CLI::App*, Runner> runners;
  auto add = [&](Runner runner) { runners[app.get_subcommands({}).back()] = std::move(runner); };
  add(add_parse_command(app, io));
  add(add_check_command(app, io));
  add(add_schema_command(app, io));
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    io.out << app.help();
    return kOk;
  } catch (const CLI::CallForAllHelp&) {
    io.out << app.help("", CLI::AppFormatMode::All);
    return kOk;
  } catch (const CLI::CallForVersion&) {
    io.out << "tongbao " << TONGBAO_VERSION << "\n";
    return kOk;
  } catch (const CLI::ParseError& e) {
    print_error(io, e.what());
    io.err << "Run '" << io.program << " --help' for usage.\n";
    return kUsage;
  }
  for (const auto& [sub, runner] : runners) {
    if (sub->parsed()) {
      try {
        return runner();
      } catch (const std::exception& e) {  // a bug, not bad input: say so, do not crash
        print_error(io, std::string("internal error: ") + e.what() + "; please report it");
        return kInputFailed;
      }
    }
  }
  return kUsage;
}

}  // namespace tongbao::cli
