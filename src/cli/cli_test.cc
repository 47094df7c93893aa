// The top level of the command line: commands, help, version and the
// messages for words it does not know, in the tool's own words.
#include "cli/cli.h"

#include <catch2/catch.hpp>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct Outcome {
  int status;
  std::string out, err;
};

Outcome run_words(std::vector<std::string> args) {
  args.insert(args.begin(), "tongbao");
  std::vector<const char*> argv;
  for (const std::string& a : args) argv.push_back(a.c_str());
  std::istringstream in;
  std::ostringstream out, err;
  tongbao::cli::Io io{in, out, err};
  const int status = tongbao::cli::run(static_cast<int>(argv.size()), argv.data(), io);
  return {status, out.str(), err.str()};
}

}  // namespace

TEST_CASE("cli: words it does not know get one message and the help to read", "[cli]") {
  struct Row {
    std::vector<std::string> args;
    const char* err;
  };
  const Row rows[] = {
      {{"convert"}, "tongbao: error: unknown command 'convert'\nRun 'tongbao --help' for the commands.\n"},
      {{"stat"}, "tongbao: error: unknown command 'stat'; did you mean 'stats'?\nRun 'tongbao --help' for the commands.\n"},
      {{"pasre", "a.txt"},
       "tongbao: error: unknown command 'pasre'; did you mean 'parse'?\nRun 'tongbao --help' for the commands.\n"},
      {{"--verison"},
       "tongbao: error: unknown option '--verison'; did you mean '--version'?\n"
       "Run 'tongbao --help' for the commands.\n"},
      {{"help", "convert"}, "tongbao: error: unknown command 'convert'\nRun 'tongbao --help' for the commands.\n"},
      {{"parse", "--bogus"},
       "tongbao: error: unknown option '--bogus' for 'parse'\nRun 'tongbao parse --help' for usage.\n"},
      {{"check", "--colour", "always", "a.txt"},
       "tongbao: error: unknown option '--colour' for 'check'; did you mean '--color'?\n"
       "Run 'tongbao check --help' for usage.\n"},
  };
  for (const Row& row : rows) {
    INFO(row.args.front());
    const Outcome r = run_words(row.args);
    CHECK(r.status == tongbao::cli::kUsage);
    CHECK(r.out.empty());
    CHECK(r.err == row.err);
  }
}

TEST_CASE("cli: a bad option value is named in the tool's words, with the command's help", "[cli]") {
  struct Row {
    std::vector<std::string> args;
    const char* err;
  };
  const Row rows[] = {
      {{"parse", "-j", "abc", "a.txt"}, "tongbao: error: --jobs: 'abc' is not a whole number from 0 to 1024\n"
                                         "Run 'tongbao parse --help' for usage.\n"},
      {{"check", "-j", "2000", "a.txt"}, "tongbao: error: --jobs: '2000' is not a whole number from 0 to 1024\n"
                                          "Run 'tongbao check --help' for usage.\n"},
      {{"parse", "--input-format", "pdf", "a.txt"},
       "tongbao: error: --input-format: 'pdf' is not one of auto, text, html or markdown\nRun 'tongbao parse --help' for usage.\n"},
      {{"check", "--color", "sometimes", "a.txt"},
       "tongbao: error: --color: 'sometimes' is not one of auto, always or never\n"
       "Run 'tongbao check --help' for usage.\n"},
      {{"parse", "--max-bytes", "12Q", "a.txt"},
       "tongbao: error: --max-bytes: '12Q' is not a size: a number of bytes, or one followed by k, M or G\n"
       "Run 'tongbao parse --help' for usage.\n"},
      {{"check", "-f", "xml", "a.txt"},
       "tongbao: error: --format: 'xml' is not one of text, json, sarif or github\nRun 'tongbao check --help' for usage.\n"},
  };
  for (const Row& row : rows) {
    INFO(row.args[1] << " " << row.args[2]);
    const Outcome r = run_words(row.args);
    CHECK(r.status == tongbao::cli::kUsage);
    CHECK(r.out.empty());
    CHECK(r.err == row.err);
  }
}

TEST_CASE("cli: version and help at the top level", "[cli]") {
  const Outcome dash_v = run_words({"-V"});
  CHECK(dash_v.status == 0);
  CHECK(dash_v.out == std::string("tongbao ") + TONGBAO_TEST_VERSION + "\n");
  CHECK(run_words({"--version"}).out == dash_v.out);

  const Outcome help = run_words({"help"});
  CHECK(help.status == 0);
  CHECK(help.out == run_words({"--help"}).out);
  CHECK(help.out.find("Usage: tongbao [OPTIONS] SUBCOMMAND") != std::string::npos);

  const Outcome help_check = run_words({"help", "check"});
  CHECK(help_check.status == 0);
  CHECK(help_check.out.rfind("Report what looks wrong in notices", 0) == 0);
}

TEST_CASE("cli: --input-format markdown reads standard input as Markdown", "[cli][markdown]") {
  const std::string notice = "---\ntitle: 某某党组关于巡察整改进展情况的通报\ndate: 2024-06-24\n---\n\n**一、总体情况**\n\n正文。\n";
  auto run_on = [&](std::vector<std::string> args) {
    args.insert(args.begin(), "tongbao");
    std::vector<const char*> argv;
    for (const std::string& a : args) argv.push_back(a.c_str());
    std::istringstream in(notice);
    std::ostringstream out, err;
    tongbao::cli::Io io{in, out, err};
    const int status = tongbao::cli::run(static_cast<int>(argv.size()), argv.data(), io);
    return Outcome{status, out.str(), err.str()};
  };
  const Outcome md = run_on({"parse", "--input-format", "markdown", "-f", "jsonl", "-"});
  CHECK(md.status == 0);
  CHECK(md.out.find("\"media_type\":\"text/markdown\"") != std::string::npos);
  CHECK(md.out.find("\"title\":\"某某党组关于巡察整改进展情况的通报\"") != std::string::npos);
  CHECK(md.out.find("\"published\":\"2024-06-24\"") != std::string::npos);
  CHECK(md.out.find("\"marker\":\"一、\"") != std::string::npos);
  // The same input as text: the front matter and the ** are text (title: is
  // read as a title's label, as an extractor writes it).
  const Outcome text = run_on({"parse", "--input-format", "text", "-f", "jsonl", "-"});
  CHECK(text.status == 0);
  CHECK(text.out.find("\"media_type\":\"text/plain\"") != std::string::npos);
  CHECK(text.out.find("\"title\":\"某某党组关于巡察整改进展情况的通报\"") != std::string::npos);  // title: a label
  CHECK(text.out.find("\"marker\":\"一、\"") == std::string::npos);
  CHECK(run_on({"check", "--input-format", "markdown", "-"}).status != tongbao::cli::kUsage);
  CHECK(run_on({"parse", "--input-format", "md", "-"}).status == tongbao::cli::kUsage);
}
