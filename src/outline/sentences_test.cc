#include "outline/sentences.h"

#include <catch2/catch.hpp>
#include <string>

using tongbao::detail::heading_end;
using tongbao::detail::HeadingEnd;
using tongbao::detail::trim_heading;

namespace {
std::string heading_of(const std::string& text, HeadingEnd kind) {
  return std::string(trim_heading(std::string_view(text).substr(0, heading_end(text, kind))));
}
}  // namespace

TEST_CASE("run-in headings end at the first sentence outside quotes", "[sentences]") {
  struct Case {
    const char* text;
    HeadingEnd kind;
    const char* heading;
  };
  const Case cases[] = {
      {"提高政治站位,强化组织领导。巡察意见反馈后,市发改委党组高度重视。", HeadingEnd::Heading,
       "提高政治站位,强化组织领导"},
      {"关于“统筹布局、系统推进重大科技基础设施建设力度不大。”的问题", HeadingEnd::Heading,
       "关于“统筹布局、系统推进重大科技基础设施建设力度不大。”的问题"},
      {"关于“统筹布局、系统推进。”的问题。整改情况:一是加强调度。", HeadingEnd::Heading,
       "关于“统筹布局、系统推进。”的问题"},
      {"关于“党员发展程序不规范的问题。", HeadingEnd::Heading, "关于“党员发展程序不规范的问题"},
      {"巡察整改组织领导情况", HeadingEnd::Heading, "巡察整改组织领导情况"},
      {"组织领导方面:成立领导小组。", HeadingEnd::Heading, "组织领导方面"},
      {"加强经济运行监测调度。制定《关于开展“冲刺四季度”督导服务的工作方案》。", HeadingEnd::Clause,
       "加强经济运行监测调度"},
      {"按季组织梳理项目,积极争取纳入清单;召开线下推介会。", HeadingEnd::Clause,
       "按季组织梳理项目,积极争取纳入清单"},
      {"加强监督！确保落实。", HeadingEnd::Sentence, "加强监督！"},
      {"一句话没有句号", HeadingEnd::Clause, "一句话没有句号"},
      {"甲\xe4\xb8。乙", HeadingEnd::Sentence, "甲\xe4\xb8"},  // a cut-off character before the stop
      {"丁“甲。乙”丙。戊", HeadingEnd::Sentence, "丁“甲。乙”丙"},
      {"", HeadingEnd::Clause, ""},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(heading_of(c.text, c.kind) == c.heading);
  }
}

TEST_CASE("the sentence end keeps closing quotes with it", "[sentences]") {
  const std::string text = "他说“好。”然后离开。";
  CHECK(std::string_view(text).substr(0, heading_end(text, HeadingEnd::Sentence)) == "他说“好。”然后离开。");
  const std::string quoted = "“加强学习。”之后";
  // The only sentence end is inside quotes that close: no break outside.
  CHECK(heading_end(quoted, HeadingEnd::Sentence) == quoted.size());
}

TEST_CASE("an unclosed quote storm stays linear and ends somewhere", "[sentences]") {
  std::string storm;
  for (int i = 0; i < 100000; ++i) storm += "“啊。";
  const std::size_t end = heading_end(storm, HeadingEnd::Heading);
  CHECK(end == std::string("“啊。").size());
}

TEST_CASE("the sentence end is placed the same far into a long heading", "[sentences]") {
  // ICU sees only the mark and what follows it: offsets must come back
  // relative to the whole text, however long the heading before the mark.
  std::string head;
  for (int i = 0; i < 200; ++i) head += "长";  // 600 bytes, past the look-ahead
  struct Case {
    std::string text;
    std::size_t end;
  };
  const Case cases[] = {
      {head + "。后文", head.size() + std::string("。").size()},
      {head + "！？”后文", head.size() + std::string("！？”").size()},
      {head + "。”)后文", head.size() + std::string("。”)").size()},
      {"“" + head + "。", std::string("“").size() + head.size() + std::string("。").size()},
  };
  for (const Case& c : cases) {
    INFO(c.text.substr(c.text.size() - 12));
    CHECK(heading_end(c.text, HeadingEnd::Sentence) == c.end);
  }
}

TEST_CASE("trim_heading drops one closing stop and the spaces around it", "[sentences]") {
  const std::pair<std::string_view, std::string_view> cases[] = {
      {"标题。", "标题"},   {"标题：", "标题"},   {"标题；", "标题"}, {"标题．", "标题"},
      {"标题.", "标题"},    {"标题;", "标题"},    {"标题:", "标题"},  {"标题 。 ", "标题"},
      {"标题。。", "标题。"}, {"标题，", "标题，"}, {"标题", "标题"},   {"", ""},
      {"。", ""},           {"\xBC\x9A", "\xBC\x9A"}, {"！", "！"},
  };
  for (const auto& [text, trimmed] : cases) {
    INFO(text);
    CHECK(trim_heading(text) == trimmed);
  }
}
