#include "annotate/span_stops.h"

#include <catch2/catch.hpp>
#include <string>
#include <utility>
#include <vector>

// SpanStops marks all spans into one block: each span must read exactly as
// a StopBits of its own text, whatever the lengths of the spans around it
// (which decide where its words fall in the block).
TEST_CASE("SpanStops gives each span the marks StopBits gives it alone", "[span_stops]") {
  using tongbao::detail::Role;
  using tongbao::detail::Span;
  using tongbao::detail::SpanStops;
  using tongbao::detail::StopBits;
  const std::vector<std::string> texts = {
      "",
      "一、总体情况",
      "根据市委巡察工作统一部署,2023年7月13日至8月31日,市委第七巡察组对市发改委党组进行了巡察。",
      std::string(63, 'x') + "年",
      std::string(64, 'x') + "。",
      "追缴资金7.132万元;整改完成率７６％;《关于印发〔2023〕374号的通知》;abc@example.com",
      "整改" + std::string(130, '\xE4') + "元",  // invalid UTF-8 is marked byte by byte all the same
      "\xE5\xB9",                               // a truncated 年 at a span's end marks nothing
      std::string(200, 'y') + "！",
  };
  std::vector<Span> spans;
  for (const std::string& t : texts) {
    spans.push_back(Span{Role::Body, t, 1, 1, ""});
    spans.push_back(Span{Role::Chrome, t, 1, 1, ""});  // not marked: read as empty
  }
  const SpanStops stops(spans);
  REQUIRE(stops.size() == spans.size());
  for (std::size_t k = 0; k < spans.size(); ++k) {
    const std::string_view t = spans[k].text;
    INFO("span " << k << ": " << t);
    if (spans[k].role == Role::Chrome) {
      CHECK(stops[k].next(0) == 0);
      CHECK_FALSE(stops[k].may_hold_number_or_email());
      continue;
    }
    const StopBits alone(t);
    for (std::size_t from = 0; from <= t.size() + 1; ++from) {
      INFO("from " << from);
      CHECK(stops[k].next(from) == alone.next(from));
      CHECK(stops[k].next_year_mark(from) == alone.next_year_mark(from));
      CHECK(stops[k].next_sentence_end(from) == alone.next_sentence_end(from));
      CHECK(stops[k].next_date_stop(from) == alone.next_date_stop(from));
    }
    CHECK(stops[k].may_hold_money() == alone.may_hold_money());
    CHECK(stops[k].may_hold_title() == alone.may_hold_title());
    CHECK(stops[k].may_hold_percent() == alone.may_hold_percent());
    CHECK(stops[k].may_hold_number_or_email() == alone.may_hold_number_or_email());
  }
  // The views read the block of the SpanStops they came from: a moved
  // SpanStops keeps it.
  SpanStops first(spans);
  const SpanStops moved = std::move(first);
  CHECK(moved[4].next_sentence_end(0) == spans[4].text.find("。"));
  CHECK(moved[4].next_year_mark(0) == spans[4].text.find("年"));
  CHECK(SpanStops().size() == 0);
}
