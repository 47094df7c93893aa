#include "blocks/text_blocks.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "test_support.h"

using tongbao::detail::Block;
using tongbao::detail::Blocks;
using tongbao::detail::fold_space;
using tongbao::detail::text_to_blocks;

TEST_CASE("fold_space folds every kind of space and trims", "[text_blocks]") {
  int leading = -1;
  CHECK(fold_space("\u3000\u3000一、总体情况  \t和\u00a0安排 ", &leading) == "一、总体情况 和 安排");
  CHECK(leading == 2);
  CHECK(fold_space("a\u200bb") == "ab");
  CHECK(fold_space("   ") == "");
}

TEST_CASE("fold_space keeps runs of text whole between drops, spaces and bad bytes", "[text_blocks]") {
  struct Case {
    std::string in;
    std::string out;
    int leading;
  };
  const Case cases[] = {
      {"甲\u200b乙 \t丙\xff丁  ", "甲乙 丙\xff丁", 0},
      {"\u200b \u200b甲乙", "甲乙", 3},
      {"a 中b\n\nc", "a 中b c", 0},
      {"中\u200b \u200b文", "中 文", 0},
      {"\xe4\xb8 x", "\xe4\xb8 x", 0},
      {"\xe4\xb8", "\xe4\xb8", 0},
      {"中\xe9\xbf\xbf\u3000\u4e00\u9fff", "中\xe9\xbf\xbf 一\u9fff", 0},
      {"", "", 0},
  };
  for (const Case& c : cases) {
    INFO(c.in);
    int leading = -1;
    CHECK(fold_space(c.in, &leading) == c.out);
    CHECK(leading == c.leading);
  }
}

TEST_CASE("text_to_blocks numbers lines for LF and CRLF and CR alike", "[text_blocks]") {
  for (const char* text : {"标题\n\n一、甲\n乙", "标题\r\n\r\n一、甲\r\n乙", "标题\r\r一、甲\r乙"}) {
    Blocks blocks = text_to_blocks(text);
    REQUIRE(blocks.size() == 3);
    CHECK(blocks[0].text == "标题");
    CHECK(blocks[0].line == 1);
    CHECK(blocks[1].text == "一、甲");
    CHECK(blocks[1].line == 3);
    CHECK(blocks[2].line == 4);
  }
}

TEST_CASE("text_to_blocks reads a forwarded e-mail's quoted lines without their marks", "[text_blocks]") {
  Blocks blocks = text_to_blocks("在 2021/7/14 16:06, 县委巡察办 写道:\n\n> 某局党组关于巡察整改进展情况的通报\n>\n"
                                 "> 一、整改工作开展情况\n>  （一）提高政治站位\n> > 一是加强领导。\n");
  REQUIRE(blocks.size() == 5);
  CHECK(blocks[1].text == "某局党组关于巡察整改进展情况的通报");
  CHECK(blocks[1].column == 3);
  CHECK(blocks[2].text == "一、整改工作开展情况");
  CHECK(blocks[2].line == 5);
  CHECK(blocks[3].text == "（一）提高政治站位");
  CHECK(blocks[4].text == "一是加强领导。");
  // A line of its own that opens with > is text.
  Blocks single = text_to_blocks("标题\n> 注：本文有删节\n正文。\n");
  REQUIRE(single.size() == 3);
  CHECK(single[1].text == "> 注：本文有删节");
}

TEST_CASE("text_to_blocks records the column after an indent", "[text_blocks]") {
  Blocks blocks = text_to_blocks("\u3000\u3000一是加强领导。");
  REQUIRE(blocks.size() == 1);
  CHECK(blocks[0].column == 3);
  CHECK(tongbao::detail::column_at(blocks[0], std::string("一是").size()) == 5);
}

TEST_CASE("text_to_blocks numbers lines when LF, CRLF and CR are mixed", "[text_blocks]") {
  struct Case {
    std::string text;
    std::vector<std::pair<std::string, int>> blocks;  // text, line
  };
  const Case cases[] = {
      {"甲\r乙\r\n丙\n丁\r", {{"甲", 1}, {"乙", 2}, {"丙", 3}, {"丁", 4}}},
      {"\n\r\n\r甲", {{"甲", 4}}},
      {"甲\r\r\n\n乙", {{"甲", 1}, {"乙", 4}}},
      {"甲", {{"甲", 1}}},
      {"\r", {}},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    const Blocks blocks = text_to_blocks(c.text);
    REQUIRE(blocks.size() == c.blocks.size());
    for (std::size_t k = 0; k < blocks.size(); ++k) {
      CHECK(blocks[k].text == c.blocks[k].first);
      CHECK(blocks[k].line == c.blocks[k].second);
    }
  }
}

TEST_CASE("fold_space finds spaces and invisible characters at any offset", "[text_blocks]") {
  // Each special character, placed after 0 to 72 bytes of ideographs and
  // punctuation, so that it falls at every offset of a sixteen-byte block
  // and of a thirty-two-byte one (AVX2).
  struct Special {
    const char* text;
    const char* folded;  // what it becomes between 甲 and 乙
  };
  const Special specials[] = {
      {" ", " "},         {"\t", " "},        {"\u00a0", " "},    {"\u1680", " "},  {"\u2000", " "},
      {"\u200a", " "},    {"\u202f", " "},    {"\u205f", " "},    {"\u3000", " "},  {"\u200b", ""},
      {"\u200d", ""},     {"\u2060", ""},     {"\ufeff", ""},     {"\x01", ""},     {"\x7f", ""},
      {"\u3001", "\u3001"}, {"\u2014", "\u2014"}, {"\uff0c", "\uff0c"}, {"\u00b7", "\u00b7"},
      {"\u3002", "\u3002"}, {"\u201c", "\u201c"}, {"\ufeffx", "x"},  {"\u200c", ""},   {"\u2008", " "},
      {"\u2026", "\u2026"}, {"\u2061", "\u2061"}, {"\u2030", "\u2030"}, {"\u205e", "\u205e"},
  };
  const std::string filler = "整改，“落实”、。abc１２";
  for (const auto& special : specials) {
    for (std::size_t n = 0; n <= 72; ++n) {
      const std::string prefix = tongbao::test::whole_characters(filler, n);
      const std::string in = prefix + "甲" + special.text + "乙" + filler;
      const std::string expected = prefix + "甲" + special.folded + "乙" + filler;
      INFO(in);
      CHECK(fold_space(in) == expected);
    }
  }
}

TEST_CASE("text_to_blocks points into the text where folding leaves a line as it is", "[text_blocks]") {
  const std::string text = "\u3000\u3000一是加强领导。\n二是  落实。\r\n三是\u200b推进。\n 四是\t\n\n五是\u3000";
  Blocks blocks = text_to_blocks(text);
  auto in_text = [&](std::string_view s) {
    return s.data() >= text.data() && s.data() + s.size() <= text.data() + text.size();
  };
  REQUIRE(blocks.size() == 5);
  // Trimmed only: views of the text.
  CHECK(blocks[0].text == "一是加强领导。");
  CHECK(in_text(blocks[0].text));
  CHECK(blocks[0].column == 3);
  CHECK(blocks[3].text == "四是");
  CHECK(in_text(blocks[3].text));
  CHECK(blocks[3].line == 4);
  CHECK(blocks[4].text == "五是");
  CHECK(in_text(blocks[4].text));
  CHECK(blocks[4].line == 6);
  // Changed inside: a run of spaces folded, a zero-width space dropped.
  CHECK(blocks[1].text == "二是 落实。");
  CHECK_FALSE(in_text(blocks[1].text));
  CHECK(blocks[2].text == "三是推进。");
  CHECK_FALSE(in_text(blocks[2].text));
  // Moved, the blocks still read the same texts.
  const Blocks moved = std::move(blocks);
  CHECK(moved[1].text == "二是 落实。");
  CHECK(moved[2].text == "三是推进。");
}

TEST_CASE("text_to_blocks marks a ledger's rows as text keeps them", "[text_blocks]") {
  // Which lines are a ledger's cells, by line number.
  auto cells = [](std::string_view text) {
    std::vector<int> lines;
    for (const Block& b : text_to_blocks(text)) {
      if (b.table_cell) lines.push_back(b.line);
    }
    return lines;
  };
  struct Case {
    const char* name;
    const char* text;
    std::vector<int> cells;
  };
  const Case cases[] = {
      {"a spreadsheet's rows, a group row without its tabs, a cell quoted over lines",
       "二、问题整改情况\n序号\t反馈问题\t整改措施\t完成情况\n一、贯彻落实决策部署方面\n"
       "1\t耕地保护不到位\t\"1.开展执法；\n2.建立机制\"\t已完成\n三、下一步工作\n",
       {2, 3, 4, 5}},
      {"a table drawn with box characters ends at its last rule",
       "二、问题整改情况\n┌──┬──────┬──────┬──────┐\n│序号│反馈问题  │整改措施  │完成情况  │\n"
       "├──┼──────┼──────┼──────┤\n│1 │耕地保护  │一是执法；│已完成    │\n└──┴──────┴──────┴──────┘\n三、下一步工作\n",
       {3, 4, 5, 6}},
      {"pdftotext's columns, to the blank line after them",
       "二、问题整改情况\n  序号  反馈问题        整改措施        完成情况\n  一、贯彻落实决策部署方面\n"
       "  1     耕地保护不到位  一是开展执法；  已完成\n                        二是建立机制\n\n    三、下一步工作\n",
       {2, 3, 4, 5}},
      {"labels in prose are no header", "整改措施 责任单位 完成时限\n一、总体情况\n", {}},
      {"nor is a row of long cells", "序号\t反馈的问题及其整改措施的完成情况\t整改情况\t完成情况\n一、总体情况\n", {}},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    CHECK(cells(c.text) == c.cells);
  }
}
