#include "outline/unwrap.h"
#include "text/utf8.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "blocks/text_blocks.h"

using tongbao::detail::Blocks;
using tongbao::detail::position_in;
using tongbao::detail::text_to_blocks;
using tongbao::detail::drop_page_numbers;
using tongbao::detail::join_broken_headings;
using tongbao::detail::split_flattened_paragraphs;
using tongbao::detail::unwrap_fixed_width;

namespace {

// A paragraph of `n` ideographs: 整改 over and over, with a full stop.
std::string ideographs(int n) {
  std::string s;
  for (int i = 0; i < n - 1; ++i) s += i % 2 ? "改" : "整";
  return s + "。";
}

// A paragraph of `n` ideographs whose lines differ from each other: 27
// characters over and over, with a full stop.
std::string varied(int n) {
  static const std::string cycle = "巡察反馈意见整改落实情况通报问题清单责任制度建设监督检";
  std::string s;
  for (int i = 0; i < n - 1; ++i) s += cycle.substr(static_cast<std::size_t>(i % 27) * 3, 3);
  return s + "。";
}

// `paragraphs` wrapped at `width` ideographs, each indented by two U+3000.
std::string wrapped(const std::vector<std::string>& paragraphs, int width) {
  std::string out;
  for (const std::string& p : paragraphs) {
    std::string line = "\u3000\u3000";
    int used = 2;
    for (std::size_t i = 0; i < p.size();) {
      const unsigned char c = static_cast<unsigned char>(p[i]);
      const std::size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      if (used == width) {
        out += line + "\n";
        line.clear();
        used = 0;
      }
      line += p.substr(i, n);
      ++used;
      i += n;
    }
    out += line + "\n";
  }
  return out;
}

std::vector<std::string> texts(const Blocks& blocks) {
  std::vector<std::string> out;
  for (const auto& b : blocks) out.emplace_back(b.text);
  return out;
}

}  // namespace

TEST_CASE("unwrap: lines that fill a fixed width are joined into their paragraphs", "[unwrap]") {
  const std::vector<std::string> paragraphs = {
      "一、巡察整改组织领导情况",
      "（一）提高政治站位，强化组织领导。" + ideographs(70),
      ideographs(45),
      "（二）压实整改责任。" + ideographs(90),
      "1.关于“" + ideographs(30) + "”的问题",
      ideographs(60),
  };
  const std::string text = wrapped(paragraphs, 28);  // the blocks point into it
  Blocks blocks = text_to_blocks(text);
  REQUIRE(blocks.size() > paragraphs.size());
  CHECK(unwrap_fixed_width(blocks));
  CHECK(texts(blocks) == paragraphs);
  // The first paragraph is one line; the second starts on line 2 and goes on on line 3.
  CHECK(blocks[0].line_starts.empty());
  REQUIRE(blocks[1].line_starts.size() == 3);
  CHECK(blocks[1].line == 2);
  CHECK(blocks[1].column == 3);
  CHECK(blocks[1].line_starts[0].line == 3);
  CHECK(blocks[1].line_starts[0].column == 1);
  CHECK(blocks[1].line_starts[0].at == blocks[1].text.data() + 26 * 3);  // 26 ideographs after the indent
}

TEST_CASE("unwrap: a position in a joined paragraph is on its source line", "[unwrap]") {
  const std::string text = wrapped({ideographs(100), ideographs(100)}, 28);
  Blocks blocks = text_to_blocks(text);
  REQUIRE(unwrap_fixed_width(blocks));
  REQUIRE(blocks.size() == 2);
  const auto& b = blocks[1];
  CHECK(b.line == 5);  // 26 + 28 + 28 + 18 ideographs: four lines each
  // The 27th ideograph is the first of the paragraph's second line.
  auto at = position_in(b.text, b.line, b.column, b.line_starts, 26 * 3);
  CHECK(at.line == 6);
  CHECK(at.column == 1);
  at = position_in(b.text, b.line, b.column, b.line_starts, 26 * 3 + 28 * 3 + 5 * 3);
  CHECK(at.line == 7);
  CHECK(at.column == 6);
  // A part of the paragraph that starts on a later line counts from its own start.
  const std::string_view part = b.text.substr(60 * 3);
  at = position_in(part, 7, 7, b.line_starts, 3);
  CHECK(at.line == 7);
  CHECK(at.column == 8);
}

TEST_CASE("unwrap: page numbers go and a paragraph goes on across them", "[unwrap]") {
  std::string text = wrapped({ideographs(200)}, 28);
  // Break the page after the fourth line, as pdftotext writes it.
  std::size_t at = 0;
  for (int i = 0; i < 4; ++i) at = text.find('\n', at) + 1;
  text.insert(at, "\n— 2 —\n\n\f");
  Blocks blocks = text_to_blocks(text);
  REQUIRE(unwrap_fixed_width(blocks));
  REQUIRE(blocks.size() == 1);
  CHECK(std::string(blocks[0].text) == ideographs(200));
  CHECK(blocks[0].line_starts[3].line == 8);  // after the two blank lines and the page number
  CHECK(blocks[0].line_starts[3].column == 1);  // the form feed is no column
}

TEST_CASE("drop_page_numbers: a paged copy's page numbers go, wrapped or not", "[unwrap]") {
  const std::string text =
      "中共某县公安局委员会\n第3页/共5页\n2020年3月31日\n第 4 页\n— 2 —\n- 3 -\n第2页 共9页\n第2页／共9页\n"
      "2\n第2页的表格\n第二页\n";
  Blocks blocks = text_to_blocks(text);
  REQUIRE(drop_page_numbers(blocks));
  std::vector<std::string> kept;
  for (const auto& b : blocks.list()) kept.emplace_back(b.text);
  // A bare number may be a table's cell, and words are no page number.
  CHECK(kept == std::vector<std::string>{"中共某县公安局委员会", "2020年3月31日", "2", "第2页的表格", "第二页"});
  Blocks none = text_to_blocks("中共某县公安局委员会\n2020年3月31日\n");
  CHECK_FALSE(drop_page_numbers(none));
  CHECK(none.size() == 2);
}

TEST_CASE("unwrap: texts not wrapped at one width are left as they are", "[unwrap]") {
  struct Case {
    const char* why;
    std::string text;
  };
  std::string numbered;  // 1000. “未闭合的引号《1000（ and so on: a list, each line the same width
  for (int i = 1000; i < 1030; ++i) numbered += std::to_string(i) + ". “未闭合的引号《" + std::to_string(i) + "（\n";
  std::string paragraphs;  // one paragraph a line, of every length
  for (int n = 20; n < 200; n += 13) paragraphs += ideographs(n) + "\n";
  std::string headings;  // short lines say nothing of a width
  for (int i = 0; i < 30; ++i) headings += "一、整改情况\n";
  std::string with_blank_lines;  // full lines, each a paragraph of its own after a blank line
  for (int i = 0; i < 12; ++i) with_blank_lines += ideographs(27) + "\n\n";
  std::string one_long = wrapped({ideographs(140)}, 28) + ideographs(300) + "\n" + ideographs(300) + "\n";
  const Case cases[] = {
      {"a numbered list", numbered},
      {"one paragraph a line", paragraphs},
      {"short lines", headings},
      {"blank lines between", with_blank_lines},
      {"too few full lines", one_long},
  };
  for (const Case& c : cases) {
    INFO(c.why);
    Blocks blocks = text_to_blocks(c.text);
    const std::vector<std::string> before = texts(blocks);
    CHECK_FALSE(unwrap_fixed_width(blocks));
    CHECK(texts(blocks) == before);
  }
}

TEST_CASE("unwrap: what opens a paragraph is never joined to the line before", "[unwrap]") {
  std::string text = wrapped({ideographs(60)}, 28);
  text += wrapped({ideographs(60)}, 28);
  // Lines of the width, then lines that open something of their own.
  std::string body;
  for (int i = 0; i < 4; ++i) body += ideographs(27).substr(0, 27 * 3) + "整\n";
  const std::string openers[] = {"（三）强化督促整改", "2.关于问题的整改", "12、关于问题", "发布时间：2024-06-24",
                                 "\u3000\u3000新的段落开始了"};
  for (const std::string& opener : openers) {
    INFO(opener);
    const std::string input = text + body + opener + "\n";
    Blocks blocks = text_to_blocks(input);
    REQUIRE(unwrap_fixed_width(blocks));
    CHECK(std::string(blocks[blocks.size() - 1].text) == std::string(opener).substr(opener.starts_with("\u3000") ? 6 : 0));
  }
}

TEST_CASE("unwrap: a title as wide as the text and a measure the wrap put at a line's start", "[unwrap]") {
  // Lines of 28 characters, no paragraph indented (a PDF's text copied).
  const std::string line28 = varied(29).substr(0, 28 * 3);
  std::string text = "中共某某县自然资源局党组关于县委第二轮巡察整改进展情况的通报\n";  // 30 characters
  text += "根据县委统一部署," + line28.substr(0, 19 * 3) + "\n";
  for (int i = 0; i < 3; ++i) text += line28 + "\n";
  text += "针对这一问题,一是对所属9个党支部开展规范化建设达标评估;\n";   // 28 wide, ends a clause
  text += "二是严格落实“三会一课”制度;三是选优配强党支部书记2名。\n";
  text += "三是" + line28.substr(0, 26 * 3) + "\n";  // a measure that does not go on from the line before
  Blocks blocks = text_to_blocks(text);
  REQUIRE(unwrap_fixed_width(blocks));
  const std::vector<std::string> got = texts(blocks);
  REQUIRE(got.size() == 3);
  CHECK(got[0] == "中共某某县自然资源局党组关于县委第二轮巡察整改进展情况的通报");
  CHECK(got[1].starts_with("根据县委统一部署,"));
  CHECK(got[1].ends_with(
      "针对这一问题,一是对所属9个党支部开展规范化建设达标评估;二是严格落实“三会一课”制度;三是选优配强党支部书记2名。"));
  CHECK(got.back().starts_with("三是"));
}

TEST_CASE("unwrap: a breadcrumb as wide as the text stays its own line", "[unwrap]") {
  const std::string line28 = varied(29).substr(0, 28 * 3);
  std::string text = "首页 > 政务公开 > 部门信息公开 > 县市场监管局 > 巡察整改\n";  // 28 wide
  text += "中共某县市场监督管理局党组关于县委巡察整改进展情况的通报\n";
  for (int i = 0; i < 4; ++i) text += line28 + "\n";
  Blocks blocks = text_to_blocks(text);
  REQUIRE(unwrap_fixed_width(blocks));
  const std::vector<std::string> got = texts(blocks);
  REQUIRE(got.size() >= 2);
  CHECK(got[0] == "首页 > 政务公开 > 部门信息公开 > 县市场监管局 > 巡察整改");
  CHECK(got[1].starts_with("中共某县市场监督管理局党组关于"));
}

TEST_CASE("unwrap: a rule drawn as wide as the text is joined to neither neighbour", "[unwrap]") {
  // A 版记 under the signature, as pdftotext leaves it: rules as wide as
  // the text around the 抄送 and 印发 lines.
  std::string drawn;
  for (int i = 0; i < 28; ++i) drawn += "─";
  std::string text = wrapped({varied(120), varied(90)}, 28);
  text += "中共某县卫生健康局党组\n二〇二四年五月二十日\n";
  text += drawn + "\n抄送：县纪委监委，县委组织部。\n" + drawn + "\n";
  text += "某县卫生健康局办公室　　　　　　　2024年5月21日印发\n" + drawn + "\n";
  Blocks blocks = text_to_blocks(text);
  REQUIRE(unwrap_fixed_width(blocks));
  const std::vector<std::string> got = texts(blocks);
  REQUIRE(got.size() == 9);
  CHECK(got[4] == drawn);
  CHECK(got[6] == drawn);
  CHECK(got[7] == "某县卫生健康局办公室 2024年5月21日印发");
  CHECK(got[8] == drawn);
}

TEST_CASE("unwrap: a list's lines that end with their dates stay lines", "[unwrap]") {
  // A column's list saved as text: titles of about one length, each with its
  // date after a space, then the pager. The widths agree as a wrap's would.
  const std::string list =
      "中共某市交通运输局委员会关于区委第二轮巡察集中整改进展情况的通报\t2024-12-27\n"
      "中共某市秣陵街道工作委员会关于区委巡察集中整改进展情况的通报\t2024-12-27\n"
      "中共某市卫生健康委员会关于区委巡察集中整改进展情况的通报\t2024-12-26 09:30\n"
      "中共某市教育局委员会关于区委巡察集中整改进展情况的通报 2024-12-24\n"
      "中共某经济技术开发区工作委员会关于区委巡察集中整改进展情况的通报 2024-12-20\n"
      "中共某市湖熟街道工作委员会关于区委巡察回头看整改进展情况的通报 2024-09-30\n"
      "中共某市市场监督管理局委员会关于区委巡察集中整改进展情况的通报 2024-09-12\n"
      "中共某市文化和旅游局委员会关于区委巡察集中整改进展情况的通报 2024-06-21\n"
      "共 87 条记录 每页 16 条 当前第 1/6 页\n";
  Blocks blocks = text_to_blocks(list);
  const std::vector<std::string> before = texts(blocks);
  unwrap_fixed_width(blocks);
  CHECK(texts(blocks) == before);
}

TEST_CASE("unwrap: a line wider than the width is set apart, not broken by the wrap", "[unwrap]") {
  // The title, wider than the page's lines, then the first paragraph.
  const std::string title = ideographs(38).substr(0, 37 * 3) + "报";
  std::string body;  // no indents: every line of a paragraph 28 ideographs but its last
  for (int p = 0; p < 4; ++p) {
    const std::string paragraph = ideographs(130);
    for (std::size_t at = 0; at < paragraph.size(); at += 28 * 3) body += paragraph.substr(at, 28 * 3) + "\n";
  }
  const std::string text = title + "\n" + body;
  Blocks blocks = text_to_blocks(text);
  REQUIRE(unwrap_fixed_width(blocks));
  REQUIRE(blocks.size() == 5);
  CHECK(std::string(blocks[0].text) == title);
  CHECK(std::string(blocks[1].text) == ideographs(130));
}

TEST_CASE("unwrap: a page's lines, a <p> each, are joined without their markup's columns", "[unwrap]") {
  // As html_to_blocks gives them: the indent trimmed, every line at the
  // markup's column, several on one source line.
  Blocks blocks;
  const std::vector<std::string> paragraphs = {ideographs(100), ideographs(80), ideographs(120)};
  std::vector<std::string> lines;
  for (const std::string& p : paragraphs) {
    const std::string wrapped_text = wrapped({p}, 28);
    std::size_t start = 0;
    for (std::size_t end; (end = wrapped_text.find('\n', start)) != std::string::npos; start = end + 1) {
      std::string line = wrapped_text.substr(start, end - start);
      if (line.starts_with("\u3000\u3000")) line.erase(0, 6);
      lines.push_back(line);
    }
  }
  for (std::size_t k = 0; k < lines.size(); ++k) blocks.add_copy(lines[k], 3 + static_cast<int>(k / 2), 4);
  CHECK(unwrap_fixed_width(blocks, tongbao::detail::LineSource::Markup));
  CHECK(texts(blocks) == paragraphs);
}

TEST_CASE("unwrap: a running header at every page break goes with the page numbers", "[unwrap]") {
  std::string text = wrapped({varied(400)}, 28);
  // Break the page after lines 5 and 10, the issuer's name heading the next page.
  for (int line : {10, 5}) {
    std::size_t at = 0;
    for (int i = 0; i < line; ++i) at = text.find('\n', at) + 1;
    text.insert(at, "\n— " + std::to_string(line / 5 + 1) + " —\n\n\f某某市卫生健康委员会\n");
  }
  Blocks blocks = text_to_blocks(text);
  REQUIRE(unwrap_fixed_width(blocks));
  REQUIRE(blocks.size() == 1);
  CHECK(std::string(blocks[0].text) == varied(400));
  // Once is no running header: a line beside one page number stays.
  std::string once = wrapped({varied(200)}, 28);
  std::size_t at = 0;
  for (int i = 0; i < 4; ++i) at = once.find('\n', at) + 1;
  once.insert(at, "\n— 2 —\n\n\f某某市卫生健康委员会\n");
  Blocks kept = text_to_blocks(once);
  REQUIRE(unwrap_fixed_width(kept));
  std::string all;
  for (const std::string& t : texts(kept)) all += t;
  CHECK(all.find("某某市卫生健康委员会") != std::string::npos);
}

TEST_CASE("join_broken_headings: a heading's rest on the next line joins it", "[unwrap]") {
  struct Case {
    const char* text;
    std::vector<std::string> blocks;
  };
  const Case cases[] = {
      // a quote open at the break
      {"4.关于“落实意识形态工作责任制不到位，网络意识形态阵地\n管理不严格”的问题\n整改情况：已整改。\n",
       {"4.关于“落实意识形态工作责任制不到位，网络意识形态阵地管理不严格”的问题", "整改情况：已整改。"}},
      {"6.关于“‘四风’问题\n隐形变异”的问题\n", {"6.关于“‘四风’问题隐形变异”的问题"}},
      // 关于 on the first line, the problem's end on a short second
      {"5.关于基层党组织书记抓党建述职评议考核结果运用\n不充分的问题\n", {"5.关于基层党组织书记抓党建述职评议考核结果运用不充分的问题"}},
      {"（三）针对干部选拔任用\n不规范问题：\n", {"（三）针对干部选拔任用不规范问题："}},
      // not a broken heading: a marker, a label, a sentence, a blank line, a long rest
      {"1.关于“甲\n2.关于“乙”的问题\n", {"1.关于“甲", "2.关于“乙”的问题"}},
      {"1.关于“甲\n整改情况：乙”的问题\n", {"1.关于“甲", "整改情况：乙”的问题"}},
      {"1.关于甲的整改。\n乙的问题\n", {"1.关于甲的整改。", "乙的问题"}},
      {"1.关于“甲\n\n乙”的问题\n", {"1.关于“甲", "乙”的问题"}},
      {"1.关于甲\n经过认真排查，我局共发现并整改了存在于各个科室和下属单位的各类问题\n",
       {"1.关于甲", "经过认真排查，我局共发现并整改了存在于各个科室和下属单位的各类问题"}},
      {"一是关于“甲\n乙”的问题\n", {"一是关于“甲", "乙”的问题"}},
      {"关于“甲\n乙”的问题\n", {"关于“甲", "乙”的问题"}},
      // an enumeration broken at its comma: the next measure on the next line
      {"整改中，一是成立领导小组，组长由书记担任，\n二是制定方案，三是建立调度制度。\n",
       {"整改中，一是成立领导小组，组长由书记担任，二是制定方案，三是建立调度制度。"}},
      {"一是成立领导小组,\n二是制定方案。\n", {"一是成立领导小组,二是制定方案。"}},
      // …the break inside the next measure's marker
      {"一是成立领导小组；二是制定方案；三\n是建立整改台账。\n", {"一是成立领导小组；二是制定方案；三是建立整改台账。"}},
      {"二是制定方案；三\n是建立整改台账。\n", {"二是制定方案；三是建立整改台账。"}},
      {"一是成立领导小组，共三\n是指三个小组。\n", {"一是成立领导小组，共三", "是指三个小组。"}},
      {"一是成立领导小组；一\n是指一个小组。\n", {"一是成立领导小组；一", "是指一个小组。"}},
      {"共有问题十三\n是指各类问题。\n", {"共有问题十三", "是指各类问题。"}},
      // not the next measure, no comma at the break, no measure before it
      {"整改中，一是成立领导小组，\n三是制定方案。\n", {"整改中，一是成立领导小组，", "三是制定方案。"}},
      {"整改中，一是成立领导小组。\n二是制定方案。\n", {"整改中，一是成立领导小组。", "二是制定方案。"}},
      {"会议要求，统一思想，\n二是制定方案。\n", {"会议要求，统一思想，", "二是制定方案。"}},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    Blocks blocks = text_to_blocks(c.text);
    join_broken_headings(blocks);
    CHECK(texts(blocks) == c.blocks);
  }
  // A page's <br> inside the quote: both pieces on one source line.
  {
    Blocks page;
    page.add_copy("3.关于“年轻干部培养储", 26, 15);
    page.add_copy("备力度不够”的问题", 26, 37);
    page.add_copy("整改进展：一是制定计划。", 27, 7);
    REQUIRE(join_broken_headings(page));
    CHECK(texts(page) == std::vector<std::string>{"3.关于“年轻干部培养储备力度不够”的问题", "整改进展：一是制定计划。"});
  }
  // Positions in the joined heading are on their source lines.
  Blocks blocks = text_to_blocks("前言。\n4.关于“网络意识形态阵地\n  管理不严格”的问题\n");
  REQUIRE(join_broken_headings(blocks));
  const auto& b = blocks[1];
  const std::size_t rest = b.text.find("管理");
  const auto at = position_in(b.text, b.line, b.column, b.line_starts, rest);
  CHECK(at.line == 3);
  CHECK(at.column == 3);
}

TEST_CASE("split_flattened_paragraphs: a passage kept as one line without spaces", "[unwrap]") {
  std::string flat = "集团党委书记认真履行第一责任人职责，先后主持召开党委会议6次，专题研究部署整改工作。"
                     "（二）逐项明确整改任务。对照反馈的4个方面15个问题，逐条制定整改措施，共明确具体整改措施61条。"
                     "（三）强化督导推动落实。集团纪委组成联合督导组，采取月调度、季督查方式推动整改。"
                     "二、巡视反馈问题整改落实情况（一）关于“投资决策不够审慎”的问题1.关于项目论证不充分的问题。"
                     "一是修订投资管理办法；二是建立投资项目后评价制度，对已完成的项目逐一开展后评价。";
  while (flat.size() < 1200) flat += "集团党委坚持把巡视整改作为重大政治任务，持续推动整改工作走深走实。";
  const std::string line = flat + "\n";  // the blocks are views into it
  Blocks blocks = text_to_blocks(line);
  REQUIRE(split_flattened_paragraphs(blocks));
  // Each heading opens its own paragraph: after a full stop, and where a
  // heading set without one runs into the marker under it.
  const std::vector<std::string> got = texts(blocks);
  const std::vector<std::string> openings = {"集团党委", "（二）逐项", "（三）强化", "二、巡视", "（一）关于", "1.关于项目论"};
  REQUIRE(got.size() == openings.size());
  for (std::size_t k = 0; k < got.size(); ++k) {
    INFO(got[k]);
    CHECK(got[k].starts_with(openings[k]));
  }
  // A text of many lines is not read so: its paragraphs are its own.
  const std::string many = "甲\n乙\n丙\n丁\n" + line;
  Blocks lines = text_to_blocks(many);
  CHECK_FALSE(split_flattened_paragraphs(lines));
}

TEST_CASE("split_flattened_paragraphs: a problem's heading and the signature stand on lines of their own", "[unwrap]") {
  const std::string flat =
      "根据市委统一部署,市委第三巡察组对局党组开展了常规巡察。现将巡察整改进展情况予以公布。 "
      "(一)关于“理论学习不够深入、学用结合不够紧密”的问题 针对该问题,一是修订学习制度;二是开展专题研讨。 "
      "(二)关于“财务管理制度执行不够严格”的问题 整改措施:一是修订财务制度;二是规范报销流程。 "
      "欢迎广大干部群众对巡察整改落实情况进行监督。 中共某市文化广电旅游局党组 2024年5月14日";
  Blocks blocks = text_to_blocks(flat + "\n");
  REQUIRE(split_flattened_paragraphs(blocks));
  const std::vector<std::string> want = {
      "根据市委统一部署,市委第三巡察组对局党组开展了常规巡察。现将巡察整改进展情况予以公布。",
      "(一)关于“理论学习不够深入、学用结合不够紧密”的问题",
      "针对该问题,一是修订学习制度;二是开展专题研讨。",
      "(二)关于“财务管理制度执行不够严格”的问题",
      "整改措施:一是修订财务制度;二是规范报销流程。 欢迎广大干部群众对巡察整改落实情况进行监督。",
      "中共某市文化广电旅游局党组",
      "2024年5月14日",
  };
  CHECK(texts(blocks) == want);
  // A heading with a clause mark before its space, or not naming a
  // problem, runs on as it is; a closing without a whole date is no signature.
  const std::string kept =
      "根据市委统一部署,市委第三巡察组对局党组开展了常规巡察。现将巡察整改进展情况予以公布。 "
      "(一)关于学习的问题,整改如下 针对该问题,局党组修订了学习制度并开展专题研讨活动。 "
      "(二)强化组织领导 局党组成立整改工作领导小组,统筹推进整改工作。 "
      "欢迎广大干部群众进行监督。 中共某局党组 5月14日";
  Blocks left = text_to_blocks(kept + "\n");
  REQUIRE(split_flattened_paragraphs(left));
  REQUIRE(left.size() == 3);
  CHECK(left[1].text.starts_with("(一)关于学习的问题,整改如下 针对该问题"));
  CHECK(left[2].text.ends_with("中共某局党组 5月14日"));
}

TEST_CASE("split_flattened_paragraphs: a page saved as one line opens each unit its own paragraph", "[unwrap]") {
  const std::string flat =
      "根据市委统一部署,2024年9月23日至12月20日,市委第五巡察组对某法院党组开展巡察。现将巡察整改进展情况予以公布。 "
      "一、党组履行巡察整改主体责任情况 (一)提高政治站位,压实整改责任。院党组坚持把巡察整改作为重要政治任务抓紧抓实。 "
      "(二)健全工作机制,推动整改落实。院党组成立整改工作领导小组。";
  Blocks blocks = text_to_blocks(flat + "\n");
  REQUIRE(split_flattened_paragraphs(blocks));
  REQUIRE(blocks.size() == 4);
  CHECK(blocks[1].text == "一、党组履行巡察整改主体责任情况");
  CHECK(blocks[2].text.starts_with("(一)提高政治站位"));
  CHECK(blocks[3].text.starts_with("(二)健全工作机制"));
  // Each piece is at its column of the one line.
  CHECK(blocks[1].line == 1);
  CHECK(blocks[1].column == 1 + tongbao::detail::count_chars(flat.substr(0, flat.find("一、"))));
  // One marker after a space, a short paragraph, measures: left as they are.
  for (const char* text : {
           "会议指出,整改分为 (一)自查阶段和整改阶段,要求各单位认真落实,确保整改工作取得实效,推动形成长效机制,"
           "持续巩固巡察整改成果,以整改实效推动各项事业高质量发展,切实把巡察整改成果转化为推动发展的强大动力。\n",
           "一、总体情况 (一)提高站位 (二)压实责任\n",
           "整改中 一是成立领导小组,组长由书记担任,成员由班子成员组成,负责统筹推进整改工作,定期研究解决整改中的重点难点问题, "
           "二是制定整改方案,明确责任领导、责任部门和完成时限,实行清单化管理、台账式推进、销号式落实,确保件件有着落,"
           "三是建立调度制度。\n",
       }) {
    INFO(text);
    Blocks left = text_to_blocks(text);
    CHECK_FALSE(split_flattened_paragraphs(left));
  }
}
