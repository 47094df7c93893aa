#include "tongbao/emit.h"

#include <algorithm>
#include <sstream>
#include <vector>

#include <libxml/parser.h>
#include <libxml/xmlschemas.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include "cli/cli.h"
#include "emit/emit_csv.h"
#include "emit/emit_outline.h"
#include "emit/emit_text.h"
#include "emit/emit_xml.h"

namespace tongbao::detail {
extern const std::string_view kXmlSchema;  // generated from data/tongbao-1.xsd
}

using namespace tongbao;

namespace {

const std::string kSha = "302e0218573f9d1c385c39a6ad956f58e5d57bab3da8301782b4baf43506ce94";

Node make_node(std::string id, NodeKind kind, std::string marker, int number, std::string heading, int line) {
  Node n;
  n.id = std::move(id);
  n.kind = kind;
  n.marker = std::move(marker);
  n.number = number;
  n.heading = std::move(heading);
  n.line = line;
  return n;
}

// Every field set, some of them to null, nodes three levels deep.
Document full_document() {
  Document doc;
  doc.source = Source{"notices/a.html", "text/html", "GB18030", 1234, kSha};
  doc.title = "中共某某党组关于巡察整改进展情况的通报";
  doc.issuer = "中共某某党组";
  doc.published = "2024-06-24T16:38";
  doc.signed_on = "2024-06-17";
  doc.origin = std::nullopt;
  doc.site = "http://www.whdi.gov.cn";
  doc.breadcrumb = {"首页", "巡察工作"};
  doc.inspection = Inspection{"巡察", "十四届市委第五轮巡察", "市委第七巡察组", "市发改委党组", "2023-07-13", "2023-08-31", std::nullopt};
  Summary summary;
  summary.problems = 40;
  summary.rate = 0.76;
  summary.people_handled = {{"诫勉", 2}, {"批评教育", 5}};
  summary.funds_recovered_yuan = 59900.0;
  doc.summary = summary;
  doc.contact = Contact{{"82796162"}, {"36900894@qq.com"}, "430014", std::nullopt};
  doc.preamble = "根据市委巡察工作统一部署。";
  Node section = make_node("1", NodeKind::Section, "一、", 1, "整改进展情况", 8);
  Node item = make_node("1.1", NodeKind::Item, "1.", 1, "关于“落实不到位”的问题", 10);
  item.problem = "落实不到位";
  item.label = "整改情况";
  Node measure = make_node("1.1.1", NodeKind::Measure, "一是", 1, "追回资金", 11);
  measure.text = "追回5.99万元。";
  Node measure2 = make_node("1.1.2", NodeKind::Measure, "二是", 2, "建立制度", 11);
  item.children = {measure, measure2};
  section.children = {item};
  doc.outline = {section, make_node("2", NodeKind::Section, "二、", 2, "下一步工作", 20)};
  doc.closing = "2024年6月17日";
  doc.entities = {Entity{EntityType::Money, "5.99万元", std::int64_t{59900}, "1.1.1", 11},
                  Entity{EntityType::Percent, "76%", 0.76, std::nullopt, 3},
                  Entity{EntityType::Date, "2024年6月17日", std::string("2024-06-17"), std::nullopt, 22},
                  Entity{EntityType::Document, "《办法》", EntityValue{}, "1", 9}};
  doc.diagnostics = {Diagnostic{Severity::Warning, "numbering-gap", "“1.”后是“3.”", 12, 1, "1.1"},
                     Diagnostic{Severity::Note, "no-origin", "没有来源", 1, 1, std::nullopt}};
  return doc;
}

Document error_document() {
  Document doc;
  doc.source.path = "gone.txt";
  doc.error = RecordError{"unreadable", "gone.txt: cannot open: No such file or directory"};
  return doc;
}

std::string render_stream(const std::vector<Document>& docs, OutputFormat format, WriteOptions options = {}) {
  options.record_count = docs.size();
  std::string out = render_prologue(format, options);
  for (const Document& doc : docs) out += render_record(doc, format, options);
  return out + render_epilogue(format, options);
}

// Validates `xml` against the XSD compiled into the binary; returns the
// libxml2 result (0: valid).
int validate_xml(const std::string& xml) {
  xmlSchemaParserCtxtPtr parser = xmlSchemaNewMemParserCtxt(detail::kXmlSchema.data(), static_cast<int>(detail::kXmlSchema.size()));
  xmlSchemaPtr schema = xmlSchemaParse(parser);
  REQUIRE(schema != nullptr);
  xmlDocPtr doc = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "test.xml", nullptr, XML_PARSE_NONET);
  REQUIRE(doc != nullptr);
  xmlSchemaValidCtxtPtr valid = xmlSchemaNewValidCtxt(schema);
  const int result = xmlSchemaValidateDoc(valid, doc);
  xmlSchemaFreeValidCtxt(valid);
  xmlFreeDoc(doc);
  xmlSchemaFree(schema);
  xmlSchemaFreeParserCtxt(parser);
  return result;
}

}  // namespace

TEST_CASE("parse_output_format knows the five formats and nothing else", "[emit]") {
  const std::vector<std::pair<std::string, OutputFormat>> good = {
      {"json", OutputFormat::Json}, {"jsonl", OutputFormat::Jsonl}, {"xml", OutputFormat::Xml},
      {"csv", OutputFormat::Csv},   {"outline", OutputFormat::Outline}};
  for (const auto& [name, expected] : good) {
    OutputFormat format = OutputFormat::Json;
    CHECK(parse_output_format(name, format));
    CHECK(format == expected);
  }
  for (const std::string name : {"", "JSON", "xml ", "yaml", "tsv", "html"}) {
    OutputFormat format = OutputFormat::Csv;
    CHECK_FALSE(parse_output_format(name, format));
    CHECK(format == OutputFormat::Csv);
  }
}

TEST_CASE("XML of a small record, text for text", "[emit][xml]") {
  Document doc;
  doc.source = Source{"a.txt", "text/plain", "UTF-8", 3, kSha};
  doc.title = "通报 <一> & \"二\"";
  doc.breadcrumb = {"首页"};
  doc.preamble = "";
  Node node = make_node("1", NodeKind::Section, "一、", 1, "总体", 2);
  node.text = "甲\n乙";
  node.children = {make_node("1.1", NodeKind::Measure, "一是", 1, "加强", 3)};
  node.children[0].label = "整改措施";
  doc.outline = {node};
  doc.entities = {Entity{EntityType::Money, "5.99万元", std::int64_t{59900}, "1.1", 3}};
  doc.diagnostics = {Diagnostic{Severity::Error, "bad-thing", "a \"b\" <c>", 4, 7, std::nullopt}};
  const std::string expected =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<notice xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" format=\"tongbao/1\">\n"
      "  <source>\n"
      "    <path>a.txt</path>\n"
      "    <media_type>text/plain</media_type>\n"
      "    <encoding>UTF-8</encoding>\n"
      "    <bytes>3</bytes>\n"
      "    <sha256>" + kSha + "</sha256>\n"
      "  </source>\n"
      "  <title>通报 &lt;一&gt; &amp; \"二\"</title>\n"
      "  <issuer xsi:nil=\"true\" />\n"
      "  <published xsi:nil=\"true\" />\n"
      "  <signed xsi:nil=\"true\" />\n"
      "  <origin xsi:nil=\"true\" />\n"
      "  <site xsi:nil=\"true\" />\n"
      "  <breadcrumb>\n"
      "    <item>首页</item>\n"
      "  </breadcrumb>\n"
      "  <inspection xsi:nil=\"true\" />\n"
      "  <summary xsi:nil=\"true\" />\n"
      "  <contact xsi:nil=\"true\" />\n"
      "  <preamble></preamble>\n"
      "  <outline>\n"
      "    <node id=\"1\" kind=\"section\" marker=\"一、\" number=\"1\" line=\"2\">\n"
      "      <heading>总体</heading>\n"
      "      <problem xsi:nil=\"true\" />\n"
      "      <label xsi:nil=\"true\" />\n"
      "      <text>甲\n乙</text>\n"
      "      <node id=\"1.1\" kind=\"measure\" marker=\"一是\" number=\"1\" line=\"3\">\n"
      "        <heading>加强</heading>\n"
      "        <problem xsi:nil=\"true\" />\n"
      "        <label>整改措施</label>\n"
      "        <text></text>\n"
      "      </node>\n"
      "    </node>\n"
      "  </outline>\n"
      "  <closing></closing>\n"
      "  <entities>\n"
      "    <entity type=\"money\" value=\"59900\" node=\"1.1\" line=\"3\">5.99万元</entity>\n"
      "  </entities>\n"
      "  <diagnostics>\n"
      "    <diagnostic severity=\"error\" code=\"bad-thing\" line=\"4\" column=\"7\">a \"b\" &lt;c&gt;</diagnostic>\n"
      "  </diagnostics>\n"
      "</notice>\n";
  CHECK(render_stream({doc}, OutputFormat::Xml) == expected);
  CHECK(validate_xml(expected) == 0);
}

TEST_CASE("XML of an error record, alone and in a stream", "[emit][xml]") {
  const std::string alone = render_stream({error_document()}, OutputFormat::Xml);
  CHECK(alone ==
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<notice xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" format=\"tongbao/1\">\n"
        "  <source>\n"
        "    <path>gone.txt</path>\n"
        "    <media_type>text/plain</media_type>\n"
        "    <encoding>UTF-8</encoding>\n"
        "    <bytes>0</bytes>\n"
        "    <sha256></sha256>\n"
        "  </source>\n"
        "  <error>\n"
        "    <code>unreadable</code>\n"
        "    <message>gone.txt: cannot open: No such file or directory</message>\n"
        "  </error>\n"
        "</notice>\n");
  CHECK(validate_xml(alone) == 0);

  const std::string stream = render_stream({full_document(), error_document()}, OutputFormat::Xml);
  CHECK(stream.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<notices>\n  <notice ", 0) == 0);
  const std::string end = "\n  </notice>\n</notices>\n";
  REQUIRE(stream.size() > end.size());
  CHECK(stream.substr(stream.size() - end.size()) == end);
  CHECK(validate_xml(stream) == 0);
  pugi::xml_document parsed;
  REQUIRE(parsed.load_string(stream.c_str()));
  CHECK(parsed.select_nodes("/notices/notice").size() == 2);
  // An empty stream (a batch that found no file) is still a document.
  const std::string empty = render_stream({}, OutputFormat::Xml);
  CHECK(empty == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<notices>\n</notices>\n");
  CHECK(validate_xml(empty) == 0);
  CHECK(std::string(parsed.select_node("/notices/notice[2]/error/code").node().text().get()) == "unreadable");
}

TEST_CASE("XML of a record with every field validates and carries every value", "[emit][xml]") {
  const std::string xml = render_stream({full_document()}, OutputFormat::Xml);
  CHECK(validate_xml(xml) == 0);
  pugi::xml_document parsed;
  REQUIRE(parsed.load_string(xml.c_str()));
  auto text = [&](const char* xpath) { return std::string(parsed.select_node(xpath).node().text().get()); };
  auto attr = [&](const char* xpath) { return std::string(parsed.select_node(xpath).attribute().value()); };
  CHECK(text("/notice/inspection/team") == "市委第七巡察组");
  CHECK(attr("/notice/inspection/feedback/@xsi:nil") == "true");
  CHECK(attr("/notice/origin/@xsi:nil") == "true");
  CHECK(text("/notice/summary/rate") == "0.76");
  CHECK(text("/notice/summary/funds_recovered_yuan") == "59900.0");
  CHECK(attr("/notice/summary/completed/@xsi:nil") == "true");
  CHECK(text("/notice/summary/people_handled/entry[@term='批评教育']") == "5");
  CHECK(text("/notice/contact/emails/email") == "36900894@qq.com");
  CHECK(attr("/notice/contact/address/@xsi:nil") == "true");
  CHECK(text("/notice/breadcrumb/item[2]") == "巡察工作");
  CHECK(text("/notice/outline/node[1]/node[1]/problem") == "落实不到位");
  CHECK(attr("/notice/outline/node[1]/node[1]/node[2]/@id") == "1.1.2");
  CHECK(attr("/notice/entities/entity[2]/@value") == "0.76");
  CHECK(attr("/notice/entities/entity[3]/@value") == "2024-06-17");
  CHECK_FALSE(parsed.select_node("/notice/entities/entity[4]/@value"));  // null value: no attribute
  CHECK_FALSE(parsed.select_node("/notice/diagnostics/diagnostic[2]/@node"));
  // Node ids in document order, as in JSON.
  std::vector<std::string> ids;
  for (const pugi::xpath_node& n : parsed.select_nodes("//node")) ids.push_back(n.node().attribute("id").value());
  CHECK(ids == std::vector<std::string>{"1", "1.1", "1.1.1", "1.1.2", "2"});
}

TEST_CASE("XML stays well-formed whatever the text holds", "[emit][xml]") {
  struct Case {
    std::string input, expected;
  };
  const std::vector<Case> cases = {
      {"plain 文本", "plain 文本"},
      {"a\x01" "b\x1b[31mc", "ab[31mc"},           // C0 controls dropped
      {"tab\tlf\ncr\r", "tab\tlf\ncr\r"},           // the three allowed ones kept
      {"x\xEF\xBF\xBEy\xEF\xBF\xBFz", "xyz"},       // U+FFFE, U+FFFF dropped
      {"bad\xFF" "byte", "bad\xEF\xBF\xBD" "byte"},  // not UTF-8: U+FFFD
      {"\xE4\xB8", "\xEF\xBF\xBD"},                    // truncated sequence: one U+FFFD, as in JSON
      {"a\xE4\xB8" "b\xB8\xD5,", "a\xEF\xBF\xBD" "b\xEF\xBF\xBD\xEF\xBF\xBD,"},
      {std::string("nul\0x", 5), "nulx"},
  };
  for (const Case& c : cases) CHECK(detail::xml_safe(c.input) == c.expected);

  Document doc = full_document();
  doc.title = std::string("title\x0b\x0c\0end", 11);
  doc.outline[0].marker = "一、\x02";
  doc.diagnostics[0].message = "quote \x1f\xFF";
  doc.entities[0].text = "5.99\x08万元";
  const std::string xml = render_stream({doc}, OutputFormat::Xml);
  pugi::xml_document parsed;
  REQUIRE(parsed.load_string(xml.c_str()));
  CHECK(std::string(parsed.select_node("/notice/title").node().text().get()) == "titleend");
  CHECK(std::string(parsed.select_node("/notice/outline/node/@marker").attribute().value()) == "一、");
  CHECK(validate_xml(xml) == 0);
}

TEST_CASE("csv_field quotes only what RFC 4180 requires", "[emit][csv]") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"", ""},
      {"plain 文本", "plain 文本"},
      {"a,b", "\"a,b\""},
      {"say \"hi\"", "\"say \"\"hi\"\"\""},
      {"line1\nline2", "\"line1\nline2\""},
      {"cr\r", "\"cr\r\""},
      {"\"", "\"\"\"\""},
      {"，full-width comma is data", "，full-width comma is data"},
      {"bad\xFF" "byte", "bad\xEF\xBF\xBD" "byte"},        // not UTF-8: U+FFFD
      {"\xB8\xD5,", "\"\xEF\xBF\xBD\xEF\xBF\xBD,\""},  // Big5 bytes left undecoded
  };
  for (const auto& [input, expected] : cases) CHECK(detail::csv_field(input) == expected);
}

TEST_CASE("CSV: a BOM, a header, one row per node in document order", "[emit][csv]") {
  Document doc;
  doc.source.path = "dir/a,b.txt";
  Node node = make_node("1", NodeKind::Section, "一、", 1, "总体", 2);
  node.text = "他说\"好\",\n然后";
  Node child = make_node("1.1", NodeKind::Item, "1.", 1, "关于“X”的问题", 3);
  child.problem = "X";
  child.label = "整改情况";
  node.children = {child};
  doc.outline = {node, make_node("2", NodeKind::Section, "二、", 2, "下一步", 9)};
  const std::string expected =
      "\xEF\xBB\xBF"
      "source,id,parent,kind,marker,number,problem,label,heading,text,line,error,error_message\r\n"
      "\"dir/a,b.txt\",1,,section,一、,1,,,总体,\"他说\"\"好\"\",\n然后\",2,,\r\n"
      "\"dir/a,b.txt\",1.1,1,item,1.,1,X,整改情况,关于“X”的问题,,3,,\r\n"
      "\"dir/a,b.txt\",2,,section,二、,2,,,下一步,,9,,\r\n";
  CHECK(render_stream({doc}, OutputFormat::Csv) == expected);
}

TEST_CASE("CSV: an error record is one row, a record without nodes none", "[emit][csv]") {
  CHECK(render_record(error_document(), OutputFormat::Csv) ==
        "gone.txt,,,,,,,,,,,unreadable,gone.txt: cannot open: No such file or directory\r\n");
  Document empty;
  empty.preamble = "全文都在导语里。";
  CHECK(render_record(empty, OutputFormat::Csv).empty());
  // The header comes once per stream, not once per record.
  const std::string stream = render_stream({full_document(), full_document()}, OutputFormat::Csv);
  CHECK(std::count(stream.begin(), stream.end(), '\n') == 1 + 5 + 5);
}

TEST_CASE("outline view without colour", "[emit][outline]") {
  const std::string expected =
      "中共某某党组关于巡察整改进展情况的通报\n"
      "notices/a.html · 5 nodes · 1 problem · 2 measures · 2 diagnostics\n"
      "\n"
      "  一、整改进展情况  [2 measures]\n"
      "!   1.关于“落实不到位”的问题  [2 measures]\n"
      "      一是追回资金\n"
      "      二是建立制度\n"
      "  二、下一步工作\n";
  CHECK(render_record(full_document(), OutputFormat::Outline) == expected);
}

TEST_CASE("outline view with colour", "[emit][outline]") {
  Document doc;
  doc.source.path = "a.txt";
  doc.title = "通报";
  Node item = make_node("1", NodeKind::Item, "1.", 1, "关于“X”的问题", 2);
  item.problem = "X";
  item.children = {make_node("1.1", NodeKind::Measure, "一是", 1, "", 3)};
  item.children[0].text = "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三";
  doc.outline = {item};
  WriteOptions color;
  color.color = true;
  const std::string expected =
      "\x1b[1m通报\x1b[0m\n"
      "\x1b[2ma.txt · 2 nodes · 1 problem · 1 measure · 0 diagnostics\x1b[0m\n"
      "\n"
      "\x1b[1;31m! \x1b[0m\x1b[36m1.\x1b[0m关于“\x1b[1;33mX\x1b[0m”的问题  \x1b[2m[1 measure]\x1b[0m\n"
      "    \x1b[32m一是\x1b[0m\x1b[2m一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十…\x1b[0m\n";
  CHECK(render_record(doc, OutputFormat::Outline, color) == expected);
  // The same without colour has no escape at all.
  const std::string plain = render_record(doc, OutputFormat::Outline);
  CHECK(plain.find('\x1b') == std::string::npos);
  CHECK(plain.find("\n! 1.关于“X”的问题  [1 measure]\n") != std::string::npos);
}

TEST_CASE("outline view: error records, missing titles, hostile text", "[emit][outline]") {
  CHECK(render_record(error_document(), OutputFormat::Outline) ==
        "gone.txt: error (unreadable): gone.txt: cannot open: No such file or directory\n");
  Document doc;
  doc.source.path = "x.txt";
  doc.outline = {make_node("1", NodeKind::Section, "一、", 1, "a\x1b]0;pwned\x07\nb\xC2\x9B" "31m", 1)};
  CHECK(render_record(doc, OutputFormat::Outline) ==
        "(no title)\n"
        "x.txt · 1 node · 0 problems · 0 measures · 0 diagnostics\n"
        "\n"
        "  一、a]0;pwned b31m\n");
  CHECK(detail::terminal_safe("a\tb\r\nc\x7f\xC2\x85") == "a b  c");
  // Records in a stream are set apart by an empty line.
  WriteOptions two;
  two.record_count = 2;
  const std::string record = render_record(error_document(), OutputFormat::Outline, two);
  CHECK(record.substr(record.size() - 2) == "\n\n");
}

TEST_CASE("JSON forms: pretty only for json, one line for jsonl", "[emit][json]") {
  WriteOptions pretty;
  pretty.pretty = true;
  const std::string json = render_record(error_document(), OutputFormat::Json, pretty);
  CHECK(json.rfind("{\n  \"format\": \"tongbao/1\",\n", 0) == 0);
  const std::string jsonl = render_record(error_document(), OutputFormat::Jsonl, pretty);
  CHECK(std::count(jsonl.begin(), jsonl.end(), '\n') == 1);
  CHECK(jsonl ==
        "{\"format\":\"tongbao/1\",\"source\":{\"path\":\"gone.txt\",\"media_type\":\"text/plain\",\"encoding\":\"UTF-8\","
        "\"bytes\":0,\"sha256\":\"\"},\"error\":{\"code\":\"unreadable\",\"message\":\"gone.txt: cannot open: No such file "
        "or directory\"}}\n");
  CHECK(render_prologue(OutputFormat::Jsonl).empty());
  CHECK(render_epilogue(OutputFormat::Json).empty());
}

TEST_CASE("tongbao parse --format outline: --color, the terminal, NO_COLOR and CLICOLOR_FORCE decide colour",
          "[emit][outline][cli]") {
  struct Case {
    const char* color;  // the --color value, or nullptr for none (auto)
    bool terminal, no_color, force, colour;
  };
  const Case cases[] = {
      {nullptr, true, false, false, true},    // a terminal: colour
      {nullptr, false, false, false, false},  // a pipe: none
      {nullptr, true, true, false, false},    // NO_COLOR
      {nullptr, false, false, true, true},    // CLICOLOR_FORCE into a pipe (less -R)
      {nullptr, true, true, true, true},      // the force is the narrower request
      {"auto", false, false, false, false},
      {"always", false, true, false, true},   // the flag beats the environment
      {"never", true, false, true, false},
  };
  for (const Case& c : cases) {
    std::istringstream in("关于整改情况的通报\n\n一、总体情况\n\n1.关于“学习不深入”的问题。\n\n整改情况：一是加强学习。二是健全制度。\n");
    std::ostringstream out, err;
    cli::Io io{in, out, err};
    io.out_is_terminal = c.terminal;
    io.no_color = c.no_color;
    io.clicolor_force = c.force;
    std::vector<const char*> argv = {"tongbao", "parse", "--format", "outline"};
    if (c.color) {
      argv.push_back("--color");
      argv.push_back(c.color);
    }
    argv.push_back("-");
    CHECK(cli::run(static_cast<int>(argv.size()), argv.data(), io) == cli::kOk);
    INFO("--color " << (c.color ? c.color : "(none)") << ", terminal " << c.terminal << ", NO_COLOR " << c.no_color
                    << ", CLICOLOR_FORCE " << c.force << ":\n" << out.str() << err.str());
    CHECK(out.str().find("一、") != std::string::npos);
    CHECK((out.str().find('\x1b') != std::string::npos) == c.colour);
  }
}

TEST_CASE("bytes that are not UTF-8 read the same in JSON, XML, CSV", "[emit]") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"有效", "有效"},
      {"\xEF\xBF\xBD", "\xEF\xBF\xBD"},                           // a real U+FFFD stays one
      {"\xE4\xB8" "a", "\xEF\xBF\xBD" "a"},                         // truncated: one for the subpart
      {"\xFF\xFE", "\xEF\xBF\xBD\xEF\xBF\xBD"},                    // two bytes never valid: two
      {"\xB8\xD5\xA4", "\xEF\xBF\xBD\xD5\xA4"},                    // Big5 bytes: D5 A4 happens to be UTF-8
      {"\xED\xA0\x80", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},  // an encoded surrogate
  };
  for (const auto& [input, expected] : cases) CHECK(detail::valid_utf8(input) == expected);

  Document doc;
  doc.source.path = "x.txt";
  doc.outline = {make_node("1", NodeKind::Section, "一、", 1, "\xB8\xD5\xE4\xB8,\xA4\xA4\xA4\xE5", 1)};
  const auto json = nlohmann::json::parse(render_record(doc, OutputFormat::Jsonl));
  const std::string from_json = json["outline"][0]["heading"].get<std::string>();
  pugi::xml_document xml;
  REQUIRE(xml.load_string(render_record(doc, OutputFormat::Xml).c_str()));
  CHECK(std::string(xml.select_node("/notice/outline/node/heading").node().text().get()) == from_json);
  CHECK(render_record(doc, OutputFormat::Csv) == "x.txt,1,,section,一、,1,,," + detail::csv_field(from_json) + ",,1,,\r\n");
  CHECK(from_json.find(',') != std::string::npos);
}
