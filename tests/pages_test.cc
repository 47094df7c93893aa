// The sample notice as pages in every encoding the archives hold: each gives
// the outline of the plain-text sample (issue 3's must-show).
#include <catch2/catch.hpp>

#include "test_support.h"
#include "tongbao/tongbao.h"

using namespace tongbao;

namespace {

std::string fixture(const std::string& name) {
  return test::read_all(std::string(TONGBAO_SOURCE_DIR) + "/tests/fixtures/html/" + name);
}

const Document& text_sample() {
  static const Document doc = parse(test::read_all(test::sample_path()), "sample.txt");
  return doc;
}

// Headings and problems of the Big5 page are in traditional characters; the
// structure (ids, kinds, numbers, which nodes have problems and labels) is
// what must agree.
std::string structure(const std::vector<Node>& nodes) {
  std::string out;
  for_each_node(nodes, [&](const Node& n) {
    out += n.id + ' ' + to_string(n.kind) + ' ' + std::to_string(n.number) + (n.problem ? " P" : "") +
           (n.label ? " L" : "") + '\n';
  });
  return out;
}

}  // namespace

TEST_CASE("pages: every encoding gives the sample's structure", "[pages]") {
  struct Case {
    const char* file;
    const char* encoding;
    const char* media_type;
  };
  const Case cases[] = {
      {"sample-utf8.html", "UTF-8", "text/html"},
      {"sample-gb18030.html", "GB18030", "text/html"},
      {"sample-utf8-nocharset.html", "UTF-8", "text/html"},
      {"sample-gb18030-nocharset.html", "GB18030", "text/html"},
      {"sample-gb18030-wrong-charset.html", "GB18030", "text/html"},
      {"sample-big5.html", nullptr, "text/html"},
      {"sample-utf16.txt", "UTF-16LE", "text/plain"},
  };
  const std::string expected = structure(text_sample().outline);
  for (const Case& c : cases) {
    INFO(c.file);
    const Document doc = parse(fixture(c.file), c.file);
    REQUIRE_FALSE(doc.error);
    CHECK(doc.source.media_type == c.media_type);
    if (c.encoding) CHECK(doc.source.encoding == c.encoding);
    CHECK(structure(doc.outline) == expected);
    CHECK(test::count_kind(doc.outline, NodeKind::Measure) == 106);
  }
}

TEST_CASE("pages: the GB18030 page's metadata and no related links", "[pages]") {
  const Document doc = parse(fixture("sample-gb18030.html"), "sample-gb18030.html");
  CHECK(doc.source.encoding == "GB18030");
  CHECK(doc.source.media_type == "text/html");
  CHECK(doc.title == text_sample().title);
  CHECK(doc.published == "2024-06-24T16:38");
  CHECK(doc.origin == "武汉市纪委监委");
  CHECK(doc.breadcrumb == std::vector<std::string>{"首页", "巡察工作", "巡察反馈"});
  CHECK(doc.closing == text_sample().closing);
  CHECK(doc.preamble == text_sample().preamble);
  for (const char* related : {"相关文章", "上一篇", "下一篇", "版权所有", "民政局", "城市管理执法", "打印本页"}) {
    INFO(related);
    CHECK(doc.closing.find(related) == std::string::npos);
    for_each_node(doc.outline, [&](const Node& n) { CHECK(n.text.find(related) == std::string::npos); });
  }
}

TEST_CASE("pages: node lines are lines of the HTML source", "[pages]") {
  const std::string page = fixture("sample-utf8.html");
  const Document doc = parse(page, "sample-utf8.html");
  const Node* item1 = test::find_node(doc.outline, "2.1");
  REQUIRE(item1);
  // The line the parser reports holds the item's marker in the source
  // (where its quotes are written as entities).
  std::size_t start = 0;
  for (int line = 1; line < item1->line; ++line) start = page.find('\n', start) + 1;
  const std::string source_line = page.substr(start, page.find('\n', start) - start);
  CHECK(source_line.find("1.关于&ldquo;在加强经济运行调度和调节方面存在差距") != std::string::npos);
  CHECK(item1->line == 45);
}
