#include "annotate/inspection.h"

#include <catch2/catch.hpp>

using tongbao::Inspection;
using tongbao::detail::find_inspection;
using tongbao::detail::find_round;
using tongbao::detail::find_team;
using tongbao::detail::Role;
using tongbao::detail::Span;
using tongbao::detail::dates_by_span;
using tongbao::detail::SpanDates;
using tongbao::detail::split_sentences;

namespace {

Inspection inspect(std::vector<std::string_view> paragraphs, std::optional<std::string> title = std::nullopt,
                   Role role = Role::Preamble) {
  std::vector<Span> spans;
  int line = 1;
  for (std::string_view p : paragraphs) spans.push_back(Span{role, p, line++, 1, ""});
  const SpanDates dates = dates_by_span(spans);
  return find_inspection(title, split_sentences(spans, dates)).value_or(Inspection{});
}

std::string show(const std::optional<std::string>& v) { return v ? *v : "null"; }

}  // namespace

TEST_CASE("inspection: teams as written", "[inspection]") {
  struct Case {
    const char* text;
    const char* team;  // "null" for none
    const char* kind;
  };
  const Case cases[] = {
      {"市委第七巡察组对市发改委党组进行了巡察", "市委第七巡察组", "巡察"},
      {"省委第五巡視組對省衛生健康委黨組開展了專項巡視", "省委第五巡視組", "巡视"},
      {"中央第十二巡视组对交通运输部党组开展了常规巡视", "中央第十二巡视组", "巡视"},
      {"市委巡察六组对市自然资源局党组开展了巡察", "市委巡察六组", "巡察"},
      {"市委乡村振兴领域专项巡察组对市农业农村局党组进行了巡察", "市委乡村振兴领域专项巡察组", "巡察"},
      {"十一届市委第三提级交叉巡察组于2023年7月6日", "十一届市委第三提级交叉巡察组", "巡察"},
      // a title's 关于 ends its issuer, letter-spaced or not
      {"中 共 某 县 石 门 镇 委 员 会关于县委第一巡察组巡察反馈意见整改进展情况的通报", "县委第一巡察组", "巡察"},
      {"某镇委员会关于鄂城区委第二巡察组反馈意见", "鄂城区委第二巡察组", "巡察"},
      // however long the issuer's name before it
      {"中共霁州市水务发展有限公司委员会关于集团党委第一巡察组巡察反馈意见整改情况的通报", "集团党委第一巡察组", "巡察"},
      // the session before a place's name is the team's too
      {"2019年9月2日至11月29日,十二届南通市委第八轮巡察二组对某中学党委进行了巡察", "十二届南通市委第八轮巡察二组", "巡察"},
      // The session written with its 第.
      {"某大学第九届党委第六轮巡视第一巡视组巡视某学院党委工作动员会召开", "第九届党委第六轮巡视第一巡视组", "巡视"},
      // the place or organisation before the committee is part of the name
      {"鄂城区委第二巡察组反馈", "鄂城区委第二巡察组", "巡察"},
      {"2024年4月19日,安庆市委第二巡察组进驻", "安庆市委第二巡察组", "巡察"},
      {"8月14日上午,青羊区委第一联动巡察组向区法院党组反馈", "青羊区委第一联动巡察组", "巡察"},
      {"根据石家庄市委第三巡察组反馈意见", "石家庄市委第三巡察组", "巡察"},
      {"日照市委第一巡察组", "日照市委第一巡察组", "巡察"},
      {"中共鹤壁市委第四巡察组", "鹤壁市委第四巡察组", "巡察"},
      {"灤州市委第三巡察組", "灤州市委第三巡察組", "巡察"},
      {"2025年,教育部党组第三巡视组对华东师范大学党委进行了巡视", "教育部党组第三巡视组", "巡视"},
      {"省国资委党委第一巡察组", "省国资委党委第一巡察组", "巡察"},
      // a measure's copula, a verb of reporting, the writer's own county:
      // none is a name
      {"三是对市委第六巡察组移交的1件问题线索进行了巡察整改", "市委第六巡察组", "巡察"},
      {"会议通报区委第一巡察组反馈问题整改进展情况", "区委第一巡察组", "巡察"},
      {"办公室主任通报了我县市委第五巡察组巡察情况", "市委第五巡察组", "巡察"},
      // an organisation's one-character name of itself (校党委, 局党组), a
      // ministry's own teams, teams called 工作组
      {"6月3日,校党委第二巡察组对机关党委开展了现场巡察", "校党委第二巡察组", "巡察"},
      {"根据局党组第一巡察组反馈意见", "局党组第一巡察组", "巡察"},
      {"2023年9月至11月,部党组第三巡视组对研究院党委开展了常规巡视", "部党组第三巡视组", "巡视"},
      {"2023年4月10日至5月31日,省委教育工委第三巡察组对学院党委进行了巡察", "省委教育工委第三巡察组", "巡察"},
      {"街道党工委第一巡察组对社区党委进行了巡察", "街道党工委第一巡察组", "巡察"},
      {"根据教育部第一巡视组的反馈意见", "教育部第一巡视组", "巡视"},
      {"学校党委第三巡察工作组召开巡察意见反馈会", "学校党委第三巡察工作组", "巡察"},
      {"部第一巡视组", "null", ""},
      {"甲党委第二巡察组", "党委第二巡察组", "巡察"},
      // lead words and prose before the committee are not
      {"整改工作。收到区委第一巡察组反馈意见后", "区委第一巡察组", "巡察"},
      {"接到省委第一巡视组反馈后，迅速组织整改", "省委第一巡视组", "巡视"},
      {"县委第八轮专项巡察组对我县7所学校开展了巡察", "县委第八轮专项巡察组", "巡察"},
      {"学校党委对照市委教育工委第二巡察组反馈的问题", "市委教育工委第二巡察组", "巡察"},
      {"信息工程学院委员会落实校党委第二巡察组反馈意见", "校党委第二巡察组", "巡察"},
      {"县委第八轮巡察组对我县7所学校开展了巡察", "null", ""},
      {"干部认真吸收区委第一巡察组的意见", "区委第一巡察组", "巡察"},
      {"组长张三代表市委第二巡察组讲话", "市委第二巡察组", "巡察"},
      {"党组按照县委第五巡察组反馈的问题", "县委第五巡察组", "巡察"},
      {"整改中,对标对表市委第五巡察组反馈意见", "市委第五巡察组", "巡察"},
      {"会议决定,成立省委第三巡视组", "省委第三巡视组", "巡视"},
      {"中央第三巡视组", "中央第三巡视组", "巡视"},
      // themes without an ordinal, long themed names, rounds, sub-teams
      {"县委上下联动巡察组向徽城镇党委反馈", "县委上下联动巡察组", "巡察"},
      {"县委机动巡察组对县林业局党组开展了巡察", "县委机动巡察组", "巡察"},
      {"4月26日,兴宁市委机动巡察一组对叶塘镇党委进行了巡察", "兴宁市委机动巡察一组", "巡察"},
      {"市委深化“放管服”改革、优化营商环境专项巡察组对市政务服务中心进行了专项巡察",
       "市委深化“放管服”改革、优化营商环境专项巡察组", "巡察"},
      {"七届市委第十二轮巡察一组对我院党组开展了巡察", "七届市委第十二轮巡察一组", "巡察"},
      {"县委经济发展领域作风建设专项巡察二组对县行政审批服务局党组", "县委经济发展领域作风建设专项巡察二组", "巡察"},
      {"2016年4月8日至5月10日,省委巡视第十组对省交通运输厅开展了专项巡视", "省委巡视第十组", "巡视"},
      {"县委的巡察二组", "null", ""},
      {"省委巡视第组", "null", ""},
      {"省委巡视组反馈意见", "null", ""},  // no ordinal, no theme: the committee's teams in general
      {"区委巡察机动组对区市场监管局党组开展了巡察", "区委巡察机动组", "巡察"},  // the theme after the kind
      {"县委巡察联动組", "县委巡察联动組", "巡察"},
      {"县委第二巡察组第四巡察小组对镇党委开展巡察", "县委第二巡察组第四巡察小组", "巡察"},
      {"市政协机关党组召开市委第五提级(交叉)巡察组巡察反馈问题整改会", "市委第五提级(交叉)巡察组", "巡察"},
      {"市委第二（提级）巡察组", "市委第二（提级）巡察组", "巡察"},
      {"市委(第二巡察组)", "null", ""},
      {"市委第三轮巡察组", "null", ""},
      {"自治区党委第三巡视组", "自治区党委第三巡视组", "巡视"},
      {"十二届省委第八轮巡视第六巡视组对省交通运输厅党组", "十二届省委第八轮巡视第六巡视组", "巡视"},
      {"中央第二十一巡视组", "中央第二十一巡视组", "巡视"},
      {"区委第1巡察组", "区委第1巡察组", "巡察"},
      {"市委第巡察组从2025年", "null", ""},
      {"巡察组向市发改委党组反馈了巡察意见", "null", ""},
      {"县委4个巡察组从3月17日起", "null", ""},
      {"湖北省委11个巡视组", "null", ""},
      {"市委xx巡察组", "null", ""},
      // teams named together: none is the notice's
      {"县委第一巡察组、第三巡察组在对县自然资源局、县住建局巡察时发现", "null", ""},
      {"省委第二巡视组和第五巡视组分别对两市开展了巡视", "null", ""},
      {"县委第一巡察组、县委第三巡察组", "null", ""},
      // what follows is no team
      {"区委第三巡察组和区纪委监委第二监督检查室组成联合检查组", "区委第三巡察组", "巡察"},
      {"县委第二巡察组、县委巡察办有关同志参加会议", "县委第二巡察组", "巡察"},
      {"市委**巡察组", "null", ""},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    std::string kind;
    CHECK(show(find_team(c.text, &kind)) == c.team);
    CHECK(kind == c.kind);
  }
}

TEST_CASE("inspection: a text naming three teams or more has no one team", "[inspection]") {
  Inspection listed = inspect({"根据县委统一部署，县委4个巡察组于2022年4月11日起进驻被巡察单位。",
                               "县委第一巡察组巡察县教育局党组。", "县委第二巡察组巡察县卫健委党组。",
                               "县委第三巡察组巡察某镇党委。"});
  CHECK(show(listed.team) == "null");
  CHECK(show(listed.kind) == "巡察");
  // Two are no list, and one team named again shorter is one team.
  CHECK(show(inspect({"县委第一巡察组巡察县教育局党组。", "县委第二巡察组巡察县卫健委党组。"}).team) == "县委第一巡察组");
  CHECK(show(inspect({"衡阳县县委第一巡察组正式进驻某镇。", "县委第一巡察组组长作了动员讲话。",
                      "欢迎向县委第一巡察组反映问题。", "某县委第二巡察组同日进驻某乡。"})
                 .team) == "衡阳县县委第一巡察组");
}

TEST_CASE("inspection: rounds", "[inspection]") {
  CHECK(show(find_round("中共武汉市发展和改革委员会党组关于十四届市委第五轮巡察集中整改进展情况的通报")) ==
        "十四届市委第五轮巡察");
  CHECK(show(find_round("关于十九届中央第六轮巡视整改进展情况的通报")) == "十九届中央第六轮巡视");
  CHECK(show(find_round("省委第3轮巡视")) == "省委第3轮巡视");
  CHECK(show(find_round("对区委一、二、三轮巡察的被巡察党组织")) == "null");
  CHECK(show(find_round("第五轮")) == "null");
  // A 党组 or 党委 is named by its organisation; a place's committee is not.
  CHECK(show(find_round("根据最高检党组统一部署,最高检党组第一轮巡视分别对六个省级院开展巡视")) ==
        "最高检党组第一轮巡视");
  CHECK(show(find_round("按照教育部党组第三轮巡视工作安排")) == "教育部党组第三轮巡视");
  CHECK(show(find_round("根据阜阳市委第六轮巡察工作安排")) == "市委第六轮巡察");
  CHECK(show(find_round("部第二轮巡视")) == "null");
  CHECK(show(find_round("按照十五届平山镇党委第一轮巡察工作安排")) == "十五届平山镇党委第一轮巡察");
}

TEST_CASE("inspection: the seed's preamble", "[inspection]") {
  Inspection i = inspect(
      {"根据市委巡察工作统一部署,2023年7月13日至8月31日,市委第七巡察组对市发改委党组进行了巡察。"
       "2023年10月13日,巡察组向市发改委党组反馈了巡察意见。按照巡察工作有关要求,现将反馈意见集中整改进展情况予以公布。"},
      "中共武汉市发展和改革委员会党组关于十四届市委第五轮巡察集中整改进展情况的通报");
  CHECK(show(i.kind) == "巡察");
  CHECK(show(i.round) == "十四届市委第五轮巡察");
  CHECK(show(i.team) == "市委第七巡察组");
  CHECK(show(i.target) == "市发改委党组");
  CHECK(show(i.start) == "2023-07-13");
  CHECK(show(i.end) == "2023-08-31");
  CHECK(show(i.feedback) == "2023-10-13");
}

TEST_CASE("inspection: forms of period and feedback", "[inspection]") {
  struct Case {
    const char* text;
    const char* start;
    const char* end;
    const char* feedback;
    const char* target;
  };
  const Case cases[] = {
      // feedback in the same sentence, year left off: no guess
      {"2023年6月28日至8月31日,省委第四巡视组对宿迁经开区开展了巡视,并于10月11日反馈了巡视情况。", "2023-06-28",
       "2023-08-31", "2023-10-11", "宿迁经开区"},
      // 截至 dates a tally of the problems fed back, not the feedback
      {"2024年3月11日至5月10日,县委第二巡察组对县文旅局党组开展了巡察。截至2024年8月10日,反馈的11个问题已完成整改9个。",
       "2024-03-11", "2024-05-10", "null", "县文旅局党组"},
      {"2024年3月11日至5月10日,县委第二巡察组对县文旅局党组开展了巡察,并于2024年6月5日反馈了巡察意见。截止2024年8月10日,反馈问题已全部整改。",
       "2024-03-11", "2024-05-10", "2024-06-05", "县文旅局党组"},
      // a zh-TW mirror writes 回饋 for 反馈
      {"2023年9月18日至11月17日，縣委第一巡察組對縣水利局黨組開展了常規巡察。2024年1月9日，縣委第一巡察組向縣水利局黨組回饋了巡察意見。",
       "2023-09-18", "2023-11-17", "2024-01-09", "縣水利局黨組"},
      // the news of a feedback meeting names the feedback before the period
      {"2025年7月14日,市委第二巡察组向市卫健委党组反馈了巡察情况。会议指出。"
       "2025年3月24日至5月30日,市委第二巡察组对市卫健委党组进行了巡察。",
       "2025-03-24", "2025-05-30", "2025-07-14", "市卫健委党组"},
      // team before the period, 于…至…
      {"根据市委统一部署,市委第一巡视组于2023年3月29日至6月16日对徐汇区进行了巡视,并于2023年8月29日反馈了巡视意见。",
       "2023-03-29", "2023-06-16", "2023-08-29", "徐汇区"},
      // no exact days: start and end stay null
      {"2022年8月下旬至9月底,省委第五巡视组对省卫生健康委党组开展了专项巡视。2022年11月9日,省委第五巡视组向省卫生健康委党组反馈了巡视意见。",
       "null", "null", "2022-11-09", "省卫生健康委党组"},
      // digits lost: nothing invented, nothing stopped
      {"根据委统一部署,202442日至820日,县委第一巡察组对县中医医院党委开展了巡察。2024919日,县委第一巡察组反馈了巡察意见。",
       "null", "null", "null", "县中医医院党委"},
      // one end garbled, the other kept
      {"市委第巡察组从2025年1021日至2026年1月9日,对横栏镇党委开展专项巡察。", "null", "2026-01-09", "null",
       "横栏镇党委"},
      // 开始…至…结束 and an alias in parentheses
      {"十一届区委第五轮巡察于2023年3月14日开始,至5月26日结束。", "2023-03-14", "2023-05-26", "null", "null"},
      {"本轮巡察时间自2024年3月6日起至5月10日止。", "2024-03-06", "2024-05-10", "null", "null"},
      {"县委第一巡察组从2022年3月28日开始至2022年5月27日结束。", "2022-03-28", "2022-05-27", "null", "null"},
      {"2024年2月20日至3月26日,区委巡察二组对区科学技术协会(以下简称区科协)开展了巡察,并于2025年1月21日反馈了巡察意见。",
       "2024-02-20", "2024-03-26", "2025-01-21", "区科学技术协会"},
      // em dash, single or doubled
      {"2018年11月26日——2019年1月26日,市委机动巡察一组对叶塘镇党委进行了巡察。", "2018-11-26", "2019-01-26",
       "null", "叶塘镇党委"},
      // two ranges: the first day to the last
      {"2023年3月1日至3月20日、4月6日至4月28日,县委第二巡察组对县水利局党组进行了巡察。", "2023-03-01",
       "2023-04-28", "null", "县水利局党组"},
      {"2023年3月1日至3月20日和2023年4月6日至4月28日,县委第二巡察组对县水利局党组进行了巡察。", "2023-03-01",
       "2023-04-28", "null", "县水利局党组"},
      {"2023年5月25日—7月28日,市委乡村振兴领域专项巡察组对市农业农村局党组进行了巡察。", "2023-05-25",
       "2023-07-28", "null", "市农业农村局党组"},
      // the feedback named before its date: the 反馈 after the date dates it
      {"2022年3月8日至5月6日,中央第五巡视组对我省开展了巡视“回头看”,巡视反馈意见于2022年6月24日向省委正式反馈。",
       "2022-03-08", "2022-05-06", "2022-06-24", "省委"},
      // a whole year is the span an audit covered, not the audit's own time
      {"市审计局派出审计组,对市财政局2014年1月1日至12月31日市本级预算执行情况进行了审计,审计期间为2015年4月7日至5月29日。",
       "2015-04-07", "2015-05-29", "null", "null"},
      // an audit hands its findings over in its report
      {"2023年5月8日至6月30日,某县审计局对县教育局2022年度预算执行情况进行了审计,并于2023年8月28日出具了审计报告。",
       "2023-05-08", "2023-06-30", "2023-08-28", "null"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    Inspection i = inspect({c.text});
    CHECK(show(i.start) == c.start);
    CHECK(show(i.end) == c.end);
    CHECK(show(i.feedback) == c.feedback);
    CHECK(show(i.target) == c.target);
  }
}

TEST_CASE("inspection: without a period, the day a team moved in starts it", "[inspection]") {
  Inspection i = inspect({"2018年9月19日,某县县委第一巡察组正式进驻某镇,将开展为期2个月的巡察。"});
  CHECK(show(i.start) == "2018-09-19");
  CHECK(show(i.end) == "null");
  // A date after 进驻 is not the day of it, and two before it say nothing certain.
  CHECK(show(inspect({"县委第一巡察组进驻某镇,2018年9月19日召开动员会。"}).start) == "null");
  CHECK(show(inspect({"2018年9月1日通知,2018年9月19日县委第一巡察组进驻某镇。"}).start) == "null");
  // A period wins.
  CHECK(show(inspect({"2023年3月1日至4月30日,县委第一巡察组对某局开展了巡察,3月2日进驻。"}).start) == "2023-03-01");
  // The day it ended, after the day it moved in.
  Inspection ended = inspect({"中央第十三巡视组于2023年4月11日进驻某公司,对公司党委开展了常规巡视,7月14日结束巡视工作。"});
  CHECK(show(ended.start) == "2023-04-11");
  CHECK(show(ended.end) == "2023-07-14");
  CHECK(show(inspect({"2023年4月11日,某县委第一巡察组进驻某镇,5月20日召开座谈会。"}).end) == "null");
  // A year alone before it names no day: the plan's year is not a second date.
  CHECK(show(inspect({"根据集团党委2023年巡察工作安排,集团党委第一巡察组于2023年4月10日进驻某公司,开展了常规巡察。"}).start) ==
        "2023-04-10");
  CHECK(show(inspect({"根据校党委2021年巡察工作安排,校党委第三巡察组于10月11日进驻某学院,开展了常规巡察。"}).start) ==
        "2021-10-11");
}

TEST_CASE("inspection: without a period, the day an inspection of a stated while ran from starts it", "[inspection]") {
  CHECK(show(inspect({"2019年3月18日起,省委第五巡视组对某市开展了为期2个月的巡视“回头看”。"}).start) == "2019-03-18");
  CHECK(show(inspect({"2019年3月18日起,省委第五巡视组对某市开展了为期2个月的巡视“回头看”。"}).end) == "null");
  // A date that does not open the while, or a while not stated, starts nothing.
  CHECK(show(inspect({"2019年3月18日,省委第五巡视组向某市反馈了为期2个月的巡视情况。"}).start) == "null");
  CHECK(show(inspect({"2019年3月18日起,按照省委第五巡视组的反馈意见开展巡视整改。"}).start) == "null");
  // A team's inspection from a day, with no while stated.
  CHECK(show(inspect({"根据县委巡察工作统一部署,某县委第四巡察组自2021年4月12日起对县自然资源局党组开展常规巡察,巡察时间约2个月。"}).start) ==
        "2021-04-12");
  CHECK(show(inspect({"自2021年4月12日起,某局党组对照县委第四巡察组反馈意见开展整改。"}).start) == "null");
  // A team named without its number still makes the sentence the inspection's.
  CHECK(show(inspect({"根据市委统一部署,市委巡察组于2017年5月8日起,对某局党组进行了为期一个月的巡察。"}).start) ==
        "2017-05-08");
}

TEST_CASE("inspection: a target without a day-precise period", "[inspection]") {
  Inspection i = inspect({"根据省委统一部署，2023年10月至12月，十二届省委第三轮巡视第六巡视组对省体育局党组开展了常规巡视，"
                          "2024年3月1日反馈了巡视意见。"});
  CHECK(show(i.target) == "省体育局党组");
  CHECK(show(i.start) == "null");
  CHECK(show(i.feedback) == "2024-03-01");
  CHECK(show(i.round) == "十二届省委第三轮巡视");
}

TEST_CASE("inspection: a feedback date without its own year takes the inspection's, the next after its end", "[inspection]") {
  struct Case {
    const char* text;
    const char* feedback;
  };
  const Case cases[] = {
      // After the period's end in the same year: the year carried.
      {"2022年6月22日至9月22日,市委第五巡察组对市交通运输局党组开展了巡察。"
       "12月6日,市委巡察组向市交通运输局党组反馈了巡察意见。",
       "2022-12-06"},
      // Before the period's end: feedback follows the inspection, so the next year.
      {"2023年10月9日至12月20日,县委第一巡察组对县医院党委进行了巡察,并于3月1日反馈了巡察意见。", "2024-03-01"},
      // 29 February of a leap year has no twin in the next: not known.
      {"2024年3月1日至5月30日,县委第一巡察组对县医院党委进行了巡察,并于2月29日反馈了巡察意见。", "null"},
      // No year anywhere before it: nothing to carry.
      {"9月11日,市委第四巡察组向市水利局党组反馈了巡察意见。", "null"},
      // A summary's month and day above the article's own dated sentence:
      // the article's.
      {"摘要 7月8日,市委第三巡察组对某学院党委巡察情况反馈会议召开。"
       "2024年7月8日,市委第三巡察组对某学院党委巡察情况反馈会议召开。",
       "2024-07-08"},
      // Its own year: taken as written.
      {"2022年6月22日至9月22日,市委第五巡察组对市交通运输局党组开展了巡察。"
       "2022年12月6日,市委巡察组向市交通运输局党组反馈了巡察意见。",
       "2022-12-06"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(show(inspect({c.text}).feedback) == c.feedback);
  }
}

TEST_CASE("inspection: an audit office's numbered team, read back to its office's place", "[inspection]") {
  const struct {
    const char* text;
    const char* team;
  } cases[] = {
      {"2024年3月11日至4月30日,省审计厅第五审计组对某集团开展了经济责任审计。", "省审计厅第五审计组"},
      {"2023年9月4日至10月20日,市审计局经济责任审计二组对某局原局长进行了审计。", "市审计局经济责任审计二组"},
      {"2024年5月6日至6月28日,集团公司审计部第二审计组对某公司进行了审计。", "集团公司审计部第二审计组"},
      {"2024年5月6日至6月28日,凤栖区审计局第三审计组对某街道进行了审计。", "凤栖区审计局第三审计组"},
      // A team of no office's, or an office without its place, is no team.
      {"2024年5月6日至6月28日,第三审计组对某街道进行了审计。", "null"},
      {"2024年5月6日至6月28日,审计局第三审计组对某街道进行了审计。", "null"},
      {"2024年5月6日至6月28日,县审计局派出审计组对某镇进行了审计。", "null"},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    const Inspection i = inspect({c.text});
    CHECK(show(i.kind) == "审计");
    CHECK(show(i.team) == c.team);
  }
  // A 巡察's text may name the audit team it worked with: not its team.
  CHECK(show(inspect({"2024年3月1日至4月30日,县委巡察组对某局进行了巡察。", "配合县审计局第二审计组做好巡察整改。"}).team) ==
        "null");
}

TEST_CASE("inspection: kinds without a team", "[inspection]") {
  CHECK(show(inspect({"现将审计查出问题整改情况报告如下:", "审计整改工作总体推进情况。"}).kind) == "审计");
  CHECK(show(inspect({"根据區委巡察工作統一部署,現將巡察整改進展情況予以公布。"}).kind) == "巡察");
  CHECK(show(inspect({"x"}, "关于督察反馈问题整改情况的通报").kind) == "其他");
  // A notice answering two inspections, each with its team and period, the
  // second after a semicolon: no one team, and the period to the last day.
  const Inspection both = inspect({"根据县委统一部署,2023年3月6日至4月28日,县委第三巡察组对县农业农村局党组开展了常规巡察；",
                                   "2023年5月8日至5月26日,县委机动巡察组对局系统高标准农田建设项目开展了专项巡察。"});
  CHECK(show(both.team) == "null");
  CHECK(show(both.start) == "2023-03-06");
  CHECK(show(both.end) == "2023-05-26");
  // Teams named together by their numbers in the inspection sentence: none
  // of them, nor the one named alone further on.
  CHECK(show(inspect({"根据县委巡察工作统一部署,县委第二、第三巡察组将于2024年3月18日至5月17日,分别对县人社局、县医保局开展常规巡察。",
                      "(一)县委第二巡察组值班电话:0738-5126602。"})
                 .team) == "null");
  CHECK(show(find_team("县委第二、第三巡察组分别对两局开展巡察")) == "null");
  // The title names the team with its number, the text without it; a
  // place the title adds is not taken.
  CHECK(show(inspect({"2024年4月8日至5月31日,市委专项巡察组对市医疗保障局党组开展了专项巡察。"},
                     "中共某市医疗保障局党组关于市委第二专项巡察组反馈意见整改进展情况的通报")
                 .team) == "市委第二专项巡察组");
  CHECK(show(inspect({"2024年4月8日至5月31日,县委第二巡察组对县教育局党组开展了常规巡察。"},
                     "岚江县委第二巡察组反馈意见整改进展情况的通报")
                 .team) == "县委第二巡察组");
  // Once is enough where the word names what is rectified; a bare mention is not.
  CHECK(show(inspect({"党组高度重视。", "欢迎广大干部群众对巡察整改落实情况进行监督。"}).kind) == "巡察");
  CHECK(show(inspect({"对照巡视反馈问题,逐条制定措施。"}).kind) == "巡视");
  CHECK(show(inspect({"巡察组长出席会议。"}).kind) == "null");
  CHECK(show(inspect({"对照巡视反馈问题,配合审计整改工作。"}).kind) == "null");  // two kinds once each: neither
  const std::vector<Span> plain{Span{Role::Body, "今天天气很好。", 1, 1, ""}};
  CHECK_FALSE(find_inspection(std::nullopt, split_sentences(plain, dates_by_span(plain))));
}

TEST_CASE("inspection: a period in the body needs a team", "[inspection]") {
  Inspection i = inspect({"2023年10月至11月,党组专题研究巡察整改工作3次。"}, std::nullopt, Role::Body);
  CHECK(show(i.start) == "null");
  Inspection j = inspect({"2023年10月1日至11月2日,党组专题研究巡察整改工作3次。"}, std::nullopt, Role::Body);
  CHECK(show(j.start) == "null");
  // An audit has no numbered team: the office that audited stands for it
  // (a report that opens with 一、基本情况 dates its audit there).
  Inspection k = inspect({"2024年3月11日至4月26日,朔宁县审计局派出审计组,对我局2023年度预算执行情况进行了审计。"},
                         std::nullopt, Role::Body);
  CHECK(show(k.kind) == "审计");
  CHECK(show(k.start) == "2024-03-11");
  CHECK(show(k.end) == "2024-04-26");
  CHECK(show(inspect({"2024年1月至6月,局里开展了内部审计自查。"}, std::nullopt, Role::Body).start) == "null");
}

TEST_CASE("sentences: every end mark splits, dates follow their sentence", "[inspection]") {
  const std::vector<Span> spans = {
      Span{Role::Body, "甲。乙！丙?丁；戊;己!庚？2023年10月13日反馈", 1, 1, ""},
      Span{Role::Chrome, "首页。", 2, 1, ""},
      Span{Role::Body, "12月26日完成", 3, 1, ""},
  };
  const SpanDates dates = dates_by_span(spans);
  CHECK(dates[1].empty());
  auto sentences = split_sentences(spans, dates);
  const std::vector<std::string_view> expected = {"甲。", "乙！", "丙?", "丁；", "戊;", "己!",
                                                  "庚？", "2023年10月13日反馈", "12月26日完成"};
  REQUIRE(sentences.size() == expected.size());
  for (std::size_t k = 0; k < expected.size(); ++k) CHECK(sentences[k].text == expected[k]);
  for (std::size_t k = 0; k < 7; ++k) CHECK(sentences[k].dates.empty());
  // The date is the span's own, placed in the sentence by its offset.
  REQUIRE(sentences[7].dates.size() == 1);
  CHECK(sentences[7].dates.data() == dates[0].data());
  CHECK(sentences[7].date_begin(0) == 0);
  CHECK(sentences[7].date_end(0) == std::string_view("2023年10月13日").size());
  CHECK(sentences[7].text.substr(sentences[7].date_begin(0), sentences[7].date_end(0)) == "2023年10月13日");
  CHECK(sentences[7].dates[0].value == "2023-10-13");
  // The next paragraph is the next sentence: the year carries (chrome skipped).
  REQUIRE(sentences[8].dates.size() == 1);
  CHECK(sentences[8].date_begin(0) == 0);
  CHECK(sentences[8].dates[0].value == "2023-12-26");
  // The same sentences with the span marks given.
  auto shared = split_sentences(spans, dates, tongbao::detail::SpanStops(spans));
  REQUIRE(shared.size() == sentences.size());
  for (std::size_t k = 0; k < shared.size(); ++k) CHECK(shared[k].text == sentences[k].text);
}
