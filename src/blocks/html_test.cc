#include "blocks/html.h"
#include "blocks/html_facts.h"
#include "blocks/html_input.h"

#include <catch2/catch.hpp>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <libxml/HTMLparser.h>

#include "blocks/text_blocks.h"

using tongbao::detail::Block;
using tongbao::detail::html_to_blocks;
using tongbao::detail::HtmlPage;

namespace {

std::vector<std::string> texts(const HtmlPage& page) {
  std::vector<std::string> out;
  for (const Block& b : page.blocks) out.emplace_back(b.text);
  return out;
}

std::string read_fixture(const std::string& name) {
  std::ifstream in(std::string(TONGBAO_SOURCE_DIR) + "/" + name, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Lines of a file, 1-based (index 0 unused).
std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines{""};
  std::string line;
  std::istringstream in(text);
  while (std::getline(in, line)) lines.push_back(line);
  return lines;
}

}  // namespace

TEST_CASE("html_to_blocks cuts paragraphs at block elements", "[html]") {
  struct Case {
    const char* html;
    std::vector<std::string> paragraphs;
  };
  const std::vector<Case> cases = {
      {"<p>甲</p><p>乙</p>", {"甲", "乙"}},
      {"<div>一是甲。<br>二是乙。<br><br>三是丙。</div>", {"一是甲。", "二是乙。", "三是丙。"}},
      {"<table><tr><td>索引</td><td>001</td></tr><tr><td>机构</td><td>市发改委</td></tr></table>",
       {"索引 001", "机构 市发改委"}},
      {"<ul><li>一、甲</li><li>二、乙</li></ul>", {"一、甲", "二、乙"}},
      {"<h1>通报</h1><h3>一、情况</h3><p>正文。</p>", {"通报", "一、情况", "正文。"}},
      {"<p>甲<span>乙</span><font color=red>丙</font><b>丁</b><a href=#>戊</a>。</p>",
       {"甲乙丙丁戊。"}},
      {"<div>甲<div>乙</div>丙</div>", {"甲", "乙", "丙"}},
      {"<p>\n   甲\u3000\u3000乙 \t 丙\n</p>", {"甲 乙 丙"}},
      {"<p>&ldquo;回头看&rdquo;&#8220;x&#8221;&#x201C;y&#x201D;&nbsp;&amp;&lt;&gt;&hellip;</p>",
       {"“回头看”“x”“y” &<>…"}},
      {"<p>甲<script>document.write('<p>脚本</p>')</script><!-- 注释 -->乙</p>"
       "<style>p{color:red}</style><noscript>请开启脚本</noscript><template><p>模板</p></template>",
       {"甲乙"}},
      {"<p>甲</p><select><option>选项</option></select><textarea>输入</textarea><p>乙</p>",
       {"甲", "乙"}},
      {"纯文本，没有标签。", {"纯文本，没有标签。"}},
      {"<div><p>no weight</p><p>at all</p></div>", {"no weight", "at all"}},
      // the bytes are UTF-8 already: a gb2312 or gbk label must not re-decode them
      {"<meta charset=\"gb2312\"><p>中文“引号”</p>", {"中文“引号”"}},
      {"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\"><p>中文</p>",
       {"中文"}},
      {"<?xml version=\"1.0\" encoding=\"big5\"?><html><body><p>中文</p></body></html>", {"中文"}},
  };
  for (const Case& c : cases) {
    INFO(c.html);
    CHECK(texts(html_to_blocks(c.html)) == c.paragraphs);
  }
}

TEST_CASE("html_to_blocks survives empty and broken input", "[html]") {
  struct Case {
    std::string html;
    std::vector<std::string> paragraphs;
  };
  const std::vector<Case> cases = {
      {"", {}},
      {"<html></html>", {}},
      {"<", {"<"}},
      {"<p>甲\xff乙</p>", {"甲\uFFFD乙"}},            // invalid byte: U+FFFD, not Latin-1
      {std::string("<p>甲\0乙</p>", 13), {"甲 乙"}},  // NUL does not end the page
      {"<p>甲<!-- never closed <p>乙</p>", {"甲"}},
      {"<p>甲</p></p></div></span></html></html><p>乙</p>", {"甲", "乙"}},
      {"<p>\xe4\xb8", {"\uFFFD\uFFFD"}},  // truncated sequence at the end
  };
  for (const Case& c : cases) {
    INFO(c.html);
    CHECK(texts(html_to_blocks(c.html)) == c.paragraphs);
  }
}

TEST_CASE("html_to_blocks gives each paragraph the source line and column of its first character",
          "[html]") {
  const HtmlPage page = html_to_blocks(
      "<html>\n"                               // 1
      "<body>\n"                               // 2
      "<p>第一段。</p>\n"                      // 3
      "<p>\n"                                  // 4
      "\n"                                     // 5
      "   第二段\n"                            // 6
      "   继续。</p>\n"                        // 7
      "<div><span>&ldquo;</span>引号</div>\n"  // 8
      "<!-- 注释\n"                            // 9
      "注释 -->\n"                             // 10
      "<p>第三段。<br>\n"                      // 11
      "第四段。</p>\n"                         // 12
      "</body></html>\n");
  REQUIRE(page.blocks.size() == 5);
  CHECK(page.blocks[0].text == "第一段。");
  CHECK(page.blocks[0].line == 3);
  CHECK(page.blocks[0].column == 4);
  CHECK(page.blocks[1].text == "第二段 继续。");
  CHECK(page.blocks[1].line == 6);
  CHECK(page.blocks[1].column == 4);
  CHECK(page.blocks[2].text == "“引号");
  CHECK(page.blocks[2].line == 8);
  CHECK(page.blocks[3].line == 11);
  CHECK(page.blocks[4].text == "第四段。");
  CHECK(page.blocks[4].line == 12);
}

TEST_CASE("html_to_blocks counts lines as text_to_blocks does: LF, CRLF and lone CR", "[html]") {
  for (const char* html :
       {"<p>甲</p>\n<p>乙</p>\n\n<p>丙</p>", "<p>甲</p>\r\n<p>乙</p>\r\n\r\n<p>丙</p>",
        "<p>甲</p>\r<p>乙</p>\r\r<p>丙</p>"}) {
    const HtmlPage page = html_to_blocks(html);
    REQUIRE(page.blocks.size() == 3);
    CHECK(page.blocks[0].line == 1);
    CHECK(page.blocks[1].line == 2);
    CHECK(page.blocks[2].line == 4);
    CHECK(page.blocks[2].column == 4);
  }
}

TEST_CASE("html_to_blocks finds the line after long runs of text and white space", "[html]") {
  // libxml2 hands text over in 1000-byte pieces; the line must not drift
  const std::string spaces(5000, ' ');
  const std::string filler(3000, 'x');
  const HtmlPage page =
      html_to_blocks("<html><body>\n" + spaces + "\n甲。" + spaces + "\n<p>" + filler +
                     "</p>\n<p title=\"标题\n标题\">乙</p><p>" + spaces + "丙</p>");
  REQUIRE(page.blocks.size() == 4);
  CHECK(page.blocks[0].line == 3);
  CHECK(page.blocks[0].column == 1);
  CHECK(page.blocks[1].line == 4);
  CHECK(page.blocks[1].column == 4);
  CHECK(page.blocks[2].text == "乙");
  CHECK(page.blocks[2].line == 6);
  CHECK(page.blocks[2].column == 5);
  CHECK(page.blocks[3].line == 6);
  CHECK(page.blocks[3].column == 5 + 1 + 4 + 3 + 5000);  // 乙</p><p> and the spaces
}

TEST_CASE("html_to_blocks keeps lines past 65535", "[html]") {
  std::string html = "<html><body>";
  for (int i = 0; i < 70000; ++i) html += "\n";
  html += "<p>远处的段落。</p>";
  const HtmlPage page = html_to_blocks(html);
  REQUIRE(page.blocks.size() == 1);
  CHECK(page.blocks[0].line == 70001);
}

TEST_CASE("html_to_blocks finds the body and drops navigation, widgets, related links and footer",
          "[html]") {
  const HtmlPage page = html_to_blocks(
      "<html><head><title>关于整改情况的通报_某某网</title></head><body>\n"
      "<ul class=\"nav\"><li><a href=/>首页</a></li><li><a href=/a>机构概况</a></li>"
      "<li><a href=/b>工作动态</a></li><li><a href=/c>巡察工作</a></li></ul>\n"
      "<div class=\"crumb\">当前位置：<a>首页</a> &gt; <a>巡察工作</a></div>\n"
      "<h1>关于整改情况的通报</h1>\n"
      "<div class=\"info\">日期：2024-01-02 来源：某某局 【字号：大 中 小】 分享</div>\n"
      "<div class=\"content\">\n"
      "<p>根据统一部署，巡察组对我局进行了巡察，现将整改情况公布如下。</p>\n"
      "<p>一、关于“学习不深入”的问题。整改情况：一是加强学习；二是建立制度。</p>\n"
      "<p>上一篇：<a href=x>关于另一件事的通报</a></p>\n"
      "</div>\n"
      "<div class=\"share\">分享到：<a>微信</a><a>微博</a></div>\n"
      "<div class=\"related\"><h3>相关文章</h3><ul>"
      "<li><a>某某局关于巡察整改进展情况的通报</a></li>"
      "<li><a>某某委关于巡察整改进展情况的通报</a></li></ul></div>\n"
      "<div class=\"footer\">版权所有：某某局 京ICP备12345678号</div>\n"
      "</body></html>");
  CHECK(texts(page) == std::vector<std::string>{
                           "关于整改情况的通报",
                           "根据统一部署，巡察组对我局进行了巡察，现将整改情况公布如下。",
                           "一、关于“学习不深入”的问题。整改情况：一是加强学习；二是建立制度。",
                       });
  CHECK(page.blocks[0].line == 4);
  CHECK(page.facts.title == "关于整改情况的通报");
  CHECK(page.facts.published == "2024-01-02");
  CHECK(page.facts.origin == "某某局");
  CHECK(page.facts.breadcrumb == std::vector<std::string>{"首页", "巡察工作"});
}

TEST_CASE("html_to_blocks keeps a preamble and signature just outside the body container",
          "[html]") {
  const HtmlPage page = html_to_blocks(
      "<body><div "
      "class=nav><a>首页</a><a>政务公开</a><a>通知公告</a><a>巡察工作</a><a>审查调查</a></div>\n"
      "<table><tr><td><h1>某某局关于巡察整改情况的通报</h1>\n"
      "<p>发布日期：2024-02-03 来源：某某局</p>\n"
      "根据市委统一部署，市委巡察组对我局开展了巡察。<div id=zoom>"
      "<p>"
      "一、关于“责任落实不到位”的问题。整改情况：一是压实责任，二是建立台账，三是定期督办，四是严肃"
      "问责。</p>"
      "<p>二、关于“制度执行不严格”的问题。整改情况：一是修订制度，二是开展检查，三是通报结果。</p>"
      "</div>中共某某局党组<br>2024年2月1日\n"
      "<p>分享到：<a>微信</a><a>微博</a></p><p>中共某某局党组关于其他事项的说明</p></td></tr></"
      "table></body>");
  CHECK(texts(page) ==
        std::vector<std::string>{
            "某某局关于巡察整改情况的通报", "根据市委统一部署，市委巡察组对我局开展了巡察。",
            "一、关于“责任落实不到位”的问题。整改情况：一是压实责任，二是建立台账，三是定期督办，四"
            "是严肃问责。",
            "二、关于“制度执行不严格”的问题。整改情况：一是修订制度，二是开展检查，三是通报结果。",
            "中共某某局党组", "2024年2月1日"});
  REQUIRE(page.blocks.size() == 6);
  CHECK(page.blocks[1].line == 4);
  CHECK(page.blocks[5].line == 4);
}

TEST_CASE("html_to_blocks takes the title from an HTML5 article header", "[html]") {
  const HtmlPage page = html_to_blocks(
      "<body><header><h1 class=\"logo\"><a "
      "href=/>某某市人民政府</a></h1><nav><a>首页</a><a>政务公开</a></nav></header>\n"
      "<article><header><h1>某某局关于巡察整改情况的通报</h1><p>发布日期：2024-02-03</p></header>\n"
      "<section><p>根据市委统一部署，市委巡察组对我局开展了巡察。</"
      "p><p>一、关于“责任落实不到位”的问题。</p></section>"
      "</article><footer><p>版权所有：某某市人民政府</p></footer></body>");
  CHECK(texts(page) == std::vector<std::string>{"某某局关于巡察整改情况的通报",
                                                "根据市委统一部署，市委巡察组对我局开展了巡察。",
                                                "一、关于“责任落实不到位”的问题。"});
  CHECK(page.facts.published == "2024-02-03");
}

TEST_CASE("html_to_blocks reads the government-site meta tags", "[html]") {
  struct Case {
    const char* head;
    const char* title;
    const char* published;  // "" for none
    const char* origin;
    const char* site;
  };
  const std::vector<Case> cases = {
      {"<meta name=\"ArticleTitle\" content=\"关于整改的通报\"><meta name=\"PubDate\" "
       "content=\"2024-06-24 16:38\">"
       "<meta name=\"ContentSource\" content=\"武汉市纪委监委\"><meta name=\"SiteName\" "
       "content=\"武汉纪检监察网\">"
       "<title>别的标题_武汉市纪委监委</title>",
       "关于整改的通报", "2024-06-24T16:38", "武汉市纪委监委", "武汉纪检监察网"},
      {"<META NAME=\"pubdate\" CONTENT=\"2024年6月24日 16:38:05\"><meta name=\"SiteDomain\" "
       "content=\"www.whdi.gov.cn\">",
       "", "2024-06-24T16:38", "", "www.whdi.gov.cn"},
      {"<meta name=\"SiteDomain\" content=\"www.a.gov.cn\"><meta name=\"SiteName\" "
       "content=\"甲网\">",
       "", "", "", "甲网"},
      {"<meta name=\"PubDate\" content=\"2024/6/5\">", "", "2024-06-05", "", ""},
      {"<meta name=\"PubDate\" content=\"2024.06.05\">", "", "2024-06-05", "", ""},
      {"<meta name=\"PubDate\" content=\"2024-13-05\">", "", "", "", ""},
      {"<meta name=\"PubDate\" content=\"不详\">", "", "", "", ""},
      {"<meta name=\"PubDate\" content=\"\">", "", "", "", ""},
      {"<title>关于巡察整改进展情况的通报_巡察反馈_武汉市纪委监委</title>",
       "关于巡察整改进展情况的通报", "", "", ""},
      {"<title>关于巡察整改进展情况的通报 - 某某市人民政府</title>", "关于巡察整改进展情况的通报",
       "", "", ""},
      {"<title>关于巡察整改进展情况的通报 | 某某网</title>", "关于巡察整改进展情况的通报", "", "",
       ""},
      // a hyphen inside a title is not a separator
      {"<title>2023-2024年度整改情况的通报</title>", "2023-2024年度整改情况的通报", "", "", ""},
      {"<title>短_某某市人民政府门户网站</title>", "短_某某市人民政府门户网站", "", "", ""},
      // Open Graph's title, after ArticleTitle and before <title> (a mobile
      // page's <title> may be a kind of page: 正文).
      {"<meta property=\"og:title\" content=\"某区委关于巡察整改进展情况的通报\"><title>正文</title>",
       "某区委关于巡察整改进展情况的通报", "", "", ""},
      {"<meta property=\"og:title\" content=\"乙\"><meta name=\"ArticleTitle\" content=\"甲\">", "甲", "", "", ""},
  };
  for (const Case& c : cases) {
    INFO(c.head);
    const HtmlPage page = html_to_blocks(std::string("<html><head>") + c.head +
                                         "</head><body><p>正文。</p></body></html>");
    auto opt = [](const char* s) { return *s ? std::optional<std::string>(s) : std::nullopt; };
    CHECK(page.facts.title == opt(c.title));
    CHECK(page.facts.published == opt(c.published));
    CHECK(page.facts.origin == opt(c.origin));
    CHECK(page.facts.site == opt(c.site));
    CHECK(texts(page) == std::vector<std::string>{"正文。"});
  }
}

TEST_CASE("html_to_blocks reads info lines and breadcrumbs into facts, not blocks", "[html]") {
  struct Case {
    const char* line;
    const char* published;
    const char* origin;
    std::vector<std::string> breadcrumb;
  };
  const std::vector<Case> cases = {
      {"发布时间:2024-06-24 16:38&nbsp;&nbsp;来源:武汉市纪委监委&nbsp;&nbsp;",
       "2024-06-24T16:38",
       "武汉市纪委监委",
       {}},
      {"信息来源：县委巡察办&nbsp;&nbsp;发布时间：[2024-06-14]&nbsp;&nbsp;【<a href=\"#\">大</a> <a href=\"#\">中</a>】",
       "2024-06-14",
       "县委巡察办",
       {}},
      {"【来源：市发改委 】【发布日期：2024年06月24日】【字号：大 中 小】",
       "2024-06-24",
       "市发改委",
       {}},
      {"信息来源：县商务局 发布日期：2023-12-05 浏览次数：128", "2023-12-05", "县商务局", {}},
      // a forum's post line, and a poster's card whose days are the member's
      {"发表于 2024-10-8 16:45", "2024-10-08T16:45", "", {}},
      {"注册时间 2015-3-12", "", "", {}},
      // a blog's author before the verb that dates the post
      {"由 <u>ylglzx</u> 发表于 2024年8月2日 @ 09:30 分类：<u>巡察整改</u> | 1 条评论", "2024-08-02", "", {}},
      {"当前位置:首页 > 巡察工作 > 巡察反馈 >", "", "", {"首页", "巡察工作", "巡察反馈"}},
      {"您当前的位置：首页 » 政务公开 » 通知公告", "", "", {"首页", "政务公开", "通知公告"}},
      // the column a page stands in, its path or its name
      {"所属栏目： 党建工作 > 巡察整改", "", "", {"党建工作", "巡察整改"}},
      {"栏目：党建工作", "", "", {"党建工作"}},
      // traditional characters (Big5 pages)
      {"發佈時間：2024-06-24 16:38 來源：武漢市紀委監委", "2024-06-24T16:38", "武漢市紀委監委", {}},
      {"當前位置：首頁 > 巡察工作 > 巡察反饋", "", "", {"首頁", "巡察工作", "巡察反饋"}},
      // labels the page's and text's readers share (blocks/page_labels.cc)
      {"您所在的位置：首页 > 政府信息公开 > 其他文件", "", "", {"首页", "政府信息公开", "其他文件"}},
      {"发文日期：2024-06-24 体裁分类：通知", "2024-06-24", "", {}},
      // a 政府信息公开 header row
      {"索引号：001/2024-00012 发布机构：某某区财政局", "", "某某区财政局", {}},
      // labels and layouts of other CMSs
      {"<span>发表时间：</span>\n        2024-06-24 <span>作者：办公室</span>", "2024-06-24", "", {}},
      {"时间∶2024-06-24 16∶38　来源∶市发改委", "2024-06-24T16:38", "市发改委", {}},
      {"日期：2024．06．24", "2024-06-24", "", {}},
      {"作者：办公室 | 发布：2024-06-24 | 浏览：128", "2024-06-24", "", {}},
      {"发布机构：某某区财政局 发稿时间：2024-06-24", "2024-06-24", "某某区财政局", {}},
      {"日期：2024年6月24日 16:38:05", "2024-06-24T16:38", "", {}},
      {"<table><tr><td>生成日期</td><td>2024-06-24</td><td>主题分类</td><td>其他</td></tr></table>",
       "2024-06-24", "", {}},
      {"<span class=\"time\">2024-06-24 16:38</span> <span>来源：市发改委</span>", "2024-06-24T16:38", "市发改委", {}},
      // the date in brackets of its own, then the labels
      {"[2025-04-08]　　来源：县委巡察办　　点击：", "2025-04-08", "县委巡察办", {}},
      {"【2025-04-08 09:12】 来源：县委巡察办", "2025-04-08T09:12", "县委巡察办", {}},
      // a bilingual site's labels, glossed in English before the colon
      {"日期 Date：2023-04-18　　来源 Source：市外办　　浏览 Views：537", "2023-04-18", "市外办", {}},
      {"<table><tr><td>索引号</td><td>001/2024-00012</td><td>发布机构</td><td>某某区财政局</td></tr></table>", "",
       "某某区财政局", {}},
  };
  for (const Case& c : cases) {
    INFO(c.line);
    const HtmlPage page =
        html_to_blocks(std::string("<div>") + c.line +
                       "</div><div><p>一、正文第一段，内容。</p><p>二、正文第二段。</p></div>");
    auto opt = [](const char* s) { return *s ? std::optional<std::string>(s) : std::nullopt; };
    CHECK(page.facts.published == opt(c.published));
    CHECK(page.facts.origin == opt(c.origin));
    CHECK(page.facts.breadcrumb == c.breadcrumb);
    CHECK(texts(page) == std::vector<std::string>{"一、正文第一段，内容。", "二、正文第二段。"});
  }
}

TEST_CASE("html_to_blocks takes the strongest label's date: 发布日期 over 生成日期 in one row or the next", "[html]") {
  const HtmlPage row = html_to_blocks(
      "<table><tr><th>索引号</th><td>001/2024-00031</td><th>主题分类</th><td>审计</td></tr>"
      "<tr><th>生成日期</th><td>2024-01-22</td><th>发布日期</th><td>2024-01-25</td></tr></table>"
      "<div><p>一、正文第一段，内容。</p><p>二、正文第二段。</p></div>");
  CHECK(row.facts.published == "2024-01-25");
  const HtmlPage lines = html_to_blocks(
      "<div>发文日期：2024-09-20</div><div>发布日期：2024-09-25</div><div>更新时间：2024-09-30</div>"
      "<div><p>一、正文第一段，内容。</p><p>二、正文第二段。</p></div>");
  CHECK(lines.facts.published == "2024-09-25");
}

TEST_CASE("html_to_blocks takes a date that ends the breadcrumb's row as the page's, off its last step", "[html]") {
  const HtmlPage page = html_to_blocks(
      "<table class=bread><tr><td>当前位置：<a href=/>首页</a> &gt; <a href=/x/>乡镇动态</a> &gt; <a>白沙镇</a></td>"
      "<td align=right>2024-05-20</td></tr></table><h1>中共白沙镇委员会关于巡察整改情况的通报</h1>"
      "<div><p>一、正文第一段，内容。</p><p>二、正文第二段。</p></div>");
  CHECK(page.facts.breadcrumb == std::vector<std::string>{"首页", "乡镇动态", "白沙镇"});
  CHECK(page.facts.fallback_published == "2024-05-20");
  CHECK_FALSE(page.facts.published);
}

TEST_CASE("html_to_blocks reads more CMS meta names, a weak Maketime last", "[html]") {
  struct Case {
    const char* head;
    const char* body;
    const char* published;
  };
  const std::vector<Case> cases = {
      {"<meta name=\"published\" content=\"2024-06-24 16:38\">", "", "2024-06-24T16:38"},
      {"<meta property=\"article:published_time\" content=\"2024-06-24T16:38:00+08:00\">", "",
       "2024-06-24T16:38"},
      // in UTC, as WordPress writes it: the day in China is the next one
      {"<meta property=\"article:published_time\" content=\"2024-06-23T23:05:33+00:00\">", "",
       "2024-06-24T07:05"},
      // who published it, then when: 发布者 is a label of the info line
      {"", "<p><span>发布者：纪委办公室</span><span>发布时间：2024-06-24</span><span>浏览次数：126</span></p>",
       "2024-06-24"},
      {"<meta name=\"Maketime\" content=\"2024-07-01 08:00:00\">", "", "2024-07-01T08:00"},
      // Maketime is when the CMS made the page: the visible date wins over it
      {"<meta name=\"Maketime\" content=\"2024-07-01 08:00:00\">", "<div>发布日期：2024-06-24</div>",
       "2024-06-24"},
      // a PubDate still wins over the visible line
      {"<meta name=\"PubDate\" content=\"2024-06-20\">", "<div>发布日期：2024-06-24</div>", "2024-06-20"},
      // 腾讯新闻's own name for the time it published
      {"<meta name=\"apub:time\" content=\"2022-06-17 20:31:17\">", "", "2022-06-17T20:31"},
      // microdata on a <time>, as WordPress themes write it
      {"", "<div class=\"entry-meta\">发布于 <time class=\"entry-date published\" datetime=\"2024-05-20T10:12:33+08:00\" "
       "itemprop=\"datePublished\">2024年5月20日</time></div>",
       "2024-05-20T10:12"},
      // a web archive's snapshot: its meta dates are the snapshot's
      {"<meta property=\"og:site_name\" content=\"archive.ph\"><meta property=\"article:published_time\" "
       "content=\"2024-04-03T06:12:45Z\">",
       "<div>发布时间：2024-01-26 09:41</div>", "2024-01-26T09:41"},
      {"<meta property=\"og:url\" content=\"https://archive.today/Xk3Qp\"><meta name=\"PubDate\" "
       "content=\"2024-04-03\">",
       "", nullptr},
      // Hanweb's: the first publication, its day and time joined by a hyphen;
      // the page's making time, weak as Maketime is
      {"<meta name=\"firstpublishedtime\" content=\"2024-10-16-10:21:37\">", "", "2024-10-16T10:21"},
      {"<meta name=\"others\" content=\"页面生成时间 2025-01-14 10:33:08\">", "", "2025-01-14T10:33"},
      {"<meta name=\"others\" content=\"页面生成时间 2025-01-14 10:33:08\">", "<div>发布日期：2025-01-10</div>",
       "2025-01-10"},
      // a date a script writes where it stands, after its label
      {"", "<div>发布日期：<span id=\"pubdate\"></span><script>document.write('2024-07-15');</script> 来源：县水务局</div>",
       "2024-07-15"},
      // computed: nothing written is read, the variable's date is
      {"", "<div>发布时间：<script>var pubTime = \"2024/08/19 14:05:33\"; "
       "document.write(pubTime.substring(0, 10));</script></div>",
       "2024-08-19T14:05"},
      // a <time> that shows how long ago, in an info line: its datetime, in China's time
      {"", "<div>发布于 <time datetime=\"2024-05-30T01:30:00Z\">昨天</time></div>", "2024-05-30T09:30"},
      // a table's label set out with spaces opens an info line
      {"", "<table><tr><td>文　　号：</td><td>某党〔2024〕12号</td><td>发布日期：</td><td>2024-06-28</td></tr></table>",
       "2024-06-28"},
  };
  for (const Case& c : cases) {
    INFO(c.head << c.body);
    const HtmlPage page = html_to_blocks(std::string("<html><head>") + c.head + "</head><body>" + c.body +
                                         "<div><p>一、正文第一段，内容。</p></div></body></html>");
    CHECK(page.facts.published == (c.published ? std::optional<std::string>(c.published) : std::nullopt));
  }
}

TEST_CASE("html_to_blocks reads a <time> by its datetime where it shows no whole date", "[html]") {
  struct Case {
    const char* time;
    const char* text;
  };
  const Case cases[] = {
      // how long ago, or a day without its year: the datetime, in China's time
      {"<time datetime=\"2024-05-30T09:30:00+08:00\">3天前</time>", "2024-05-30 09:30"},
      {"<time datetime=\"2024-05-30\">05-30</time>", "2024-05-30"},
      // a whole date shown, with its label: as shown
      {"<time datetime=\"2023-04-02T08:00:00+08:00\">最后更新：2023-04-02</time>", "最后更新：2023-04-02"},
      // no day in the datetime: as shown
      {"<time datetime=\"2024-05\">五月</time>", "五月"},
  };
  for (const Case& c : cases) {
    INFO(c.time);
    const HtmlPage page = html_to_blocks(std::string("<html><body><div>") + c.time +
                                         "</div><div><p>一、正文第一段，内容。</p></div></body></html>");
    REQUIRE(page.blocks.size() >= 1);
    CHECK(std::string(page.blocks[0].text) == c.text);
  }
}

TEST_CASE("html_to_blocks ends a title where the info line inside its heading starts", "[html]") {
  struct Case {
    const char* heading;
    const char* title;
    const char* published;  // "" for none
    const char* origin;
  };
  const std::vector<Case> cases = {
      {"<h2>关于巡察整改进展情况的通报 <small>2024-06-24 <span>来源：市发改委</span></small></h2>",
       "关于巡察整改进展情况的通报", "2024-06-24", "市发改委"},
      {"<h2>关于巡察整改进展情况的通报<span>发布时间：2024-06-24 16:38</span></h2>",
       "关于巡察整改进展情况的通报", "2024-06-24T16:38", ""},
      {"<h1>关于巡察整改进展情况的通报 2024年6月24日</h1>", "关于巡察整改进展情况的通报", "2024-06-24", ""},
      {"<h1>关于巡察整改进展情况的通报<span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></h1>", "关于巡察整改进展情况的通报", "",
       ""},
      // words of widgets inside a title are the title's
      {"<h1>关于规范打印复印服务收费问题整改情况的通报</h1>", "关于规范打印复印服务收费问题整改情况的通报", "", ""},
      // a date inside the title is the title's
      {"<h1>关于2024年6月24日巡察整改进展情况的通报</h1>", "关于2024年6月24日巡察整改进展情况的通报", "", ""},
      {"<h1>关于2023-2024年度巡察整改情况的通报</h1>", "关于2023-2024年度巡察整改情况的通报", "", ""},
  };
  for (const Case& c : cases) {
    INFO(c.heading);
    const HtmlPage page = html_to_blocks(std::string("<html><body><div class=\"nav\"><a href=\"/\">首页</a></div>") +
                                         c.heading + "<div class=\"content\"><p>一、正文第一段，内容。</p>"
                                         "<p>二、正文第二段，内容。</p></div></body></html>");
    auto opt = [](const char* s) { return *s ? std::optional<std::string>(s) : std::nullopt; };
    REQUIRE(page.blocks.size() == 3);
    CHECK(page.blocks[0].text == c.title);
    CHECK(page.facts.published == opt(c.published));
    CHECK(page.facts.origin == opt(c.origin));
  }
}

TEST_CASE("html_to_blocks takes a title broken by <br>, or named by no <title>", "[html]") {
  const std::string body = "<div class=\"content\"><p>一、正文第一段，内容。</p><p>二、正文第二段，内容。</p></div>";
  // a long title over two lines of its heading, the second with the info line
  HtmlPage page = html_to_blocks("<title>某某局关于巡察整改进展情况的通报</title><div class=\"main\"><h1>某某局关于<br>\n"
                                 "  巡察整改进展情况的通报<br><span>发布时间：2024年06月24日 10时38分</span></h1>" + body + "</div>");
  REQUIRE(page.blocks.size() == 3);
  CHECK(page.blocks[0].text == "某某局关于巡察整改进展情况的通报");
  CHECK(page.facts.published == "2024-06-24T10:38");
  // the title set in two paragraphs, the issuer over 关于…, the <title> both run together
  page = html_to_blocks("<title>中共某某县农业农村局党组关于巡察整改进展情况的通报-某某县人民政府</title>"
                        "<div class=\"title-block\"><p class=\"t1\">中共某某县农业农村局党组</p>"
                        "<p class=\"t2\">关于巡察整改进展情况的通报</p></div><div>发布日期：2024-05-16</div>" + body);
  REQUIRE(page.blocks.size() == 3);
  CHECK(page.blocks[0].text == "中共某某县农业农村局党组关于巡察整改进展情况的通报");
  // the same in a table cell its class calls the title, the <title> the site's name
  page = html_to_blocks("<title>某某县人民政府</title><table><tr><td class=\"biaoti\">中共某某县住建局党组关于县委第六巡察组<br />"
                        "巡察反馈意见整改情况的通报</td></tr><tr><td>发布时间：2020年07月14日</td></tr><tr><td>" + body +
                        "</td></tr></table>");
  REQUIRE(page.blocks.size() == 3);
  CHECK(page.blocks[0].text == "中共某某县住建局党组关于县委第六巡察组巡察反馈意见整改情况的通报");
  // but an article's container that a title word names too parts its paragraphs at <br>
  page = html_to_blocks("<title>某某县人民政府</title><table><tr><td class=\"title\">中共某某县交通运输局党组关于巡察整改进展情况的通报"
                        "</td></tr><tr><td>发布日期：2021-03-02</td></tr><tr><td id=\"zoom\" class=\"bt_content\">"
                        "一、整改工作开展情况<br>局党组召开会议4次。<br>二、问题整改情况<br>（一）关于“质量管控不严”的问题。"
                        "</td></tr></table>");
  REQUIRE(page.blocks.size() == 5);
  CHECK(page.blocks[1].text == "一、整改工作开展情况");
  CHECK(page.blocks[3].text == "二、问题整改情况");
  // <title> names the site only: the heading (above the info line, so
  // not taken into the body) is the title
  page = html_to_blocks("<title>某某市人民政府</title><div class=\"main\"><h1>某某局关于巡察整改进展情况的通报</h1>"
                        "<p>发布时间：2024-06-24</p>" + body + "</div>");
  REQUIRE(page.blocks.size() == 3);
  CHECK(page.blocks[0].text == "某某局关于巡察整改进展情况的通报");
  CHECK(page.facts.title == "某某局关于巡察整改进展情况的通报");
  // ArticleTitle is the article's: a heading that is not it is no title
  page = html_to_blocks("<meta name=\"ArticleTitle\" content=\"通报\"><div class=\"main\"><h1>某某局工作动态信息栏目</h1>"
                        "<p>发布时间：2024-06-24</p>" + body + "</div>");
  CHECK(page.blocks.size() == 2);
  CHECK(page.facts.title == "通报");
  // An old table layout: the title in <font><b>, the <title> the site's name
  // and then the title. The line that spells most of the <title> is the title;
  // a column name that the <title> also holds is not.
  page = html_to_blocks("<title>某某县交通投资集团有限公司--某某局关于巡察整改进展情况的通报</title><table><tr><td>"
                        "<font color=\"#FFFFFF\"><b>巡察整改</b></font></td></tr><tr><td><font><b>"
                        "某某局关于巡察整改进展情况的通报</b></font></td></tr><tr><td>发布时间：2024-3-18</td></tr>"
                        "<tr><td class=\"content\"><p>一、正文第一段，内容。</p><p>二、正文第二段，内容。</p></td></tr>"
                        "</table>");
  REQUIRE(page.blocks.size() == 3);
  CHECK(page.blocks[0].text == "某某局关于巡察整改进展情况的通报");
  CHECK(page.facts.published == "2024-03-18");
  // A short line the <title> holds is not taken for the title.
  page = html_to_blocks("<title>某某县交通投资集团有限公司--某某局关于巡察整改进展情况的通报</title><table><tr><td>"
                        "<font><b>交通投资集团有限公司</b></font></td></tr>"
                        "<tr><td class=\"content\"><p>一、正文第一段，内容。</p><p>二、正文第二段，内容。</p></td></tr>"
                        "</table>");
  REQUIRE(page.blocks.size() == 2);
  CHECK(page.blocks[0].text == "一、正文第一段，内容。");
  // The <title> the issuer's name alone, the title in bold with more words.
  page = html_to_blocks("<title>某某市住房和城乡建设局</title><table><tr><td><font><b>"
                        "中共某某市住房和城乡建设局党组关于巡察整改进展情况的通报</b></font></td></tr>"
                        "<tr><td class=\"content\"><p>一、正文第一段，内容。</p><p>二、正文第二段，内容。</p></td></tr>"
                        "</table>");
  REQUIRE(page.blocks.size() == 3);
  CHECK(page.blocks[0].text == "中共某某市住房和城乡建设局党组关于巡察整改进展情况的通报");
  // The line sets the <title>'s words out with spaces: the title as shown
  // (above the info line, so not taken into the body).
  for (const char* head : {"<h1>巡 察 公 告</h1>", "<table><tr><td><strong>巡 察 公 告</strong></td></tr></table>"}) {
    INFO(head);
    page = html_to_blocks(std::string("<title>巡察公告 - 某某清风网</title>") + head + "<p>发布时间：2024-03-01</p>" + body);
    REQUIRE(page.blocks.size() == 3);
    CHECK(page.blocks[0].text == "巡 察 公 告");
  }
  page = html_to_blocks("<meta name=\"ArticleTitle\" content=\"巡察公告\"><h1>巡 察 公 告</h1><p>发布时间：2024-03-01</p>" +
                        body);
  REQUIRE(page.blocks.size() == 3);
  CHECK(page.blocks[0].text == "巡 察 公 告");
  // Words set out with spaces that are not the <title>'s are no title.
  page = html_to_blocks("<title>巡察公告 - 某某清风网</title><h1>通 知 公 告</h1><p>发布时间：2024-03-01</p>" + body);
  CHECK(page.blocks.size() == 2);
  // A heading that links to its own page is the title when the page has no
  // other; a site's name linking home is not; several linked headings are a
  // list's (a search page's hits).
  page = html_to_blocks("<title>巡察整改 - 某某区人民政府</title><h1><a href=\"/\">某某区人民政府</a></h1>"
                        "<div class=\"main\"><h2><a href=\"/t1.html\">中共某某区教育局委员会关于巡察整改进展情况的通报</a></h2>" +
                        body + "</div>");
  REQUIRE(page.blocks.size() == 3);
  CHECK(page.blocks[0].text == "中共某某区教育局委员会关于巡察整改进展情况的通报");
  page = html_to_blocks("<title>搜索结果</title><div class=\"main\">"
                        "<h3><a href=\"/t1.html\">中共某某区教育局委员会关于巡察整改进展情况的通报</a></h3>" + body +
                        "<h3><a href=\"/t2.html\">中共某某区民政局党组关于巡察整改进展情况的通报</a></h3></div>");
  CHECK(page.blocks[0].text == "一、正文第一段，内容。");
}

TEST_CASE("html_to_blocks dates the article by its own info line, never a sidebar's", "[html]") {
  const std::string body =
      "<div class=\"content\"><p>一、正文第一段，内容。</p><p>二、正文第二段，内容。</p></div>";
  // a sidebar before the article, marked as one
  HtmlPage page = html_to_blocks(
      "<div class=\"side-left\"><p>发布时间：2024-01-05</p></div><div class=\"main\"><h1>关于整改情况的通报</h1>"
      "<p>发布时间：2024-06-24</p>" + body + "</div>");
  CHECK(page.facts.published == "2024-06-24");
  // a column not marked as a sidebar: the info line nearest to the article wins
  page = html_to_blocks(
      "<div class=\"l\"><div class=\"box\"><p>发布时间：2024-01-05</p></div></div><div class=\"r\">"
      "<div class=\"article\"><h1>关于整改情况的通报</h1><p>发布时间：2024-06-24</p>" + body + "</div></div>");
  CHECK(page.facts.published == "2024-06-24");
  // a related list after the article, its items labelled
  page = html_to_blocks("<div class=\"main\"><h1>关于整改情况的通报</h1>" + body +
                        "<div class=\"related\"><p>日期：2024-07-01</p></div></div>");
  CHECK_FALSE(page.facts.published);
  // an article's footer may date it
  page = html_to_blocks("<div class=\"main\"><h1>关于整改情况的通报</h1>" + body +
                        "<div class=\"article-footer\">发布时间：2024-06-24</div></div>");
  CHECK(page.facts.published == "2024-06-24");
  // the only info line, below the article, is the article's
  page = html_to_blocks("<div class=\"main\"><h1>关于整改情况的通报</h1>" + body + "<p>发布日期：2024-06-24</p></div>");
  CHECK(page.facts.published == "2024-06-24");
}

TEST_CASE("html_to_blocks takes a heading in traditional characters that reads as the simplified <title>", "[html]") {
  // A site's 繁體 switch converts the page, not its <title> or ArticleTitle
  // (a page of round 29, whose article container holds its heading).
  const std::string page_text = read_fixture("tests/fixtures/blind-round29/trd29-h01_fanti_zhengfu_wangzhan.html");
  REQUIRE(!page_text.empty());
  HtmlPage page = html_to_blocks(page_text);
  REQUIRE(!page.blocks.empty());
  CHECK(page.blocks[0].text == "中共青崖縣農業農村局黨組關於縣委第三輪巡察整改進展情況的通報");
  // A heading that reads otherwise (第二輪 for 第三轮) is not taken for it.
  std::string other = page_text;
  const std::string round = "第三輪巡察整改進展情況的通報</h1>";
  REQUIRE(other.find(round) != std::string::npos);
  other.replace(other.find(round), round.size(), "第二輪巡察整改進展情況的通報</h1>");
  page = html_to_blocks(other);
  REQUIRE(!page.blocks.empty());
  CHECK(page.blocks[0].text != "中共青崖縣農業農村局黨組關於縣委第二輪巡察整改進展情況的通報");
}

TEST_CASE("html_to_blocks takes a date alone on its line next to the title, not a signature's", "[html]") {
  const std::string body =
      "<div class=\"content\"><p>一、正文第一段，内容。</p><p>二、正文第二段，内容。</p><p>2024年6月17日</p></div>";
  HtmlPage page = html_to_blocks("<div class=\"main\"><h1>关于整改情况的通报</h1><div class=\"time\">2024-06-24 16:38</div>" +
                                 body + "</div>");
  CHECK(page.facts.published == "2024-06-24T16:38");
  page = html_to_blocks("<div class=\"main\"><div class=\"time\">2024-06-24</div><h1>关于整改情况的通报</h1>" + body + "</div>");
  CHECK(page.facts.published == "2024-06-24");
  // the signature's date stays in the body and does not date the page here
  page = html_to_blocks("<div class=\"main\"><h1>关于整改情况的通报</h1>" + body + "</div>");
  CHECK_FALSE(page.facts.published);
  CHECK(texts(page).back() == "2024年6月17日");
  // a blog's post date right above the title, not its comments' 发布于 below
  const std::string comments =
      "<ul class=\"msg\"><li class=\"msgname\"><span>政教处</span><br/><small>发布于 2024-06-27 08:16:40</small></li>"
      "<li class=\"msgarticle\"><p>已组织学习。</p></li></ul>";
  page = html_to_blocks("<div class=\"post\"><h2>关于整改情况的通报</h2>" + body + "</div>" + comments);
  CHECK(page.facts.published == "2024-06-27T08:16");  // nothing else dates the page
  page = html_to_blocks("<div class=\"post\"><h4>2024年06月26日</h4><h2>关于整改情况的通报</h2>" + body + "</div>" + comments);
  CHECK(page.facts.published == "2024-06-26");
  // a list's dates far above the title are not the article's
  page = html_to_blocks("<div class=\"list\"><div>2024-01-05</div><div>2024-01-04</div><p>通知公告</p><p>巡察工作</p></div>"
                        "<div class=\"main\"><h1>关于整改情况的通报</h1>" + body + "</div>");
  CHECK_FALSE(page.facts.published);
}

TEST_CASE("html_to_blocks reads the article once when the page holds copies of it", "[html]") {
  std::string article;
  for (int k = 1; k <= 4; ++k)
    article += "<p>" + std::to_string(k) + ".关于某方面存在差距的问题。整改情况：一是健全制度，二是加强督查，三是压实责任。</p>";
  const std::string elder = "<div class=\"elder\" style=\"display: none\"><h1>关于整改情况的通报</h1>" + article + "</div>";
  const std::string shown = "<div class=\"normal\"><h1>关于整改情况的通报</h1><div class=\"content\">" + article + "</div></div>";
  const std::vector<std::string> once = texts(html_to_blocks("<div class=\"nav\"><a href=\"/\">首页</a></div>" + shown));
  REQUIRE(once.size() == 5);
  for (const std::string& page : {shown + elder, elder + shown,
                                  // a print copy, not hidden
                                  shown + "<div class=\"copy\"><h1>关于整改情况的通报</h1>" + article + "</div>"}) {
    INFO(page);
    const HtmlPage read = html_to_blocks("<div class=\"nav\"><a href=\"/\">首页</a></div><div class=\"main\">" + page + "</div>");
    CHECK(texts(read) == once);
    REQUIRE(read.diagnostics.size() == 1);
    CHECK(read.diagnostics[0].code == "html-duplicate-article");
    CHECK(read.diagnostics[0].severity == tongbao::Severity::Note);
  }
  // three copies: one read, one note
  const HtmlPage three = html_to_blocks("<div class=\"main\">" + shown + elder +
                                        "<div class=\"print\"><h1>关于整改情况的通报</h1>" + article + "</div></div>");
  CHECK(texts(three) == once);
  REQUIRE(three.diagnostics.size() == 1);
  CHECK_THAT(three.diagnostics[0].message, Catch::Contains("2 more times"));
  // the hidden copy came first: the shown one is kept, its lines with it
  const HtmlPage hidden_first = html_to_blocks("<div class=\"main\">" + elder + "\n" + shown + "</div>");
  REQUIRE(hidden_first.blocks.size() == 5);
  CHECK(hidden_first.blocks[1].line == 2);
  CHECK(hidden_first.diagnostics[0].line == 1);
  // a partial copy first (a summary of the first three items), the whole article after: the whole one is read
  std::string partial;
  for (int k = 1; k <= 3; ++k)
    partial += "<p>" + std::to_string(k) + ".关于某方面存在差距的问题。整改情况：一是健全制度，二是加强督查，三是压实责任。</p>";
  const HtmlPage complete = html_to_blocks("<div class=\"main\"><div class=\"summary\">" + partial + "</div>" + shown + "</div>");
  CHECK(texts(complete) == once);
  REQUIRE(complete.diagnostics.size() == 1);
  CHECK(complete.diagnostics[0].code == "html-duplicate-article");
  // paragraphs an article repeats itself are no copy
  const std::string repeated = "<p>整改时限：立行立改，长期坚持，定期开展回头看。</p>";
  const HtmlPage own = html_to_blocks("<div class=\"content\"><p>一、关于学习不够深入的问题。</p>" + repeated +
                                      "<p>二、关于制度执行不严的问题。</p>" + repeated + "</div>");
  CHECK(own.blocks.size() == 4);
  CHECK(own.diagnostics.empty());
}

TEST_CASE("html_to_blocks keeps body sentences that mention chrome words", "[html]") {
  // long paragraphs and sentences are never chrome, links in them notwithstanding
  const HtmlPage page = html_to_blocks(
      "<div class=\"content\"><p>来源于群众的意见建议，我们逐条研究，形成整改清单。</p>"
      "<p>时间：2023年9月至10月，巡察组进驻开展巡察。</p>"
      "<p>整改情况：修订<a href=x>《分享经济管理办法》</a>。</p>"
      "<p>"
      "一是严格执行打印、复印审批制度，明确字号、版式等格式要求，全面规范公文管理，做到件件有登记、"
      "份份有记录，"
      "确保公文运转规范有序，坚决杜绝随意打印、私自复印涉密文件的行为。</p></div>");
  CHECK(texts(page) == std::vector<std::string>{
                           "来源于群众的意见建议，我们逐条研究，形成整改清单。",
                           "时间：2023年9月至10月，巡察组进驻开展巡察。",
                           "整改情况：修订《分享经济管理办法》。",
                           "一是严格执行打印、复印审批制度，明确字号、版式等格式要求，全面规范公文"
                           "管理，做到件件有登记、份份有记录，"
                           "确保公文运转规范有序，坚决杜绝随意打印、私自复印涉密文件的行为。",
                       });
}

TEST_CASE("html_to_blocks survives 200000 nested divs without recursion", "[html]") {
  const int depth = 200000;
  std::string html = "<html><body>";
  html.reserve(static_cast<std::size_t>(depth) * 11 + 100);
  for (int i = 0; i < depth; ++i) html += "<div>";
  html += "深处的文本。";
  for (int i = 0; i < depth; ++i) html += "</div>";
  html += "<p>之后的段落。</p></body></html>";
  const HtmlPage page = html_to_blocks(html);
  CHECK(texts(page) == std::vector<std::string>{"深处的文本。", "之后的段落。"});
  REQUIRE(page.diagnostics.size() == 1);
  CHECK(page.diagnostics[0].code == "html-deep-nesting");
  CHECK(page.diagnostics[0].line == 1);

  // deep nesting followed by stray end tags: quadratic in libxml2 unless capped
  std::string stray = "<html><body>\n";
  for (int i = 0; i < depth; ++i) stray += "<div>";
  stray += "\n深处的文本。";
  for (int i = 0; i < depth; ++i) stray += "</span>";
  stray += "\n<p>之后的段落。</p>";
  const HtmlPage stray_page = html_to_blocks(stray);
  CHECK(texts(stray_page) == std::vector<std::string>{"深处的文本。", "之后的段落。"});
  REQUIRE(stray_page.blocks.size() == 2);
  CHECK(stray_page.blocks[0].line == 3);
  CHECK(stray_page.blocks[1].line == 4);

  // 1000 levels are a page, not an attack: no diagnostic
  std::string fine = "<div>";
  for (int i = 0; i < 450; ++i) fine += "<div><font>";  // 901 levels
  CHECK(html_to_blocks(fine + "文本").diagnostics.empty());

  // never closed at all
  std::string unclosed = "<html><body>";
  for (int i = 0; i < depth; ++i) unclosed += "<div><font>";
  unclosed += "深处的文本。";
  CHECK(texts(html_to_blocks(unclosed)) == std::vector<std::string>{"深处的文本。"});
}

TEST_CASE("html_to_blocks: a site's heading repeating <title>, the article's title in a cell its class names", "[html]") {
  const std::string head = "<html><head><title>某某县人民政府</title></head><body>"
                           "<table><tr><td><h1 class=\"sitename\">某某县人民政府</h1></td></tr></table>"
                           "<table><tr><td>您现在的位置：首页 &gt;&gt; 巡察整改 &gt;&gt; 正文</td></tr></table><table>";
  const std::string body =
      "<tr><td class=\"info\">2017-08-22 10:20:33　来源：县财政局</td></tr>"
      "<tr><td class=\"text\"><p>根据县委统一部署，县委第四巡察组对县财政局党组进行了巡察，并反馈了巡察意见。现将整改情况予以公布。</p>"
      "<p>一、提高政治站位，加强组织领导</p><p>局党组召开专题会议研究部署整改工作，逐项推进落实。</p></td></tr></table></body></html>";
  const HtmlPage page = html_to_blocks(
      head + "<tr><td class=\"title\">中共某某县财政局党组关于县委第四巡察组巡察反馈意见整改情况的通报</td></tr>" + body);
  REQUIRE_FALSE(page.blocks.empty());
  CHECK(std::string(page.blocks[0].text) == "中共某某县财政局党组关于县委第四巡察组巡察反馈意见整改情况的通报");
  CHECK(page.facts.title == "中共某某县财政局党组关于县委第四巡察组巡察反馈意见整改情况的通报");
  // A cell no longer than twice the site's name is no such title.
  const HtmlPage short_cell = html_to_blocks(head + "<tr><td class=\"title\">财政局巡察整改通报</td></tr>" + body);
  CHECK(short_cell.facts.title == "某某县人民政府");
  // A banner spelling a <title> that names the kind of notice, the title in a heading below it.
  const HtmlPage banner = html_to_blocks(
      "<html><head><title>巡察整改公告 – 掌上某某</title></head><body><div class=\"gg-banner\">巡 察 整 改 公 告</div>"
      "<h2 class=\"entry-title\">中共某某乡委员会关于县委第三巡察组巡察反馈意见整改情况的公告</h2>" + body);
  REQUIRE_FALSE(banner.blocks.empty());
  CHECK(std::string(banner.blocks[0].text) == "中共某某乡委员会关于县委第三巡察组巡察反馈意见整改情况的公告");
}

TEST_CASE("html_to_blocks: a <title> a list view cut with an ellipsis names the whole title below", "[html]") {
  const std::string body =
      "<div class=\"xl_info\">发布时间：2016-12-20 09:12　信息来源：某某日报</div><div class=\"xl_con\">"
      "<p>根据省委统一部署，省委第四巡视组对某某市进行了专项巡视，并反馈了巡视意见。现将整改情况予以公布。</p>"
      "<p>一、提高政治站位，加强组织领导</p><p>市委召开常委会议研究部署整改工作，逐项推进落实。</p></div></body></html>";
  for (const char* ellipsis : {"...", "…"}) {
    INFO(ellipsis);
    const HtmlPage page = html_to_blocks(std::string("<html><head><title>中共某某市委关于省委第四巡视组专项巡视反馈") +
                                         ellipsis + "-某某市人民政府</title></head><body>" +
                                         "<div class=\"xl_title\">中共某某市委关于省委第四巡视组专项巡视反馈意见整改情况的通报</div>" +
                                         body);
    REQUIRE_FALSE(page.blocks.empty());
    CHECK(std::string(page.blocks[0].text) == "中共某某市委关于省委第四巡视组专项巡视反馈意见整改情况的通报");
    CHECK(page.facts.title == "中共某某市委关于省委第四巡视组专项巡视反馈意见整改情况的通报");
  }
}

TEST_CASE("html_to_blocks: a main column whose class says side dates its article", "[html]") {
  using tongbao::detail::html_to_blocks;
  const std::string article =
      "<div class=\"news-detail\"><h1>某集团党委关于市委巡察整改进展情况的通报</h1>"
      "<div class=\"info\">发布日期：2022-09-30　阅读次数：412</div><div class=\"content\">"
      "<p>根据市委统一部署，市委第五巡察组对某集团党委开展了常规巡察，并反馈了巡察意见。现将整改进展情况通报如下。</p>"
      "<p>一、整改工作组织情况</p><p>集团党委第一时间召开党委会，研究部署整改工作，逐项推进落实。</p></div></div>";
  const std::string sidebar = "<div class=\"left-side\"><h3>党建园地</h3><ul><li>发布时间：2020-01-01</li></ul></div>";
  // The article sits in <div class="right-side">: its info line is the article's.
  const HtmlPage page = html_to_blocks("<html><body>" + sidebar + "<div class=\"right-side\">" + article +
                                       "</div></body></html>");
  CHECK(page.facts.published == "2022-09-30");
  // A sidebar's date is still no article's.
  const std::string bare_article =
      "<div class=\"news-detail\"><h1>某集团党委关于市委巡察整改进展情况的通报</h1><div class=\"content\">"
      "<p>根据市委统一部署，市委第五巡察组对某集团党委开展了常规巡察，并反馈了巡察意见。现将整改进展情况通报如下。</p>"
      "<p>一、整改工作组织情况</p><p>集团党委第一时间召开党委会，研究部署整改工作，逐项推进落实。</p></div></div>";
  const HtmlPage undated =
      html_to_blocks("<html><body>" + sidebar + "<div class=\"right-side\">" + bare_article + "</div></body></html>");
  CHECK_FALSE(undated.facts.published);
}

TEST_CASE("html_to_blocks: a title longer than a <title> naming its issuer shorter, ending alike", "[html]") {
  using tongbao::detail::html_to_blocks;
  const std::string body =
      "<div class=\"info\">2023年04月14日 16:20　来源：学院党委</div><div class=\"content\">"
      "<p>根据校党委统一部署，校党委第三巡察组对学院党委开展了巡察，并反馈了巡察意见。现将整改情况通报如下。</p>"
      "<p>一、整改工作组织情况</p><p>学院党委第一时间召开党委会，研究部署整改工作，逐项推进落实。</p></div></body></html>";
  const HtmlPage page = html_to_blocks(
      "<html><head><title>机械工程学院党委关于校党委第六轮巡察整改情况的通报-某某理工大学机械工程学院</title></head><body>"
      "<div class=\"bt\">中共某某理工大学机械工程学院委员会关于校党委第六轮巡察整改情况的通报</div>" + body);
  REQUIRE_FALSE(page.blocks.empty());
  CHECK(std::string(page.blocks[0].text) == "中共某某理工大学机械工程学院委员会关于校党委第六轮巡察整改情况的通报");
  // One that ends otherwise is no such title.
  const HtmlPage other = html_to_blocks(
      "<html><head><title>机械工程学院党委关于校党委第六轮巡察整改情况的通报-某某理工大学机械工程学院</title></head><body>"
      "<div class=\"bt\">中共某某理工大学机械工程学院委员会召开巡察整改专题民主生活会会议</div>" + body);
  REQUIRE_FALSE(other.blocks.empty());
  CHECK(std::string(other.blocks[0].text) != "中共某某理工大学机械工程学院委员会召开巡察整改专题民主生活会会议");
}

TEST_CASE("html_to_blocks on the Hanweb fixture", "[html]") {
  const HtmlPage page = html_to_blocks(read_fixture("tests/fixtures/html/hanweb.html"));
  const std::vector<std::string> got = texts(page);
  REQUIRE(got.size() == 13);
  CHECK(got[0] == "中共某某县商务局党组关于县委第三轮巡察整改进展情况的通报");
  CHECK(got[1].rfind("根据县委统一部署", 0) == 0);
  CHECK(got[2] == "一、整改工作组织情况");
  CHECK(got[5] == "（一）关于“学习贯彻党的二十大精神不够深入”的问题。");
  CHECK(got[12] == "2023年12月1日");
  CHECK(page.blocks[0].line == 17);
  CHECK(page.blocks[12].line == 32);
  CHECK(page.facts.title == "中共某某县商务局党组关于县委第三轮巡察整改进展情况的通报");
  CHECK(page.facts.published == "2023-12-05");
  CHECK(page.facts.origin == "县商务局");
  CHECK(page.facts.site == "某某县人民政府");
  CHECK(page.facts.breadcrumb == std::vector<std::string>{"首页", "政务公开", "通知公告"});
}

TEST_CASE("html_to_blocks on the 政府信息公开 fixture drops the header table", "[html]") {
  const HtmlPage page = html_to_blocks(read_fixture("tests/fixtures/html/xxgk.html"));
  const std::vector<std::string> got = texts(page);
  REQUIRE(got.size() == 9);
  CHECK(got[0] == "某某区财政局关于区委巡察反馈意见整改情况的通报");
  CHECK(page.blocks[0].line == 18);
  CHECK(got[1].rfind("根据区委巡察工作统一部署", 0) == 0);
  CHECK(got[8] == "整改情况：修订政府采购内控制度，开展专项检查1次。");
  for (const std::string& text : got) {
    CHECK(text.find("索引号") == std::string::npos);
    CHECK(text.find("版权所有") == std::string::npos);
  }
  CHECK(page.facts.title == "某某区财政局关于区委巡察反馈意见整改情况的通报");
  CHECK(page.facts.published == "2024-03-20");
  CHECK(page.facts.origin == "某某区财政局");
}

TEST_CASE("html_to_blocks on the tag-soup fixture", "[html]") {
  const HtmlPage page = html_to_blocks(read_fixture("tests/fixtures/html/tagsoup.html"));
  CHECK(texts(page) == std::vector<std::string>{
                           "关于巡察整改情况的通报",
                           "根据市委统一部署，市委巡察组对我局进行了巡察，现将整改情况通报如下。",
                           "一、关于“政治站位不高”的问题",
                           "整改情况：一是加强学习——每月集中学习2次；二是建立台账。",
                           "三是强化督办……按期销号。",
                           "问题 措施 时限",
                           "台账不全 建立台账 2024年6月",
                           "二、关于“制度执行不严”的问题",
                           "整改情况：修订制度3项 ,废止1项。",
                       });
  REQUIRE(page.blocks.size() == 9);
  CHECK(page.blocks[1].line == 9);
  CHECK(page.blocks[4].line == 11);
  CHECK(page.blocks[8].line == 14);
  CHECK(page.facts.title == "关于巡察整改情况的通报");
}

TEST_CASE("the sample page gives the sample's paragraphs, chrome and related links dropped",
          "[html]") {
  const std::string text = read_fixture("data/samples/whdi-fgw-2024.txt");
  const std::string html = read_fixture("tests/fixtures/html/sample-utf8.html");
  REQUIRE(!text.empty());
  REQUIRE(!html.empty());
  // the text's chrome lines: site, breadcrumb, info line, footer
  std::vector<std::string> expected;
  for (const Block& b : tongbao::detail::text_to_blocks(text)) {
    if (b.line == 1 || b.line == 2 || b.line == 4 || b.line >= 194) continue;
    expected.emplace_back(b.text);
  }
  REQUIRE(expected.size() == 95);
  const HtmlPage page = html_to_blocks(html);
  CHECK(texts(page) == expected);
  CHECK(page.diagnostics.empty());

  // every block's line in the page holds the start of its text
  const std::vector<std::string> lines = lines_of(html);
  for (const Block& b : page.blocks) {
    REQUIRE(b.line >= 1);
    REQUIRE(b.line < static_cast<int>(lines.size()));
    std::string source = lines[static_cast<std::size_t>(b.line)];
    for (auto [entity, ch] : {std::pair{"&ldquo;", "“"},
                              {"&#8221;", "”"},
                              {"&gt;", ">"},
                              {"&lt;", "<"},
                              {"&amp;", "&"}}) {
      for (std::size_t at; (at = source.find(entity)) != std::string::npos;)
        source.replace(at, std::strlen(entity), ch);
    }
    INFO(b.line << ": " << b.text);
    CHECK(source.find(b.text.substr(0, 9)) != std::string::npos);
  }
  CHECK(page.blocks[0].line == 34);  // the <h2> title
  CHECK(page.blocks[1].line == 37);  // 根据市委巡察工作统一部署
  CHECK(page.blocks[3].line == 40);  // text on the line after its <p>

  CHECK(page.facts.title ==
        "中共武汉市发展和改革委员会党组关于十四届市委第五轮巡察集中整改进展情况的通报");
  CHECK(page.facts.published == "2024-06-24T16:38");
  CHECK(page.facts.origin == "武汉市纪委监委");
  CHECK(page.facts.site == "中共武汉市纪律检查委员会 武汉市监察委员会");
  CHECK(page.facts.breadcrumb == std::vector<std::string>{"首页", "巡察工作", "巡察反馈"});
  for (const Block& b : page.blocks) {
    CHECK(b.text.find("城市管理执法委员会") == std::string::npos);
    CHECK(b.text.find("民政局") == std::string::npos);
    CHECK(b.text.find("分享") == std::string::npos);
  }
}

TEST_CASE("the sample page without charset gives the same blocks", "[html]") {
  const HtmlPage with = html_to_blocks(read_fixture("tests/fixtures/html/sample-utf8.html"));
  const HtmlPage without =
      html_to_blocks(read_fixture("tests/fixtures/html/sample-utf8-nocharset.html"));
  CHECK(texts(with) == texts(without));
  CHECK(with.facts.published == without.facts.published);
}

TEST_CASE("numeric references handed to libxml2 mean what the named ones mean, in as many bytes", "[html]") {
  for (const auto& r : tongbao::detail::numeric_reference_table()) {
    INFO(r.named << " " << r.numeric);
    REQUIRE(r.named.size() == r.numeric.size());
    REQUIRE(r.named.front() == '&');
    REQUIRE(r.named.back() == ';');
    const std::string name(r.named.substr(1, r.named.size() - 2));
    const htmlEntityDesc* entity = htmlEntityLookup(reinterpret_cast<const xmlChar*>(name.c_str()));
    REQUIRE(entity != nullptr);
    CHECK(std::to_string(entity->value) == std::to_string(std::stoi(std::string(r.numeric.substr(2)))));
  }
}

TEST_CASE("html_to_blocks reads the article a page saved whole keeps in an <iframe srcdoc>", "[html]") {
  const std::string frame =
      "&lt;html&gt;&lt;head&gt;&lt;title&gt;正文&lt;/title&gt;&lt;/head&gt;&lt;body&gt;"
      "&lt;p&gt;根据集团党委统一部署，集团党委第三巡察组对公司党委进行了巡察。现将整改进展情况予以公布。&lt;/p&gt;"
      "&lt;p&gt;一、整改工作开展情况&lt;/p&gt;&lt;p&gt;公司党委高度重视巡察整改工作。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;";
  const HtmlPage page = html_to_blocks(
      "<html><head><title>某公司党委关于巡察整改进展情况的通报-新闻中心-某集团</title></head><body>\n"
      "<div class=\"title\">某公司党委关于巡察整改进展情况的通报</div>\n<div>发布时间：2024年12月20日</div>\n"
      "<iframe id=\"contentFrame\" srcdoc=\"" + frame + "\"></iframe>\n<div>版权所有 某集团</div></body></html>");
  CHECK(page.facts.published == "2024-12-20");
  const std::vector<std::string> got = texts(page);
  REQUIRE(got.size() == 4);
  CHECK(got[0] == "某公司党委关于巡察整改进展情况的通报");
  CHECK(got[2] == "一、整改工作开展情况");
  CHECK(page.blocks[2].line == 4);  // the frame's tag
  // A frame with less text than the page's own article is no article.
  const HtmlPage own = html_to_blocks(
      "<html><body><h1>某局关于巡察整改进展情况的通报</h1>"
      "<div class=\"TRS_Editor\"><p>根据市委统一部署，市委巡察组对局党组进行了巡察。现将整改进展情况予以公布。</p>"
      "<p>一、整改工作开展情况</p><p>局党组高度重视巡察整改工作，成立领导小组，逐条研究整改措施。</p></div>"
      "<iframe srcdoc=\"&lt;p&gt;分享到微信&lt;/p&gt;\"></iframe></body></html>");
  for (const std::string& t : texts(own)) CHECK(t != "分享到微信");
}

TEST_CASE("html_to_blocks reads the article a page's script keeps as data for its front end", "[html]") {
  // \u escapes, as JSON encoders write them, and <p> as \u003cp.
  const std::string data =
      "{\"title\":\"\\u67d0\\u5c40\",\"pubtime\":\"2024-06-28 18:30:12\",\"content_html\":\""
      "\\u003cp\\u003e根据省委统一部署，省委第三巡视组对学院党委开展了巡视。现将整改进展情况予以公布。\\u003c/p\\u003e"
      "<p>一、整改工作开展情况</p><p class=\\\"one-p\\\">学院党委高度重视巡视整改工作，逐条研究整改措施。</p>"
      "<p>（一）关于“学习贯彻不够深入”的问题</p>\"}";
  const HtmlPage page = html_to_blocks(
      "<html><head><title>某学院党委关于巡视整改进展情况的通报_腾讯新闻</title></head><body>\n"
      "<h1 id=\"title\">某学院党委关于巡视整改进展情况的通报</h1>\n<div id=\"ArticleContent\"></div>\n"
      "<script>window.DATA = " + data + ";</script>\n<div>相关推荐</div></body></html>");
  const std::vector<std::string> got = texts(page);
  REQUIRE(got.size() == 6);  // what the page shows stays, the widget's 相关推荐 too
  CHECK(got[0] == "某学院党委关于巡视整改进展情况的通报");
  CHECK(got[1] == "相关推荐");
  CHECK(got[3] == "一、整改工作开展情况");
  CHECK(got[5] == "（一）关于“学习贯彻不够深入”的问题");
  CHECK(page.blocks[3].line == 4);  // the script's tag
  // A React shell: an empty root, a <noscript> that only asks for scripts,
  // the <title> the site's name; the state's article and title are the page's.
  const HtmlPage shell = html_to_blocks(
      "<html><head><title>某某市市场监督管理局</title></head><body><noscript>You need to enable JavaScript to run this "
      "app.</noscript><div id=\"root\"></div>\n<script>window.__INITIAL_STATE__ = {\"article\":{\"title\":"
      "\"\\u67d0\\u5c40\\u5173\\u4e8e\\u5de1\\u5bdf\\u6574\\u6539\\u7684\\u901a\\u62a5\",\"content\":\""
      "<p>根据市委统一部署，市委第一巡察组对局党组开展了常规巡察。现将整改情况通报如下。</p><p>一、整改工作总体情况</p>"
      "<p>局党组高度重视，坚持把抓好巡察整改作为重要政治任务，逐条研究整改措施。</p>\"}};</script></body></html>");
  REQUIRE(shell.blocks.size() == 3);
  CHECK(shell.blocks[1].text == "一、整改工作总体情况");
  CHECK(shell.facts.title == "某局关于巡察整改的通报");
  // Strings too short, or without paragraphs, or not JSON, are no article.
  using tongbao::detail::read_script_article;
  CHECK(read_script_article("var a = \"<p>短</p>\";").empty());
  CHECK(read_script_article("var a = \"" + std::string(300, 'x') + "\";").empty());
  CHECK(read_script_article("var a = \"<p>" + std::string(300, 'x') + "\\q</p>\";").empty());
  CHECK(read_script_article("var a = \"<p>" + std::string(300, 'x') + "</p>\";") == "<p>" + std::string(300, 'x') + "</p>");
}

TEST_CASE("word_conditionals hides Word's revealed conditionals and shows what they enclose", "[html]") {
  using tongbao::detail::word_conditionals;
  std::string storage;
  const std::string page =
      "<p><![if !supportLists]><span>（一）</span><![endif]>关于<![if !vml]>图<![endif]></p>"
      "<!--[if gte mso 9]><xml>x</xml><![endif]--><!-- <![endif]> --><script>s='<![endif]>';</script>";
  const std::string_view out = word_conditionals(page, storage);
  CHECK(out ==
        "<p><!--              --><span>（一）</span><!--   -->关于<!--     -->图<!--   --></p>"
        "<!--[if gte mso 9]><xml>x</xml><![endif]--><!-- <![endif]> --><script>s='<![endif]>';</script>");
  // A page without them is parsed in place.
  const std::string plain = "<p>一、总体情况</p><![CDATA[x]]>";
  CHECK(word_conditionals(plain, storage).data() == plain.data());
  // Through the whole stage: the marker is text, the conditionals are not.
  const HtmlPage parsed = html_to_blocks(
      "<html><body><p>前言。</p>\n<p class=MsoListParagraph><![if !supportLists]><span style='mso-list:Ignore'>（一）"
      "</span><![endif]><span>关于“耕地保护责任落实不到位”的问题</span></p>\n<p>一是开展整治。</p></body></html>");
  REQUIRE(parsed.blocks.size() == 3);
  CHECK(parsed.blocks[1].text == "（一）关于“耕地保护责任落实不到位”的问题");
  CHECK(parsed.blocks[1].line == 2);
}

TEST_CASE("html_to_blocks reads named quotes and dashes as the same text at the same places", "[html]") {
  // Named references in text, at a paragraph start, after a line end, in an
  // attribute and in a script (whose text libxml2 keeps as written).
  const std::string named =
      "<html><head><title>&ldquo;标题&rdquo;</title>"
      "<meta name=\"ArticleTitle\" content=\"关于&ldquo;甲&rdquo;的问题&hellip;\">"
      "<script>var s = \"&ldquo;\";</script></head><body><div class=\"TRS_Editor\">\n"
      "<p>&ldquo;一是&rdquo;整改&mdash;&mdash;落实&ndash;到位&lsquo;乙&rsquo;。</p>\n"
      "<p>  二、关于&ldquo;三重一大&rdquo;制度执行不到位的问题&hellip;</p>\n"
      "<p>第三段&ldquo;\n&rdquo;换行。</p></div></body></html>";
  std::string numeric = named;
  for (const auto& r : tongbao::detail::numeric_reference_table()) {
    for (std::size_t at = numeric.find(r.named); at != std::string::npos; at = numeric.find(r.named, at + 1))
      numeric.replace(at, r.named.size(), r.numeric);
  }
  const HtmlPage a = html_to_blocks(named);
  const HtmlPage b = html_to_blocks(numeric);
  REQUIRE(a.blocks.size() == 3);
  CHECK(a.blocks[0].text == "“一是”整改——落实–到位‘乙’。");
  CHECK(a.blocks[1].text == "二、关于“三重一大”制度执行不到位的问题…");
  CHECK(a.facts.title == std::optional<std::string>("关于“甲”的问题…"));
  CHECK(a.blocks[1].line == 3);
  CHECK(a.blocks[1].column == 6);
  CHECK(a.blocks[2].line == 4);
  CHECK(a.blocks[2].column == 4);
  REQUIRE(b.blocks.size() == a.blocks.size());
  for (std::size_t k = 0; k < a.blocks.size(); ++k) {
    CHECK(a.blocks[k].text == b.blocks[k].text);
    CHECK(a.blocks[k].line == b.blocks[k].line);
    CHECK(a.blocks[k].column == b.blocks[k].column);
  }
  CHECK(a.facts.title == b.facts.title);
}


TEST_CASE("strip_title_suffix takes the site and column names off a <title>", "[html]") {
  struct Case {
    const char* title;
    const char* stripped;
  };
  const Case cases[] = {
      {"某局关于巡察整改进展情况的通报_巡察反馈_某市纪委监委", "某局关于巡察整改进展情况的通报"},
      {"某局关于巡察整改进展情况的通报 - 某县人民政府", "某局关于巡察整改进展情况的通报"},
      {"某局关于巡察整改进展情况的通报 | 某大学纪委", "某局关于巡察整改进展情况的通报"},
      {"某集团委员会关于巡视整改进展情况的通报｜某集团", "某集团委员会关于巡视整改进展情况的通报"},
      // the site's name first: the part with 关于 is the title, however short
      {"某县交通投资集团有限公司--关于巡察整改情况的通报", "关于巡察整改情况的通报"},
      {"某某县纪委监委_某局关于巡察整改进展情况的通报", "某局关于巡察整改进展情况的通报"},
      // a title without 关于 keeps the old reading: a long tail is no site name
      {"某县人民政府--某局巡察整改进展情况通报发布暨下一步整改工作安排部署情况和有关要求说明", "某县人民政府--某局巡察整改进展情况通报发布暨下一步整改工作安排部署情况和有关要求说明"},
      {"某局巡察整改情况", "某局巡察整改情况"},
  };
  for (const Case& c : cases) {
    INFO(c.title);
    CHECK(tongbao::detail::strip_title_suffix(c.title) == c.stripped);
  }
}

TEST_CASE("html facts: dates a page keeps in widgets, bylines and scripts", "[html]") {
  using tongbao::detail::date_widget;
  using tongbao::detail::is_unlabelled_values;
  using tongbao::detail::read_script_date;
  // What may follow a date whose labels are icons.
  CHECK(is_unlabelled_values("1268 武汉市纪委监委网站"));
  CHECK(is_unlabelled_values("126"));
  CHECK_FALSE(is_unlabelled_values(""));
  CHECK_FALSE(is_unlabelled_values("市委巡察组进驻某局，开展为期两个月的巡察"));  // a clause
  CHECK_FALSE(is_unlabelled_values("来源：某局"));                               // a label's
  CHECK_FALSE(is_unlabelled_values("学校召开2024年党风廉政建设和反腐败工作会议暨警示教育大会全体干部参加"));
  // Widgets that set the parts of a date apart: the day over the year and month.
  struct Widget {
    const char* text;
    std::optional<std::string> date;
  };
  const Widget widgets[] = {
      {"292024-07", "2024-07-29"}, {"29 2024-07", "2024-07-29"}, {"5 2024.03", "2024-03-05"},
      {"292024/7", "2024-07-29"},  {"302024-02", std::nullopt},   // no 30 February
      {"2024-07", std::nullopt},   {"292024-07-01", std::nullopt}, {"共29条 2024-07", std::nullopt},
      {"1292024-07", std::nullopt},
      {"12 / 2024-03", "2024-03-12"}, {"12|2024-03", "2024-03-12"}, {"12 // 2024-03", std::nullopt},
      // The year first, then the month and day, and the time.
      {"2024 10/11 09:32:15", "2024-10-11"}, {" 2024  10/11", "2024-10-11"}, {"2024 3/5 9:05", "2024-03-05"},
      {"2024 2/30", std::nullopt},   {"2024 10/11 共3条", std::nullopt}, {"2024 10/11 09:32:15:01", std::nullopt},
      {"20240 10/11", std::nullopt}, {"2024 10-11", std::nullopt},
  };
  for (const Widget& w : widgets) {
    INFO(w.text);
    CHECK(date_widget(w.text) == w.date);
  }
  // Script variables, the strongest name first.
  struct Script {
    const char* text;
    std::optional<std::string> date;
  };
  const Script scripts[] = {
      {"var pubDate = \"2024-07-15 10:20:00\";", "2024-07-15T10:20"},
      {"var ct = \"1721975400\"; var publish_time = \"2024-07-26\" || \"\"; var createTime = '2024-07-20 14:30';",
       "2024-07-26"},
      {"window.DATA = {\"publishTime\": \"2024-07-01 09:00\"};", "2024-07-01T09:00"},
      {"var createTime='2024-07-20 14:30';", "2024-07-20T14:30"},
      {"var xpubDate = \"2024-07-15\";", std::nullopt},       // another name
      {"var pubDate = getDate();", std::nullopt},              // no date written
      {"var pubDate = \"2024-07-15 是发布日期\";", std::nullopt},  // not a date alone
      {"if (pubDate == \"2024-07-15\") {}", std::nullopt},  // a comparison, not a value
      // JSON-LD (<script type="application/ld+json">): datePublished, its zone read; never dateModified
      {"{\"@type\": \"NewsArticle\", \"datePublished\": \"2024-10-25T16:00:00+08:00\", "
       "\"dateModified\": \"2024-11-02T10:15:00+08:00\"}",
       "2024-10-25T16:00"},
      {"{\"datePublished\": \"2024-03-17T23:05:33+00:00\"}", "2024-03-18T07:05"},
      {"{\"dateModified\": \"2024-11-02T10:15:00+08:00\"}", std::nullopt},
      // WeChat's ct alone: seconds since 1970, the day in China Standard Time
      // (1730850000 is 2024-11-05 23:40 UTC, 11-06 07:40 in Beijing).
      {"var ct = \"1730850000\";", "2024-11-06"},
      {"var pubTime = \"2024/08/19 14:05:33\";", "2024-08-19T14:05"},
      {"var ct = \"173085000\";", std::nullopt},    // nine digits: no time
      {"var ct = \"4102444800\";", std::nullopt},   // 2100: past the years a date names
      {"var act = \"1730850000\";", std::nullopt},  // another name
  };
  for (const Script& sc : scripts) {
    INFO(sc.text);
    CHECK(read_script_date(sc.text) == sc.date);
  }
  // What a script writes with document.write of string literals alone.
  using tongbao::detail::read_written_text;
  const Script written[] = {
      {"document.write('2024-07-15');", "2024-07-15"},
      {"document.writeln(\"587\");", "587"},
      {"document.write('发布时间：'); document.write('2024-07-15');", "发布时间：2024-07-15"},
      {"document.write(pubTime.substring(0, 10));", std::nullopt},            // computed
      {"document.write('2024-' + month);", std::nullopt},                     // a concatenation
      {"document.write('<span class=\"t\">2024-07-15</span>');", std::nullopt},  // markup
      {"var pubDate = '2024-07-15';", std::nullopt},                          // nothing written
  };
  for (const Script& w : written) {
    INFO(w.text);
    CHECK(read_written_text(w.text) == w.date);
  }
}

TEST_CASE("html facts: the title a script writes, and a <title> that names no article", "[html]") {
  using tongbao::detail::names_no_article;
  using tongbao::detail::read_script_title;
  struct Script {
    const char* text;
    std::optional<std::string> title;
  };
  const Script scripts[] = {
      {"var _ucapTitle = \"某局党组关于巡察整改进展情况的通报\"; document.write(_ucapTitle);",
       "某局党组关于巡察整改进展情况的通报"},
      {"var doctitle='某局关于巡察整改情况的通报';", "某局关于巡察整改情况的通报"},
      {"jiathis_config = {title: \"某局关于巡察整改情况的通报\", url: location.href};", "某局关于巡察整改情况的通报"},
      {"var siteTitle = \"某某市人民政府门户网站\";", std::nullopt},      // the site's
      {"var subTitle = \"——关于某某问题的整改情况\";", std::nullopt},     // a subtitle
      {"var title = document.title;", std::nullopt},                         // nothing written
      {"document.title = \"某局关于巡察整改情况的通报\";", std::nullopt},  // the page's own
      {"var title = \"首页\";", std::nullopt},                            // too short
      {"var title = \"<h2>某局关于巡察整改情况的通报</h2>\";", std::nullopt},  // markup
      {"var shareTitle = \"http://www.example.gov.cn/art/1.html\";", std::nullopt},
      {"var untitled = \"某局关于巡察整改情况的通报\";", std::nullopt},  // a name that does not end in title
      // a state object's escapes, read as the JSON string they are
      {"window.__INITIAL_STATE__ = {\"detail\":{\"title\":\"\\u67d0\\u5c40\\u5173\\u4e8e\\u5de1\\u5bdf\\u6574\\u6539\\u7684\\u901a\\u62a5\"}};",
       "某局关于巡察整改的通报"},
  };
  for (const Script& sc : scripts) {
    INFO(sc.text);
    CHECK(read_script_title(sc.text) == sc.title);
  }
  CHECK(names_no_article("详情页_某某市卫生健康委员会"));
  CHECK(names_no_article("正文"));
  CHECK(names_no_article(" 查看内容 - 某某党建网 "));
  CHECK_FALSE(names_no_article("某局关于巡察整改情况的通报_详情页"));
  CHECK_FALSE(names_no_article("详情页面设计规范"));
  CHECK_FALSE(names_no_article(""));
}

TEST_CASE("html_to_blocks dates a page by its icon line, its day widget, its byline or its script", "[html]") {
  const std::string body = "<p>根据区委统一部署，区委第二巡察组对某局党组进行了巡察。</p><p>一、正文第一段，内容。</p>";
  struct Case {
    const char* name;
    std::string page;
    const char* published;
    const char* first_block;
  };
  const Case cases[] = {
      {"icons for labels, inside the article",
       "<article class=\"news-detail\"><h1>某局关于巡察整改情况的通报</h1><div class=\"info\"><span><i "
       "class=\"icon-time\"></i>2024-07-08</span> <span><i class=\"icon-eye\"></i>1268</span></div>" +
           body + "</article>",
       "2024-07-08", "某局关于巡察整改情况的通报"},
      {"the day apart, above the title",
       "<div class=\"content-date\"><span class=\"day\">29</span><span class=\"ym\">2024-07</span></div>"
       "<div class=\"article\"><h1>某局关于巡察整改情况的通报</h1>" +
           body + "</div>",
       "2024-07-29", "某局关于巡察整改情况的通报"},
      {"a WeChat byline: the account is not text",
       "<div id=\"img-content\"><h1 class=\"rich_media_title\">某局关于巡察整改情况的通报</h1><div "
       "id=\"meta_content\" class=\"rich_media_meta_list\"><span class=\"rich_media_meta\">某某市发改委</span> "
       "<span class=\"rich_media_meta_nickname\"><a href=\"#\">某某发改</a></span></div><div id=\"js_content\">" +
           body + "</div></div><script>var publish_time = \"2024-07-26\" || \"\";</script>",
       "2024-07-26", "某局关于巡察整改情况的通报"},
      {"a visible date wins over the script's",
       "<script>var pubDate = \"2024-07-01\";</script><div class=\"article\"><h1>某局关于巡察整改情况的通报</h1>"
       "<p>发布时间：2024-07-15</p>" +
           body + "</div>",
       "2024-07-15", "某局关于巡察整改情况的通报"},
      {"a Founder e-paper's enpproperty comment, the issue's date beside every article",
       "<!--enpproperty <articleid>41925</articleid><date>2024-12-02 00:00:00:0</date><author></author>"
       "<title>某局关于巡察整改情况的通报</title>enpproperty--><div class=\"article\"><h1>某局关于巡察整改情况的通报</h1>" +
           body + "</div>",
       "2024-12-02", "某局关于巡察整改情况的通报"},
      {"a meta tag wins over the enpproperty comment",
       "<!--enpproperty <date>2024-12-02 00:00:00:0</date>enpproperty--><meta name=\"PubDate\" content=\"2024-12-03\">"
       "<div class=\"article\"><h1>某局关于巡察整改情况的通报</h1>" +
           body + "</div>",
       "2024-12-03", "某局关于巡察整改情况的通报"},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    const HtmlPage page = html_to_blocks("<html><body>" + c.page + "</body></html>");
    CHECK(page.facts.published == std::optional<std::string>(c.published));
    REQUIRE(page.blocks.size() == 3);
    CHECK(page.blocks[0].text == c.first_block);
    CHECK(page.blocks[1].text == "根据区委统一部署，区委第二巡察组对某局党组进行了巡察。");
  }
}

TEST_CASE("html_to_blocks reads an unlabelled date in the info line, and no subtitle as the title", "[html]") {
  const std::string body = "<div class=\"content\"><p>一、正文第一段，内容。</p><p>二、正文第二段，内容。</p></div>";
  // 来源：… then the date, no label: the page's date, the source without it.
  HtmlPage page = html_to_blocks("<div class=\"tit\"><h1>某局关于巡察整改进展情况的通报</h1></div>"
                                 "<div class=\"fl\">来源：&nbsp;某某县人大网&nbsp;&nbsp;<span>2024年03月18日&nbsp;10:21:36</span></div>" +
                                 body);
  CHECK(page.facts.published == "2024-03-18T10:21");
  CHECK(page.facts.origin == "某某县人大网");
  // A labelled date wins; a dated label's value (成文日期) is never the page's.
  page = html_to_blocks("<h1>某局关于巡察整改进展情况的通报</h1><div>来源：某局 2024-03-01 发布时间：2024-03-18</div>" + body);
  CHECK(page.facts.published == "2024-03-18");
  page = html_to_blocks("<h1>某局关于巡察整改进展情况的通报</h1><div>成文日期：2024-03-15 来源：某局</div>" + body);
  CHECK_FALSE(page.facts.published);
  // The ——subtitle under the title.
  page = html_to_blocks("<title>巡察整改进展情况通报_某某县人民医院</title><h1>某局关于巡察集中整改进展情况的通报</h1>"
                        "<h2>——关于县委第三轮巡察反馈问题整改落实的阶段性情况</h2><p>发布日期：2024-03-20</p>" +
                        body);
  REQUIRE_FALSE(page.blocks.empty());
  CHECK(page.blocks[0].text == "某局关于巡察集中整改进展情况的通报");
}

TEST_CASE("html_to_blocks: a <pre>'s lines, a print view's bold title, a shell's <noscript> article", "[html]") {
  using tongbao::detail::html_to_blocks;
  // A <pre> keeps its line ends: a paragraph a line, each at its source line.
  const HtmlPage pre = html_to_blocks(
      "<html><body><div class=\"content\"><pre>\n"
      "　　根据区委统一部署，区委第二巡察组对镇党委进行了巡察。\n"
      "\n"
      "　　一、整改工作总体情况\n"
      "　　镇党委坚持把巡察整改作为重大政治任务。\n"
      "</pre></div></body></html>");
  REQUIRE(pre.blocks.size() == 3);
  CHECK(std::string(pre.blocks[0].text) == "根据区委统一部署，区委第二巡察组对镇党委进行了巡察。");
  CHECK(pre.blocks[0].line == 2);
  CHECK(std::string(pre.blocks[1].text) == "一、整改工作总体情况");
  CHECK(pre.blocks[1].line == 4);
  CHECK(pre.blocks[1].column == 3);
  CHECK(pre.blocks[2].line == 5);
  // An old CMS's preview holds the article as a <textarea>'s text, read as a <pre>'s.
  const HtmlPage preview = html_to_blocks(
      "<html><body><table><tr><td><textarea name=\"content\" rows=\"40\">\r\n"
      "　　根据区委统一部署，区委第二巡察组对镇党委进行了巡察。\r\n\r\n"
      "　　一、整改工作总体情况\r\n"
      "　　镇党委坚持把巡察整改作为重大政治任务，“三重一大”&lt;制度&gt;。\r\n"
      "</textarea></td></tr></table></body></html>");
  REQUIRE(preview.blocks.size() == 3);
  CHECK(std::string(preview.blocks[1].text) == "一、整改工作总体情况");
  CHECK(preview.blocks[1].line == 4);
  CHECK(std::string(preview.blocks[2].text) == "镇党委坚持把巡察整改作为重大政治任务，“三重一大”<制度>。");

  // A print view: <title> names the kind of page, the title is a bold line.
  const std::string print_body =
      "<table><tr><td><b>某局党组关于巡察整改进展情况的通报</b></td></tr><tr><td id=\"zoom\">"
      "<p>根据市委统一部署，市委第五巡察组对某局党组开展了常规巡察，并反馈了巡察意见。现将整改进展情况予以公布。</p>"
      "<p>一、整改工作开展情况</p><p>局党组高度重视，制定整改方案，逐项推进落实。</p></td></tr></table>";
  const HtmlPage print = html_to_blocks("<html><head><title>打印页面</title></head><body>" + print_body + "</body></html>");
  REQUIRE_FALSE(print.blocks.empty());
  CHECK(std::string(print.blocks[0].text) == "某局党组关于巡察整改进展情况的通报");
  CHECK_FALSE(print.facts.title);
  // With a <title> of its own, a bold line is no candidate of itself.
  const HtmlPage titled =
      html_to_blocks("<html><head><title>某某市人民政府</title></head><body>" + print_body + "</body></html>");
  REQUIRE_FALSE(titled.blocks.empty());
  CHECK(std::string(titled.blocks[0].text) != "某局党组关于巡察整改进展情况的通报");

  // A script's shell with the article for readers without scripts in <noscript>.
  const std::string article =
      "<h1>某局党组关于巡察整改进展情况的通报</h1><div class=\"content\"><p>根据区委统一部署，区委第四巡察组对某局党组"
      "开展了巡察，并反馈了巡察意见。现将整改进展情况予以公布。</p><p>一、整改工作开展情况</p>"
      "<p>局党组高度重视，制定整改方案，逐项推进落实。</p></div>";
  const HtmlPage shell = html_to_blocks("<html><body><noscript><div>" + article +
                                        "</div></noscript><div id=\"app\"></div></body></html>");
  REQUIRE(shell.blocks.size() == 4);
  CHECK(std::string(shell.blocks[0].text) == "某局党组关于巡察整改进展情况的通报");
  // A page that shows the article keeps <noscript> out: the article once.
  const HtmlPage shown = html_to_blocks("<html><body><div>" + article + "</div><noscript><div>" + article +
                                        "</div></noscript></body></html>");
  CHECK(shown.blocks.size() == 4);
}

TEST_CASE("html_to_blocks: an article a script copies in from a <template> or a <textarea>'s escaped markup", "[html]") {
  using tongbao::detail::html_to_blocks;
  const std::string paragraphs =
      "<p>根据区委统一部署，区委第四巡察组对某局党组开展了巡察，并反馈了巡察意见。现将整改进展情况予以公布。</p>"
      "<p>一、整改工作开展情况</p><p>局党组高度重视，制定整改方案，逐项推进落实，建立问题、任务、责任三张清单。</p>";
  // The page shows a line while its script loads, and the article waits in a <template>.
  const HtmlPage templated = html_to_blocks(
      "<html><body><h1>某局党组关于巡察整改进展情况的通报</h1><div id=\"article\"><p>正在加载，请稍候……</p></div>"
      "<template id=\"tpl\"><div>" + paragraphs + "</div></template></body></html>");
  REQUIRE(templated.blocks.size() == 5);
  CHECK(std::string(templated.blocks[0].text) == "某局党组关于巡察整改进展情况的通报");
  CHECK(std::string(templated.blocks[3].text) == "一、整改工作开展情况");
  // A <template> beside an article the page shows is no second copy of it.
  const HtmlPage shown = html_to_blocks("<html><body><h1>某局党组关于巡察整改进展情况的通报</h1><div>" + paragraphs +
                                        "</div><template><p>暂无评论</p></template></body></html>");
  CHECK(shown.blocks.size() == 4);

  // A CMS keeps the article as escaped markup in a hidden <textarea>.
  std::string escaped;
  for (char c : paragraphs) {
    if (c == '<') escaped += "&lt;";
    else if (c == '>') escaped += "&gt;";
    else escaped += c;
  }
  const HtmlPage hidden = html_to_blocks(
      "<html><body><h1>某局党组关于巡察整改进展情况的通报</h1>\n<textarea id=\"vsb_content_txt\" style=\"display:none\">" +
      escaped + "</textarea></body></html>");
  REQUIRE(hidden.blocks.size() == 4);
  CHECK(std::string(hidden.blocks[2].text) == "一、整改工作开展情况");
  CHECK(hidden.blocks[2].line == 2);
}

TEST_CASE("html_to_blocks reads a thread's first post, not its replies, and no comments", "[html]") {
  struct Case {
    std::string html;
    std::vector<std::string> paragraphs;
  };
  const std::vector<Case> cases = {
      // Discuz: the first post_N is the article, the later ones replies.
      {"<div id=\"postlist\"><div id=\"post_101\"><td class=\"t_f\" id=\"postmessage_101\">"
       "<p>一、整改工作开展情况</p><p>局党组召开专题会议。</p></td></div>"
       "<div id=\"post_102\"><td class=\"t_f\" id=\"postmessage_102\"><p>1.关于物业收费公示的问题，还没公示。</p></td></div>"
       "<div id=\"post_103\"><p>点赞！</p></div></div>",
       {"一、整改工作开展情况", "局党组召开专题会议。"}},
      // A blog's comments under its one post.
      {"<article id=\"post-9\"><p>一是制定方案。二是建立台账。</p></article>"
       "<ol class=\"comment-list\"><li id=\"comment-12\"><p>一是要公开，二是要回访。</p></li>"
       "<li id=\"li-comment-13\"><p>支持。</p></li></ol>",
       {"一是制定方案。二是建立台账。"}},
      // Ids that only end in a number are no replies.
      {"<div id=\"para_1\"><p>甲</p></div><div id=\"para_2\"><p>乙</p></div>", {"甲", "乙"}},
  };
  for (const Case& c : cases) {
    INFO(c.html);
    CHECK(texts(html_to_blocks(c.html)) == c.paragraphs);
  }
}

TEST_CASE("html_to_blocks marks a ledger's cells, not a layout table's", "[html]") {
  auto cells = [](const HtmlPage& page) {
    std::vector<std::string> out;
    for (const Block& b : page.blocks) {
      if (b.table_cell) out.emplace_back(b.text);
    }
    return out;
  };
  // A ledger: its header row names its columns; a group row and its cells follow.
  const std::string ledger =
      "<table border=\"1\"><tr><td>序号</td><td>反馈问题</td><td>整改措施</td><td>完成情况</td></tr>"
      "<tr><td colspan=\"4\">一、贯彻落实党的路线方针政策方面</td></tr>"
      "<tr><td><p>1</p></td><td><p>耕地保护不到位</p></td><td><p>一是开展执法；二是建立机制。</p></td>"
      "<td><p>已完成</p></td></tr></table>";
  HtmlPage page = html_to_blocks("<div class=\"content\"><p>一、整改工作开展情况</p><p>局党组召开会议研究整改。</p>"
                                 "<p>二、反馈问题整改台账</p>" + ledger + "<p>三、下一步工作</p></div>");
  CHECK(cells(page) == std::vector<std::string>{"序号 反馈问题 整改措施 完成情况", "一、贯彻落实党的路线方针政策方面", "1",
                                                "耕地保护不到位", "一是开展执法；二是建立机制。", "已完成"});
  // The header may follow a caption row.
  page = html_to_blocks("<div class=\"content\"><p>二、反馈问题整改台账</p><table><tr><td colspan=\"3\">整改落实情况表</td></tr>"
                        "<tr><th>序号</th><th>存在问题</th><th>整改措施</th></tr><tr><td>1</td><td>甲</td><td>乙</td></tr>"
                        "</table></div>");
  CHECK(cells(page).size() == 3);
  // A layout table and an article laid out in one cell are no ledgers,
  // however many of a ledger's words their short lines hold.
  page = html_to_blocks("<table><tr><td><a href=\"/\">首页</a></td><td><a href=\"/wtfk\">问题反馈</a></td>"
                        "<td><a href=\"/zgjz\">整改进展</a></td><td><a href=\"/zrqd\">责任清单</a></td></tr>"
                        "<tr><td class=\"content\"><p>一、整改工作总体进展</p><p>（一）关于落实决策部署打折扣的问题</p>"
                        "<p>整改措施：一是检查。二是督办。</p></td></tr></table>");
  CHECK(cells(page).empty());
  page = html_to_blocks("<table class=\"vwtb\"><tr><td id=\"article_content\"><p>一、整改工作总体进展</p>"
                        "<p>完成情况</p><p>二、主要问题整改情况</p><p>（一）关于落实决策部署打折扣的问题</p>"
                        "<p>一是检查；二是督办。</p></td></tr></table>");
  CHECK(cells(page).empty());
}

TEST_CASE("html_to_blocks dates an e-paper's article by the day's toolbar beside its edition's label", "[html]") {
  const std::string lists =
      "<ul><li><a href=\"1.html\">第01版：一版要闻</a></li><li><a href=\"2.html\">第02版：要闻</a></li></ul>"
      "<h3>本版标题导航</h3><ul><li><a href=\"a.html\">全市秋季安全生产大检查全面启动</a></li>"
      "<li><a href=\"b.html\">我市新增3个省级特色小镇创建对象</a></li></ul>";
  const std::string article =
      "<div class=\"content\"><p>市委巡察整改情况公开</p><h1>某局党组关于巡察整改进展情况的通报</h1>"
      "<p>根据市委统一部署，市委第四巡察组对局党组开展了常规巡察。现将整改情况予以公布。</p>"
      "<p>一、整改情况</p><p>已完成。</p></div>";
  const HtmlPage paper = html_to_blocks("<div class=\"bar\">2021年09月14日 星期二</div>"
                                        "<div><a href=\"p.html\">上一期</a> | <a href=\"n.html\">下一期</a></div>"
                                        "<h2>第03版：要闻</h2>" + lists + article);
  CHECK(paper.facts.published == "2021-09-14");
  const HtmlPage lettered = html_to_blocks("<div class=\"bar\">2023年05月16日 星期二</div>"
                                           "<div>A01：要闻 A02：综合 A03：县区</div>" + lists + article);
  CHECK(lettered.facts.published == "2023-05-16");
  // Without an edition's label, the same date is a site's widget of today.
  const HtmlPage widget = html_to_blocks("<div class=\"bar\">2021年09月14日 星期二</div>"
                                         "<div><a href=\"p.html\">首页</a> | <a href=\"n.html\">政务公开</a></div>"
                                         "<h2>要闻动态</h2>" + lists + article);
  CHECK_FALSE(widget.facts.published);
}
