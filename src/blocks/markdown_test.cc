#include "blocks/markdown.h"

#include <catch2/catch.hpp>
#include <string>
#include <optional>
#include <ostream>
#include <vector>

using tongbao::detail::Block;
using tongbao::detail::is_markdown_path;
using tongbao::detail::markdown_to_blocks;
using tongbao::detail::MarkdownPage;

namespace {

struct Row {
  std::string text;
  int line = 0;
  int column = 0;
  bool operator==(const Row&) const = default;
};

std::ostream& operator<<(std::ostream& out, const Row& r) {
  return out << '{' << r.text << ' ' << r.line << ':' << r.column << '}';
}

std::vector<Row> rows(const MarkdownPage& page) {
  std::vector<Row> out;
  for (const auto& b : page.blocks) out.push_back(Row{std::string(b.text), b.line, b.column});
  return out;
}

std::vector<Row> blocks_of(const std::string& markdown) { return rows(markdown_to_blocks(markdown)); }

}  // namespace

TEST_CASE("markdown: a paragraph's lines join, without a space between Chinese characters", "[markdown]") {
  CHECK(blocks_of("整改工作进展顺利，\n总体良好。\n\n第二段") ==
        std::vector<Row>{{"整改工作进展顺利，总体良好。", 1, 1}, {"第二段", 4, 1}});
  CHECK(blocks_of("Rectification\nnotice") == std::vector<Row>{{"Rectification notice", 1, 1}});
  CHECK(blocks_of("共3\n个") == std::vector<Row>{{"共3个", 1, 1}});
  CHECK(blocks_of("第一\nPart") == std::vector<Row>{{"第一Part", 1, 1}});
}

TEST_CASE("markdown: emphasis, links, code and escapes keep only their text", "[markdown]") {
  CHECK(blocks_of("**一、总体情况**") == std::vector<Row>{{"一、总体情况", 1, 3}});
  CHECK(blocks_of("整改**工作**和*措施*与 _落实_") == std::vector<Row>{{"整改工作和措施与 落实", 1, 1}});
  // CommonMark: an underscore inside a word is text (snake_case), not emphasis.
  CHECK(blocks_of("与_落实_") == std::vector<Row>{{"与_落实_", 1, 1}});
  CHECK(blocks_of("见[链接文字](http://example.cn/a)。") == std::vector<Row>{{"见链接文字。", 1, 1}});
  CHECK(blocks_of("![图片](a.png)正文`代码`") == std::vector<Row>{{"正文代码", 1, 13}});
  // Bold that CommonMark's flanking rules miss beside Chinese punctuation.
  CHECK(blocks_of("**（一）加强领导。**巡察意见反馈后") == std::vector<Row>{{"（一）加强领导。巡察意见反馈后", 1, 3}});
  CHECK(blocks_of("关于**“甲”**的问题") == std::vector<Row>{{"关于“甲”的问题", 1, 1}});
  CHECK(blocks_of("注**乙") == std::vector<Row>{{"注**乙", 1, 1}});
  CHECK(blocks_of("\\*\\*甲**乙**") == std::vector<Row>{{"**甲乙", 1, 2}});
  CHECK(blocks_of("\\*\\*甲\\*\\*") == std::vector<Row>{{"**甲**", 1, 2}});
  CHECK(blocks_of("1\\. 关于“甲”的问题") == std::vector<Row>{{"1. 关于“甲”的问题", 1, 1}});
  CHECK(blocks_of("甲&nbsp;&nbsp;乙&amp;丙") == std::vector<Row>{{"甲 乙&丙", 1, 1}});
}

TEST_CASE("markdown: headings and quotes give their text where it starts", "[markdown]") {
  CHECK(blocks_of("# 标题\n\n## 二、整改进展情况") ==
        std::vector<Row>{{"标题", 1, 3}, {"二、整改进展情况", 3, 4}});
  CHECK(blocks_of("三、下一步\n===") == std::vector<Row>{{"三、下一步", 1, 1}});
  CHECK(blocks_of("> 引用一\n> 引用二\n>\n> > 深一层") ==
        std::vector<Row>{{"引用一引用二", 1, 3}, {"深一层", 4, 5}});
  CHECK(blocks_of("（一）加强领导。\n\n一、总体") == std::vector<Row>{{"（一）加强领导。", 1, 1}, {"一、总体", 3, 1}});
}

TEST_CASE("markdown: an ordered item's marker is the number a reader sees", "[markdown]") {
  CHECK(blocks_of("1. 关于“甲”的问题。\n\n   整改情况：一是加强。\n2. 关于“乙”的问题。") ==
        std::vector<Row>{{"1. 关于“甲”的问题。", 1, 1}, {"整改情况：一是加强。", 3, 4}, {"2. 关于“乙”的问题。", 4, 1}});
  // A list may start at any number and close its markers with ')'; CommonMark
  // numbers the items from the first, whatever the others say (1. 1. 1.
  // shows 1. 2. 3.), and shows no padding.
  CHECK(blocks_of("3) 甲\n4) 乙") == std::vector<Row>{{"3) 甲", 1, 1}, {"4) 乙", 2, 1}});
  // (The padded item's position is its number's significant digit.)
  CHECK(blocks_of("07. 甲\n8. 乙") == std::vector<Row>{{"7. 甲", 1, 2}, {"8. 乙", 2, 1}});
  CHECK(blocks_of("1. 甲\n1. 乙\n1. 丙") == std::vector<Row>{{"1. 甲", 1, 1}, {"2. 乙", 2, 1}, {"3. 丙", 3, 1}});
  // Bullets are list syntax, not text.
  CHECK(blocks_of("- 甲\n* 乙") == std::vector<Row>{{"甲", 1, 3}, {"乙", 2, 3}});
  // An item with no text keeps its marker alone.
  CHECK(blocks_of("1.\n2. 乙") == std::vector<Row>{{"1.", 1, 1}, {"2. 乙", 2, 1}});
  // Nested: the inner list's markers are its own.
  CHECK(blocks_of("1. 甲\n   1. 子\n2. 乙") == std::vector<Row>{{"1. 甲", 1, 1}, {"1. 子", 2, 4}, {"2. 乙", 3, 1}});
}

TEST_CASE("markdown: a soft break before a line that opens a unit ends the block", "[markdown]") {
  // A notice pasted with single newlines: each heading stands alone, as its
  // writer meant, where CommonMark would run them into one paragraph.
  CHECK(blocks_of("现将整改情况通报如下。\n一、整改工作开展情况\n（一）加强领导。局党组高度重视。\n**（二）压实责任。**一是明确分工。")
        == std::vector<Row>{{"现将整改情况通报如下。", 1, 1}, {"一、整改工作开展情况", 2, 1},
                            {"（一）加强领导。局党组高度重视。", 3, 1}, {"（二）压实责任。一是明确分工。", 4, 3}});
  // Text wrapped by hand runs on over a numeral that only looks like a
  // marker, and a measure stays in its paragraph.
  CHECK(blocks_of("对需较长时间推进的事项，计划在今年\n三、四季度分步实施。\n二是压实责任。") ==
        std::vector<Row>{{"对需较长时间推进的事项，计划在今年三、四季度分步实施。二是压实责任。", 1, 1}});
}

TEST_CASE("markdown: hard breaks and <br> end a block", "[markdown]") {
  CHECK(blocks_of("某某党组  \n2024年6月17日") == std::vector<Row>{{"某某党组", 1, 1}, {"2024年6月17日", 2, 1}});
  CHECK(blocks_of("某某党组\\\n2024年6月17日") == std::vector<Row>{{"某某党组", 1, 1}, {"2024年6月17日", 2, 1}});
  CHECK(blocks_of("某某党组<br>2024年6月17日") == std::vector<Row>{{"某某党组", 1, 1}, {"2024年6月17日", 1, 9}});
  CHECK(blocks_of("> 甲  \n> 乙") == std::vector<Row>{{"甲", 1, 3}, {"乙", 2, 3}});
  // The same text again after a <br> is found where it stands, not at the first.
  CHECK(blocks_of("甲<br>甲<br>甲") == std::vector<Row>{{"甲", 1, 1}, {"甲", 1, 6}, {"甲", 1, 11}});
  CHECK(blocks_of("<p>甲</p><p>甲</p>\n\n> <div>\n> 乙</div>") ==
        std::vector<Row>{{"甲", 1, 4}, {"甲", 1, 12}, {"乙", 4, 3}});
}

TEST_CASE("markdown: code blocks and HTML blocks give a block a line", "[markdown]") {
  // Four spaces of indent make a code block: each line is a paragraph.
  CHECK(blocks_of("    第一段。\n    第二段。") == std::vector<Row>{{"第一段。", 1, 5}, {"第二段。", 2, 5}});
  CHECK(blocks_of("```\n甲\n\n乙\n```") == std::vector<Row>{{"甲", 2, 1}, {"乙", 4, 1}});
  CHECK(blocks_of("<div align=\"right\">某某党组<br/>2024年6月17日</div>\n\n正文") ==
        std::vector<Row>{{"某某党组", 1, 20}, {"2024年6月17日", 1, 29}, {"正文", 3, 1}});
  CHECK(blocks_of("<p>甲&nbsp;乙&#8220;丙&#x201D;</p>\n<p>\n丁\n</p>") ==
        std::vector<Row>{{"甲 乙“丙”", 1, 4}, {"丁", 3, 1}});
  CHECK(blocks_of("<!--more-->\n\n正文\n\n---\n\n<!-- 注释\n跨行 -->") == std::vector<Row>{{"正文", 3, 1}});
}

TEST_CASE("markdown: YAML front matter gives facts, not text", "[markdown]") {
  const MarkdownPage page = markdown_to_blocks(
      "---\n"
      "layout: post\n"
      "Title: \"中共某某党组关于巡察整改进展情况的通报\"\n"
      "tags:\n"
      "  - 巡察\n"
      "date: 2024-06-24T16:38:00+08:00\n"
      "source: '某某市纪委监委'\n"
      "---\n"
      "\n"
      "**一、总体情况**\n");
  CHECK(rows(page) == std::vector<Row>{{"一、总体情况", 10, 3}});
  CHECK(page.facts.title == "中共某某党组关于巡察整改进展情况的通报");
  CHECK(page.facts.published == "2024-06-24T16:38");
  CHECK(page.facts.origin == "某某市纪委监委");
  CHECK_FALSE(page.facts.site);
}

TEST_CASE("markdown: front matter keys by priority, dates in every form, TOML", "[markdown]") {
  struct Case {
    std::string text;
    std::optional<std::string> title, published;
  };
  const Case cases[] = {
      // The first key of the table wins, whatever the order of the lines.
      {"---\npublished: 2024-01-02\ndate: 2024-06-24\n---\n正文", std::nullopt, "2024-06-24"},
      {"---\n标题: 乙\ntitle: 甲\n---\n正文", "甲", std::nullopt},
      {"---\ndate: 2024年6月24日\n---\n正文", std::nullopt, "2024-06-24"},
      {"---\ndate: \"2024-06-24 16:38:05\"\n---\n正文", std::nullopt, "2024-06-24T16:38"},
      {"---\ndate: 2024-06-23T23:05:00Z\n---\n正文", std::nullopt, "2024-06-24T07:05"},  // UTC, as Hugo may write it
      {"---\ndate: 2024-06-24T16:38:00+08:00\n---\n正文", std::nullopt, "2024-06-24T16:38"},
      {"---\ndate: 草稿\n---\n正文", std::nullopt, std::nullopt},
      // dates in English, as Astro's pubDate and feeds keep them
      {"---\npubDate: 'Dec 29 2023'\nupdatedDate: 'Jan 04 2024'\n---\n正文", std::nullopt, "2023-12-29"},
      {"---\ndate: Fri, 29 Dec 2023 10:00:00 +0800\n---\n正文", std::nullopt, "2023-12-29"},
      {"---\ntitle: >-\n  关于某某\n  的通报\n---\n正文", "关于某某的通报", std::nullopt},
      {"---\ntitle: 'It''s # not a comment' # a comment\n---\n正文", "It's # not a comment", std::nullopt},
      {"---\ntitle: \"say \\\"甲\\\"\"\n---\n正文", "say \"甲\"", std::nullopt},
      {"---\ntitle: 甲 # a comment\n---\n正文", "甲", std::nullopt},
      // a mirror's name after the title, as a <title> carries a site's
      {"---\ntitle: \"某局关于巡视整改进展情况的通报 - 某某镜像站\"\n---\n正文", "某局关于巡视整改进展情况的通报",
       std::nullopt},
      // MkDocs Material's blog: a map of dates, the day created the day published
      {"---\ndate:\n  created: 2024-04-26\n  updated: 2024-05-10\n---\n正文", std::nullopt, "2024-04-26"},
      {"---\ndate:\n  updated: 2024-05-10\n---\n正文", std::nullopt, std::nullopt},
      {"+++\ntitle = \"甲\"\ndate = 2024-06-24\n+++\n正文", "甲", "2024-06-24"},
      // Hugo's JSON front matter, the object to a line that is "}" alone
      {"{\n  \"title\": \"甲\",\n  \"date\": \"2023-12-20T15:00:00+08:00\",\n  \"tags\": [\"审计\"]\n}\n正文", "甲",
       "2023-12-20T15:00"},
      {"\xEF\xBB\xBF---\r\ntitle: 甲\r\n...\r\n正文", "甲", std::nullopt},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    const MarkdownPage page = markdown_to_blocks(c.text);
    CHECK(page.facts.title == c.title);
    CHECK(page.facts.published == c.published);
    REQUIRE(page.blocks.size() == 1);
    CHECK(page.blocks[0].text == "正文");
  }
}

TEST_CASE("markdown: a Notion page's properties under its title are facts, not text", "[markdown]") {
  const MarkdownPage page = markdown_to_blocks(
      "# 中共某医院委员会关于巡察整改进展情况的通报\n\n"
      "Created: June 5, 2024 9:30 AM\nPublished: June 4, 2024\nTags: 医疗卫生, 巡察整改\n来源: 某医院党委办公室\n\n"
      "根据市委统一部署,市委第四巡察组对医院党委进行了巡察。\n");
  // Created is when the note was made (a clipping's day), not the page's date.
  CHECK(page.facts.published == "2024-06-04");
  CHECK(page.facts.origin == "某医院党委办公室");
  REQUIRE(page.blocks.size() == 2);
  CHECK(page.blocks[0].text == "中共某医院委员会关于巡察整改进展情况的通报");
  CHECK(page.blocks[1].text == "根据市委统一部署,市委第四巡察组对医院党委进行了巡察。");
  CHECK(page.blocks[1].line == 8);
  // Front matter wins; lines of that shape anywhere else are text; and
  // without a key front matter knows they are text too.
  const MarkdownPage fronted = markdown_to_blocks("---\ndate: 2024-06-01\n---\n# 甲\n\nDate: June 5, 2024\n\n正文\n");
  CHECK(fronted.facts.published == "2024-06-01");
  CHECK(fronted.blocks.size() == 2);
  const MarkdownPage later = markdown_to_blocks("# 甲\n\n正文\n\nDate: June 5, 2024\n");
  CHECK_FALSE(later.facts.published);
  CHECK(later.blocks.size() == 3);
  const MarkdownPage unknown = markdown_to_blocks("# 甲\n\nCreated: June 5, 2024\nOwner: 张三\n\n正文\n");
  CHECK(unknown.blocks.size() == 3);
  // Logseq opens a page with its properties, key:: value, a date as a page link.
  const MarkdownPage logseq = markdown_to_blocks(
      "title:: 巡察整改通报摘录\ntags:: 巡察\npublished:: [[2024-05-08]]\n\n- # 某街道党工委关于巡察整改进展情况的通报\n");
  CHECK(logseq.facts.published == "2024-05-08");
  CHECK(logseq.facts.title == "巡察整改通报摘录");
  REQUIRE(logseq.blocks.size() == 1);
  CHECK(logseq.blocks[0].text == "某街道党工委关于巡察整改进展情况的通报");
}

TEST_CASE("markdown: a ledger's rows in a pipe table are its cells", "[markdown]") {
  const MarkdownPage page = markdown_to_blocks(
      "二、问题整改台账\n\n| 序号 | 反馈问题 | 整改措施 | 完成情况 |\n|---|---|---|---|\n| 一、贯彻落实决策部署方面 | | | |\n"
      "| 1 | 耕地保护不到位 | 一是开展执法；二是建立机制 | 已完成 |\n\n| 项目 | 数量 |\n|---|---|\n| 问题 | 3 |\n");
  std::vector<bool> cells;
  for (const Block& b : page.blocks) cells.push_back(b.table_cell);
  // The heading, the ledger's three rows (its delimiter row is layout), a table that is no ledger.
  CHECK(cells == std::vector<bool>{false, true, true, true, false, false});
}

TEST_CASE("markdown: no front matter unless it opens the text and closes", "[markdown]") {
  // A JSON object that does not parse, or never closes, is text.
  CHECK_FALSE(markdown_to_blocks("{\n\"title\": 甲\n}\n正文").facts.title);
  CHECK_FALSE(markdown_to_blocks("{\n\"title\": \"甲\"\n正文").facts.title);
  // Unclosed: the --- is a thematic break and the rest is text.
  MarkdownPage page = markdown_to_blocks("---\ntitle: 甲\n");
  CHECK_FALSE(page.facts.title);
  CHECK(rows(page) == std::vector<Row>{{"title: 甲", 2, 1}});
  // Not on the first line: a setext heading, text of the notice.
  page = markdown_to_blocks("\n---\ntitle: 甲\n---\n");
  CHECK_FALSE(page.facts.title);
  CHECK(rows(page) == std::vector<Row>{{"title: 甲", 3, 1}});
}

TEST_CASE("markdown: line numbers count CRLF and CR line ends", "[markdown]") {
  for (const char* text : {"---\ntitle: 甲\n---\n\n# 标题\n\n一、甲\n乙", "---\r\ntitle: 甲\r\n---\r\n\r\n# 标题\r\n\r\n一、甲\r\n乙",
                           "---\rtitle: 甲\r---\r\r# 标题\r\r一、甲\r乙"}) {
    INFO(text);
    CHECK(blocks_of(text) == std::vector<Row>{{"标题", 5, 3}, {"一、甲乙", 7, 1}});
  }
}

TEST_CASE("markdown: nesting too deep for cmark is read as text, with a note", "[markdown]") {
  // 64 levels are read as Markdown; 65 as text, the front matter still read.
  std::string quotes(64, '>');
  MarkdownPage page = markdown_to_blocks(quotes + " 甲");
  CHECK(rows(page) == std::vector<Row>{{"甲", 1, 66}});
  CHECK(page.diagnostics.empty());
  page = markdown_to_blocks("---\ntitle: 题\n---\n**甲**\n" + quotes + "> 乙\n" + std::string(100000, '*'));
  CHECK(page.facts.title == "题");
  CHECK(rows(page) == std::vector<Row>{{"**甲**", 4, 1}, {quotes + "> 乙", 5, 1}, {std::string(100000, '*'), 6, 1}});
  REQUIRE(page.diagnostics.size() == 1);
  CHECK(page.diagnostics[0].code == "markdown-deep-nesting");
  CHECK(page.diagnostics[0].line == 5);
  // Lists count as quotes do, and so does a list nested by indentation.
  std::string bullets;
  for (int k = 0; k < 65; ++k) bullets += "- ";
  CHECK(markdown_to_blocks(bullets + "甲").diagnostics.size() == 1);
  CHECK(markdown_to_blocks(std::string(130, ' ') + "- 甲").diagnostics.size() == 1);
  CHECK(markdown_to_blocks("1. 2) 3. 甲").diagnostics.empty());
  // Indent alone (a signature pushed right) is no nesting.
  CHECK(markdown_to_blocks(std::string(300, ' ') + "中共某某党组").diagnostics.empty());
}

TEST_CASE("markdown: odd input does not crash", "[markdown]") {
  CHECK(blocks_of(std::string(50000, '[') + "甲") == std::vector<Row>{{std::string(50000, '[') + "甲", 1, 1}});
  CHECK(blocks_of("").empty());
  CHECK(blocks_of(std::string("甲\0乙", 7)) == std::vector<Row>{{"甲\uFFFD乙", 1, 1}});
  CHECK(blocks_of("\xff\xfe").size() == 1);
}

TEST_CASE("markdown: a .md or .markdown name is Markdown", "[markdown]") {
  CHECK(is_markdown_path("notices/a.md"));
  CHECK(is_markdown_path("A.MARKDOWN"));
  CHECK(is_markdown_path("a.Md"));
  CHECK_FALSE(is_markdown_path("a.txt"));
  CHECK_FALSE(is_markdown_path("md"));
  CHECK_FALSE(is_markdown_path(".md"));
  CHECK_FALSE(is_markdown_path("a.mdx"));
  CHECK_FALSE(is_markdown_path(""));
}

TEST_CASE("markdown: what converters add around the text is not text", "[markdown]") {
  struct Case {
    const char* name;
    std::string text;
    std::vector<std::string> blocks;
  };
  const Case cases[] = {
      {"pandoc's heading attributes",
       "## 一、总体情况 {#overview .unnumbered}\n\n### (一)加强领导 {.right}\n\n## 关于{甲}的问题\n",
       {"一、总体情况", "(一)加强领导", "关于{甲}的问题"}},
      {"a table of contents: links to the page's own headings",
       "- [一、总体情况](#一总体情况)\n- [二、整改情况](#二整改情况)\n\n1. [关于甲的问题](#甲)\n\n"
       "见[附件](http://example.gov.cn/a.pdf)。\n\n[一、总体情况](#x)之后的正文。\n\n## 一、总体情况\n",
       {"见附件。", "一、总体情况之后的正文。", "一、总体情况"}},
      {"a table's rows, one block each, its delimiter row dropped",
       "| 项目 | 内容 |\n|---|:---:|\n| 发布时间 | 2024-06-24 16:38 |\n| 来源 | 某局 |\n\n正文\n",
       {"| 项目 | 内容 |", "| 发布时间 | 2024-06-24 16:38 |", "| 来源 | 某局 |", "正文"}},
      {"a line that only starts with | is no table", "|甲\n乙\n", {"|甲乙"}},
      {"wiki links, pandoc's bracketed spans and anchors",
       "## []{#_Toc4871}一、总体情况\n\n"
       "1. 关于“[[三重一大]]决策制度执行不严格”的问题\n"
       "2. 关于“[[国有资产管理|国有资产]]出租管理不规范”的问题\n\n"
       "[整改情况]{.underline}：已完成。[见附件]\n",
       {"一、总体情况", "1. 关于“三重一大决策制度执行不严格”的问题", "2. 关于“国有资产出租管理不规范”的问题",
        "整改情况：已完成。[见附件]"}},
      {"highlights, MkDocs admonitions and Docsify callouts",
       "?> 发布时间：2024-03-26　来源：区委巡察办\n\n"
       "整改情况：==一是==严格落实制度。==二是==开展专题研讨。\n\n"
       "??? question \"（一）关于预算编制不够精准的问题\"\n    整改情况：一是细化预算编制。\n\n"
       "!!! note\n    说明文字。\n\n"
       "!> 联系方式\n",
       {"发布时间：2024-03-26 来源：区委巡察办", "整改情况：一是严格落实制度。二是开展专题研讨。",
        "（一）关于预算编制不够精准的问题", "整改情况：一是细化预算编制。", "说明文字。", "联系方式"}},
      {"pandoc's fenced divs",
       "::: {style=\"text-align: right\"}\n中共某局党组\n:::\n\n::: right\n2024年6月17日\n:::\n",
       {"中共某局党组", "2024年6月17日"}},
      {"colons that are no fence", "::甲\n乙\n", {"::甲乙"}},
      {"pandoc's spans with key=value attributes",
       "[一、巡察整改工作组织情况]{style=\"font-family: 黑体\"}\n\n甲[乙]{=丙}\n",
       {"一、巡察整改工作组织情况", "甲[乙]{=丙}"}},
      {"Logseq's block properties under a block's text",
       "- 中共某局党组关于巡察整改进展情况的通报\n  heading:: 1\n- 一是整改。\n  collapsed:: true\n- 甲::乙\n",
       {"中共某局党组关于巡察整改进展情况的通报", "一是整改。", "甲::乙"}},
      {"Obsidian's callouts and GitHub's alerts: the title, then the lines under it",
       "> [!quote]- 三、下一步工作打算\n> 局党组将坚持标准不降。\n\n> [!NOTE]\n> 本仓库仅做存档。\n",
       {"三、下一步工作打算", "局党组将坚持标准不降。", "本仓库仅做存档。"}},
      {"a task list's checkboxes", "- [x] 1.关于甲的问题\n- [ ] 2.关于乙的问题\n",
       {"1.关于甲的问题", "2.关于乙的问题"}},
      {"kramdown's attribute lines under a paragraph",
       "中共某局党组\n{: .text-right}\n\n2024年4月15日\n{: .text-right}\n", {"中共某局党组", "2024年4月15日"}},
      {"turndown's _emphasis_ that CommonMark leaves as text before Chinese",
       "_一是_坚持标准。_二是_跟踪问效。\n\n某局关于巡察整改的通报_巡察工作_某县\n\napjtj_xczg@163.com\n",
       {"一是坚持标准。二是跟踪问效。", "某局关于巡察整改的通报_巡察工作_某县", "apjtj_xczg@163.com"}},
      {"a bold marker whose closing run CommonMark gives to the next strong",
       "**（1）**修编规划；<br>**（2）**引进企业。\n", {"（1）修编规划；", "（2）引进企业。"}},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    const MarkdownPage page = markdown_to_blocks(c.text);
    std::vector<std::string> got;
    for (const auto& b : page.blocks) got.push_back(std::string(b.text));
    CHECK(got == c.blocks);
  }
}
