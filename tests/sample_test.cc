// The bundled sample notice: its golden outline and the facts issue 2 names.
#include <catch2/catch.hpp>

#include <algorithm>

#include <nlohmann/json.hpp>

#include "test_support.h"
#include "tongbao/tongbao.h"
#include "text/utf8.h"

using namespace tongbao;
using tongbao::test::find_node;

namespace {

const Document& sample() {
  static const Document doc = parse(test::read_all(test::sample_path()), "whdi-fgw-2024.txt");
  return doc;
}

// The sample rewritten the way other crawlers save it: full-width
// punctuation and digits, U+3000 indents, CRLF line ends, no blank lines.
std::string full_width_variant(const std::string& text) {
  std::string out;
  std::size_t i = 0;
  bool line_start = true;
  while (i < text.size()) {
    const char32_t c = detail::next_code_point(text, i);
    if (c == '\n') {
      if (!line_start) out += "\r\n";  // blank lines vanish
      line_start = true;
      continue;
    }
    if (line_start) {
      out += "\u3000\u3000";
      line_start = false;
    }
    if ((c >= '0' && c <= '9') || c == ',' || c == ':' || c == ';' || c == '(' || c == ')' || c == '.') {
      detail::append_utf8(out, c + 0xFEE0);
    } else {
      detail::append_utf8(out, c);
    }
  }
  return out;
}

// Full-width forms folded back, for comparing headings and problems.
std::string fold(const std::string& s) {
  std::string out;
  std::size_t i = 0;
  while (i < s.size()) detail::append_utf8(out, detail::fold_width(detail::next_code_point(s, i)));
  return out;
}

}  // namespace

TEST_CASE("sample: the outline equals the golden file checked by hand", "[sample]") {
  const std::string golden = test::read_all(std::string(TONGBAO_SOURCE_DIR) + "/tests/golden/whdi-fgw-2024.outline.tsv");
  REQUIRE_FALSE(golden.empty());
  CHECK(test::dump_outline(sample().outline) == golden);
}

TEST_CASE("sample: sections and items and problems", "[sample]") {
  const Document& doc = sample();
  REQUIRE(doc.outline.size() == 3);
  const Node& section2 = doc.outline[1];
  CHECK(section2.marker == "二、");
  REQUIRE(section2.children.size() == 40);
  for (int n = 1; n <= 40; ++n) {
    const Node& item = section2.children[static_cast<std::size_t>(n - 1)];
    INFO("item " << n);
    CHECK(item.kind == NodeKind::Item);
    CHECK(item.number == n);
    CHECK(item.id == "2." + std::to_string(n));
    CHECK(item.line == 18 + 4 * (n - 1));
    CHECK(item.problem.has_value());
  }
  CHECK(test::count_kind(doc.outline, NodeKind::Measure) == 106);
  CHECK(find_node(doc.outline, "2.39")->problem == "党员发展程序不规范");
  CHECK(find_node(doc.outline, "2.12")->problem == "统筹布局、系统推进重大科技基础设施建设力度不大。");
}

TEST_CASE("sample: measures and labels and bodies", "[sample]") {
  const Document& doc = sample();
  const Node* item28 = find_node(doc.outline, "2.28");
  REQUIRE(item28);
  std::vector<int> numbers;
  for (const Node& m : item28->children) numbers.push_back(m.number);
  CHECK(numbers == std::vector<int>{1, 2, 3, 5});
  CHECK(find_node(doc.outline, "2.28.4")->marker == "五是");
  CHECK(find_node(doc.outline, "2.31")->label == std::nullopt);
  CHECK(find_node(doc.outline, "2.30")->label == "整改情况");
  for (const char* id : {"2.18", "2.22", "2.40"}) {
    const Node* item = find_node(doc.outline, id);
    INFO(id);
    CHECK(item->children.empty());
    CHECK_FALSE(item->text.empty());
  }
  CHECK(detail::starts_with(find_node(doc.outline, "2.40")->text, "市政府储备粮库(江北)项目已于2023年9月26日开工"));
  const Node* m211 = find_node(doc.outline, "2.1.1");
  CHECK(m211->heading == "加强经济运行监测调度");
  CHECK(detail::starts_with(m211->text, "制定《关于开展“冲刺四季度”督导服务的工作方案》"));
  CHECK(detail::ends_with(m211->text, "2023年地区生产总值总量成功迈上2万亿台阶。"));
  CHECK(find_node(doc.outline, "1.1")->heading == "提高政治站位,强化组织领导");
  CHECK(detail::starts_with(find_node(doc.outline, "1.1")->text, "巡察意见反馈后"));
  CHECK(find_node(doc.outline, "3")->text.rfind("下一步,市发改委将坚持目标不变", 0) == 0);
}

TEST_CASE("sample: preamble and closing without chrome", "[sample]") {
  const Document& doc = sample();
  CHECK(doc.title == "中共武汉市发展和改革委员会党组关于十四届市委第五轮巡察集中整改进展情况的通报");
  CHECK(doc.preamble ==
        "根据市委巡察工作统一部署,2023年7月13日至8月31日,市委第七巡察组对市发改委党组进行了巡察。"
        "2023年10月13日,巡察组向市发改委党组反馈了巡察意见。按照巡察工作有关要求,现将反馈意见集中整改进展"
        "情况予以公布。");
  CHECK(doc.closing ==
        "欢迎广大干部群众对集中整改落实情况进行监督。如果有意见建议,请及时向我们反映。联系方式:电话82796162;"
        "电子邮箱:36900894@qq.com;邮编:430014;邮寄地址:武汉市江岸区沿江大道188号。\n"
        "中共武汉市发展和改革委员会党组\n2024年6月17日");
  CHECK(doc.published == "2024-06-24T16:38");
  CHECK(doc.origin == "武汉市纪委监委");
  CHECK(doc.site == "http://www.whdi.gov.cn");
  CHECK(doc.breadcrumb == std::vector<std::string>{"首页", "巡察工作", "巡察反馈"});
  for_each_node(doc.outline, [](const Node& n) {
    for (const char* chrome : {"版权所有", "当前位置", "发布时间", "ICP备", "All Rights"}) {
      CHECK(n.text.find(chrome) == std::string::npos);
    }
  });
}

TEST_CASE("sample: full-width punctuation and CRLF and no blank lines give the same outline", "[sample]") {
  const std::string variant = full_width_variant(test::read_all(test::sample_path()));
  REQUIRE(variant.find("\r\n") != std::string::npos);
  REQUIRE(variant.find("\n\r\n") == std::string::npos);
  const Document doc = parse(variant, "variant.txt");
  CHECK(fold(test::dump_outline(doc.outline, false)) == fold(test::dump_outline(sample().outline, false)));
  CHECK(test::count_kind(doc.outline, NodeKind::Measure) == 106);
  CHECK(find_node(doc.outline, "2.12")->marker == "１２．");
  CHECK(fold(doc.closing) == fold(sample().closing));
  CHECK(fold(doc.preamble) == fold(sample().preamble));
  CHECK(doc.published == "2024-06-24T16:38");
}

TEST_CASE("sample: standard input and BOM give the same record", "[sample]") {
  const std::string text = test::read_all(test::sample_path());
  const Document with_bom = parse("\xEF\xBB\xBF" + text, "-");
  CHECK(test::dump_outline(with_bom.outline) == test::dump_outline(sample().outline));
  CHECK(with_bom.source.path == "-");
  CHECK(with_bom.source.bytes == text.size() + 3);
}

TEST_CASE("sample: a crawler that lost the line breaks still gives the outline", "[sample]") {
  // Lines 6-186 (preamble to the last unit) run together into one paragraph.
  const std::string text = test::read_all(test::sample_path());
  std::vector<std::string> lines;
  std::size_t start = 0;
  for (std::size_t end; (end = text.find('\n', start)) != std::string::npos; start = end + 1) {
    lines.push_back(text.substr(start, end - start));
  }
  std::string joined;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i >= 5 && i < 186) {
      joined += lines[i];
      if (i == 185) joined += '\n';
    } else {
      joined += lines[i] + '\n';
    }
  }
  const Document doc = parse(joined, "run-together.txt");
  std::vector<std::string> markers, expected_markers, problems, expected_problems;
  for_each_node(doc.outline, [&](const Node& n) {
    markers.push_back(n.marker);
    if (n.problem) problems.push_back(*n.problem);
  });
  for_each_node(sample().outline, [&](const Node& n) {
    expected_markers.push_back(n.marker);
    if (n.problem) expected_problems.push_back(*n.problem);
  });
  CHECK(markers == expected_markers);
  CHECK(problems == expected_problems);
  CHECK(doc.preamble == sample().preamble);
  CHECK(find_node(doc.outline, "2.12")->label == "整改情况");
  CHECK(find_node(doc.outline, "1")->heading == "巡察整改组织领导情况");
}

namespace {

// The sample as text copied out of a PDF: from the preamble on, each
// paragraph indented by two U+3000 and wrapped at 28 ideographs (an
// official document's line; ASCII takes half a place), and a page number
// between blank lines every 22 lines, the next page opening with a form feed.
std::string as_from_pdf(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  for (std::size_t end; (end = text.find('\n', start)) != std::string::npos; start = end + 1) {
    lines.push_back(text.substr(start, end - start));
  }
  std::vector<std::string> out(lines.begin(), lines.begin() + 5);  // the page's chrome and title as they were
  for (std::size_t k = 5; k < lines.size(); ++k) {
    const std::string line = "\u3000\u3000" + lines[k];
    if (lines[k].empty()) continue;
    std::string row;
    int width = 0;  // in half places
    for (std::size_t i = 0; i < line.size();) {
      const std::size_t from = i;
      const char32_t c = detail::next_code_point(line, i);
      const int w = c < 0x80 ? 1 : 2;
      // Closing marks stay on the line they end, as typesetting keeps them.
      const bool closing = c == U',' || c == U'。' || c == U'、' || c == U')' || c == U'”' || c == U':' || c == U';';
      if (width + w > 56 && !closing) {
        out.push_back(row);
        row.clear();
        width = 0;
      }
      row += line.substr(from, i - from);
      width += w;
    }
    out.push_back(row);
  }
  std::string joined;
  int page = 1;
  for (std::size_t k = 0; k < out.size(); ++k) {
    joined += out[k] + "\n";
    if (k > 5 && k % 22 == 0) joined += "\n— " + std::to_string(++page) + " —\n\n\f";
  }
  return joined;
}

}  // namespace

TEST_CASE("sample: text wrapped at a fixed width, with page numbers, gives the outline", "[sample][unwrap]") {
  const std::string text = as_from_pdf(test::read_all(test::sample_path()));
  REQUIRE(text.find("— 9 —") != std::string::npos);
  const Document doc = parse(text, "from-pdf.txt");
  CHECK(test::dump_outline(doc.outline, false) == test::dump_outline(sample().outline, false));
  CHECK(test::count_kind(doc.outline, NodeKind::Measure) == 106);
  CHECK(doc.preamble == sample().preamble);
  CHECK(doc.closing == sample().closing);
  CHECK(doc.title == sample().title);
  std::size_t differing_texts = 0;
  std::vector<const Node*> nodes, expected;
  for_each_node(doc.outline, [&](const Node& n) { nodes.push_back(&n); });
  for_each_node(sample().outline, [&](const Node& n) { expected.push_back(&n); });
  REQUIRE(nodes.size() == expected.size());
  for (std::size_t k = 0; k < nodes.size(); ++k) differing_texts += nodes[k]->text != expected[k]->text;
  CHECK(differing_texts == 0);
  // Positions are the source's: the quotation that ends in “。” (sample line 62) is found
  // on the line of the copy that holds it.
  const auto quote = std::find_if(doc.diagnostics.begin(), doc.diagnostics.end(),
                                  [](const Diagnostic& d) { return d.code == "punctuation-in-quotes"; });
  REQUIRE(quote != doc.diagnostics.end());
  std::size_t line_start = 0;
  for (int k = 1; k < quote->line; ++k) line_start = text.find('\n', line_start) + 1;
  const std::string source_line = text.substr(line_start, text.find('\n', line_start) - line_start);
  INFO(source_line);
  std::size_t column_byte = 0;
  for (int k = 1; k < quote->column; ++k) detail::next_code_point(source_line, column_byte);
  CHECK(source_line.substr(column_byte).starts_with("。”"));
  CHECK(doc.diagnostics.size() == sample().diagnostics.size());
}

TEST_CASE("sample: a PDF's text pasted into a page, a line a <p> or a <br>, gives the outline", "[sample][unwrap]") {
  const std::string text = as_from_pdf(test::read_all(test::sample_path()));
  std::vector<std::string> lines;
  std::size_t start = 0;
  for (std::size_t end; (end = text.find('\n', start)) != std::string::npos; start = end + 1) {
    std::string line = text.substr(start, end - start);
    if (!line.empty() && line[0] == '\f') line.erase(0, 1);
    lines.push_back(line);
  }
  struct Form {
    const char* name;
    const char* before;  // each line
    const char* after;
    const char* body_open;
    const char* body_close;
  };
  const Form forms[] = {
      {"a <p> a line", "<p>", "</p>\n", "", ""},
      {"a <br> a line", "", "<br>\n", "<p>", "</p>"},
      {"a <p> a line, all on one source line", "<p>", "</p>", "", ""},
  };
  for (const Form& form : forms) {
    INFO(form.name);
    std::string page = "<html><head><meta charset=\"utf-8\"><title>" + *sample().title +
                       "</title></head><body><h1>" + *sample().title + "</h1><div class=\"TRS_Editor\">" +
                       form.body_open;
    for (std::size_t k = 5; k < lines.size(); ++k) {
      if (!lines[k].empty()) page += form.before + lines[k] + form.after;
    }
    page += std::string(form.body_close) + "</div></body></html>";
    const Document doc = parse(page, "pasted.html");
    CHECK(test::dump_outline(doc.outline, false) == test::dump_outline(sample().outline, false));
    CHECK(test::count_kind(doc.outline, NodeKind::Measure) == 106);
    CHECK(doc.preamble == sample().preamble);
    CHECK(doc.diagnostics.size() == sample().diagnostics.size());
  }
}

TEST_CASE("sample: metadata and entities and diagnostics equal the golden record", "[sample]") {
  // tests/golden/whdi-fgw-2024.record.json is the sample's record without
  // its outline (which has its own golden) and without source.path; read
  // and checked entry by entry against the notice.
  const std::string text = test::read_all(test::sample_path());
  nlohmann::json record = nlohmann::json::parse(render_record(parse(text, "x"), OutputFormat::Json));
  record.erase("outline");
  record["source"].erase("path");
  const auto golden =
      nlohmann::json::parse(test::read_all(std::string(TONGBAO_SOURCE_DIR) + "/tests/golden/whdi-fgw-2024.record.json"));
  for (const auto& [key, value] : golden.items()) {
    INFO(key);
    CHECK(record[key] == value);
  }
  CHECK(record.size() == golden.size());
}

TEST_CASE("sample: the facts issue 4 names", "[sample]") {
  const Document& doc = sample();
  CHECK(doc.issuer == "中共武汉市发展和改革委员会党组");
  CHECK(doc.signed_on == "2024-06-17");
  REQUIRE(doc.inspection);
  CHECK(doc.inspection->kind == "巡察");
  CHECK(doc.inspection->team == "市委第七巡察组");
  CHECK(doc.inspection->round == "十四届市委第五轮巡察");
  CHECK(doc.inspection->start == "2023-07-13");
  CHECK(doc.inspection->end == "2023-08-31");
  CHECK(doc.inspection->feedback == "2023-10-13");
  REQUIRE(doc.contact);
  CHECK(doc.contact->phones == std::vector<std::string>{"82796162"});
  CHECK(doc.contact->emails == std::vector<std::string>{"36900894@qq.com"});
  CHECK(doc.contact->postcode == "430014");
  CHECK(doc.contact->address == "武汉市江岸区沿江大道188号");
  CHECK_FALSE(doc.summary);
  auto entity = [&](const std::string& text) -> const Entity* {
    for (const Entity& e : doc.entities) {
      if (e.text == text) return &e;
    }
    return nullptr;
  };
  REQUIRE(entity("5.99万元"));
  CHECK(std::get<std::int64_t>(entity("5.99万元")->value) == 59900);
  CHECK(entity("5.99万元")->node == "2.26.1");
  CHECK(std::get<std::int64_t>(entity("1.4万亿元")->value) == 1400000000000);
  CHECK(std::get<double>(entity("48%")->value) == Approx(0.48));
  CHECK(std::get<std::string>(entity("2023年9月26日")->value) == "2023-09-26");
  int doc_numbers = 0, documents = 0;
  for (const Entity& e : doc.entities) {
    doc_numbers += e.type == EntityType::DocNumber;
    documents += e.type == EntityType::Document;
  }
  CHECK(doc_numbers == 5);
  CHECK(documents == 83);  // one for every 《 in the notice
}
