#include "cli/batch.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "cli/cli.h"
#include "decode/decode.h"
#include "tongbao/tongbao.h"

namespace fs = std::filesystem;
using tongbao::detail::BatchInput;
using tongbao::detail::collect_inputs;
using tongbao::detail::Selection;

namespace {

// A fresh directory under $TMPDIR, removed with everything in it.
struct TempDir {
  fs::path path;
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "tongbao-batch-XXXXXX").string();
    REQUIRE(::mkdtemp(pattern.data()) != nullptr);
    path = pattern;
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
};

void write_file(const fs::path& path, const std::string& content) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << content;
}

std::string read_whole(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

struct RunResult {
  int status;
  std::string out, err;
};

RunResult run_cli(std::vector<std::string> args, const std::string& input = {}) {
  args.insert(args.begin(), "tongbao");
  std::vector<const char*> argv;
  for (const std::string& a : args) argv.push_back(a.c_str());
  std::istringstream in(input);
  std::ostringstream out, err;
  tongbao::cli::Io io{in, out, err};
  const int status = tongbao::cli::run(static_cast<int>(argv.size()), argv.data(), io);
  return {status, out.str(), err.str()};
}

std::vector<nlohmann::json> json_lines(const std::string& text) {
  std::vector<nlohmann::json> records;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) records.push_back(nlohmann::json::parse(line));
  return records;
}

std::vector<std::string> relative_paths(const std::vector<BatchInput>& inputs, const fs::path& root) {
  std::vector<std::string> out;
  for (const BatchInput& in : inputs) out.push_back(fs::path(in.path).lexically_relative(root).generic_string());
  return out;
}

std::string sample_text() {
  return read_whole(fs::path(TONGBAO_SOURCE_DIR) / "data/samples/whdi-fgw-2024.txt");
}

}  // namespace

TEST_CASE("the default selection takes notice-like extensions and none", "[batch]") {
  const std::vector<std::pair<const char*, bool>> cases = {
      {"a.txt", true},   {"a.HTM", true},  {"index.html", true}, {"p.shtml", true}, {"p.xhtml", true},
      {"p.jhtml", true}, {"p.asp", true},  {"p.aspx", true},     {"p.jsp", true},   {"p.php", true},
      {"README", true},  {"a.png", false}, {"a.pdf", false},     {"a.txt.gz", false}, {"a.json", false},
      {"n.md", true},    {"n.Markdown", true}, {"n.mdx", false},
  };
  for (const auto& [name, taken] : cases) {
    INFO(name);
    CHECK(tongbao::detail::is_notice_name(name) == taken);
  }
}

TEST_CASE("decode_base64 reads standard base64 and refuses anything else", "[batch]") {
  const std::vector<std::pair<const char*, const char*>> good = {
      {"", ""}, {"YQ==", "a"}, {"YWI=", "ab"}, {"YWJj", "abc"}, {"YWJjZA", "abcd"}, {"5LiA\n5Lq6", "一人"},
  };
  for (const auto& [text, bytes] : good) {
    INFO(text);
    CHECK(tongbao::detail::decode_base64(text) == std::optional<std::string>(bytes));
  }
  CHECK(tongbao::detail::decode_base64("\xff\xfe") == std::nullopt);  // raw bytes, not base64
  for (const char* bad : {"YW-j", "Y", "YQ==YQ==", "@@@@", "YWJj!"}) {
    INFO(bad);
    CHECK(tongbao::detail::decode_base64(bad) == std::nullopt);
  }
  CHECK(tongbao::detail::decode_base64("AP8=") == std::string("\x00\xff", 2));
}

TEST_CASE("split_nul_paths splits find -print0 output", "[batch]") {
  using V = std::vector<std::string>;
  CHECK(tongbao::detail::split_nul_paths(std::string("a b\0dir/c\0", 10)) == V{"a b", "dir/c"});
  CHECK(tongbao::detail::split_nul_paths(std::string("x\0\0y", 4)) == V{"x", "y"});
  CHECK(tongbao::detail::split_nul_paths("") == V{});
}

TEST_CASE("parse_stream_line reads both content forms and media types", "[batch]") {
  using tongbao::InputFormat;
  using tongbao::detail::parse_stream_line;
  auto text = parse_stream_line(R"({"id":"n1","content":"一、甲"})", 1, InputFormat::Auto);
  CHECK(!text.error);
  CHECK(text.id == "n1");
  CHECK(text.bytes == "一、甲");
  CHECK(text.input_format == InputFormat::Auto);
  CHECK(text.encoding == "UTF-8");
  auto raw = parse_stream_line(R"({"id":42,"content_base64":"1tC5+g==","media_type":"text/html"})", 2,
                               InputFormat::Auto);
  CHECK(!raw.error);
  CHECK(raw.id == "42");
  CHECK(raw.bytes == "\xd6\xd0\xb9\xfa");  // 中国 in GB18030, bytes as given
  CHECK(raw.input_format == InputFormat::Html);
  CHECK(raw.encoding.empty());
  auto plain = parse_stream_line(R"({"id":"p","content":"x","media_type":"Text/Plain; charset=utf-8"})", 3,
                                 InputFormat::Html);
  CHECK(plain.input_format == InputFormat::Text);
  auto markdown = parse_stream_line(R"({"id":"m","content":"**一、甲**","media_type":"text/markdown"})", 4,
                                    InputFormat::Auto);
  CHECK(markdown.input_format == InputFormat::Markdown);

  // {line, id the record gets, words the message must hold}
  const std::vector<std::tuple<const char*, const char*, const char*>> bad = {
      {"not json", "line 9", "not valid JSON"},
      {"[1,2]", "line 9", "not a JSON object"},
      {R"({"content":"x"})", "line 9", "no \"id\""},
      {R"({"id":"a"})", "a", "no \"content\""},
      {R"({"id":"b","content":"x","content_base64":"eA=="})", "b", "both"},
      {R"({"id":"c","content":5})", "c", "not a string"},
      {R"({"id":"d","content_base64":"%%%"})", "d", "not a base64 string"},
      {R"({"id":"e","content_base64":null})", "e", "not a base64 string"},
  };
  for (const auto& [line, id, words] : bad) {
    INFO(line);
    auto in = parse_stream_line(line, 9, InputFormat::Auto);
    REQUIRE(in.error);
    CHECK(in.id == id);
    CHECK_THAT(*in.error, Catch::Contains(words) && Catch::StartsWith("line 9 of standard input: "));
  }
}

TEST_CASE("collect_inputs walks nested folders in byte order, follows links, records dangling ones", "[batch]") {
  TempDir tmp;
  const fs::path root = tmp.path / "site";
  write_file(root / "b.txt", "乙");
  write_file(root / "B.txt", "丙");
  write_file(root / "a.txt", "甲");
  write_file(root / "a" / "b.txt", "丁");
  write_file(root / "a" / "deep" / "er" / "n.html", "<p>戊</p>");
  write_file(root / "a" / "noext", "己");
  write_file(root / "a" / "logo.png", "\x89PNG");
  write_file(root / ".git" / "HEAD", "ref");
  write_file(root / "a" / ".hidden.txt", "x");
  fs::create_symlink("../a.txt", root / "a" / "link.txt");    // to a file: followed
  fs::create_symlink("missing.txt", root / "dead.txt");       // dangling: an error record
  fs::create_symlink("missing.png", root / "dead.png");       // dangling, not selected
  fs::create_symlink("..", root / "a" / "deep" / "up");       // a cycle: walked once
  const std::vector<BatchInput> inputs = collect_inputs({root.string()}, Selection{}, tongbao::OutputFormat::Json);
  // Byte order of the path strings: 'B' < 'a', and "a.txt" < "a/" since '.' < '/'.
  CHECK(relative_paths(inputs, root) == std::vector<std::string>{"B.txt", "a.txt", "a/b.txt", "a/deep/er/n.html",
                                                                  "a/link.txt", "a/noext", "b.txt", "dead.txt"});
  std::vector<std::string> outputs;
  for (const BatchInput& in : inputs) outputs.push_back(in.output);
  CHECK(outputs == std::vector<std::string>{"B.json", "a.json", "a/b.json", "a/deep/er/n.json", "a/link.json",
                                            "a/noext.json", "b.json", "dead.json"});
  for (const BatchInput& in : inputs) {
    INFO(in.path);
    CHECK(in.error.has_value() == (in.output == "dead.json"));
  }
  REQUIRE(inputs.back().error);
  CHECK(inputs.back().error->code == "unreadable");
  CHECK_THAT(inputs.back().error->message, Catch::Contains("dangling symbolic link to 'missing.txt'"));
}

TEST_CASE("collect_inputs: globs replace the default, named files are always taken, clashes renamed", "[batch]") {
  TempDir tmp;
  const fs::path root = tmp.path / "d";
  write_file(root / "x.txt", "1");
  write_file(root / "x.html", "2");
  write_file(root / "sub" / "y.data", "3");
  write_file(root / "z.data", "4");
  write_file(tmp.path / "named.bin", "5");
  Selection data;
  data.globs = {"*.data"};
  CHECK(relative_paths(collect_inputs({root.string()}, data, tongbao::OutputFormat::Json), root) ==
        std::vector<std::string>{"sub/y.data", "z.data"});
  Selection by_path;
  by_path.globs = {"sub/*"};
  CHECK(relative_paths(collect_inputs({root.string()}, by_path, tongbao::OutputFormat::Json), root) ==
        std::vector<std::string>{"sub/y.data"});

  const auto inputs = collect_inputs({root.string(), (tmp.path / "named.bin").string(), "-",
                                      (root / "x.txt").string(), (root / "x.txt").string()},
                                     Selection{}, tongbao::OutputFormat::Jsonl);
  std::vector<std::string> outputs;
  for (const BatchInput& in : inputs) outputs.push_back(in.output);
  CHECK(outputs == std::vector<std::string>{"x.jsonl", "x.txt.jsonl", "named.jsonl", "stdin.jsonl",
                                            "x.2.jsonl", "x.3.jsonl"});
  CHECK(inputs[2].path == (tmp.path / "named.bin").string());
  CHECK(inputs[3].path == "-");
}

TEST_CASE("every input gives one record: an unreadable file is an error record and the batch goes on",
          "[batch]") {
  TempDir tmp;
  const fs::path root = tmp.path / "in";
  write_file(root / "1.txt", "一、甲\n");
  write_file(root / "2.txt", "二、乙\n");
  write_file(root / "3.txt", "三、丙\n");
  fs::create_symlink("gone.txt", root / "4.txt");
  const fs::path locked = root / "2.txt";
  ::chmod(locked.c_str(), 0);
  const bool can_lock = !std::ifstream(locked).is_open();  // root reads through chmod 000
  const RunResult r = run_cli({"parse", "-f", "jsonl", "-j", "3", root.string()});
  const auto records = json_lines(r.out);
  REQUIRE(records.size() == 4);
  CHECK(r.status == 3);
  for (std::size_t i = 0; i < records.size(); ++i) {
    CHECK(records[i]["source"]["path"] == (root / (std::to_string(i + 1) + ".txt")).string());
  }
  CHECK(records[0].count("error") == 0);
  CHECK(records[2].count("error") == 0);
  CHECK(records[3]["error"]["code"] == "unreadable");
  CHECK_THAT(r.err, Catch::Contains("tongbao: error: " + (root / "4.txt").string() + ": dangling symbolic link"));
  if (can_lock) {
    CHECK(records[1]["error"]["code"] == "unreadable");
    CHECK_THAT(r.err, Catch::Contains("tongbao: error: " + locked.string() + ": cannot open: Permission denied"));
    CHECK_THAT(r.err, Catch::Contains("4 inputs: 2 parsed (0 with warnings), 2 failed, 0 skipped"));
  } else {
    WARN("running as root: chmod 000 does not stop reading, unreadable-file check skipped");
    CHECK(records[1].count("error") == 0);
  }
}

TEST_CASE("parallel workers (-j1 vs -j4) give byte-identical output, through the CLI and the engine", "[batch]") {
  TempDir tmp;
  const std::string sample = sample_text();
  const fs::path root = tmp.path / "corpus";
  for (int i = 0; i < 60; ++i) {
    // Sizes vary so that workers finish out of order.
    std::string body = sample.substr(0, sample.size() * static_cast<std::size_t>(1 + (i * 7) % 10) / 10);
    write_file(root / ("d" + std::to_string(i % 4)) / ("n" + std::to_string(i) + ".txt"), body);
  }
  fs::create_symlink("nowhere", root / "d1" / "broken.txt");
  const RunResult one = run_cli({"parse", "-f", "jsonl", "-j", "1", root.string()});
  const RunResult four = run_cli({"parse", "-f", "jsonl", "-j", "4", root.string()});
  CHECK(one.status == 3);
  CHECK(four.status == 3);
  CHECK(json_lines(one.out).size() == 61);
  CHECK(one.out == four.out);

  // The engine with a window of one record per job still keeps the order.
  const auto inputs = collect_inputs({root.string()}, Selection{}, tongbao::OutputFormat::Jsonl);
  tongbao::detail::BatchOptions options;
  options.jobs = 4;
  options.window_per_job = 1;
  std::vector<std::string> errors;
  options.on_error = [&](const std::string& e) { errors.push_back(e); };
  std::ostringstream out;
  const auto stats = tongbao::detail::run_batch(inputs, options, out);
  CHECK(out.str() == one.out);
  CHECK(stats.inputs == 61);
  CHECK(stats.parsed == 60);
  CHECK(stats.failed == 1);
  CHECK(stats.bytes > 0);
  REQUIRE(errors.size() == 1);
  CHECK_THAT(errors[0], Catch::StartsWith((root / "d1" / "broken.txt").string() + ": dangling"));
}

TEST_CASE("output directory (-o): one file per input, written atomically, and --skip-existing resumes", "[batch]") {
  TempDir tmp;
  const fs::path root = tmp.path / "in";
  const fs::path out = tmp.path / "out";
  write_file(root / "a.txt", "一、甲\n");
  write_file(root / "sub" / "b.html", "二、乙\n");
  write_file(root / "sub" / "deeper" / "c", "三、丙\n");
  write_file(tmp.path / "single.txt", "四、丁\n");
  const RunResult first =
      run_cli({"parse", "-j", "2", "--output-dir", out.string(), root.string(), (tmp.path / "single.txt").string()});
  CHECK(first.status == 0);
  CHECK(first.out.empty());
  std::vector<std::string> written;
  for (const auto& entry : fs::recursive_directory_iterator(out)) {
    if (entry.is_regular_file()) written.push_back(entry.path().lexically_relative(out).generic_string());
  }
  std::sort(written.begin(), written.end());
  // No temporary file left behind (they are hidden ".NAME.XXXXXX" files).
  CHECK(written == std::vector<std::string>{"a.json", "single.json", "sub/b.json", "sub/deeper/c.json"});
  // Each file holds exactly the record a single parse renders.
  const tongbao::Document doc = tongbao::parse("二、乙\n", (root / "sub" / "b.html").string());
  CHECK(read_whole(out / "sub" / "b.json") == tongbao::render_record(doc, tongbao::OutputFormat::Json));

  // Resume: a kept output is not touched, a missing one is made again.
  write_file(out / "a.json", "kept\n");
  fs::remove(out / "sub" / "deeper" / "c.json");
  const RunResult second = run_cli(
      {"parse", "-o", out.string() + "/", "--skip-existing", root.string(), (tmp.path / "single.txt").string()});
  CHECK(second.status == 0);
  CHECK(read_whole(out / "a.json") == "kept\n");
  CHECK(fs::exists(out / "sub" / "deeper" / "c.json"));
  // The one parsed, c ("三、丙"), has no title or date and starts at 三: warnings.
  CHECK_THAT(second.err, Catch::Contains("4 inputs: 1 parsed (1 with warnings), 0 failed, 3 skipped"));

  const RunResult misuse = run_cli({"parse", "--skip-existing", root.string()});
  CHECK(misuse.status == 2);
}

TEST_CASE("streaming (--jsonl-input): both content forms, a malformed line, ids kept, order kept", "[batch]") {
  const std::string sample = sample_text();
  std::string base64;
  {
    // Encode with the engine's decoder as the check: round trip below.
    static const char* alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::size_t i = 0;
    const auto* p = reinterpret_cast<const unsigned char*>(sample.data());
    for (; i + 2 < sample.size(); i += 3) {
      const unsigned v = (p[i] << 16u) | (p[i + 1] << 8u) | p[i + 2];
      for (int s = 18; s >= 0; s -= 6) base64 += alphabet[(v >> s) & 63u];
    }
    if (i < sample.size()) {
      const unsigned v = (p[i] << 16u) | (i + 1 < sample.size() ? p[i + 1] << 8u : 0u);
      base64 += alphabet[(v >> 18) & 63u];
      base64 += alphabet[(v >> 12) & 63u];
      base64 += i + 1 < sample.size() ? alphabet[(v >> 6) & 63u] : '=';
      base64 += '=';
    }
  }
  REQUIRE(tongbao::detail::decode_base64(base64) == sample);
  nlohmann::json text_line = {{"id", "text-1"}, {"content", sample}};
  nlohmann::json raw_line = {{"id", "raw-2"}, {"content_base64", base64}, {"media_type", "text/plain"}};
  const std::string stream = text_line.dump() + "\n" + "{\"id\": \"broken\", \"content\": \n" + "\n" +
                             raw_line.dump() + "\n" + "{\"id\":\"short\",\"content\":\"一、甲\"}";
  const RunResult one = run_cli({"parse", "--jsonl-input", "-j", "1"}, stream);
  const RunResult four = run_cli({"parse", "--jsonl-input", "-j", "4"}, stream);
  CHECK(one.status == 3);
  CHECK(one.out == four.out);
  const auto records = json_lines(one.out);
  REQUIRE(records.size() == 4);
  CHECK(records[0]["source"]["path"] == "text-1");
  CHECK(records[1]["source"]["path"] == "line 2");
  CHECK(records[1]["error"]["code"] == "malformed-input");
  CHECK(records[2]["source"]["path"] == "raw-2");
  CHECK(records[3]["source"]["path"] == "short");
  CHECK(records[3]["source"]["bytes"] == 9);
  // Same bytes, same record but for the path: the base64 form is not re-encoded.
  CHECK(records[0]["source"]["sha256"] == records[2]["source"]["sha256"]);
  CHECK(records[0]["source"]["bytes"] == sample.size());
  const tongbao::Document direct = tongbao::parse(sample, "raw-2");
  CHECK(nlohmann::json::parse(tongbao::render_record(direct, tongbao::OutputFormat::Jsonl)) == records[2]);
  CHECK_THAT(one.err, Catch::Contains("tongbao: error: line 2 of standard input: not valid JSON"));

  const RunResult mixed = run_cli({"parse", "--jsonl-input", "x.txt"});
  CHECK(mixed.status == 2);
}

TEST_CASE("the NUL path list (--files0-from) and '-' read paths and content from standard input", "[batch]") {
  TempDir tmp;
  write_file(tmp.path / "a b.txt", "一、甲\n");
  write_file(tmp.path / "c.txt", "二、乙\n");
  const std::string list = (tmp.path / "a b.txt").string() + '\0' + (tmp.path / "c.txt").string() + '\0';
  const RunResult listed = run_cli({"parse", "-f", "jsonl", "--files0-from", "-"}, list);
  CHECK(listed.status == 0);
  const auto records = json_lines(listed.out);
  REQUIRE(records.size() == 2);
  CHECK(records[0]["source"]["path"] == (tmp.path / "a b.txt").string());
  CHECK(records[1]["source"]["path"] == (tmp.path / "c.txt").string());

  const RunResult piped = run_cli({"parse", "-f", "jsonl", "-"}, "一、甲\n");
  CHECK(piped.status == 0);
  CHECK(piped.err.empty());  // one input, not a terminal: no summary
  REQUIRE(json_lines(piped.out).size() == 1);
  CHECK(json_lines(piped.out)[0]["source"]["bytes"] == 10);

  const RunResult big = run_cli({"parse", "-f", "jsonl", "--max-bytes", "4", "-"}, "一、甲\n");
  CHECK(big.status == 3);
  CHECK(json_lines(big.out).at(0)["error"]["code"] == "too-large");

  CHECK(run_cli({"parse", "--files0-from", "-", "-"}).status == 2);
  CHECK(run_cli({"parse"}).status == 2);
}

TEST_CASE("summary and progress lines", "[batch]") {
  tongbao::detail::BatchStats stats;
  stats.inputs = 412;
  stats.parsed = 410;
  stats.warned = 3;
  stats.failed = 2;
  stats.bytes = 12'345'678;
  stats.seconds = 4.0;
  CHECK(tongbao::detail::format_summary(stats) ==
        "412 inputs: 410 parsed (3 with warnings), 2 failed, 0 skipped; 12.3 MB in 4.0 s (3.1 MB/s)");
  CHECK(tongbao::detail::format_progress({100, 400, 2'000'000, 10.0}) == "100/400 files, 0.2 MB/s, 0:30 left");
  CHECK(tongbao::detail::format_progress({7, 0, 1'000'000, 2.0}) == "7 records, 0.5 MB/s");
}

TEST_CASE("each --glob takes one pattern and the inputs that follow stay inputs", "[batch]") {
  TempDir tmp;
  write_file(tmp.path / "a.gb", "一、甲\n");
  write_file(tmp.path / "b.txt", "二、乙\n");
  write_file(tmp.path / "c.dat", "三、丙\n");
  const RunResult r = run_cli({"parse", "-f", "jsonl", "--glob", "*.gb", "--glob", "*.dat", tmp.path.string()});
  CHECK(r.status == 0);
  const auto records = json_lines(r.out);
  REQUIRE(records.size() == 2);
  CHECK(records[0]["source"]["path"] == (tmp.path / "a.gb").string());
  CHECK(records[1]["source"]["path"] == (tmp.path / "c.dat").string());
}

TEST_CASE("a failing callback stops the batch cleanly and reaches the caller", "[batch]") {
  TempDir tmp;
  for (int i = 0; i < 40; ++i) write_file(tmp.path / (std::to_string(i) + ".txt"), "一、甲\n");
  fs::create_symlink("gone", tmp.path / "00-dead.txt");  // sorts first: fails at once
  const auto inputs = collect_inputs({tmp.path.string()}, Selection{}, tongbao::OutputFormat::Jsonl);
  REQUIRE(inputs.size() == 41);
  tongbao::detail::BatchOptions options;
  options.jobs = 3;
  options.on_error = [](const std::string&) { throw std::runtime_error("callback failed"); };
  std::ostringstream out;
  CHECK_THROWS_WITH(tongbao::detail::run_batch(inputs, options, out), "callback failed");
}

TEST_CASE("with many jobs the callbacks come one at a time and in input order", "[batch]") {
  TempDir tmp;
  const std::string sample = sample_text();
  for (int i = 0; i < 48; ++i) {
    // Long and short notices in turn, so that workers finish out of order.
    const std::string body = i % 3 == 0 ? sample : "一、甲\n";
    write_file(tmp.path / (std::to_string(100 + i) + ".txt"), body);
    if (i % 8 == 0) fs::create_symlink("gone", tmp.path / (std::to_string(100 + i) + "-dead.txt"));
  }
  const auto inputs = collect_inputs({tmp.path.string()}, Selection{}, tongbao::OutputFormat::Jsonl);
  REQUIRE(inputs.size() == 54);
  for (const std::size_t window : {1, 4}) {
    tongbao::detail::BatchOptions options;
    options.jobs = 4;
    options.window_per_job = window;
    std::atomic<bool> inside{false};
    std::atomic<int> overlaps{0};
    std::vector<std::size_t> done;
    std::vector<std::string> errors;
    auto enter = [&] {
      if (inside.exchange(true)) ++overlaps;
    };
    options.on_progress = [&](const tongbao::detail::BatchProgress& p) {
      enter();
      done.push_back(p.done);
      inside = false;
    };
    options.on_error = [&](const std::string& e) {
      enter();
      errors.push_back(e.substr(0, e.find(':')));
      inside = false;
    };
    std::ostringstream out;
    const auto stats = tongbao::detail::run_batch(inputs, options, out);
    CHECK(overlaps == 0);
    CHECK(stats.inputs == 54);
    REQUIRE(done.size() == 54);
    for (std::size_t k = 0; k < done.size(); ++k) CHECK(done[k] == k + 1);
    // The dangling links, in the order of the inputs.
    std::vector<std::string> expected;
    for (const auto& input : inputs) {
      if (input.path.find("-dead") != std::string::npos) expected.push_back(input.path);
    }
    CHECK(errors == expected);
    CHECK(json_lines(out.str()).size() == 54);
  }
}

TEST_CASE("a failed write stops the batch: one line, exit 4, no summary", "[batch]") {
  TempDir tmp;
  for (int i = 0; i < 20; ++i) write_file(tmp.path / (std::to_string(i) + ".txt"), sample_text());
  const int fd = ::open("/dev/full", O_WRONLY);
  if (fd < 0) {
    WARN("no /dev/full: write-error check skipped");
    return;
  }
  for (const char* jobs : {"1", "3"}) {
    tongbao::cli::FdOutBuf buf(fd, 4096);
    std::ostream out(&buf);
    std::istringstream in;
    std::ostringstream err;
    tongbao::cli::Io io{in, out, err};
    const std::string dir = tmp.path.string();
    const char* argv[] = {"tongbao", "parse", "-f", "jsonl", "-j", jobs, dir.c_str()};
    CHECK(tongbao::cli::run(7, argv, io) == tongbao::cli::kOutputFailed);
    CHECK(err.str() == "tongbao: error: writing output: No space left on device\n");
    CHECK(buf.error() == ENOSPC);
  }
  ::close(fd);
}

TEST_CASE("run_batch raises OutputError when its stream has failed", "[batch]") {
  TempDir tmp;
  write_file(tmp.path / "a.txt", "一、甲\n");
  const auto inputs = collect_inputs({tmp.path.string()}, Selection{}, tongbao::OutputFormat::Jsonl);
  tongbao::detail::BatchOptions options;
  std::ostringstream out;
  out.setstate(std::ios::badbit);
  CHECK_THROWS_AS(tongbao::detail::run_batch(inputs, options, out), tongbao::cli::OutputError);
}

TEST_CASE("check takes parse's inputs: folders walked in order, --glob, --files0-from, -j, worst status", "[batch][check]") {
  TempDir tmp;
  const fs::path dir = tmp.path / "notices";
  const std::string sample = (dir / "whdi-fgw-2024.txt").string();
  const std::string fixed = (dir / "whdi-fgw-2024-fixed.txt").string();
  write_file(sample, sample_text());
  write_file(fixed, read_whole(fs::path(TONGBAO_SOURCE_DIR) / "tests/fixtures/check/whdi-fgw-2024-fixed.txt"));
  const std::string gap_line =
      "::warning file=" + sample + ",line=128,col=191,title=numbering-gap::“五是” follows “三是”: “四是” is missing\n";

  // A folder is walked ("-fixed.txt" sorts before ".txt"), each file reported, in that order.
  const RunResult gap = run_cli({"check", "--format", "github", "--select", "numbering-gap", dir.string()});
  CHECK(gap.status == 0);
  CHECK(gap.err.empty());
  CHECK(gap.out == gap_line);
  for (const char* jobs : {"1", "2"}) {
    const RunResult json = run_cli({"check", "-j", jobs, "--format", "json", "--select", "numbering-gap", dir.string()});
    CHECK(json.status == 0);
    const nlohmann::json report = nlohmann::json::parse(json.out);
    REQUIRE(report.size() == 2);
    CHECK(report[0]["path"] == fixed);
    CHECK(report[0]["diagnostics"].empty());
    CHECK(report[1]["path"] == sample);
    REQUIRE(report[1]["diagnostics"].size() == 1);
    CHECK(report[1]["diagnostics"][0]["code"] == "numbering-gap");
    CHECK(report[1]["diagnostics"][0]["line"] == 128);
  }
  const RunResult text = run_cli({"check", "-j", "2", dir.string()});
  CHECK(text.status == 0);  // warnings only
  CHECK_THAT(text.out, Catch::StartsWith(sample + ":"));
  CHECK_THAT(text.out, Catch::EndsWith("\n0 errors, 6 warnings, 0 notes in 1 file\n"));
  CHECK(run_cli({"check", "-q", "--strict", dir.string()}).status == 1);

  // --glob picks files inside the folder; --files0-from keeps the listed order.
  const RunResult only_fixed = run_cli({"check", "--strict", "--glob", "*-fixed.txt", dir.string()});
  CHECK(only_fixed.status == 0);
  CHECK(only_fixed.out.empty());
  const RunResult listed = run_cli({"check", "--format", "github", "--select", "numbering-gap", "--files0-from", "-"},
                                   sample + std::string(1, '\0') + fixed + std::string(1, '\0'));
  CHECK(listed.status == 0);
  CHECK(listed.out == gap_line);

  // The worst status over the files: an unreadable input (a dangling link) makes it 3.
  fs::create_symlink(tmp.path / "gone.txt", dir / "zz-broken.txt");
  const RunResult broken = run_cli({"check", "--format", "github", "--select", "numbering-gap", dir.string()});
  CHECK(broken.status == 3);
  const std::string broken_path = (dir / "zz-broken.txt").string();
  const std::string dangling = broken_path + ": dangling symbolic link to '" + (tmp.path / "gone.txt").string() +
                               "'; fix or remove the link";
  CHECK(broken.out == gap_line + "::error file=" + broken_path + "::" + dangling + "\n");
  CHECK(broken.err == "tongbao: error: " + (dir / "zz-broken.txt").string() + ": dangling symbolic link to '" +
                          (tmp.path / "gone.txt").string() + "'; fix or remove the link\n");
  CHECK(run_cli({"check", "--strict", dir.string()}).status == 3);

  // Usage: no inputs, standard input twice.
  CHECK(run_cli({"check"}).status == 2);
  const RunResult twice = run_cli({"check", "-", "--files0-from", "-"});
  CHECK(twice.status == 2);
  CHECK(twice.err == "tongbao: error: standard input can be read only once; use '-' or --files0-from - once\n");
}

TEST_CASE("output to one file (-o FILE) is atomic, -o DIR/ and --output-dir one per input, bad destinations exit 2", "[batch]") {
  TempDir tmp;
  write_file(tmp.path / "in" / "a.txt", "一、甲\n");
  write_file(tmp.path / "in" / "b.txt", "二、乙\n");
  const std::string in = (tmp.path / "in").string();
  const tongbao::Document a = tongbao::parse("一、甲\n", (tmp.path / "in" / "a.txt").string());
  const tongbao::Document b = tongbao::parse("二、乙\n", (tmp.path / "in" / "b.txt").string());
  tongbao::WriteOptions two;
  two.record_count = 2;
  const std::string jsonl = tongbao::render_record(a, tongbao::OutputFormat::Jsonl, two) +
                            tongbao::render_record(b, tongbao::OutputFormat::Jsonl, two);

  // A path that is not a directory: the whole output, as standard output would get it.
  const fs::path file = tmp.path / "notice.jsonl";
  for (const char* jobs : {"1", "2"}) {
    const RunResult r = run_cli({"parse", "-q", "-j", jobs, "-f", "jsonl", "-o", file.string(), in});
    CHECK(r.status == 0);
    CHECK(r.out.empty());
    CHECK(r.err.empty());
    REQUIRE(fs::is_regular_file(file));
    CHECK(read_whole(file) == jsonl);
    CHECK(run_cli({"parse", "-q", "-f", "jsonl", in}).out == jsonl);
  }
  // Replaced, not appended to; no temporary left beside it.
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(tmp.path)) names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  CHECK(names == std::vector<std::string>{"in", "notice.jsonl"});

  // Trailing '/', an existing directory, and --output-dir: one file per input.
  const fs::path slash = tmp.path / "per-input";
  CHECK(run_cli({"parse", "-o", slash.string() + "/", in}).status == 0);
  CHECK(fs::is_regular_file(slash / "a.json"));
  CHECK(fs::is_regular_file(slash / "b.json"));
  fs::create_directory(tmp.path / "existing");
  CHECK(run_cli({"parse", "-o", (tmp.path / "existing").string(), in}).status == 0);
  CHECK(fs::is_regular_file(tmp.path / "existing" / "a.json"));
  CHECK(run_cli({"parse", "--output-dir", (tmp.path / "explicit").string(), in}).status == 0);
  CHECK(fs::is_regular_file(tmp.path / "explicit" / "b.json"));

  // An unwritable destination: one error before any work, exit 2.
  const std::string blocked = (tmp.path / "in" / "a.txt" / "out.json").string();
  const RunResult bad_file = run_cli({"parse", "-o", blocked, in});
  CHECK(bad_file.status == 2);
  CHECK(bad_file.out.empty());
  CHECK(bad_file.err == "tongbao: error: cannot write to " + blocked + ": Not a directory\n");
  const std::string blocked_dir = (tmp.path / "in" / "a.txt" / "records").string();
  const RunResult bad_dir = run_cli({"parse", "--output-dir", blocked_dir, in});
  CHECK(bad_dir.status == 2);
  CHECK(bad_dir.err == "tongbao: error: cannot write to " + blocked_dir + ": Not a directory\n");
  CHECK(run_cli({"parse", "-o", file.string(), "--output-dir", slash.string(), in}).status == 2);
  CHECK(run_cli({"parse", "-o", file.string(), "--skip-existing", in}).status == 2);
}

TEST_CASE("usage errors: pretty with compact, and an unknown encoding", "[batch][check]") {
  const std::string sample = (fs::path(TONGBAO_SOURCE_DIR) / "data/samples/whdi-fgw-2024.txt").string();
  const RunResult both = run_cli({"parse", "--pretty", "--compact", sample});
  CHECK(both.status == 2);
  CHECK(both.out.empty());
  CHECK(both.err == "tongbao: error: --pretty and --compact contradict each other; give one\n");
  const std::string unknown =
      "tongbao: error: unknown --encoding 'nonsense'; known encodings include UTF-8, GB18030, GBK, GB2312, Big5, "
      "Big5-HKSCS, UTF-16LE, UTF-16BE, windows-1252 (any name ICU knows; see docs/encodings.md)\n";
  for (const char* command : {"parse", "check"}) {
    const RunResult bad = run_cli({command, "--encoding", "nonsense", sample});
    CHECK(bad.status == 2);
    CHECK(bad.out.empty());
    CHECK(bad.err == unknown);
  }
  // Names ICU knows pass: our own table, and ICU aliases.
  CHECK(tongbao::detail::is_known_encoding("gbk"));
  CHECK(tongbao::detail::is_known_encoding("UTF-8"));
  CHECK(tongbao::detail::is_known_encoding("ISO-8859-2"));
  CHECK(!tongbao::detail::is_known_encoding("nonsense"));
  CHECK(run_cli({"parse", "-q", "--encoding", "utf-8", sample}).status == 0);
}

TEST_CASE("a folder from which nothing is selected is named and a run that selects nothing at all fails", "[batch][cli]") {
  TempDir tmp;
  const fs::path empty = tmp.path / "empty";
  const fs::path full = tmp.path / "full";
  fs::create_directories(empty);
  write_file(empty / "photo.jpg", "not a notice");
  write_file(full / "a.txt", "关于整改情况的通报\n\n一、总体情况\n");
  const std::string defaults = "no notice-like file (" + tongbao::detail::notice_extensions_list() +
                               "; --glob selects others)";
  for (const char* command : {"parse", "check"}) {
    INFO(command);
    const RunResult alone = run_cli({command, "-q", empty.string()});
    CHECK(alone.status == tongbao::cli::kUsage);
    CHECK(alone.out.empty());
    CHECK(alone.err == "tongbao: error: nothing to read: " + defaults + " in " + empty.string() + "\n");

    const RunResult beside = run_cli({command, "-q", full.string(), empty.string()});
    CHECK(beside.status != tongbao::cli::kUsage);
    CHECK(beside.err == "tongbao: warning: " + empty.string() + ": " + defaults + "; skipped\n");
    if (std::string(command) == "parse") CHECK_THAT(beside.out, Catch::Contains("总体情况"));

    const RunResult glob = run_cli({command, "-q", "--glob", "*.zzz", full.string()});
    CHECK(glob.status == tongbao::cli::kUsage);
    CHECK(glob.err == "tongbao: error: nothing to read: no file matches --glob '*.zzz' in " + full.string() + "\n");
  }
  // A named file is always read, whatever its name: no warning for it.
  const RunResult named = run_cli({"parse", "-q", "-f", "jsonl", (empty / "photo.jpg").string()});
  CHECK(named.err.empty());
  CHECK(named.status == tongbao::cli::kOk);
}
