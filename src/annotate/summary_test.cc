#include "annotate/summary.h"

#include <catch2/catch.hpp>

using tongbao::Summary;
using tongbao::detail::find_summary;
using tongbao::detail::Role;
using tongbao::detail::Span;
using tongbao::detail::split_sentences;

namespace {

std::optional<Summary> summarise(std::string_view text) {
  const std::vector<Span> spans{Span{Role::Preamble, text, 1, 1, ""}};
  return find_summary(split_sentences(spans, tongbao::detail::dates_by_span(spans)));
}

}  // namespace

TEST_CASE("summary: the figures a notice states", "[summary]") {
  auto s = summarise(
      "截至目前,巡察反馈25个问题,已完成整改19个、正在整改6个,整改完成率76%。在巡察整改工作中,给予政务处分0人;"
      "组织处理0人;诫勉0人;交由纪委调查1人。批评教育6人,提醒谈话0人。制定及修改完善制度12项,追缴资金7.132万元。"
      "制定了95条具体整改措施。");
  REQUIRE(s);
  CHECK(s->problems == 25);
  CHECK(s->completed == 19);
  CHECK(s->in_progress == 6);
  CHECK(s->rate == Approx(0.76));
  CHECK(s->people_disciplined == 0);
  CHECK(s->rules == 12);
  CHECK(s->measures == 95);
  REQUIRE(s->funds_recovered_yuan);
  CHECK(*s->funds_recovered_yuan == Approx(71320));
  using Handled = std::vector<std::pair<std::string, std::int64_t>>;
  CHECK(s->people_handled ==
        Handled{{"组织处理", 0}, {"诫勉", 0}, {"交由纪委调查", 1}, {"批评教育", 6}, {"提醒谈话", 0}});
}

TEST_CASE("summary: longer terms win and the first figure stays", "[summary]") {
  auto s = summarise("诫勉谈话3人、批评教育1人。共反映1263个问题,已整改1153个,整改率91.29%。后来反馈9个问题。");
  REQUIRE(s);
  REQUIRE(s->people_handled.size() == 2);
  CHECK(s->people_handled[0].first == "诫勉谈话");
  CHECK(s->people_handled[0].second == 3);
  CHECK(s->problems == 1263);
  CHECK(s->completed == 1153);
  CHECK(s->rate == Approx(0.9129));
}

TEST_CASE("summary: either width of percent sign, and a sign shorter than the pattern's", "[summary]") {
  auto half = summarise("整改率5%");
  REQUIRE(half);
  CHECK(half->rate == Approx(0.05));
  auto full = summarise("整改完成率为100％。");
  REQUIRE(full);
  CHECK(full->rate == Approx(1.0));
}

TEST_CASE("summary: figures that are not totals", "[summary]") {
  // One case's recovered money, separated from its verb: not a total.
  CHECK_FALSE(summarise("协调相关部门追回2021年度多拨付的人才奖励5.99万元。"));
  CHECK_FALSE(summarise("提出9项政策措施,并形成35项任务清单;召开4次部门调度会。"));
  CHECK_FALSE(summarise("被给予批评教育责令书面检查处理。"));
  CHECK_FALSE(summarise(""));
  std::string long_digits(5000, '8');
  CHECK_FALSE(summarise("反馈" + long_digits + "个问题"));
}
