#include "text/markers.h"

#include <catch2/catch.hpp>
#include <string>

#include "text/numerals.h"
#include "text/utf8.h"

using tongbao::NodeKind;
using tongbao::detail::match_marker;
using tongbao::detail::match_measure;
using tongbao::detail::read_chinese_small;

TEST_CASE("Chinese numerals from one to ninety-nine", "[markers]") {
  struct Case {
    const char* text;
    int value;
    std::size_t length;
  };
  const Case cases[] = {
      {"一、", 1, 3},   {"九是", 9, 3},      {"十、", 10, 3},      {"十一是", 11, 6},
      {"十九", 19, 6},  {"二十", 20, 6},     {"二十三、", 23, 9},  {"九十九", 99, 9},
      {"四十、", 40, 6}, {"三十一是", 31, 9},
  };
  for (const Case& c : cases) {
    std::size_t length = 0;
    INFO(c.text);
    auto value = read_chinese_small(c.text, 0, length);
    REQUIRE(value);
    CHECK(*value == c.value);
    CHECK(length == c.length);
  }
  std::size_t length = 0;
  CHECK_FALSE(read_chinese_small("零", 0, length));
  CHECK_FALSE(read_chinese_small("百", 0, length));
  CHECK_FALSE(read_chinese_small("", 0, length));
}

TEST_CASE("every marker family in both widths", "[markers]") {
  struct Case {
    const char* text;
    NodeKind kind;
    int number;
    const char* marker;
  };
  const Case cases[] = {
      {"一、巡察整改组织领导情况", NodeKind::Section, 1, "一、"},
      {"十二、其他", NodeKind::Section, 12, "十二、"},
      {"（一）提高政治站位", NodeKind::Subsection, 1, "（一）"},
      {"(二)压实整改责任", NodeKind::Subsection, 2, "(二)"},
      {"(三）混合括号", NodeKind::Subsection, 3, "(三）"},
      {"1.关于“…”的问题", NodeKind::Item, 1, "1."},
      {"12．关于", NodeKind::Item, 12, "12．"},
      {"3、关于", NodeKind::Item, 3, "3、"},
      {"１２．全角数字", NodeKind::Item, 12, "１２．"},
      {"40. 空格", NodeKind::Item, 40, "40."},
      {"（1）关于", NodeKind::Subitem, 1, "（1）"},
      {"(12)关于", NodeKind::Subitem, 12, "(12)"},
      {"①第一点", NodeKind::Point, 1, "①"},
      {"⑳第二十点", NodeKind::Point, 20, "⑳"},
      {"㉑第二十一点", NodeKind::Point, 21, "㉑"},
      // Word's numbering: a number in parentheses as one character
      {"⑴建立台账", NodeKind::Subitem, 1, "⑴"},
      {"⒇完善制度", NodeKind::Subitem, 20, "⒇"},
      // OCR's space before the 、
      {"一 、提高政治站位", NodeKind::Section, 1, "一 、"},
      {"十二\u3000\u3000、巡察整改", NodeKind::Section, 12, "十二\u3000\u3000、"},
      // and a space on either side of a number in parentheses
      {"（ 一 ）关于党的领导弱化方面", NodeKind::Subsection, 1, "（ 一 ）"},
      {"( 2 )建立台账", NodeKind::Subitem, 2, "( 2 )"},
      {"3 . 关于工程项目招标管理不规范的问题", NodeKind::Item, 3, "3 ."},
      {"一是加强领导", NodeKind::Measure, 1, "一是"},
      {"十一是完善制度", NodeKind::Measure, 11, "十一是"},
      // the word 问题 as part of the marker (notice-anatomy.md)
      {"问题1:无依据发放津补贴", NodeKind::Item, 1, "问题1:"},
      {"问题12．关于", NodeKind::Item, 12, "问题12．"},
      {"问题３：", NodeKind::Item, 3, "问题３："},
      {"问题二、关于", NodeKind::Item, 2, "问题二、"},
      {"反馈问题一:关于", NodeKind::Item, 1, "反馈问题一:"},
      {"問題4.關於", NodeKind::Item, 4, "問題4."},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    auto m = match_marker(c.text);
    REQUIRE(m);
    CHECK(m->kind == c.kind);
    CHECK(m->number == c.number);
    CHECK(std::string(c.text).substr(0, m->length) == c.marker);
  }
}

TEST_CASE("prose that only starts like a marker", "[markers]") {
  for (const char* text : {"1.4万亿元的项目", "2023年7月13日", "2.5%的增长", "统一是", "唯一是", "之一是",
                           "“1+3”方案", "第2轮巡察", "1234.编号", "0.关于", "（）空", "(一 未闭合", "一二三",
                           "一方面", "十分重视", "12", "一、", "", "巡察组", "整改", "a1.", " 1.", "零、",
                           "两是", "〇、", "【一】", "问题1个", "问题2023年", "问题1.5万元", "问题整改",
                           "问题:", "问题1", "反馈问题", "问题一是", "一 是", "一   、", "一 二、", "(   一)", "3 . 5万元",
                           "3   . 关于", "2024 年",
                           "（ 一 未闭合"}) {
    INFO(text);
    auto m = match_marker(text);
    if (std::string(text) == "一、") {
      CHECK(m);  // a bare marker is still a marker
    } else {
      CHECK_FALSE(m);
    }
  }
}

TEST_CASE("item separators are kept apart for mixed-style checks", "[markers]") {
  CHECK(match_marker("1.甲")->style == U'.');
  CHECK(match_marker("1．甲")->style == U'.');
  CHECK(match_marker("1、甲")->style == U'、');
  CHECK(match_marker("问题1、甲")->names_problem);
  CHECK(match_marker("问题1、甲")->style == U'、');
  CHECK_FALSE(match_marker("1、甲")->names_problem);
}

TEST_CASE("measures need 是 right after the numeral", "[markers]") {
  CHECK(match_measure("二是强化")->number == 2);
  CHECK_FALSE(match_measure("二要强化"));
  CHECK_FALSE(match_measure("是"));
  CHECK_FALSE(match_measure(""));
  CHECK_FALSE(match_measure("两是"));
  CHECK_FALSE(match_measure("零是"));
  CHECK(match_measure("十是")->number == 10);
  CHECK(match_measure("四是")->number == 4);
}

// match_marker turns most characters away by their first two bytes; this
// walks every three-byte character to show that none a reader accepts is
// turned away there.
TEST_CASE("the first-bytes filter keeps every character that opens a marker", "[markers]") {
  int numerals = 0, others = 0;
  for (char32_t c = 0x800; c <= 0xFFFF; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    std::string first;
    tongbao::detail::append_utf8(first, c);
    const int digit = tongbao::detail::chinese_digit_value(c);
    const bool numeral = c == U'十' || (digit >= 1 && c != U'两' && c != U'兩');
    const char32_t folded = tongbao::detail::fold_width(c);
    const bool circled = (c >= 0x2460 && c <= 0x2487) || (c >= 0x3251 && c <= 0x325F) || (c >= 0x32B1 && c <= 0x32BF);
    INFO(static_cast<unsigned>(c));
    if (numeral) {
      ++numerals;
      CHECK(match_marker(first + "、"));
      CHECK(match_measure(first + "是"));
      std::size_t length = 0;
      CHECK(read_chinese_small(first, 0, length));
    } else if (circled || (folded >= '1' && folded <= '9')) {  // 0 numbers nothing
      ++others;
      CHECK(match_marker(first + "．"));
    } else if (c == U'（') {
      ++others;
      CHECK(match_marker(first + "一）"));
    }
    if (!numeral) {  // and nothing else reads as a numeral
      std::size_t length = 0;
      CHECK_FALSE(read_chinese_small(first + "、", 0, length));
      CHECK_FALSE(match_measure(first + "是"));
    }
  }
  CHECK(numerals == 10);
  CHECK(others == 1 + 9 + 20 + 20 + 15 + 15);  // （, 1..9, ①..⑳, ⑴..⒇, ㉑..㉟, ㊱..㊿
}
