#include "scan/stop_bits.h"

#include <catch2/catch.hpp>
#include <string>
#include <string_view>

TEST_CASE("StopBits finds what next_ascii_or_e3_ef finds from every offset", "[stop_bits]") {
  using tongbao::detail::next_ascii_or_e3_ef;
  using tongbao::detail::StopBits;
  const std::string texts[] = {
      "",
      "a",
      "整改",
      "根据市委巡察工作统一部署,2023年7月13日至8月31日,市委第七巡察组对市发改委党组进行了巡察。",
      "整改落实情况整改落实情况整改落实情况整改落实情况整改落实情况整改落实情况。",  // a stop past 64 bytes
      "《关于印发〔2023〕374号的通知》！？；，２０２４",
      std::string(200, 'x'),
      "整改" + std::string(130, '\xE4') + "。",  // invalid UTF-8 is searched byte by byte all the same
  };
  for (const std::string& t : texts) {
    const StopBits stops(t);
    for (std::size_t from = 0; from <= t.size() + 1; ++from) {
      INFO(t << " from " << from);
      CHECK(stops.next(from) == next_ascii_or_e3_ef(t, std::min(from, t.size())));
    }
  }
  CHECK(StopBits().next(0) == 0);
}

TEST_CASE("StopBits marks each 年 and what the span holds as a search would", "[stop_bits]") {
  using tongbao::detail::StopBits;
  const std::string texts[] = {
      "",
      "年",
      "2023年7月13日至8月31日,二〇二四年",
      "整改落实情况整改落实情况整改落实情况整改落实情况整改落实情况整改落实年",  // 年 past 64 bytes, at the end
      "追缴资金7.132万元",
      "《关于印发〔2023〕374号的通知》",
      "整改完成率76%",
      "整改完成率７６％",
      "联系邮箱:abc@example.com",
      "整改" + std::string(130, '\xE4') + "元",
      "\xE5\xB9",       // a truncated 年 is none
      "\xEF\xBC\x90",  // ０ alone, at the very end
      std::string(17, 'x') + "元",
      std::string(33, 'x') + "％",
  };
  for (const std::string& t : texts) {
    INFO(t);
    const StopBits bits(t);
    for (std::size_t from = 0; from <= t.size() + 1; ++from) {
      INFO("from " << from);
      CHECK(bits.next_year_mark(from) == (from > t.size() ? std::string_view::npos : t.find("年", from)));
    }
    CHECK(bits.may_hold_money() == (t.find("元") != std::string::npos));
    CHECK(bits.may_hold_title() == (t.find("《") != std::string::npos));
    CHECK(bits.may_hold_percent() == (t.find('%') != std::string::npos || t.find("％") != std::string::npos));
    bool number_or_email = t.find('@') != std::string::npos || t.find_first_of("0123456789") != std::string::npos;
    for (const char* d : {"０", "１", "２", "３", "４", "５", "６", "７", "８", "９"}) {
      number_or_email = number_or_email || t.find(d) != std::string::npos;
    }
    CHECK(bits.may_hold_number_or_email() == number_or_email);
  }
}

TEST_CASE("StopBits marks sentence ends and the stops of a date scan", "[stop_bits]") {
  using tongbao::detail::StopBits;
  const std::string texts[] = {
      "",
      "。",
      "巡察。整改！完成？是；a!b?c;d",
      "2023年7月13日至8月31日,1.2．３",
      "整改落实情况整改落实情况整改落实情况整改落实情况整改落实情况整改落实情况。",  // past 64 bytes
      std::string(17, 'x') + "。",
      "\xE3\x80",  // a truncated 。 is none
  };
  auto starts = [](const std::string& t, std::size_t i, std::initializer_list<const char*> words) {
    for (const char* w : words) {
      if (t.compare(i, std::string_view(w).size(), w) == 0) return true;
    }
    return false;
  };
  for (const std::string& t : texts) {
    INFO(t);
    const StopBits bits(t);
    for (std::size_t from = 0; from <= t.size() + 1; ++from) {
      INFO("from " << from);
      std::size_t end = std::min(from, t.size()), stop = end;
      while (end < t.size() && !starts(t, end, {"。", "！", "？", "；", "!", "?", ";"})) ++end;
      while (stop < t.size() && !starts(t, stop, {"。", "！", "？", "；", "!", "?", ";", ".", "．", "0", "1", "2", "3",
                                                   "4", "5", "6", "7", "8", "9", "０", "１", "２", "３", "４", "５",
                                                   "６", "７", "８", "９"})) {
        ++stop;
      }
      CHECK(bits.next_sentence_end(from) == end);
      CHECK(bits.next_date_stop(from) == stop);
    }
  }
}

TEST_CASE("StopBits gives the same marks at every offset of long spans", "[stop_bits]") {
  // Spans of 66 bytes and more are read 32 bytes at a time where the
  // processor has AVX2, the rest 16 at a time: the marks of one text behind
  // and before padding of every length must not depend on where it falls.
  using tongbao::detail::next_ascii_or_e3_ef;
  using tongbao::detail::StopBits;
  const std::string text = "2023年7月13日。整改！完成率７６％；《通知》1.5万元?a@b．c!二〇二四年";
  auto starts = [](const std::string& t, std::size_t i, std::initializer_list<const char*> words) {
    for (const char* w : words) {
      if (t.compare(i, std::string_view(w).size(), w) == 0) return true;
    }
    return false;
  };
  for (std::size_t before = 0; before <= 70; ++before) {
    for (std::size_t after : {0, 1, 2, 70}) {
      for (const char* ending : {"", "!", "9%", "@.", "?;", "\xEF\xBC", "\xE5\xB9\xB4", "\xE3\x80"}) {
        const std::string t = std::string(before, 'x') + text + std::string(after, 'y') + ending;
        INFO(before << " " << after << " " << ending);
        const StopBits bits(t);
        CHECK(bits.may_hold_money());
        CHECK(bits.may_hold_title());
        CHECK(bits.may_hold_percent());
        CHECK(bits.may_hold_number_or_email());
        for (std::size_t from = 0; from <= t.size(); ++from) {
          std::size_t end = from, stop = from;
          while (end < t.size() && !starts(t, end, {"。", "！", "？", "；", "!", "?", ";"})) ++end;
          while (stop < t.size() && !starts(t, stop, {"。", "！", "？", "；", "!", "?", ";", ".", "．", "0", "1", "2", "3",
                                                       "4", "5", "6", "7", "8", "9", "０", "１", "２", "３", "４", "５",
                                                       "６", "７", "８", "９"})) {
            ++stop;
          }
          CHECK(bits.next(from) == next_ascii_or_e3_ef(t, from));
          CHECK(bits.next_year_mark(from) == t.find("年", from));
          CHECK(bits.next_sentence_end(from) == end);
          CHECK(bits.next_date_stop(from) == stop);
        }
      }
    }
  }
  const StopBits none(std::string(100, 'x'));
  CHECK_FALSE(none.may_hold_money());
  CHECK_FALSE(none.may_hold_title());
  CHECK_FALSE(none.may_hold_percent());
  CHECK_FALSE(none.may_hold_number_or_email());
  // What the last two bytes hold counts too.
  CHECK(StopBits(std::string(100, 'x') + "%").may_hold_percent());
  CHECK(StopBits(std::string(100, 'x') + "%y").may_hold_percent());
  CHECK(StopBits(std::string(100, 'x') + "7").may_hold_number_or_email());
  CHECK(StopBits(std::string(100, 'x') + "@y").may_hold_number_or_email());
  CHECK_FALSE(StopBits(std::string(100, 'x') + "\xEF\xBC").may_hold_number_or_email());
}

TEST_CASE("may_start_number holds where scan_numbers may start something", "[stop_bits]") {
  using tongbao::detail::may_start_number;
  struct Case {
    const char* text;
    bool starts;
  };
  const Case cases[] = {
      {"0", true}, {"9", true}, {"@", true}, {".", true}, {"(", true}, {"[", true},
      {"０", true}, {"９", true}, {"．", true}, {"（", true}, {"［", true}, {"【", true},
      {"〔", true}, {"〖", true}, {"】", true},  // E3 80 90-96 are one range
      {",", false}, {":", false}, {" ", false}, {"a", false}, {")", false}, {"/", false},
      {"，", false}, {"、", false}, {"。", false}, {"：", false}, {"）", false}, {"；", false},
      {"《", false}, {"》", false}, {"〗", false}, {"！", false}, {"\xEF\xBC", false},  // truncated
      {"\xE3\x80", false},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(may_start_number(c.text, 0) == c.starts);
    const std::string within = std::string("整改") + c.text + "整改";
    CHECK(may_start_number(within, std::string_view("整改").size()) == c.starts);
  }
}

TEST_CASE("next_ascii_or_e3_ef stops at ASCII and at the lead bytes E3 and EF", "[stop_bits]") {
  using tongbao::detail::next_ascii_or_e3_ef;
  struct Case {
    std::string_view text;
    std::size_t from;
    std::size_t expected;
  };
  const Case cases[] = {
      {"", 0, 0},
      {"整改", 0, 6},
      {"整改落实情况整改落实情况整改落实情况。", 0, 54},       // past one 16-byte block
      {"整改落实情况整改落实情况整改落实情况，", 0, 54},       // ， is EF BC 8C
      {"整改落实情况整改落实情况整改落实情况“”", 0, 60},      // “” (E2) are stepped over
      {"整改落实情况整改落实情况整改落实情况a", 0, 54},
      {"a整改", 0, 0},
      {"a整改b", 1, 7},
      {"整改落实情况整改落实情况整改落实情况。", 54, 54},
  };
  for (const Case& c : cases) {
    INFO(c.text << " from " << c.from);
    CHECK(next_ascii_or_e3_ef(c.text, c.from) == c.expected);
  }
}
