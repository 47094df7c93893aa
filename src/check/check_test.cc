#include "check/check.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <tuple>

#include "cli/cli.h"
#include "emit/diagnostics_format.h"
#include "tongbao/tongbao.h"
#include "text/utf8.h"

namespace {

using tongbao::Diagnostic;
using tongbao::Severity;

const std::string kSample = std::string(TONGBAO_SOURCE_DIR) + "/data/samples/whdi-fgw-2024.txt";
const std::string kFixed = std::string(TONGBAO_SOURCE_DIR) + "/tests/fixtures/check/whdi-fgw-2024-fixed.txt";

std::vector<Diagnostic> check_text(const std::string& text, bool pedantic = false) {
  tongbao::Options options;
  options.input_format = tongbao::InputFormat::Text;
  options.pedantic = pedantic;
  return tongbao::parse(text, "case.txt", options).diagnostics;
}

std::vector<Diagnostic> with_code(const std::vector<Diagnostic>& all, const std::string& code) {
  std::vector<Diagnostic> out;
  for (const Diagnostic& d : all) {
    if (d.code == code) out.push_back(d);
  }
  return out;
}

// One row per code: a minimal text with the defect, the same text fixed, and
// where the diagnostic must point. docs/diagnostics.md shows these texts.
struct Case {
  const char* code;
  const char* bad;
  const char* good;
  int line;
  int column;
  const char* quoted;  // text the message must quote
  bool pedantic = false;
};

const Case kCases[] = {
    {"numbering-gap", "1.关于“学习不深入”的问题。\n整改情况:一是加强学习。二是健全制度。四是强化督促。\n",
     "1.关于“学习不深入”的问题。\n整改情况:一是加强学习。二是健全制度。三是强化督促。\n", 2, 20, "“三是” is missing"},
    {"numbering-duplicate", "1.关于“学习不深入”的问题。\n整改情况:一是加强学习。二是健全制度。二是强化督促。\n",
     "1.关于“学习不深入”的问题。\n整改情况:一是加强学习。二是健全制度。三是强化督促。\n", 2, 20, "“二是”"},
    {"numbering-restart",
     "1.关于“学习不深入”的问题。\n整改情况:一是加强学习。\n2.关于“制度不健全”的问题。\n整改情况:一是修订制度。\n"
     "1.关于“监督不到位”的问题。\n整改情况:一是强化监督。\n",
     "1.关于“学习不深入”的问题。\n整改情况:一是加强学习。\n2.关于“制度不健全”的问题。\n整改情况:一是修订制度。\n"
     "3.关于“监督不到位”的问题。\n整改情况:一是强化监督。\n",
     5, 1, "“1.” starts the numbering again after “2.”"},
    {"mixed-marker-style",
     "1.关于“学习不深入”的问题。\n整改情况:一是加强学习。\n2、关于“制度不健全”的问题。\n整改情况:一是修订制度。\n"
     "3.关于“监督不到位”的问题。\n整改情况:一是强化监督。\n",
     "1.关于“学习不深入”的问题。\n整改情况:一是加强学习。\n2.关于“制度不健全”的问题。\n整改情况:一是修订制度。\n"
     "3.关于“监督不到位”的问题。\n整改情况:一是强化监督。\n",
     3, 1, "“2、”"},
    {"label-missing",
     "1.关于“学习不深入”的问题。\n整改情况:一是加强学习。\n2.关于“制度不健全”的问题。\n整改情况:一是修订制度。\n"
     "3.关于“监督不到位”的问题。\n一是强化监督。\n",
     "1.关于“学习不深入”的问题。\n整改情况:一是加强学习。\n2.关于“制度不健全”的问题。\n整改情况:一是修订制度。\n"
     "3.关于“监督不到位”的问题。\n整改情况:一是强化监督。\n",
     6, 1, "“整改情况:”"},
    {"empty-unit",
     "1.关于“学习不深入”的问题。\n整改情况:一是加强学习。\n2.关于“制度不健全”的问题。\n"
     "3.关于“监督不到位”的问题。\n整改情况:一是强化监督。\n",
     "1.关于“学习不深入”的问题。\n整改情况:一是加强学习。\n2.关于“制度不健全”的问题。\n整改情况:一是修订制度。\n"
     "3.关于“监督不到位”的问题。\n整改情况:一是强化监督。\n",
     3, 1, "“制度不健全”"},
    {"unbalanced-quote", "1.关于“学习不深入的问题。\n整改情况:一是加强学习。\n",
     "1.关于“学习不深入”的问题。\n整改情况:一是加强学习。\n", 1, 5, "“学习不深入的问题。"},
    {"unbalanced-bracket", "整改情况:印发《学习制度,抓好落实。\n", "整改情况:印发《学习制度》,抓好落实。\n", 1, 8,
     "《学习制度,抓好落实。"},
    {"punctuation-in-quotes", "1.关于“学习不深入。”的问题\n整改情况:一是加强学习。\n",
     "1.关于“学习不深入”的问题。\n整改情况:一是加强学习。\n", 1, 11, "学习不深入。”的问题"},
    {"stray-space", "1.关于“党组书记履行 ‘第一责任人’责任不到位”的问题。\n整改情况:一是加强学习。\n",
     "1.关于“党组书记履行‘第一责任人’责任不到位”的问题。\n整改情况:一是加强学习。\n", 1, 12, "履行 ‘第一责任人"},
    {"placeholder", "市委第xx巡察组对某局党组进行了巡察。\n", "市委第一巡察组对某局党组进行了巡察。\n", 1, 4, "“xx”"},
    {"malformed-date", "2024年717日,市委第一巡察组对某局党组进行了巡察。\n",
     "2024年7月17日,市委第一巡察组对某局党组进行了巡察。\n", 1, 6, "“717日”"},
    {"missing-number", "市委第巡察组对某局党组进行了巡察。\n", "市委第一巡察组对某局党组进行了巡察。\n", 1, 3,
     "第巡察组"},
    {"missing-title", "根据市委统一部署,市委第一巡察组对某局党组进行了巡察。\n",
     "中共某局党组关于巡察整改进展情况的通报\n根据市委统一部署,市委第一巡察组对某局党组进行了巡察。\n", 1, 1,
     "根据市委统一部署"},
    {"missing-date", "关于巡察整改进展情况的通报\n1.关于“学习不深入”的问题。\n整改情况:一是加强学习。\n",
     "关于巡察整改进展情况的通报\n1.关于“学习不深入”的问题。\n整改情况:一是加强学习。\n2024年6月17日\n", 3, 6,
     "一是加强学习。"},
    {"not-a-notice", "关于开展读书活动的安排\n各单位:请认真组织读书活动。\n2024年6月17日\n",
     "关于巡察整改进展情况的通报\n各单位:请认真抓好巡察反馈问题整改。\n2024年6月17日\n", 1, 1, "整改"},
    {"empty-document", " \n\n", "关于巡察整改进展情况的通报\n", 1, 1, "no text"},
    {"halfwidth-punctuation", "整改情况:一是加强学习,二是健全制度。\n", "整改情况：一是加强学习，二是健全制度。\n", 1,
     5, "“:”", true},
    {"fullwidth-alphanumeric", "２０２４年6月17日,党组召开会议。\n", "2024年6月17日,党组召开会议。\n", 1, 1, "“２”",
     true},
    {"ideograph-space", "整改情况:局长 刘某主持会议。\n", "整改情况:局长刘某主持会议。\n", 1, 8, "局长 刘某", true},
};

}  // namespace

const std::set<std::string> kStageCodes = {"invalid-bytes",     "nul-dropped",    "unknown-encoding",
                                           "encoding-mismatch", "html-truncated", "html-deep-nesting",
                                           "html-too-large",    "html-parser",    "html-duplicate-article",
                                           "markdown-deep-nesting"};

TEST_CASE("every catalogue code has a bad and a fixed text, and the table is consistent", "[check]") {
  std::set<std::string> covered;
  for (const Case& c : kCases) {
    CAPTURE(c.code);
    REQUIRE(tongbao::detail::find_check(c.code) != nullptr);
    CHECK(covered.insert(c.code).second);
  }
  std::set<std::string> codes;
  for (const auto& row : tongbao::detail::catalogue()) {
    CHECK(codes.insert(std::string(row.code)).second);  // no code twice
    CHECK(!row.summary.empty());
    // The decoder's and the HTML stage's codes are tested with those stages.
    if (!kStageCodes.count(std::string(row.code))) CHECK(covered.count(std::string(row.code)) == 1);
  }
  CHECK(tongbao::detail::find_check("no-such-code") == nullptr);
}

TEST_CASE("each check fires on its bad text, at the offending text, and not on the fixed twin", "[check]") {
  for (const Case& c : kCases) {
    CAPTURE(c.code, c.bad);
    const auto bad = with_code(check_text(c.bad, c.pedantic), c.code);
    REQUIRE(bad.size() == 1);
    CHECK(bad[0].line == c.line);
    CHECK(bad[0].column == c.column);
    CHECK(bad[0].severity == tongbao::detail::find_check(c.code)->severity);
    CHECK_THAT(bad[0].message, Catch::Contains(c.quoted));
    CAPTURE(c.good);
    CHECK(with_code(check_text(c.good, c.pedantic), c.code).empty());
  }
}

TEST_CASE("opt-in checks stay quiet without pedantic", "[check]") {
  for (const Case& c : kCases) {
    if (!c.pedantic) continue;
    CAPTURE(c.code);
    CHECK(with_code(check_text(c.bad, false), c.code).empty());
  }
}

TEST_CASE("numbering-gap messages name the missing markers in the writing of the marker", "[check]") {
  const auto one =
      with_code(check_text("1.关于“甲”的问题。\n整改情况:一是加强学习。\n3.关于“乙”的问题。\n整改情况:一是修订。\n"),
                "numbering-gap");
  REQUIRE(one.size() == 1);
  CHECK(one[0].message == "“3.” follows “1.”: “2.” is missing");
  CHECK(one[0].line == 3);
  CHECK(one[0].node == std::optional<std::string>("2"));
  const auto range =
      with_code(check_text("1.关于“甲”的问题。\n整改情况:一是学习。二是督促。十二是整改。\n"), "numbering-gap");
  REQUIRE(range.size() == 1);
  CHECK(range[0].message == "“十二是” follows “二是”: “三是” to “十一是” are missing");
}

TEST_CASE("a measure written where no marker opens is not missing", "[check]") {
  // 一是 after a comma is not a marker (the outline sees 二是 三是), but it is there.
  CHECK(with_code(check_text("1.关于“甲”的问题。\n整改情况:他强调,一是加强学习;二是健全制度。三是强化督促。\n"),
                  "numbering-gap")
            .empty());
  const auto missing = with_code(
      check_text("1.关于“甲”的问题。\n整改情况:他强调,要加强学习;二是健全制度。三是强化督促。\n"), "numbering-gap");
  REQUIRE(missing.size() == 1);
  CHECK(missing[0].message == "numbering starts at “二是”: “一是” is missing");
}

TEST_CASE("a sequence numbered on across parents is not a gap", "[check]") {
  const std::string text =
      "一、组织领导情况\n1.关于“学习不深入”的问题。\n整改情况:一是加强学习。\n"
      "二、整改进展情况\n2.关于“制度不健全”的问题。\n整改情况:一是修订制度。\n";
  CHECK(with_code(check_text(text), "numbering-gap").empty());
  // A parent in between with no items does not break the run.
  const std::string interleaved =
      "一、组织领导情况\n1.关于“学习不深入”的问题。\n整改情况:一是加强学习。\n"
      "二、总体情况\n各项整改有序推进。\n"
      "三、整改进展情况\n2.关于“制度不健全”的问题。\n整改情况:一是修订制度。\n";
  CHECK(with_code(check_text(interleaved), "numbering-gap").empty());
  // ... but starting again at 3 under the next parent is.
  const std::string skipped =
      "一、组织领导情况\n1.关于“学习不深入”的问题。\n整改情况:一是加强学习。\n"
      "二、整改进展情况\n3.关于“制度不健全”的问题。\n整改情况:一是修订制度。\n";
  const auto gap = with_code(check_text(skipped), "numbering-gap");
  REQUIRE(gap.size() == 1);
  CHECK(gap[0].line == 5);
}

TEST_CASE("quotes: nesting, apostrophes, straight quotes and complete quotations", "[check]") {
  CHECK(with_code(check_text("整改情况:学习“‘两个维护’”精神。\n"), "unbalanced-quote").empty());
  CHECK(with_code(check_text("整改情况:学习\"两个维护\"精神。\n"), "unbalanced-quote").empty());
  CHECK(with_code(check_text("整改情况:学习“两个维护\"精神。\n"), "unbalanced-quote").empty());  // folded ”
  const auto closer = with_code(check_text("整改情况:学习两个维护”精神。\n"), "unbalanced-quote");
  REQUIRE(closer.size() == 1);
  CHECK(closer[0].column == 12);
  // A full sentence quoted before the next one starts keeps its full stop.
  CHECK(with_code(check_text("他说:“关键看基层。”全国政协的报告也这样讲。\n"), "punctuation-in-quotes").empty());
  // A quote never closed is reported once, at its opening mark, in a run-in heading and body alike.
  const auto open = with_code(check_text("(一)关于“学习不深入。一是加强学习。\n"), "unbalanced-quote");
  REQUIRE(open.size() == 1);
  CHECK(open[0].column == 6);
}

TEST_CASE("the sample's known defects at their exact positions", "[check][sample]") {
  std::ifstream in(kSample, std::ios::binary);
  REQUIRE(in);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto diagnostics = tongbao::parse(bytes, kSample).diagnostics;
  std::sort(diagnostics.begin(), diagnostics.end(),
            [](const Diagnostic& a, const Diagnostic& b) { return a.line < b.line; });
  struct Expected {
    const char* code;
    int line;
    int column;
    const char* node;
  };
  const Expected expected[] = {
      {"punctuation-in-quotes", 62, 30, "2.12"},  // 不大。”的问题
      {"stray-space", 110, 13, "2.24"},           // 履行 ‘第一责任人’
      {"stray-space", 114, 13, "2.25"},           // 履行 ‘一岗双责’
      {"numbering-gap", 128, 191, "2.28.4"},      // 五是 after 三是
      {"label-missing", 140, 1, "2.31"},          // item 31 has no 整改情况:
      {"unbalanced-quote", 170, 6, "2.39"},       // “党员发展程序不规范的问题。
  };
  REQUIRE(diagnostics.size() == std::size(expected));
  for (std::size_t i = 0; i < std::size(expected); ++i) {
    CAPTURE(i, diagnostics[i].message);
    CHECK(diagnostics[i].code == expected[i].code);
    CHECK(diagnostics[i].line == expected[i].line);
    CHECK(diagnostics[i].column == expected[i].column);
    CHECK(diagnostics[i].node == std::optional<std::string>(expected[i].node));
    CHECK(diagnostics[i].severity == Severity::Warning);
  }
  CHECK(diagnostics[3].message == "“五是” follows “三是”: “四是” is missing");
}

TEST_CASE("the corrected sample has no diagnostics at all", "[check][sample]") {
  std::ifstream in(kFixed, std::ios::binary);
  REQUIRE(in);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const auto diagnostics = tongbao::parse(bytes, kFixed).diagnostics;
  for (const Diagnostic& d : diagnostics) WARN(d.line << ":" << d.column << " " << d.code << " " << d.message);
  CHECK(diagnostics.empty());
}

// ------------------------------------------------------------------ output

TEST_CASE("caret lines pad by display width and keep tabs", "[check][format]") {
  using tongbao::detail::caret_lines;
  auto wide = caret_lines("1.关于“甲”", 4);  // under 于: 1 . 关 -> 1 + 1 + 2 columns
  CHECK(wide.source == "1.关于“甲”");
  CHECK(wide.caret == "    ^");
  CHECK(caret_lines("\t一是", 2).caret == "\t^");
  CHECK(caret_lines("ab", 9).caret == "  ^");  // past the end: after the last character
  CHECK(tongbao::detail::display_width(U'中') == 2);
  CHECK(tongbao::detail::display_width(U'Ａ') == 2);
  CHECK(tongbao::detail::display_width(U'a') == 1);
  CHECK(tongbao::detail::display_width(0x0301) == 0);  // combining acute
}

TEST_CASE("caret lines cut long lines to a window around the column", "[check][format]") {
  std::string line;
  for (int i = 0; i < 200; ++i) line += "汉";
  const auto lines = tongbao::detail::caret_lines(line, 150, 40);
  CHECK(lines.source.rfind("...", 0) == 0);
  CHECK(lines.source.size() >= 6);
  CHECK(lines.source.substr(lines.source.size() - 3) == "...");
  // Every character is 2 columns: the caret sits under the 150th, which the
  // window shows after "..." and 6 characters (a third of 40 columns, in whole characters).
  CHECK(lines.caret == std::string(3 + 2 * 6, ' ') + "^");
}

TEST_CASE("source_line counts LF, CRLF and CR line ends like the text stage", "[check][format]") {
  using tongbao::detail::source_line;
  CHECK(source_line("a\r\nb\rc\nd", 2) == "b");
  CHECK(source_line("a\r\nb\rc\nd", 4) == "d");
  CHECK(source_line("a\nb", 3).empty());
  CHECK(source_line("a", 0).empty());
}

namespace {

struct RunResult {
  int status;
  std::string out;
  std::string err;
};

RunResult run_cli(std::vector<std::string> args, bool terminal = false, bool no_color = false) {
  std::istringstream in;
  std::ostringstream out, err;
  tongbao::cli::Io io{in, out, err};
  io.out_is_terminal = terminal;
  io.no_color = no_color;
  args.insert(args.begin(), "tongbao");
  std::vector<const char*> argv;
  for (const auto& a : args) argv.push_back(a.c_str());
  const int status = tongbao::cli::run(static_cast<int>(argv.size()), argv.data(), io);
  return {status, out.str(), err.str()};
}

std::string write_temp(const std::string& name, const std::string& text) {
  const auto dir = std::filesystem::temp_directory_path() / "tongbao-check-test";
  std::filesystem::create_directories(dir);
  const auto path = dir / name;
  std::ofstream(path, std::ios::binary) << text;
  return path.string();
}

}  // namespace

TEST_CASE("check exit status: warnings pass, --strict fails, errors fail", "[check][cli]") {
  CHECK(run_cli({"check", kSample}).status == 0);
  CHECK(run_cli({"check", "--strict", kSample}).status == 1);
  CHECK(run_cli({"check", "--strict", kFixed}).status == 0);
  CHECK(run_cli({"check", "--strict", kFixed}).out.empty());
  const std::string empty = write_temp("empty.txt", "\n");
  const auto errors = run_cli({"check", empty});
  CHECK(errors.status == 1);  // empty-document is an error
  CHECK_THAT(errors.out, Catch::Contains("error: the input has no text to check [empty-document]"));
  // Ignoring the only findings passes even --strict.
  CHECK(run_cli({"check", "--strict", "--ignore", "numbering-gap,unbalanced-quote,stray-space", "--ignore",
                 "label-missing", "--ignore", "punctuation-in-quotes", kSample})
            .status == 0);
}

TEST_CASE("check usage errors and unreadable files", "[check][cli]") {
  const auto unknown = run_cli({"check", "--select", "numbering-gapp", kSample});
  CHECK(unknown.status == 2);
  CHECK_THAT(unknown.err, Catch::Contains("unknown diagnostic code 'numbering-gapp' in --select"));
  CHECK_THAT(unknown.err, Catch::Contains("numbering-gap, "));
  CHECK_THAT(unknown.err, Catch::Contains("docs/diagnostics.md"));
  CHECK(run_cli({"check", "--ignore", "nope", kSample}).status == 2);
  CHECK(run_cli({"check", "--format", "xml", kSample}).status == 2);
  CHECK(run_cli({"check"}).status == 2);
  const auto missing = run_cli({"check", "/nonexistent/notice.txt", kFixed});
  CHECK(missing.status == 3);
  CHECK_THAT(missing.err, Catch::StartsWith("tongbao: error: /nonexistent/notice.txt: "));
}

TEST_CASE("check --select reports only the codes named and turns opt-in checks on", "[check][cli]") {
  const auto gap = run_cli({"check", "--format", "github", "--select", "numbering-gap", kSample});
  CHECK(gap.out == "::warning file=" + kSample +
                       ",line=128,col=191,title=numbering-gap::“五是” follows “三是”: “四是” is missing\n");
  const auto half = run_cli({"check", "--format", "github", "--select", "halfwidth-punctuation", kFixed});
  CHECK_THAT(half.out, Catch::Contains("title=halfwidth-punctuation"));
  CHECK(run_cli({"check", "--format", "github", kFixed}).out.empty());
  // --select takes one code (or a comma list) per occurrence, never the files after it.
  const auto two = run_cli({"check", "--format", "github", "--select", "numbering-gap", kSample, kFixed});
  CHECK(two.status == 0);
  CHECK(two.out == gap.out);
  const auto both = run_cli(
      {"check", "--format", "github", "--select", "numbering-gap", "--select", "unbalanced-quote", kSample});
  CHECK(std::count(both.out.begin(), both.out.end(), '\n') == 2);
}

TEST_CASE("text format: position, severity, message, code, source line and caret", "[check][cli]") {
  const std::string path = write_temp("quote.txt", "标题\n39.关于“党员发展程序不规范的问题。\n");
  const auto result = run_cli({"check", "--select", "unbalanced-quote", path});
  CHECK(result.status == 0);
  CHECK(result.out ==
        path +
            ":2:6: warning: opening quote “ is never closed: “党员发展程序不规范的问题。 [unbalanced-quote]\n"
            "39.关于“党员发展程序不规范的问题。\n"
            "       ^\n"
            "0 errors, 1 warning, 0 notes in 1 file\n");
  // Colour only on a terminal, and never with NO_COLOR.
  CHECK_THAT(run_cli({"check", path}, true, false).out, Catch::Contains("\x1b["));
  CHECK_THAT(run_cli({"check", path}, true, true).out, !Catch::Contains("\x1b["));
  CHECK_THAT(run_cli({"check", path}, false, false).out, !Catch::Contains("\x1b["));
}

TEST_CASE("github format: one workflow command per diagnostic, escaped", "[check][cli]") {
  const auto result = run_cli({"check", "--format", "github", kSample});
  std::istringstream lines(result.out);
  std::string line;
  int count = 0;
  bool quote_170 = false;
  while (std::getline(lines, line)) {
    ++count;
    CHECK(line.rfind("::warning file=", 0) == 0);
    if (line.find(",line=170,col=6,title=unbalanced-quote::") != std::string::npos) quote_170 = true;
  }
  CHECK(count == 6);
  CHECK(quote_170);
  tongbao::detail::CheckedFile file{"a,b:c.txt", "", {}, std::nullopt};
  file.diagnostics.push_back(Diagnostic{Severity::Note, "not-a-notice", "50% of it\nis odd", 1, 2, std::nullopt});
  CHECK(tongbao::detail::render_github(file) ==
        "::notice file=a%2Cb%3Ac.txt,line=1,col=2,title=not-a-notice::50%25 of it%0Ais odd\n");
}

TEST_CASE("json format: an array of {path, diagnostics}", "[check][cli]") {
  const auto result = run_cli({"check", "--format", "json", kSample, "/nonexistent/notice.txt"});
  CHECK(result.status == 3);
  const auto json = nlohmann::json::parse(result.out);  // throws if not valid JSON
  REQUIRE(json.is_array());
  REQUIRE(json.size() == 2);
  CHECK(json[0]["path"] == kSample);
  REQUIRE(json[0]["diagnostics"].size() == 6);
  const auto& gap = json[0]["diagnostics"][3];
  CHECK(gap["code"] == "numbering-gap");
  CHECK(gap["severity"] == "warning");
  CHECK(gap["line"] == 128);
  CHECK(gap["column"] == 191);
  CHECK(gap["node"] == "2.28.4");
  CHECK(json[1]["error"]["code"] == "unreadable");
  CHECK(json[1]["diagnostics"].empty());
}

TEST_CASE("sarif format: SARIF 2.1.0, the catalogue as rules, physical locations", "[check][cli]") {
  const auto result = run_cli({"check", "--format", "sarif", kSample});
  CHECK(result.status == 0);
  const auto sarif = nlohmann::json::parse(result.out);
  CHECK(sarif["version"] == "2.1.0");
  CHECK_THAT(sarif["$schema"].get<std::string>(), Catch::Contains("sarif-schema-2.1.0.json"));
  REQUIRE(sarif["runs"].size() == 1);
  const auto& run = sarif["runs"][0];
  CHECK(run["tool"]["driver"]["name"] == "tongbao");
  CHECK(run["columnKind"] == "unicodeCodePoints");
  const auto& rules = run["tool"]["driver"]["rules"];
  CHECK(rules.size() == tongbao::detail::catalogue().size());
  REQUIRE(run["results"].size() == 6);
  bool found = false;
  for (const auto& r : run["results"]) {
    const auto& region = r["locations"][0]["physicalLocation"]["region"];
    CHECK(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].get<std::string>().find(
              "whdi-fgw-2024.txt") != std::string::npos);
    CHECK(rules[r["ruleIndex"].get<std::size_t>()]["id"] == r["ruleId"]);
    if (r["ruleId"] == "numbering-gap") {
      found = true;
      CHECK(r["level"] == "warning");
      CHECK(r["message"]["text"] == "“五是” follows “三是”: “四是” is missing");
      CHECK(region["startLine"] == 128);
      CHECK(region["startColumn"] == 191);
    }
  }
  CHECK(found);
  CHECK(run["invocations"][0]["executionSuccessful"] == true);
}

TEST_CASE("garbled input: every check stays linear and the report bounded", "[check]") {
  std::string text = "关于巡察整改进展情况的通报\n";
  for (int i = 0; i < 20000; ++i) text += "“《( 第巡察组xx";
  text += "\n";
  for (int i = 0; i < 3000; ++i) text += "1.\n一是\n";
  for (unsigned char b = 1; b < 255; ++b) text += static_cast<char>(b);
  const auto diagnostics = check_text(text, true);
  std::map<std::string, int> per_code;
  for (const auto& d : diagnostics) ++per_code[d.code];
  for (const auto& [code, n] : per_code) {
    CAPTURE(code);
    CHECK(n <= 101);
  }
  CHECK(per_code["unbalanced-quote"] == 101);
  CHECK(with_code(diagnostics, "unbalanced-quote").back().message ==
        "more than 100 “unbalanced-quote” diagnostics; the rest are not shown");
}

TEST_CASE("the docs list every catalogue code with its severity", "[check][docs]") {
  std::ifstream in(std::string(TONGBAO_SOURCE_DIR) + "/docs/diagnostics.md");
  REQUIRE(in);
  const std::string docs((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  // The examples are the unit tests' texts, word for word.
  auto block = [](std::string text) {
    while (!text.empty() && text.back() == '\n') text.pop_back();
    return "```text\n" + text + "\n```";
  };
  for (const Case& c : kCases) {
    CAPTURE(c.code);
    CHECK_THAT(docs, Catch::Contains(block(c.bad)));
    CHECK_THAT(docs, Catch::Contains(block(c.good)));
  }
  for (const auto& row : tongbao::detail::catalogue()) {
    const std::string code(row.code);
    CAPTURE(code);
    CHECK_THAT(docs, Catch::Contains("### `" + code + "`"));
    CHECK_THAT(docs, Catch::Contains("| [`" + code + "`](#" + code + ") | " + tongbao::to_string(row.severity) + " | " +
                                     (row.opt_in ? "yes" : "") + " |"));
  }
}

namespace {

std::string read_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// As other crawlers save the sample: U+3000 indents, full-width digits and
// punctuation, CRLF line ends, blank lines gone.
std::string full_width_crlf(const std::string& text) {
  std::string out;
  bool line_start = true;
  for (std::size_t i = 0; i < text.size();) {
    const char32_t c = tongbao::detail::next_code_point(text, i);
    if (c == '\n') {
      if (!line_start) out += "\r\n";
      line_start = true;
      continue;
    }
    if (line_start) out += "\u3000\u3000";
    line_start = false;
    const bool fold =
        (c >= '0' && c <= '9') || std::string_view(",:;().").find(static_cast<char>(c)) != std::string_view::npos;
    tongbao::detail::append_utf8(out, fold && c < 0x80 ? c + 0xFEE0 : c);
  }
  return out;
}

// As a crawler that lost the line breaks saves it: lines 6-186 on line 6.
std::string run_together(const std::string& text) {
  std::string out;
  int line = 1;
  for (char c : text) {
    if (c == '\n' && line >= 6 && line < 186) {
      ++line;
      continue;
    }
    if (c == '\n') ++line;
    out += c;
  }
  return out;
}

std::vector<std::tuple<std::string, int, int>> positions(const std::string& text) {
  std::vector<std::tuple<std::string, int, int>> out;
  for (const Diagnostic& d : tongbao::parse(text, "variant.txt").diagnostics)
    out.emplace_back(d.code, d.line, d.column);
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return std::get<1>(a) != std::get<1>(b) ? std::get<1>(a) < std::get<1>(b) : std::get<2>(a) < std::get<2>(b);
  });
  return out;
}

}  // namespace

TEST_CASE("the sample's defects are found, at the right places, however a crawler saved it", "[check][sample]") {
  using P = std::tuple<std::string, int, int>;
  // Full-width variant: blank lines gone (line 128 is line 66), two-character indents.
  CHECK(positions(full_width_crlf(read_bytes(kSample))) == std::vector<P>{{"punctuation-in-quotes", 33, 32},
                                                                          {"stray-space", 57, 15},
                                                                          {"stray-space", 59, 15},
                                                                          {"numbering-gap", 66, 193},
                                                                          {"label-missing", 72, 3},
                                                                          {"unbalanced-quote", 87, 8}});
  // Line breaks lost: everything on line 6; columns counted by hand from the joined line.
  CHECK(positions(run_together(read_bytes(kSample))) == std::vector<P>{{"punctuation-in-quotes", 6, 4130},
                                                                       {"stray-space", 6, 7574},
                                                                       {"stray-space", 6, 7872},
                                                                       {"numbering-gap", 6, 8663},
                                                                       {"label-missing", 6, 9146},
                                                                       {"unbalanced-quote", 6, 11145}});
  CHECK(positions(full_width_crlf(read_bytes(kFixed))).empty());
  CHECK(positions(run_together(read_bytes(kFixed))).empty());
}

TEST_CASE("json and sarif stay valid JSON when text or path is not UTF-8", "[check][cli]") {
  const std::string path = write_temp("bad\xff.txt", "关于巡察整改进展情况的通报\n市委第xx\xff巡察组“\xff\n");
  for (const char* format : {"json", "sarif"}) {
    CAPTURE(format);
    const auto result = run_cli({"check", "--format", format, path});
    CHECK(result.status == 0);
    CHECK_NOTHROW(nlohmann::json::parse(result.out));
  }
}

TEST_CASE("check reads standard input as '-'", "[check][cli]") {
  std::istringstream in("1.关于“学习不深入的问题。\n");
  std::ostringstream out, err;
  tongbao::cli::Io io{in, out, err};
  const char* argv[] = {"tongbao", "check", "--format", "github", "--select", "unbalanced-quote", "-"};
  CHECK(tongbao::cli::run(7, argv, io) == 0);
  CHECK(out.str() ==
        "::warning file=-,line=1,col=5,title=unbalanced-quote::opening quote “ is never closed: “学习不深入的问题。\n");
}

TEST_CASE("check --pedantic adds the opt-in checks, one per paragraph", "[check][cli]") {
  const auto plain = run_cli({"check", "--format", "github", kFixed});
  CHECK(plain.out.empty());
  const auto pedantic = run_cli({"check", "--pedantic", "--strict", "--format", "github", kFixed});
  CHECK(pedantic.status == 1);
  // Line 6 (the preamble) has four half-width commas: one diagnostic says so.
  CHECK_THAT(pedantic.out,
             Catch::Contains(",line=6,col=13,title=halfwidth-punctuation::half-width “,” in Chinese text: "
                             "…工作统一部署,2023年… (and 3 more in this paragraph)\n"));
}

TEST_CASE("the decoder's diagnostics come through check, in the catalogue", "[check][cli]") {
  const std::string path = write_temp("invalid.txt", "关于巡察整改进展情况的通报\n整改\xff情况\n");
  const auto result = run_cli({"check", "--format", "github", "--select", "invalid-bytes", path});
  CHECK(result.status == 0);
  CHECK_THAT(result.out, Catch::StartsWith("::warning file=" + path + ",line=2,col=3,title=invalid-bytes::byte 0xFF"));
  // Every code any stage emits is in the catalogue: SARIF gives each result its rule.
  const auto sarif = nlohmann::json::parse(
      run_cli({"check", "--format", "sarif",
               std::string(TONGBAO_SOURCE_DIR) + "/tests/fixtures/html/sample-gb18030-wrong-charset.html"})
          .out);
  bool mismatch = false;
  for (const auto& r : sarif["runs"][0]["results"]) {
    CHECK(r.contains("ruleIndex"));
    mismatch = mismatch || r["ruleId"] == "encoding-mismatch";
  }
  CHECK(mismatch);
}

// The text checks step over ideographs sixteen bytes at a time and look back
// at the character before a stop only when they need it; wherever the stop
// falls in a block, they must see what a character-by-character scan sees.
TEST_CASE("text checks see the character before a mark wherever it falls", "[check]") {
  const std::string title = "关于巡察整改进展情况的通报\n";
  for (int pad = 0; pad <= 20; ++pad) {
    CAPTURE(pad);
    std::string run;
    for (int k = 0; k < pad; ++k) run += "学";
    const int column = 6 + pad;  // of the first character after "整改情况:" and the run
    // ’ after a letter is an apostrophe; after an ideograph it closes nothing.
    CHECK(with_code(check_text(title + "整改情况:" + run + "don’t。\n"), "unbalanced-quote").empty());
    const auto closer = with_code(check_text(title + "整改情况:" + run + "习’。\n"), "unbalanced-quote");
    REQUIRE(closer.size() == 1);
    CHECK(closer[0].line == 2);
    CHECK(closer[0].column == column + 1);
    // A space after an ideograph: stray before punctuation, opt-in between ideographs.
    const auto stray = with_code(check_text(title + "整改情况:" + run + "习 ，继续。\n"), "stray-space");
    REQUIRE(stray.size() == 1);
    CHECK(stray[0].column == column + 1);
    const auto between = check_text(title + "整改情况:" + run + "习 好。\n", true);
    CHECK(with_code(between, "stray-space").empty());
    CHECK(with_code(between, "ideograph-space").size() == 1);
    // A placeholder after an ideograph, which the scan stepped over.
    const auto placeholder = with_code(check_text(title + "整改情况:" + run + "xx。\n"), "placeholder");
    REQUIRE(placeholder.size() == 1);
    CHECK(placeholder[0].column == column);
  }
}

TEST_CASE("not-a-notice wants a sentence that announces the rectification", "[check]") {
  // News about rectification mentions 巡察 and 整改 but announces nothing.
  const char* news =
      "向阳区开展巡察整改专项督查\n"
      "近日,区委巡察办组成专项督查组,对被巡察党组织开展巡察整改工作专项督查。督查组查阅资料,听取汇报。\n";
  const char* notice =
      "根据区委统一部署,区委第二巡察组对区文旅局党组进行了巡察。现将巡察整改情况予以公布。\n"
      "一、整改工作开展情况\n党组高度重视。\n";
  const char* audit_report =
      "市审计局局长 某某\n"
      "我受市政府委托,向市人大常委会报告我市审计查出问题的整改情况,请予审议。\n"
      "一、审计整改工作总体推进情况\n市政府高度重视。\n";
  // 整治 announces what was put right as 整改 does.
  const char* remedied =
      "根据市委统一部署,市委第四巡察组对市卫生健康委党组开展了巡察。现将巡察整治情况予以公布。\n"
      "一、整改工作组织情况\n委党组高度重视。\n";
  CHECK(with_code(check_text(news), "not-a-notice").size() == 1);
  CHECK(with_code(check_text(notice), "not-a-notice").empty());
  CHECK(with_code(check_text(audit_report), "not-a-notice").empty());
  CHECK(with_code(check_text(remedied), "not-a-notice").empty());
  // A paragraph about the rectification whose last sentence announces it
  // without naming it again.
  const char* central =
      "根据党中央统一部署，中央第三巡视组对某单位开展了常规巡视。某单位认真对照巡视反馈意见，逐条逐项抓好整改落实。"
      "按照巡视工作有关要求，现将具体情况通报如下。\n一、提高政治站位\n书记处高度重视。\n";
  CHECK(with_code(check_text(central), "not-a-notice").empty());
  // A plan speaks of itself as one: its problems and measures are tasks.
  const char* plan =
      "结合本局实际，制定本整改方案。\n一、整改任务\n1.关于“落实意识形态工作责任制不到位”的问题\n整改措施：一是修订制度。二是开展研判。\n"
      "2.关于“财务管理不规范”的问题\n整改措施：一是清理往来款。\n";
  const auto flagged = with_code(check_text(plan), "not-a-notice");
  REQUIRE(flagged.size() == 1);
  CHECK(flagged[0].message.find("a rectification plan") != std::string::npos);
}

TEST_CASE("not-a-notice: a 记者 marks news at a story's opening or end, not in a notice's middle", "[check]") {
  std::string notice =
      "根据县委统一部署,县委第一巡察组对县融媒体中心党总支进行了巡察。现将巡察整改情况予以公布。\n一、整改工作开展情况\n";
  for (int k = 1; k <= 12; ++k) notice += "党总支高度重视,逐项推进整改落实,第" + std::to_string(k) + "项措施已完成。\n";
  notice += "二、下一步打算\n一是优化采编流程,实行全媒体记者统一调度。\n二是加强骨干培养。\n三是完善制度。\n四是强化监督。\n";
  CHECK(with_code(check_text(notice), "not-a-notice").empty());
  // A story's byline at its end.
  const char* news =
      "县林业局推进巡察整改\n近日,县林业局召开会议,研究巡察反馈问题的整改工作。\n会议要求各股室抓好落实。\n"
      "（记者 李晓 通讯员 谭红梅）\n";
  CHECK(with_code(check_text(news), "not-a-notice").size() == 1);
}

TEST_CASE("not-a-notice: a passage from a notice's middle or end, its announcement cut off", "[check]") {
  // The end: the invitation to watch over the rectification, the signature.
  const char* end =
      "该问题已整改到位。\n三、下一步工作打算\n下一步,局党组将持续抓好整改落实,推动巡察成果转化运用。\n"
      "欢迎广大干部群众对巡察整改落实情况进行监督。联系电话:0738-6621905。\n中共某县农业农村局党组\n2024年6月20日\n";
  // The middle: units that name the problems found, and what was done.
  const char* middle =
      "巡察指出的该问题已整改到位。\n3.关于党组理论学习中心组学习不够深入的问题\n一是制定年度学习计划。二是建立督促检查机制。\n"
      "4.关于落实“第一议题”制度存在简单化的问题\n一是修订党组会议议事规则。二是建立学习台账。\n";
  // News that asks for supervision without inviting the public, and one
  // problem named in passing: still no notice.
  const char* news =
      "近日,区委巡察办组成专项督查组,对被巡察党组织开展巡察整改工作专项督查,要求加强对整改落实情况的监督。\n"
      "1.关于督查中发现的问题\n督查组现场反馈了意见。\n";
  // The middle again, its headings the fields of the problems, the
  // problems told in the prose.
  const char* fields =
      "巡察整改工作取得阶段性成效。\n（二）关于落实全面从严治党战略部署方面的问题\n"
      "针对“主体责任落实不到位”问题，一是制定责任清单，二是开展约谈。\n"
      "（三）关于落实新时代党的组织路线方面的问题\n针对“支部建设薄弱”问题，一是整顿软弱涣散支部，二是配强支部书记。\n";
  CHECK(with_code(check_text(end), "not-a-notice").empty());
  CHECK(with_code(check_text(middle), "not-a-notice").empty());
  CHECK(with_code(check_text(fields), "not-a-notice").empty());
  // Paragraphs without markers: the problem each answers, or a label of
  // rectification, at their start.
  const char* answered =
      "巡察整改工作机制逐步健全。\n针对“校外培训机构治理不彻底”问题，一是开展联合执法检查，二是建立黑白名单制度。\n"
      "针对“教育收费管理不规范”问题，一是全面清理收费项目，二是公开收费标准。\n";
  const char* labelled =
      "对照审计反馈的问题逐项落实。\n【问题】部分项目资金支出进度缓慢。\n【整改】一是建立支出进度月通报制度；二是约谈进度滞后单位。\n"
      "【问题】会议费超范围列支。\n整改情况：一是追回超支费用；二是修订会议费管理办法。\n";
  CHECK(with_code(check_text(answered), "not-a-notice").empty());
  CHECK(with_code(check_text(labelled), "not-a-notice").empty());
  CHECK(with_code(check_text(news), "not-a-notice").size() == 1);
  // A middle that never names the inspection again: its units name the
  // problems and say under a label what was put right.
  const char* unnamed =
      "相关问题现已全部完成整改。\n（二）在“服务保障民生”方面\n1、关于“助企纾困政策落实不够精准”的问题\n"
      "【整改情况】一是开展惠企政策“回头看”。二是建立企业诉求“直通车”。\n"
      "2、关于“重点项目推进缓慢”的问题\n【整改情况】一是实行“红黄绿灯”管理。\n";
  CHECK(with_code(check_text(unnamed), "not-a-notice").empty());
  // A rectification ledger published under its own title is a report of it.
  const char* ledger =
      "某局党组落实区委第三巡察组反馈意见整改台账\n（截至2025年6月30日）\n序号\n反馈问题\n整改措施\n整改进展\n1\n"
      "理论学习与业务工作结合不紧\n一是制定学习计划；二是开展宣讲活动12场次\n已完成\n";
  CHECK(with_code(check_text(ledger), "not-a-notice").empty());
  // Units naming the problems they answer speak of rectification, though
  // the word does not stand in the passage.
  const char* answering =
      "（二）在“贯彻落实集团党委决策部署”方面\n1、针对“传达学习重要会议精神不及时”问题\n①建立第一议题制度。②开展专题学习。\n"
      "2、针对“重点项目推进缓慢”问题\n①实行挂图作战。②每月调度。\n";
  CHECK(with_code(check_text(answering), "not-a-notice").size() <= 1);
  for (const auto& d : with_code(check_text(answering), "not-a-notice")) CHECK(d.message.find("never mentions 整改") == std::string::npos);
  // A middle under a section headed as the rectification's report.
  const char* headed =
      "一、整改落实工作总体情况\n（一）及时传达，认真部署\n学校党委把巡视整改工作作为重大政治任务，迅速部署。\n"
      "（二）加强领导，明确责任\n一是建立工作机构。二是制定工作方案。\n";
  CHECK(with_code(check_text(headed), "not-a-notice").empty());
  // A meeting's news under a heading that only names 整改 is still news.
  const char* meeting =
      "一、关于整改工作\n会议要求，各单位要认真抓好巡察整改。\n二、关于下一步工作\n会议强调，要持续发力。\n";
  CHECK(with_code(check_text(meeting), "not-a-notice").size() == 1);
}

TEST_CASE("not-a-notice: announcements by 公告如下 and through converter pinyin", "[check]") {
  // A company's audit rectification made public with 公告如下 is a notice;
  // 公告如下 without 整改 in its sentence is an announcement of something else.
  const char* company =
      "市审计局派出审计组对我司董事长任期经济责任进行了审计,现将审计反馈问题的整改情况向社会公开公告如下:\n"
      "一、审计反映问题整改责任落实情况\n公司高度重视审计整改工作。\n";
  const char* tender =
      "根据市审计局的审计意见,我司对采购制度进行了检查。现将有关采购事项公告如下:\n"
      "一、采购项目\n办公设备一批。\n";
  // A page converted to traditional characters with the pinyin left in:
  // 現(xiàn)將 is 現將.
  const char* converted =
      "2022年2月18日至5月31日,審計(jì)廳對(duì)我公司進(jìn)行了專項(xiàng)審計(jì)調(diào)查。\n"
      "我公司高度重視,組織各部門進(jìn)行積極整改。\n"
      "現(xiàn)將具體整改情況進(jìn)行公示。\n";
  CHECK(with_code(check_text(company), "not-a-notice").empty());
  const auto flagged = with_code(check_text(tender), "not-a-notice");
  REQUIRE(flagged.size() == 1);
  CHECK(flagged[0].message.find("公告如下") != std::string::npos);
  CHECK(with_code(check_text(converted), "not-a-notice").empty());
  // The same without the pinyin reads the same way, and without the
  // announcing sentence the converted page is flagged.
  CHECK(with_code(check_text("2022年2月18日至2022年5月31日期間,自治區審計廳對我公司2019至2021年推進工業發展情況進行了專項審計調查。\n"
                              "我公司高度重視,組織各部門進行積極整改。\n現將具體整改情況進行公示。\n"),
                  "not-a-notice")
            .empty());
  CHECK(with_code(check_text("2022年2月18日至2022年5月31日期間,自治區審計(jì)廳對(duì)我公司2019至2021年推進(jìn)工業發展情況進(jìn)行了專項(xiàng)審計(jì)調查。\n"
                              "我公司高度重視,組織各部門進(jìn)行積極整改。\n"),
                  "not-a-notice")
            .size() == 1);
}

TEST_CASE("not-a-notice: news of an inspection's meetings, named by their headlines", "[check]") {
  // The news lists the problems as 一是/二是 and says the rectification is
  // to be made public: only its headline says it is news.
  const std::string body =
      "\n1月10日,县委第二巡察组向县农业农村局党组反馈巡察情况。\n"
      "巡察组指出,巡察发现一些问题:一是贯彻落实上级决策部署有差距;二是主体责任落实不到位。"
      "巡察组强调,要认真抓好巡察整改,整改落实情况要在2个月内报送县委巡察工作领导小组,同时按规定予以公开。\n";
  const struct {
    const char* headline;
    const char* what;
  } cases[] = {
      {"县委第二巡察组向县农业农村局党组反馈巡察情况", "news of a feedback meeting"},
      {"十届县委第五轮巡察反馈会议召开", "news of a meeting"},
      {"县委第三轮巡察工作动员会", "news of a mobilisation meeting"},
      {"某县:十四届县委第五轮巡察完成集中反馈", "news of a feedback meeting"},
      {"十五届县委第一轮巡察完成进驻", "news of an inspection's start"},
      {"十届省委第一轮巡视启动", "news of an inspection's start"},
      {"禾阳市12家单位集中公开巡察整改进展情况", "news of notices made public"},
      {"多地陆续公布巡察整改进展情况", "news of notices made public"},
      {"关于对某区水利局党组的巡察情况报告", "an inspection team's report"},
      {"某集团有限公司2023年度巡察整改工作总结", "a work summary"},
      {"某县林业局党组落实县委第二巡察组巡察反馈意见整改任务清单", "a task list"},
      {"中共某区教育局党组巡察整改专题民主生活会领导班子对照检查材料", "a self-examination for a meeting"},
      {"某市纪委监委关于5起群众身边不正之风和腐败典型问题的通报", "a bulletin of disciplinary cases"},
      {"关于十四届县委第九轮巡察整改督查情况的通报", "a report of an oversight check"},
      {"关于十二届市委第五轮巡察整改成效评估情况的报告", "an evaluation of the rectification"},
      {"关于2019年度县级预算执行和其他财政收支的审计工作报告", "an audit work report"},
      {"巡察整改进展情况为什么要向社会公开？", "a question answered"},
      {"某市人大常委会关于市人民政府2021年度审计查出问题整改情况报告的审议意见", "a legislature's review opinion"},
      {"2023年第四季度某市直单位巡察整改通报汇编", "a compilation of notices"},
      {"中共某县市场监督管理局党组关于印发《落实县委第一巡察组反馈意见整改工作方案》的通知",
       "an instruction or a covering notice (通知)"},
      {"某县人民政府办公室关于切实做好2023年度审计查出问题整改工作的通知", "an instruction or a covering notice (通知)"},
      {"中共某区城市管理局党组关于延期完成巡察反馈部分问题整改的请示", "a request for instructions (请示)"},
      // A bracket inside the title does not hide its ending.
      {"《某市巡察整改监督管理办法（试行）》政策解读", "an interpretation"},
  };
  for (const auto& c : cases) {
    INFO(c.headline);
    const auto flagged = with_code(check_text(c.headline + body), "not-a-notice");
    REQUIRE(flagged.size() == 1);
    CHECK(flagged[0].message == std::string("the document does not look like a rectification notice: its title “") +
                                    c.headline + "” names " + c.what + ", not a report of rectification");
  }
  // The notice that answers the same feedback is no news.
  CHECK(with_code(check_text("中共某县农业农村局党组关于县委第二巡察组巡察反馈意见整改进展情况的通报" + body), "not-a-notice")
            .empty());
}

TEST_CASE("not-a-notice: a search page's excerpts", "[check]") {
  const std::vector<Diagnostic> found = check_text(
      "……对照巡察反馈的4个方面16个问题，制定整改措施52条，已完成整改14个……\n"
      "受县人民政府委托，现将2023年度县级预算执行审计查出问题整改情况报告如下……\n"
      "……浔中镇党委认真对照巡察反馈问题，现将巡察整改进展情况予以公布。\n");
  REQUIRE(found.size() == 1);
  CHECK(found[0].code == "not-a-notice");
  CHECK(found[0].message ==
        "the document does not look like a rectification notice: it holds 3 excerpts cut with ……, as a search page "
        "does");
  // A notice quoting a cut sentence once is still a notice.
  CHECK(with_code(check_text("根据区委统一部署,区委第二巡察组对区文旅局党组进行了巡察。现将巡察整改情况予以公布。\n"
                             "……以上问题已全部整改到位。\n一、整改工作开展情况\n党组高度重视。\n"),
                  "not-a-notice")
            .empty());
}

TEST_CASE("not-a-notice: a column's list of articles, and not the missing title or date", "[check]") {
  const char* list =
      "某市人民政府\n"
      "巡察整改\n"
      "中共某市水利局党组关于巡察整改进展情况的通报  2024-03-25\n"
      "中共某市商务局党组关于市委第四巡察组巡察反馈意见整改进展情况的通报  2024-02-28\n"
      "某市审计局关于2022年度审计查出问题整改情况的公告  2024-01-05\n"
      "中共某市民政局党组关于巡察整改进展情况的通报  2023-12-26\n";
  const std::vector<Diagnostic> found = check_text(list);
  REQUIRE(found.size() == 1);
  CHECK(found[0].code == "not-a-notice");
  CHECK(found[0].line == 3);
  CHECK(found[0].message ==
        "the document does not look like a rectification notice: it lists 4 articles with their dates, as a "
        "column's page does");
  // Its last line is another article's title and date, never a signature.
  tongbao::Options options;
  options.input_format = tongbao::InputFormat::Text;
  const tongbao::Document doc = tongbao::parse(list, "list.txt", options);
  CHECK_FALSE(doc.signed_on);
  CHECK_FALSE(doc.issuer);
}

TEST_CASE("not-a-notice: a title's ending is read whatever characters it holds", "[check]") {
  // 馈 (E9 A6 88) shares its last byte with （ (EF BC 88): the title must not
  // be cut there, before the ending that names a speech.
  const auto flagged = with_code(check_text("在全市巡视反馈问题整改工作推进会上的讲话\n"
                                            "同志们:今天召开全市巡视反馈问题整改工作推进会,主要任务是推动整改落实。\n"),
                                 "not-a-notice");
  REQUIRE(flagged.size() == 1);
  CHECK(flagged[0].message ==
        "the document does not look like a rectification notice: its title “在全市巡视反馈问题整改工作推进会上的讲话” "
        "names a speech, not a report of rectification");
  // What a bracket adds after the title is still left out of its ending.
  CHECK(with_code(check_text("中共某局党组关于巡视反馈问题整改情况的通报（第2号）\n"
                             "根据省委统一部署,省委第一巡视组对局党组进行了巡视。现将整改情况予以公布。\n"),
                  "not-a-notice")
            .empty());
}

TEST_CASE("a record's diagnostics are in reading order, whichever stage found them", "[check]") {
  // The sample and the project's own page openings: decode, HTML and check
  // diagnostics mixed, on pages where they used to come out stage by stage.
  std::vector<std::filesystem::path> inputs = {kSample};
  for (const char* half : {"/tests/corpus/tune", "/tests/corpus/test"}) {
    for (const auto& entry : std::filesystem::directory_iterator(std::string(TONGBAO_SOURCE_DIR) + half)) {
      if (entry.path().extension() == ".txt") inputs.push_back(entry.path());
    }
  }
  std::size_t with_several = 0;
  for (const auto& path : inputs) {
    std::ifstream in(path, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const tongbao::Document doc = tongbao::parse(bytes, path.string());
    if (doc.diagnostics.size() > 1) ++with_several;
    for (std::size_t i = 1; i < doc.diagnostics.size(); ++i) {
      const auto& a = doc.diagnostics[i - 1];
      const auto& b = doc.diagnostics[i];
      INFO(path.string() << ": " << a.code << " at " << a.line << ":" << a.column << " before " << b.code << " at "
                         << b.line << ":" << b.column);
      CHECK(std::make_pair(a.line, a.column) <= std::make_pair(b.line, b.column));
    }
  }
  CHECK(with_several >= 20);  // the order is tried, not vacuously true
}
