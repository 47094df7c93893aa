#include "outline/headline.h"

#include <catch2/catch.hpp>
#include <string>

using tongbao::detail::is_kicker;
using tongbao::detail::looks_like_headline;
using tongbao::detail::title_reading;

TEST_CASE("headline: title_reading joins letter spacing and drops converter pinyin", "[headline]") {
  struct Case {
    const char* line;
    const char* reading;
  };
  const Case cases[] = {
      {"巡 察 公 告", "巡察公告"},
      {"审 计 报 告 (第1号)", "审计报告 (第1号)"},
      {"关(guān)于某局巡视整改进(jìn)展的通报", "关于某局巡视整改进展的通报"},
      {"某县启动巡察 对5家单位开展巡察", "某县启动巡察 对5家单位开展巡察"},  // words keep their space
      {"通 报", "通 报"},                                                  // two letters may be two words
      {"第 一 批 名单", "第一批 名单"},
  };
  for (const Case& c : cases) {
    INFO(c.line);
    CHECK(title_reading(c.line) == c.reading);
  }
}

TEST_CASE("headline: lines that read as headlines", "[headline]") {
  for (const char* line : {
           "某区委第三轮巡察工作启动",
           "市委第二巡察组进驻市档案馆开展巡察",
           "巡察整改进展情况为什么要向社会公开？",  // a question heads a Q&A page
           "什么是巡察“回头看”？",
           "某省启动新一轮巡视 18个单位将被巡视",
           "北城:召开区委第五轮巡察工作动员部署会",
           "2023年度审计查出问题金额超800亿元",
           "某集团“两个共同学”联组学习会召开",
           "某区启动巡察 五家单位接受巡察 ",  // a trailing space is no third piece
       }) {
    INFO(line);
    CHECK(looks_like_headline(line));
  }
}

TEST_CASE("headline: lines that do not", "[headline]") {
  for (const char* line : {
           "新闻中心",                                  // a column: too short
           "展开频道 收起频道",                         // a menu of short words
           "首页 机构概况 政务公开 互动交流",           // a menu
           "X 某省机关作风评议窗口 某省机关作风投诉平台",  // three pieces
           "新闻中心 > 国内",                           // a navigation step
           "本文字数:512",                              // a label and its value
           "第02版:要闻",                               // a gazette page label
           "欢迎访问某某市人民医院网站",                // a welcome banner
           "今天是2025年3月5日 星期三",                 // the day, not the page
           "某某区人民政府门户网",                      // a site name
           "某某市红十字会官网",
           "截图_20240101120000.jpg",                   // a file name
           "某某日报     2022年3月9日",                 // a source and a date
           "2022年03月09日编辑:某某市文联",             // an info line
           "会议强调,要提高站位,压实责任",            // a sentence with commas
           "巡察组进驻后召开了动员会。",                // a sentence
           "某市召开巡察工作动员会?",                  // a character lost in conversion
           "问：什么是巡察“回头看”？",                // a question the text asks
           "为什么？巡察整改要公开",                   // a sentence's question
           "处罚300人!某省某厅通报巡视整改进展",       // shouts
           "市审计局局长 某某某",                       // an office and a name
           "海南省审计厅厅长某某某",                    // the name run on
           "市审计局局长",                              // the office alone
           "某届人大常委会第三十次会议听取",           // a sentence broken over lines
           "常务委员会第二十六次会议上",
           "一,二,三,四,五,六,七,八",
       }) {
    INFO(line);
    CHECK_FALSE(looks_like_headline(line));
  }
}


TEST_CASE("headline: a kicker is parallel phrases parted by spaces", "[headline]") {
  struct Case {
    const char* line;
    bool kicker;
  };
  const Case cases[] = {
      {"压实政治责任　深化政治巡察", true},
      {"聚焦主责主业 强化监督执纪 推动整改落实", true},
      {"十五届县委第一轮巡察完成进驻", false},                        // one phrase: what happened
      {"坚定不移推进全面从严治党　为建设美丽城区提供坚强保障", false},  // phrases too long
      {"某县启动巡察 5家单位接受巡察", false},                        // a digit: a fact
      {"巡察 公告", false},                                           // words, not phrases
  };
  for (const Case& c : cases) {
    INFO(c.line);
    CHECK(is_kicker(c.line) == c.kicker);
  }
}

TEST_CASE("headline: the rest of a problem's heading a passage's cut left is no headline", "[headline]") {
  using tongbao::detail::reads_as_heading_rest;
  struct Case {
    const char* line;
    bool rest;
  };
  const Case cases[] = {
      {"重要指示批示精神不够深入”的问题", true},    // a quote closed that the line never opened
      {"业需求契合度不高”问题的整改", true},
      {"于领导班子和干部人才队伍建设方面的问题", true},  // ends as a problem's heading
      {"关于“耕地保护不到位”的问题", true},             // the heading itself
      {"某市召开巡察整改推进会", false},
      {"“清廉机关”建设推进会召开", false},              // quotes that open and close
      {"某局关于巡察整改情况的通报", false},
  };
  for (const Case& c : cases) {
    INFO(c.line);
    CHECK(reads_as_heading_rest(c.line) == c.rest);
    if (c.rest) CHECK_FALSE(looks_like_headline(c.line));
  }
}
