#include "outline/chrome.h"

#include <catch2/catch.hpp>

#include "outline/lexicon.h"

using namespace tongbao::detail;

namespace {
ChromeKind kind_of(const std::string& text) { return classify_chrome(text, lexicon::simplified_shadow(text)); }
}  // namespace

TEST_CASE("chrome lines by kind", "[chrome]") {
  struct Case {
    const char* text;
    ChromeKind kind;
  };
  const Case cases[] = {
      {"http://www.whdi.gov.cn", ChromeKind::SiteLine},
      {"当前位置:首页 > 巡察工作 > 巡察反馈 >", ChromeKind::Breadcrumb},
      {"您当前的位置：首页 > 信息公开", ChromeKind::Breadcrumb},
      {"首页 > 新闻中心 > 工作动态", ChromeKind::Breadcrumb},
      {"栏目：审计公告", ChromeKind::Breadcrumb},
      // A column's name, then the info line's keys: the line dates the page.
      {"栏目：审计公告　　发布日期：2024-10-16　　浏览量：", ChromeKind::InfoLine},
      {"發布時間:2023-06-24", ChromeKind::InfoLine},
      {"发布时间:2024-06-24 16:38 来源:武汉市纪委监委", ChromeKind::InfoLine},
      {"日期:2023-05-04 08:46:31 来源:区文旅体局 浏览量:", ChromeKind::InfoLine},
      {"2024-06-24 16:38 来源:武汉市纪委监委", ChromeKind::InfoLine},
      {"字号:[大 中 小]", ChromeKind::InfoLine},
      {"发表时间：2024-06-24 作者：办公室", ChromeKind::InfoLine},
      {"时间∶2024-06-24 16∶38 来源∶市发改委", ChromeKind::InfoLine},
      {"分享:", ChromeKind::Widget},
      // The heading of a related list, alone on its line; the same words in a sentence are text.
      {"相关文件", ChromeKind::Footer},
      {"相关新闻：", ChromeKind::Footer},
      {"(2)对上级相关文件精神贯彻不到位", ChromeKind::None},
      // An e-paper's page label.
      {"第03版：要闻·公告", ChromeKind::Widget},
      {"2024年10月15日  星期二  第A03版：公示公告", ChromeKind::Widget},  // an e-paper's toolbar
      {"2024-10-15 周二 第5版:要闻", ChromeKind::Widget},
      {"第A01版:要闻", ChromeKind::Widget},
      {"第Y01版", ChromeKind::Widget},
      {"第一版要闻", ChromeKind::None},
      // A print header (the print time, then the <title>) and a byline open
      // with a clock time; a sentence that does has its comma.
      {"2024/6/3 上午10:15 中共某局党组关于巡察整改进展情况-某县人民政府…", ChromeKind::Widget},
      {"2024-07-16 17:02 浙江", ChromeKind::Widget},
      {"2024年6月3日上午10:15，县委召开巡察整改推进会", ChromeKind::None},
      {"2024年6月3日 县委召开巡察整改推进会", ChromeKind::None},
      // A WeChat article's controls under its text, as a copy keeps them.
      {"分享 收藏 赞 在看", ChromeKind::Widget},
      {"取消 允许", ChromeKind::Widget},
      {"阅读原文", ChromeKind::Footer},
      {"预览时标签不可点", ChromeKind::Footer},
      {"关注该公众号", ChromeKind::Footer},
      {"2025-10-31  点击:[]", ChromeKind::InfoLine},
      {"文章日期 2024/4/19", ChromeKind::InfoLine},
      {"本作品来自中华人民共和国的法律、法规，国家机关的决议，依据《中华人民共和国著作权法》第五条，不适用该法，在中华人民共和国境内属于公有领域。",
       ChromeKind::Footer},
      // A table's short keys spaced out to the width of its long ones (the
      // blocks fold 文　　号's U+3000 to spaces).
      {"文  号：某纪发〔2023〕5号", ChromeKind::InfoTable},
      {"有 效 性：有效", ChromeKind::InfoTable},
      {"朗读", ChromeKind::Widget},
      {"【打印本页】【关闭窗口】", ChromeKind::Widget},
      {"• 信息索引号:", ChromeKind::InfoTable},
      {"成文日期:2023-05-04", ChromeKind::InfoTable},
      {"版权所有:中共武汉市纪律检查委员会 鄂ICP备16020259号", ChromeKind::Footer},
      {"All Rights Reserved.", ChromeKind::Footer},
      {"往期推荐", ChromeKind::Footer},  // a WeChat article's list of other articles
      {"抄送：区委巡察办，区纪委监委", ChromeKind::Footer},
      // a platform's disclaimer is a sentence, and footer all the same
      {"本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场。",
       ChromeKind::Footer},
      {"根据市委巡察工作统一部署,市委第七巡察组对市发改委党组进行了巡察。", ChromeKind::None},
      {"中共武汉市发展和改革委员会党组", ChromeKind::None},
      {"一、巡察整改组织领导情况", ChromeKind::None},
      {"2024年6月17日", ChromeKind::None},
      {"| 成文日期 | 2025-03-02 | 公开方式 | 主动公开 |", ChromeKind::InfoTable},  // a table row
      {"【时间:2016年05月12日】 字号: 【大】 【中】 【小】", ChromeKind::InfoLine},
      {"发布者:admin 发布时间:2021/7/3 浏览次数:120", ChromeKind::InfoLine},  // an unknown label first
      {"date 2024-11-28", ChromeKind::InfoLine},                             // a scraper's field
      {"北城:召开区委第五轮巡察工作动员部署会", ChromeKind::None},            // a place, no key
      // Labels the page's info line and text share (blocks/page_labels.cc):
      // two characters need their colon, longer ones do not, widget words never.
      {"上传时间 2024-06-24 10:21", ChromeKind::InfoLine},
      {"发布单位:某某区体育事业发展中心", ChromeKind::InfoLine},
      {"审核:张三", ChromeKind::InfoLine},
      {"审核巡察整改工作方案", ChromeKind::None},
      {"来源某某网", ChromeKind::None},
      {"字体【 信息来源: 市融媒体中心", ChromeKind::InfoLine},
      {"体裁分类:通知", ChromeKind::InfoTable},
      {"现在位置:首页 > 通知公告", ChromeKind::Breadcrumb},
      {"位置:首页", ChromeKind::Breadcrumb},
      {"首页 > 通知公告", ChromeKind::Breadcrumb},                                  // one step to a column
      {"首页 > 某局党组关于巡察整改进展情况的通报", ChromeKind::None},              // one step to the title
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(kind_of(c.text) == c.kind);
  }
}

TEST_CASE("facts read from chrome lines", "[chrome]") {
  PageFacts facts;
  auto read = [&](const std::string& text) {
    const std::string shadow = lexicon::simplified_shadow(text);
    read_chrome_facts(classify_chrome(text, shadow), text, shadow, facts);
  };
  read("http://www.whdi.gov.cn");
  read("当前位置:首页 > 巡察工作 > 巡察反馈 >");
  read("发布时间:2024-06-24 16:38 来源:武汉市纪委监委");
  read("发布时间:2030-01-01 来源:别处");  // never overwrites
  CHECK(facts.site == "http://www.whdi.gov.cn");
  CHECK(facts.breadcrumb == std::vector<std::string>{"首页", "巡察工作", "巡察反馈"});
  CHECK(facts.published == "2024-06-24T16:38");
  CHECK(facts.origin == "武汉市纪委监委");
  PageFacts ratio;
  const std::string line = "时间∶2024-06-24 16∶38 来源∶市发改委";
  read_chrome_facts(classify_chrome(line, line), line, line, ratio);
  CHECK(ratio.published == "2024-06-24T16:38");
  CHECK(ratio.origin == "市发改委");
}

TEST_CASE("a date that ends a breadcrumb line is the page's, not its last step's", "[chrome]") {
  PageFacts facts;
  const std::string line = "当前位置：首页 > 乡镇动态 > 白沙镇　2024-05-20";
  const std::string shadow = lexicon::simplified_shadow(line);
  read_chrome_facts(classify_chrome(line, shadow), line, shadow, facts);
  CHECK(facts.breadcrumb == std::vector<std::string>{"首页", "乡镇动态", "白沙镇"});
  CHECK(facts.fallback_published == "2024-05-20");
}

TEST_CASE("a later info line with a stronger label replaces a weaker label's date", "[chrome]") {
  auto published = [](std::initializer_list<std::string> lines) {
    PageFacts facts;
    for (const std::string& text : lines) {
      const std::string shadow = lexicon::simplified_shadow(text);
      read_chrome_facts(classify_chrome(text, shadow), text, shadow, facts);
    }
    return facts.published;
  };
  CHECK(published({"发文日期：2024-09-20", "发布日期：2024-09-25"}) == "2024-09-25");
  CHECK(published({"更新时间：2024-10-16 09:15", "发布时间：2024-10-12"}) == "2024-10-12");
  // a weaker label after a stronger one leaves it
  CHECK(published({"发布时间：2024-10-12", "更新时间：2024-10-16 09:15"}) == "2024-10-12");
  CHECK(published({"创建时间：2024/10/16 09:02", "更新时间：2024/10/16 09:15"}) == "2024-10-16T09:02");
}


TEST_CASE("published dates in the shapes info lines take", "[chrome]") {
  struct Case {
    const char* line;
    const char* published;  // nullptr: none
  };
  const Case cases[] = {
      {"发布时间:2024-06-24 16:38 来源:某某网", "2024-06-24T16:38"},
      {"发布时间:2023-04-194月18日上午,某某召开会议", "2023-04-19"},   // the body glued to the date
      {"发布者:admin 发布时间:2021/7/3 浏览次数:120", "2021-07-03"},
      {"来源:某某日报 2022-08-30", "2022-08-30"},                       // after the source
      {"【时间:2016年05月12日】 字号: 【大】 【中】 【小】", "2016-05-12"},
      {"date 2024-11-28", "2024-11-28"},
      {"浏览量:2023 字号:大 中 小", nullptr},
  };
  for (const Case& c : cases) {
    INFO(c.line);
    PageFacts facts;
    const std::string text = c.line;
    const std::string shadow = lexicon::simplified_shadow(text);
    read_chrome_facts(classify_chrome(text, shadow), text, shadow, facts);
    CHECK(facts.published == (c.published ? std::optional<std::string>(c.published) : std::nullopt));
  }
  PageFacts table;
  const std::string row = "| 成文日期 | 2025-03-02 | 公开方式 | 主动公开 |";
  read_chrome_facts(classify_chrome(row, row), row, row, table);
  CHECK(table.fallback_published == "2025-03-02");

  // A flattened 政府信息公开 table: the 公开日期 of a later row dates the page
  // before the 成文日期 of an earlier one, and its 文件名称 names it; the
  // responsible department's row is a row of the table, not a headline.
  PageFacts flat;
  for (const std::string line : {"文件名称 | 关于巡察整改情况的通报 | ||", "公开责任部门 | 县政府办公室 | 公开形式: | 主动公开 |",
                                "文号 | 通报第十七期 | 成文日期: | 2022年09月14日 |",
                                "有效性 | 有效 | 公开日期: | 2022年09月15日 |"}) {
    INFO(line);
    CHECK(classify_chrome(line, line) == ChromeKind::InfoTable);
    read_chrome_facts(classify_chrome(line, line), line, line, flat);
  }
  CHECK(flat.title == "关于巡察整改情况的通报");
  CHECK(flat.fallback_published == "2022-09-15");
  // A weaker key after a stronger one changes nothing.
  const std::string later = "| 生成日期 | 2022-10-01 |";
  read_chrome_facts(classify_chrome(later, later), later, later, flat);
  CHECK(flat.fallback_published == "2022-09-15");
}

TEST_CASE("chrome: a byline of pieces parted by middle dots dates the page", "[chrome]") {
  struct Case {
    const char* line;
    std::optional<std::string> published;  // nullopt: not an info line
  };
  const Case cases[] = {
      {"某市纪委监委网站 · 2024年1月9日 · 阅读 2318", "2024-01-09"},
      {"2024-01-09 10:21 · 阅读 2318", "2024-01-09T10:21"},
      {"张三 ・ 2024年1月9日", "2024-01-09"},
      {"某市纪委监委网站 · 阅读 2318", std::nullopt},                           // no date
      {"2024年1月9日 · 2024年1月10日", std::nullopt},                          // a list's two dates
      {"市委召开会议 · 2024年1月9日起对全市各单位开展专项巡察工作", std::nullopt},  // a sentence
      {"2024-06-05 | 首次转录", std::nullopt},                                 // a table's row
  };
  for (const Case& c : cases) {
    INFO(c.line);
    const std::string shadow = lexicon::simplified_shadow(c.line);
    const ChromeKind kind = classify_chrome(c.line, shadow);
    CHECK((kind == ChromeKind::InfoLine) == c.published.has_value());
    if (kind != ChromeKind::InfoLine) continue;
    PageFacts facts;
    read_chrome_facts(kind, c.line, shadow, facts);
    CHECK(facts.published == c.published);
  }
}
