#include "text/dates.h"

#include <catch2/catch.hpp>

#include <string>

using tongbao::detail::DateMatch;
using tongbao::detail::find_dates;
using tongbao::detail::whole_date;
using tongbao::detail::YearContext;

namespace {

struct Found {
  std::string text;
  std::string value;  // "null" for no value
};

std::vector<Found> scan(std::string_view text) {
  YearContext years;
  std::vector<Found> out;
  for (const DateMatch& m : find_dates(text, years)) {
    out.push_back({std::string(text.substr(m.begin, m.end - m.begin)), m.value.value_or("null")});
  }
  return out;
}

}  // namespace

TEST_CASE("dates: every written form normalises", "[dates]") {
  struct Case {
    const char* input;
    const char* text;
    const char* value;
  };
  const Case cases[] = {
      {"于2023年10月13日反馈", "2023年10月13日", "2023-10-13"},
      // OCR'd and typeset text spaces a date's numbers out
      {"根 据县委统一部署，2023年 3月 6日至", "2023年 3月 6日", "2023-03-06"},
      // OCR'd from a PDF: digits and marks spaced out one by one
      {"于 2 0 2 3 年 5 月 8 日至", "2 0 2 3 年 5 月 8 日", "2023-05-08"},
      {"2024 年 2 月 26 日,区委", "2024 年 2 月 26 日", "2024-02-26"},
      {"2 02 4 年 1 月 1 6 日反馈", "2 02 4 年 1 月 1 6 日", "2024-01-16"},
      {"截至 2 0 2 3 年 1 2 月底", "2 0 2 3 年 1 2 月", "2023-12"},
      {"二〇二四年六月十七日", "二〇二四年六月十七日", "2024-06-17"},
      {"二○一五年十月九日", "二○一五年十月九日", "2015-10-09"},
      {"二OO五年二月十六日", "二OO五年二月十六日", "2005-02-16"},
      {"二〇二四年十二月三十一日", "二〇二四年十二月三十一日", "2024-12-31"},
      {"发布时间:2024-06-24 16:38 来源", "2024-06-24 16:38", "2024-06-24T16:38"},
      {"2021-02-23 12:42:06来源", "2021-02-23 12:42:06", "2021-02-23T12:42"},
      {"日期:2023-05-04", "2023-05-04", "2023-05-04"},
      {"落款2024.6.17", "2024.6.17", "2024-06-17"},
      {"22.06.2020 10:10", "22.06.2020 10:10", "2020-06-22T10:10"},  // day first, as some CMSs write it
      {"發表於 16/05/2024 21:47", "16/05/2024 21:47", "2024-05-16T21:47"},  // a slash: day first when no month
      {"发布:1.7.2021", "1.7.2021", "2021-07-01"},
      {"２０２４年６月１７日", "２０２４年６月１７日", "2024-06-17"},
      {"长江新区库已于2024年二季度开工", "2024年二季度", "2024-Q2"},
      {"2023年第四季度", "2023年第四季度", "2023-Q4"},
      {"预计2024年9月竣工", "2024年9月", "2024-09"},
      {"2024年重点工作", "2024年", "2024"},
      {"2023年10月16-19日,组织培训", "2023年10月16-19日", "2023-10-16"},
      {"2024年2月29日", "2024年2月29日", "2024-02-29"},
      {"2022年8月下旬至9月底", "2022年8月", "2022-08"},
      // CMS info lines: a ratio sign for the colon, full-width points.
      {"发布时间∶2024-06-24 16∶38∶05", "2024-06-24 16∶38∶05", "2024-06-24T16:38"},
      {"日期：2024．06．24", "2024．06．24", "2024-06-24"},
  };
  for (const Case& c : cases) {
    INFO(c.input);
    auto found = scan(c.input);
    REQUIRE(found.size() == 1);
    CHECK(found[0].text == c.text);
    CHECK(found[0].value == c.value);
  }
}

TEST_CASE("dates: the year carries to a range's end and the next sentence", "[dates]") {
  auto found = scan("2023年7月13日至8月31日,市委第七巡察组进行了巡察。12月26日,反馈了意见。");
  REQUIRE(found.size() == 3);
  CHECK(found[0].value == "2023-07-13");
  CHECK(found[1].text == "8月31日");
  CHECK(found[1].value == "2023-08-31");
  CHECK(found[2].value == "2023-12-26");
  // In Chinese numerals, the range's end too.
  auto chinese = scan("二〇二三年三月一日至三月三十一日，县委巡察组开展了巡察。");
  REQUIRE(chinese.size() == 2);
  CHECK(chinese[0].value == "2023-03-01");
  CHECK(chinese[1].text == "三月三十一日");
  CHECK(chinese[1].value == "2023-03-31");
  // A Chinese month and day elsewhere stays no date (三月份, 十一月五日 far from a range).
  CHECK(scan("三月份召开了会议。").empty());
  // A budget's year (2016年度) does not date what the text tells of after it.
  auto fiscal = scan("2017年3月,市审计局对我局2016年度部门预算执行情况进行了审计,6月12日反馈了审计意见。");
  REQUIRE_FALSE(fiscal.empty());
  CHECK(fiscal.back().text == "6月12日");
  CHECK(fiscal.back().value == "2017-06-12");
  // With no year before it, it is all the text has.
  CHECK(scan("对2016年度部门预算执行情况进行了审计,6月12日反馈了审计意见。").back().value == "2016-06-12");
  // Dotted: the range's end in its month and day with the start's point.
  auto dotted = scan("2024.4.15—6.14，市委第三巡察组开展了巡察。");
  REQUIRE(dotted.size() == 2);
  CHECK(dotted[0].value == "2024-04-15");
  CHECK(dotted[1].text == "6.14");
  CHECK(dotted[1].value == "2024-06-14");
  CHECK(scan("2024．4．15至6．14")[1].value == "2024-06-14");
  // Only after a dotted start, and only a month and day that end there.
  CHECK(scan("2024年4月15日—6.14").size() == 1);
  CHECK(scan("2024.4.15—6.14.2").size() == 1);
  CHECK(scan("2024.4.15—13.14").size() == 1);
  CHECK(scan("2024-4-15—6.14").size() == 1);
  CHECK(scan("增长6.14%").empty());
}

TEST_CASE("dates: a month-day date tells whether its year was carried", "[dates]") {
  struct Case {
    const char* text;
    bool carried;  // of the last date found
  };
  const Case cases[] = {
      {"2023年7月13日至8月31日进行了巡察。", true},        // same sentence
      {"2023年7月13日开展巡察。9月11日反馈。", true},       // previous sentence
      {"2023年7月开展巡察。2023年9月11日反馈。", false},    // its own year
      {"2023年7月13日至2023年8月31日。", false},
      {"2023-07-13", false},
      {"二〇二三年九月十一日", false},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    YearContext years;
    const std::vector<DateMatch> found = find_dates(c.text, years);
    REQUIRE(!found.empty());
    CHECK(found.back().value.has_value());
    CHECK(found.back().year_carried == c.carried);
  }
}

TEST_CASE("dates: the year does not carry past the previous sentence", "[dates]") {
  auto found = scan("2023年7月开展。其后整改。再后来。12月26日召开会议。");
  REQUIRE(found.size() == 2);
  CHECK(found[1].text == "12月26日");
  CHECK(found[1].value == "null");
  auto alone = scan("11月22日,组织召开会议");
  REQUIRE(alone.size() == 1);
  CHECK(alone[0].value == "null");
}

TEST_CASE("dates: garbled dates keep their text, have no value, and stop nothing", "[dates]") {
  auto found = scan("202442日至820日,县委第一巡察组开展了巡察。2024919日反馈。2024年5月12日");
  REQUIRE(found.size() == 4);
  CHECK(found[0].text == "202442日");
  CHECK(found[0].value == "null");
  CHECK(found[1].text == "820日");
  CHECK(found[1].value == "null");
  CHECK(found[2].text == "2024919日");
  CHECK(found[3].value == "2024-05-12");
  auto lost_month = scan("从2025年1021日至2026年1月9日");
  REQUIRE(lost_month.size() == 2);
  CHECK(lost_month[0].text == "2025年1021日");
  CHECK(lost_month[0].value == "null");
  CHECK(lost_month[1].value == "2026-01-09");
}

TEST_CASE("dates: things that are not dates", "[dates]") {
  const char* not_dates[] = {
      "1.4万亿元",  "(2023-2025)", "113307020501239658/2023-46395", "2024.6.17.3",
      "提高0.7个百分点", "11月会同经信部门", "每月15日前", "第1960邮箱", "2024-13-01",
      "一二三四五六", "OOOO年",
      // day-first forms that are not dates: a section number, a number
      // before a year, an impossible day, a slash whose order is uncertain
      "1.2.2020.3", "2.1.2020年以来", "31.02.2020", "06/05/2020", "31/02/2020", "1.2.99",
      // spaced digits that make no year: too few, too many, two spaces
      "1 2 3 年", "2 0 2 3 4 年", "2  0 2 3 年",
  };
  for (const char* text : not_dates) {
    INFO(text);
    CHECK(scan(text).empty());
  }
  // Impossible days are read as dates with no value.
  auto bad = scan("2023年2月30日");
  REQUIRE(bad.size() == 1);
  CHECK(bad[0].value == "null");
}

TEST_CASE("dates: long digit runs and long lines stay linear", "[dates]") {
  std::string digits(5000, '7');
  digits += "年";
  CHECK(scan(digits).empty());
  std::string line;
  for (int i = 0; i < 200000; ++i) line += "2024年6月";
  YearContext years;
  CHECK(find_dates(line, years).size() == 200000);
}

TEST_CASE("dates: whole_date recognises a date line", "[dates]") {
  REQUIRE(whole_date("2024年6月17日"));
  CHECK(*whole_date(" 二〇二四年六月十七日 ")->value == "2024-06-17");
  CHECK_FALSE(whole_date("2024年6月17日召开会议"));
  CHECK_FALSE(whole_date("中共武汉市发展和改革委员会党组"));
  CHECK_FALSE(whole_date(""));
}

TEST_CASE("dates: a time of day after a date", "[dates]") {
  const std::string_view line = "2024年6月24日 16:38:05 来源";
  const std::size_t day_end = line.find(" ");
  const auto time = tongbao::detail::time_after(line, day_end);
  REQUIRE(time);
  CHECK(time->hour == 16);
  CHECK(time->minute == 38);
  CHECK(line.substr(time->end) == " 来源");
  CHECK(tongbao::detail::time_after("2024-06-24 9∶05", 10)->minute == 5);
  CHECK_FALSE(tongbao::detail::time_after("2024-06-24 25:00", 10));
  const std::string_view chinese = "2024年06月24日 10时38分05秒 来源";
  const auto written = tongbao::detail::time_after(chinese, chinese.find(" "));
  REQUIRE(written);
  CHECK(written->hour == 10);
  CHECK(written->minute == 38);
  CHECK(chinese.substr(written->end) == " 来源");
  CHECK_FALSE(tongbao::detail::time_after("2024年6月24日 10时", 17));
  CHECK_FALSE(tongbao::detail::time_after("2024年6月24日 第3:1", 17));
}

TEST_CASE("dates: first_timestamp reads the forms info lines write", "[dates]") {
  struct Case {
    const char* text;
    const char* value;
  };
  const Case cases[] = {
      {"2024-06-24 16:38", "2024-06-24T16:38"},   {"2023-05-04 08:46:31", "2023-05-04T08:46"},
      {"2024年06月24日", "2024-06-24"},           {"2024/6/24", "2024-06-24"},
      {"2024.06.24", "2024-06-24"},               {"２０２４－０６－２４", "2024-06-24"},
      {"日期：2021-02-23", "2021-02-23"},         {"2024．06．24 16∶38∶05", "2024-06-24T16:38"},
      {"2024年6月24日 16:38 来源", "2024-06-24T16:38"},
      {"2024年6月 第2期 2024-07-01", "2024-07-01"},  // a month alone is no day: the next date is
      {"22.06.2020 10:10", "2020-06-22T10:10"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    const auto stamp = tongbao::detail::first_timestamp(c.text);
    REQUIRE(stamp);
    CHECK(stamp->value == c.value);
  }
  const std::string_view line = "发布时间：2024-06-24 16:38 来源";
  const auto stamp = tongbao::detail::first_timestamp(line);
  REQUIRE(stamp);
  CHECK(line.substr(stamp->begin, stamp->end - stamp->begin) == "2024-06-24 16:38");
  CHECK_FALSE(tongbao::detail::first_timestamp("2024717日"));
  CHECK_FALSE(tongbao::detail::first_timestamp("第2轮"));
  CHECK_FALSE(tongbao::detail::first_timestamp("2024-13-01"));
  CHECK_FALSE(tongbao::detail::first_timestamp("1899-06-24"));  // the grammar's one year range
}

TEST_CASE("dates: a time with another UTC offset is read as China Standard Time", "[dates]") {
  struct Case {
    const char* text;
    const char* value;
  };
  const Case cases[] = {
      {"2024-03-17T23:05:33+00:00", "2024-03-18T07:05"},  // WordPress and Open Graph write UTC
      {"2024-03-18T07:05:33+08:00", "2024-03-18T07:05"},
      {"2024-12-31T20:00Z", "2025-01-01T04:00"},          // over a year's end
      {"2024-02-28T18:30:00.123Z", "2024-02-29T02:30"},   // a fraction of a second; a leap day
      {"2024-03-01T02:00:00-05:00", "2024-03-01T15:00"},
      {"2024-03-01T02:00:00-0500", "2024-03-01T15:00"},
      {"2024-03-01T09:00:00+09:30", "2024-03-01T07:30"},
      {"2024-03-01T01:00+09:00", "2024-03-01T00:00"},
      {"2024-03-01T00:30+09:00", "2024-02-29T23:30"},     // back over a leap day
      {"2024-03-18", "2024-03-18"},                       // a day has no time to move
      {"2024-03-18 09:30 来源", "2024-03-18T09:30"},     // no offset: as written
      {"2024-03-18T09:30+25:00", "2024-03-18T09:30"},     // no such offset
      {"2099-12-31T23:00Z", "2099-12-31T23:00"},          // past the grammar's years: as written
  };
  for (const Case& c : cases) {
    INFO(c.text);
    const auto stamp = tongbao::detail::first_timestamp(c.text);
    REQUIRE(stamp);
    CHECK(tongbao::detail::in_china_time(c.text, *stamp) == c.value);
  }
}

TEST_CASE("dates: padded_date_at reads a date the next words are glued to", "[dates]") {
  CHECK(tongbao::detail::padded_date_at("2025-04-274月24日下午")->value == "2025-04-27");
  CHECK(tongbao::detail::padded_date_at("2021/07/031")->value == "2021-07-03");
  CHECK(tongbao::detail::padded_date_at("2025-04-27")->end == 10);
  CHECK_FALSE(tongbao::detail::padded_date_at("2025-4-27号"));   // not padded
  CHECK_FALSE(tongbao::detail::padded_date_at("2025-02-30"));    // no such day
  CHECK_FALSE(tongbao::detail::padded_date_at("2025-04/27"));    // two separators
  CHECK_FALSE(tongbao::detail::padded_date_at("发布 2025-04-27"));  // only at the start
}

TEST_CASE("dates: trailing_timestamp reads a date that ends a line apart from its words", "[dates]") {
  using tongbao::detail::trailing_timestamp;
  const auto white = trailing_timestamp("白沙镇 2024-05-20");
  REQUIRE(white);
  CHECK(white->value == "2024-05-20");
  CHECK(white->begin == std::string_view("白沙镇").size());
  CHECK(trailing_timestamp("乡镇动态\u30002024年5月20日  ")->value == "2024-05-20");
  CHECK(trailing_timestamp("乡镇动态 2024-05-20 10:15")->value == "2024-05-20T10:15");
  CHECK_FALSE(trailing_timestamp("白沙镇2024-05-20"));    // glued to the words
  CHECK_FALSE(trailing_timestamp("2024-05-20"));          // nothing before it
  CHECK_FALSE(trailing_timestamp("乡镇动态 2024-05"));    // to the month only
  CHECK_FALSE(trailing_timestamp("2024-05-20 乡镇动态"));  // not at the end
}

TEST_CASE("dates: english_date reads the forms feeds, blogs and note apps keep", "[dates]") {
  struct Case {
    const char* text;
    std::optional<std::string> date;
  };
  const Case cases[] = {
      {"Dec 29 2023", "2023-12-29"},
      {"December 29, 2023", "2023-12-29"},
      {"June 5, 2024 9:30 AM", "2024-06-05"},
      {"29 Dec 2023", "2023-12-29"},
      {"Fri, 29 Dec 2023 10:00:00 +0800", "2023-12-29"},
      {"Sept. 3, 2024", "2024-09-03"},
      {"  may 1 2024", "2024-05-01"},
      // not a date of a day
      {"Dec 32 2023", std::nullopt},
      {"Feb 29 2023", std::nullopt},
      {"Dec 2023", std::nullopt},
      {"Decimal 29 2023", std::nullopt},
      {"12 13 2023", std::nullopt},
      {"Dec 29 1850", std::nullopt},
      {"2023-12-29", std::nullopt},
      {"", std::nullopt},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(tongbao::detail::english_date(c.text) == c.date);
  }
}
