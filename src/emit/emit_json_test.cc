#include "emit/emit_json.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "tongbao/emit.h"
#include "tongbao/parse.h"

using tongbao::Document;
using tongbao::detail::append_record_json;
using tongbao::detail::indent_json;
using Json = nlohmann::ordered_json;

namespace {

std::string direct(const Document& doc) {
  std::string out;
  append_record_json(out, doc);
  return out;
}

// One string as nlohmann writes it (invalid UTF-8 replaced): the oracle
// for the writer's own escaping.
std::string nlohmann_string(const std::string& s) {
  return Json(s).dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string read_bytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::size_t count_nodes(const std::vector<tongbao::Node>& nodes) {
  std::size_t n = nodes.size();
  for (const tongbao::Node& node : nodes) n += count_nodes(node.children);
  return n;
}

std::size_t count_json_nodes(const Json& nodes) {
  std::size_t n = nodes.size();
  for (const Json& node : nodes) n += count_json_nodes(node["children"]);
  return n;
}

const char* const kParsedInputs[] = {"data/samples/whdi-fgw-2024.txt", "tests/fixtures/html/sample-gb18030.html",
                                     "tests/fixtures/html/xxgk.html", "tests/fixtures/html/tagsoup.html"};

}  // namespace

TEST_CASE("the JSON of parsed notices reads back as the record, in nlohmann's own compact form", "[emit_json]") {
  const std::filesystem::path root = TONGBAO_SOURCE_DIR;
  for (const char* input : kParsedInputs) {
    INFO(input);
    const std::string bytes = read_bytes(root / input);
    REQUIRE(!bytes.empty());
    const Document doc = tongbao::parse(bytes, input);
    REQUIRE(!doc.outline.empty());
    const std::string text = direct(doc);
    const Json j = Json::parse(text);
    CHECK(j.dump() == text);  // nothing written that a dump of the same value would write otherwise
    CHECK(j["format"] == "tongbao/1");
    CHECK(j["title"] == (doc.title ? Json(*doc.title) : Json(nullptr)));
    CHECK(j["source"]["sha256"] == doc.source.sha256);
    CHECK(count_json_nodes(j["outline"]) == count_nodes(doc.outline));
    CHECK(j["entities"].size() == doc.entities.size());
    CHECK(j["diagnostics"].size() == doc.diagnostics.size());
    CHECK(j["outline"][0]["heading"] == doc.outline[0].heading);
  }
}

TEST_CASE("the JSON writer escapes and fills every field", "[emit_json]") {
  Document doc;
  doc.source.path = "dir/\"quoted\"\\name\t.txt";
  doc.source.bytes = 18446744073709551615ull;
  doc.title = std::string("控制\x01\x1f字符\x7f和\b\f\n\r", 22);
  doc.breadcrumb = {"首页", "", "a\"b"};
  doc.inspection = tongbao::Inspection{};
  doc.inspection->kind = "巡察";
  doc.summary = tongbao::Summary{};
  doc.summary->rate = 0.76;
  doc.summary->people_handled = {{"诫勉", 2}, {"批评教育", 3}, {"诫勉", 4}};
  doc.summary->funds_recovered_yuan = 59900.0;
  doc.contact = tongbao::Contact{{"82796162"}, {"a@b.cn"}, std::nullopt, "地址"};
  doc.preamble = "第一段\n第二段";
  tongbao::Node node;
  node.id = "1";
  node.marker = "一、";
  node.number = -3;
  node.heading = "关于“X”的问题";
  node.problem = "X";
  node.line = 7;
  node.children.push_back(node);
  node.children[0].id = "1.1";
  doc.outline.push_back(node);
  doc.entities = {{tongbao::EntityType::Money, "5.99万元", 59900.5, "1.1", 3},
                  {tongbao::EntityType::Date, "2024年", std::string("2024"), std::nullopt, 4},
                  {tongbao::EntityType::Percent, "48%", std::int64_t{-48}, std::nullopt, 5},
                  {tongbao::EntityType::Document, "《》", std::monostate{}, std::nullopt, 6}};
  doc.diagnostics = {{tongbao::Severity::Note, "numbering-gap", "缺“3.”", 2, 5, "2"}};
  const std::string expected =
      R"({"format":"tongbao/1","source":{"path":"dir/\"quoted\"\\name\t.txt","media_type":"text/plain","encoding":"UTF-8",)"
      R"("bytes":18446744073709551615,"sha256":""},"title":"控制\u0001\u001f字符)" "\x7f" R"(和\b\f\n\r","issuer":null,)"
      R"("published":null,"signed":null,"origin":null,"site":null,"breadcrumb":["首页","","a\"b"],)"
      R"("inspection":{"kind":"巡察","round":null,"team":null,"target":null,"start":null,"end":null,"feedback":null},)"
      R"("summary":{"problems":null,"completed":null,"in_progress":null,"rate":0.76,"measures":null,"rules":null,)"
      R"("people_disciplined":null,"people_handled":{"诫勉":4,"批评教育":3},"funds_recovered_yuan":59900.0},)"
      R"("contact":{"phones":["82796162"],"emails":["a@b.cn"],"postcode":null,"address":"地址"},)"
      R"("preamble":"第一段\n第二段","outline":[{"id":"1","kind":"section","marker":"一、","number":-3,)"
      R"("heading":"关于“X”的问题","problem":"X","label":null,"text":"","line":7,"children":[{"id":"1.1",)"
      R"("kind":"section","marker":"一、","number":-3,"heading":"关于“X”的问题","problem":"X","label":null,)"
      R"("text":"","line":7,"children":[]}]}],"closing":"","entities":[{"type":"money","text":"5.99万元",)"
      R"("value":59900.5,"node":"1.1","line":3},{"type":"date","text":"2024年","value":"2024","node":null,"line":4},)"
      R"({"type":"percent","text":"48%","value":-48,"node":null,"line":5},{"type":"document","text":"《》",)"
      R"("value":null,"node":null,"line":6}],"diagnostics":[{"severity":"note","code":"numbering-gap",)"
      R"("message":"缺“3.”","line":2,"column":5,"node":"2"}]})";
  CHECK(direct(doc) == expected);
  // What nlohmann makes of the same value, member by member.
  CHECK(Json::parse(direct(doc)).dump() == expected);

  SECTION("invalid UTF-8 is replaced as nlohmann replaces it") {
    const char* bad[] = {"\xff", "a\xc0\xafz", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xe4\xb8", "\xe0\x80\x80",
                         "\xf0\x80\x80\x80", "\xc2", "ok\xe4\xb8\xad", "\xf0\x9f\x98\x80\xee\x80\x80\xed\x9f\xbf\xc2\xa0"};
    for (const char* b : bad) {
      INFO(b);
      doc.closing = b;
      CHECK(direct(doc).find(",\"closing\":" + nlohmann_string(b) + ",\"entities\":") != std::string::npos);
    }
  }
  SECTION("an error record") {
    doc.error = tongbao::RecordError{"not-text", "binary: \"PNG\""};
    CHECK(direct(doc) ==
          R"({"format":"tongbao/1","source":{"path":"dir/\"quoted\"\\name\t.txt","media_type":"text/plain","encoding":"UTF-8",)"
          R"("bytes":18446744073709551615,"sha256":""},"error":{"code":"not-text","message":"binary: \"PNG\""}})");
  }
}

TEST_CASE("JSON strings checked sixteen bytes at a time are escaped as nlohmann escapes them wherever the odd byte falls",
          "[emit_json]") {
  // Pieces that the block test passes or sends to the byte-by-byte path, put
  // at every offset of texts shorter and longer than a block, so that they
  // fall inside a block, across its end, and in the text's last bytes.
  const std::string pieces[] = {"中",          "。",        "×",           "a",       "\"",          "\\",
                                "\n",          "\x01",      "\x7f",        "\xef\xbc\x8c", "\xee\x80\x80", "\xed\x9f\xbf",
                                "\xe0\xa0\x80", "\xf0\x9f\x98\x80", "\xe4\xb8", "\xc2",   "\xff",        "\xed\xa0\x80",
                                "\xc0\xaf",    "\xbf"};
  // Chinese text, and ASCII as in ids and dates (short strings are tested
  // eight bytes at a time when they are ASCII).
  const std::string fillers[] = {"整改落实abc１２３", "2.28.4-2024-07-26 item"};
  tongbao::Document doc;
  for (const std::string& filler : fillers) {
    for (const std::string& piece : pieces) {
      for (std::size_t length : {0, 5, 7, 8, 9, 15, 16, 17, 31, 40}) {
        for (std::size_t at = 0; at <= length; ++at) {
          std::string text;
          while (text.size() < length) text += filler;
          text.resize(length);  // may cut a character: invalid too, on purpose
          text.insert(at, piece);
          INFO(piece << " at " << at << " of " << length);
          doc.preamble = text;
          CHECK(direct(doc).find(",\"preamble\":" + nlohmann_string(text) + ",\"outline\":") != std::string::npos);
        }
      }
    }
  }
}

TEST_CASE("pretty JSON is the compact record laid out as nlohmann's dump(2)", "[emit_json]") {
  const std::filesystem::path root = TONGBAO_SOURCE_DIR;
  for (const char* input : kParsedInputs) {
    INFO(input);
    const Document doc = tongbao::parse(read_bytes(root / input), input);
    const std::string compact = direct(doc);
    CHECK(indent_json(compact) == Json::parse(compact).dump(2));
  }
  struct Case {
    const char* compact;
    const char* pretty;
  };
  const Case cases[] = {
      {"{}", "{}"},
      {"[]", "[]"},
      {"null", "null"},
      {R"({"a":[],"b":{},"c":[1,2]})", "{\n  \"a\": [],\n  \"b\": {},\n  \"c\": [\n    1,\n    2\n  ]\n}"},
      // Marks inside strings are text: quotes and backslashes escaped, brackets, commas and colons.
      {R"({"k:,{}[]":"v\"{,}:[]\\","e":"\\"})",
       "{\n  \"k:,{}[]\": \"v\\\"{,}:[]\\\\\",\n  \"e\": \"\\\\\"\n}"},
      {R"([[{"x":null}]])", "[\n  [\n    {\n      \"x\": null\n    }\n  ]\n]"},
  };
  for (const Case& c : cases) {
    INFO(c.compact);
    CHECK(indent_json(c.compact) == c.pretty);
    CHECK(indent_json(c.compact) == Json::parse(c.compact).dump(2));
  }
}

TEST_CASE("a record written through a sink in small pieces is the record's bytes", "[emit_json]") {
  const std::filesystem::path root = TONGBAO_SOURCE_DIR;
  const std::string bytes = read_bytes(root / "data/samples/whdi-fgw-2024.txt");
  const Document doc = tongbao::parse(bytes, "whdi-fgw-2024.txt");
  const std::string whole = direct(doc);
  for (std::size_t chunk : {1, 100, 4096, 1 << 20}) {
    INFO("chunk of " << chunk);
    std::string written;
    std::size_t pieces = 0;
    const tongbao::detail::JsonSink sink{[&](std::string_view piece) {
                                           // Each piece ends between members: after a node or an entity.
                                           CHECK((piece.back() == '}'));
                                           written += piece;
                                           ++pieces;
                                         },
                                         chunk};
    std::string rest;
    append_record_json(rest, doc, &sink);
    CHECK(written + rest == whole);
    // Cut after every node, entity and diagnostic with a 1-byte chunk, not
    // at all with a 1 MB one (the sample's record is far smaller).
    if (chunk == 1) CHECK(pieces == count_nodes(doc.outline) + doc.entities.size() + doc.diagnostics.size());
    if (chunk == 1 << 20) CHECK(pieces == 0);
    if (chunk <= 4096) CHECK(rest.size() < whole.size() / 2);
  }
}

TEST_CASE("write_record writes render_record's bytes in every format", "[emit_json]") {
  const std::filesystem::path root = TONGBAO_SOURCE_DIR;
  const std::string bytes = read_bytes(root / "data/samples/whdi-fgw-2024.txt");
  const Document doc = tongbao::parse(bytes, "whdi-fgw-2024.txt");
  using tongbao::OutputFormat;
  for (OutputFormat format : {OutputFormat::Json, OutputFormat::Jsonl, OutputFormat::Xml, OutputFormat::Csv,
                              OutputFormat::Outline}) {
    for (bool pretty : {false, true}) {
      tongbao::WriteOptions options;
      options.pretty = pretty;
      std::ostringstream out;
      tongbao::write_record(out, doc, format, options);
      CHECK(out.str() == tongbao::render_record(doc, format, options));
    }
  }
}
