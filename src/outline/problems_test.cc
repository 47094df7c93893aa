#include "outline/problems.h"

#include <catch2/catch.hpp>

#include "outline/lexicon.h"

using tongbao::detail::find_problem;
using tongbao::detail::lexicon::simplified_shadow;

namespace {
std::optional<std::string> problem(const std::string& heading) {
  return find_problem(heading, simplified_shadow(heading));
}
}  // namespace

TEST_CASE("problems named by headings", "[problems]") {
  struct Case {
    const char* heading;
    const char* problem;
  };
  const Case cases[] = {
      {"关于“在加强经济运行调度和调节方面存在差距”的问题", "在加强经济运行调度和调节方面存在差距"},
      {"关于“落实意识形态工作责任制不到位”问题的整改", "落实意识形态工作责任制不到位"},
      {"关于“执行民主集中制不严格”问题", "执行民主集中制不严格"},
      // a 回头看 names the rectification of an earlier problem as its own
      {"关于“村级财务监管不力”问题整改不到位的问题", "“村级财务监管不力”问题整改不到位"},
      {"关于“村级财务监管不力”问题整改不到位的问题。", "“村级财务监管不力”问题整改不到位"},
      {"针对“学思践悟不够深入”问题", "学思践悟不够深入"},
      // ASCII quotes inside curly ones: the curly one closes
      {"针对“上轮巡察反馈问题整改不彻底,存在\"回潮\"现象”问题。", "上轮巡察反馈问题整改不彻底,存在\"回潮\"现象"},
      {"关于“落实制度不到位\"的问题", "落实制度不到位"},
      {"关于“党组书记履行 ‘第一责任人’责任不够到位”的问题", "党组书记履行 ‘第一责任人’责任不够到位"},
      {"关于“统筹布局、系统推进重大科技基础设施建设力度不大。”的问题",
       "统筹布局、系统推进重大科技基础设施建设力度不大。"},
      {"关于“党员发展程序不规范的问题", "党员发展程序不规范"},
      {"关于议事决策不规范的问题", "议事决策不规范"},
      {"关于在“学懂”环节有偏差的问题", "在“学懂”环节有偏差"},
      {"关于“三重一大”制度执行不到位的问题", "“三重一大”制度执行不到位"},
      {"关于“班子成员履行职责不到位\"的问题", "班子成员履行职责不到位"},
      {"關於“幹部教育管理不到位”的問題", "幹部教育管理不到位"},
      // 方面的问题 names the problem; only an area ending does not
      {"关于基层党组织建设方面的问题", "基层党组织建设"},
      {"关于“学习贯彻习近平新时代中国特色社会主义思想不够到位”", "学习贯彻习近平新时代中国特色社会主义思想不够到位"},
      // spaces around the quotes, as crawlers leave them
      {"关于 “干部选拔任用不规范” 的问题", "干部选拔任用不规范"},
      {"关于\u3000“意识形态责任制落实不到位”\u3000问题的整改情况", "意识形态责任制落实不到位"},
      {"针对 执行制度不严格的问题", "执行制度不严格"},
      // a 问题 right after the quotes that does not end the problem
      {"关于“四风”问题整治不彻底的问题", "“四风”问题整治不彻底"},
      {"关于“三重一大”问题决策程序不规范问题", "“三重一大”问题决策程序不规范"},
      // one that does: the clause ends, or the rectification follows
      {"关于“公务用车管理不规范”问题，已全部整改", "公务用车管理不规范"},
      {"关于“财务制度执行不严”问题整改情况", "财务制度执行不严"},
      {"关于“违规发放津补贴”等问题。", "违规发放津补贴"},
      {"关于违规发放津补贴问题及整改情况", "违规发放津补贴"},
      {"关于公务接待管理不规范的问题整改", "公务接待管理不规范"},
      // the quotes and their suffix without an introducer
      {"“社区小微权力监督不到位”的问题", "社区小微权力监督不到位"},
      {"“公务卡使用不规范”问题", "公务卡使用不规范"},
      // text run on after the suffix, with no later suffix: still the quotes
      {"关于“产业链建设不够健全”的问题督促主管部门紧盯目标", "产业链建设不够健全"},
  };
  for (const Case& c : cases) {
    INFO(c.heading);
    auto p = problem(c.heading);
    REQUIRE(p);
    CHECK(*p == c.problem);
  }
}

TEST_CASE("headings that name no problem", "[problems]") {
  for (const char* heading : {"在“坚持党的领导”方面", "提高政治站位,强化组织领导", "巡察整改组织领导情况",
                              "关于", "关于“”的问题", "关于加强管理的通知", "整改进展情况",
                              // area headings with 问题 inside
                              "关于上轮巡察反馈问题整改不彻底,个别整改问题反弹回潮方面",
                              "关于“问题整改”方面", "在巡视巡察整改方面存在的主要问题",
                              // quotes that open a heading but are not its problem
                              "“两个维护”要求落实情况", "“回头看”工作的问题线索处置",
                              "落实全面从严治党主体责任方面存在的问题:",
                              // 问题 that begins another noun
                              "关于巡视移交问题线索办理情况", "关于上轮巡察问题清单的处理",
                              // the problems an inspection found, as a kind
                              "一、关于市本级财政管理审计查出问题的整改情况", "关于巡察反馈问题的整改情况"}) {
    INFO(heading);
    CHECK_FALSE(problem(heading));
  }
}
