#include "annotate/annotate.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <random>
#include <fstream>
#include <sstream>
#include <variant>

#include "tongbao/parse.h"

using tongbao::Document;
using tongbao::Entity;
using tongbao::EntityType;
using tongbao::detail::annotate;
using tongbao::detail::Role;
using tongbao::detail::Span;

namespace {

Document annotated(const std::vector<std::string_view>& lines, Role role = Role::Closing,
                   std::optional<std::string> title = std::nullopt) {
  std::vector<Span> spans{Span{Role::Body,
                               "整改情况:一是加强组织领导,成立巡察整改工作领导小组,召开专题会议研究部署整改工作,"
                               "逐条明确整改措施、责任领导、责任部门和完成时限,确保整改任务落地见效。",
                               1, 1, "1"}};
  int line = 2;
  for (std::string_view l : lines) spans.push_back(Span{role, l, line++, 1, ""});
  Document doc;
  doc.title = std::move(title);
  annotate(doc, spans);
  return doc;
}

std::string show(const std::optional<std::string>& v) { return v ? *v : "null"; }

}  // namespace

TEST_CASE("annotate: signature blocks", "[annotate]") {
  struct Case {
    std::vector<std::string_view> lines;
    const char* issuer;
    const char* signed_on;
  };
  const std::vector<Case> cases = {
      {{"欢迎广大干部群众监督。", "中共武汉市发展和改革委员会党组", "2024年6月17日"}, "中共武汉市发展和改革委员会党组",
       "2024-06-17"},
      {{"中共武汉市发展和改革委员会党组", "二〇二四年六月十七日"}, "中共武汉市发展和改革委员会党组", "2024-06-17"},
      {{"特此公告。", "中共乐至县委巡察工作", "领导小组办公室", "2021年5月21日"}, "中共乐至县委巡察工作领导小组办公室",
       "2021-05-21"},
      {{"E-mail:wangqingyuan@chinacoop.gov.cn", "二OO五年二月十六日", "附件:基层社情况调查表"}, "null", "2005-02-16"},
      {{"中共中山市委第巡察组", "20251021日"}, "中共中山市委第巡察组", "null"},
      {{"廣西汽車集團有限公司 2022年9月30日"}, "廣西汽車集團有限公司", "2022-09-30"},
      {{"欢迎广大干部群众监督。"}, "null", "null"},
      // the day it was issued, the only date under the issuer, before its attachments
      {{"中共恩施市龙凤镇委员会", "2024年6月28日印发", "附件：1.龙凤镇巡察反馈问题整改清单", "2.龙凤镇巡察整改新建制度目录"},
       "中共恩施市龙凤镇委员会", "2024-06-28"},
      {{"欢迎监督。", "2024年6月28日印发"}, "null", "null"},
      // an earlier notice appended after the signature: its signature is its own
      {{"中共某局党组", "2023年4月20日", "附：", "中共某局党组关于区委第二轮巡察整改情况的通报", "一、总体情况", "中共某局党组",
        "2021年5月10日"},
       "中共某局党组", "2023-04-20"},
      // a list of attached files after the signature, then a document
      // system's properties and replies, each with its own date
      {{"中共某路桥公司委员会", "2024年5月31日", "附件：关于巡察整改进展情况的通报（盖章版）.pdf（312KB） 上传于 2024-06-03 14:20",
        "审批者 赵国庆 审批日期 2024-06-03 14:21:37", "孙立 已阅。 2024-06-05 16:02"},
       "中共某路桥公司委员会", "2024-05-31"},
      // a listed article's title with its date names a notice, not its signer
      {{"中共某县交通运输局党组关于县委第一巡察组巡察整改进展情况的通报 2024-05-20"}, "null", "null"},
      // an attachment after the signature: its table is not the notice's
      {{"中共南湖区卫生健康局党组", "2024年6月5日", "附件2", "南湖区卫生健康局巡察反馈问题整改台账",
        "序号\t问题\t整改措施\t责任单位\t完成时限",
        "1\t基层医疗卫生服务能力提升不明显\t实施基层医疗卫生机构能力提升工程，为乡镇卫生院配置设备23台（套），组织专家下沉坐诊1260人次\t医政科\t长期坚持",
        "2\t医药领域腐败问题集中整治推进不力\t开展医药领域腐败问题集中整治，排查问题线索9条，已办结7条，建立健全医德医风考评制度\t纪检组\t2024年12月",
        "3\t专项资金使用不规范\t开展专项资金使用情况清查，规范审批程序，对违规使用资金予以追回并完善管理办法\t财务科\t2024年9月",
        "4\t干部选拔任用不规范\t严格执行干部选拔任用工作条例，全面落实“凡提四必”要求，开展干部档案专项审核工作\t人事科\t2024年8月",
        "5\t基层党组织建设薄弱\t开展基层党组织规范化建设达标评估，落实“三会一课”制度，加强党员教育管理\t机关党委\t长期坚持",
        "抄送：区委巡察办，区纪委监委驻区卫生健康局纪检监察组", "南湖区卫生健康局办公室 2024年6月5日印发"},
       "中共南湖区卫生健康局党组", "2024-06-05"},
      // another notice's teaser after the signature, dated under its title
      {{"中共南岭省交通运输厅党组", "2024年12月25日", "【打印本页】【关闭窗口】",
        "中共南岭省港航发展中心委员会关于省委第二轮巡视整改进展情况的通报", "2024-12-26",
        "根据省委统一部署，2024年4月10日至6月5日，省委第四巡视组对省港航发展中心党委开展了常规巡视。2024年7月30日，"
        "省委第四巡视组反馈了巡视意见……【阅读全文】"},
       "中共南岭省交通运输厅党组", "2024-12-25"},
      // a date alone, under no name, still signs when nothing else does
      {{"欢迎广大干部群众对巡察整改落实情况进行监督。", "2024年6月17日"}, "null", "2024-06-17"},
      // a ledger's field whose value is set on the next line: the label's date
      {{"整改结果：已完成整改。", "责任科室：环境卫生管理科", "完成时间：", "2023年6月30日"}, "null", "null"},
  };
  for (const Case& c : cases) {
    INFO(c.lines.front());
    Document doc = annotated(c.lines);
    CHECK(show(doc.issuer) == c.issuer);
    CHECK(show(doc.signed_on) == c.signed_on);
  }
}

TEST_CASE("annotate: a two-line issuer whose first line the outline left outside the closing", "[annotate]") {
  std::vector<Span> spans{Span{Role::Preamble, "特此公告。", 1, 1, ""},
                          Span{Role::Preamble, "中共乐至县委巡察工作", 2, 1, ""},
                          Span{Role::Closing, "领导小组办公室", 3, 1, ""},
                          Span{Role::Closing, "2021年5月21日", 4, 1, ""}};
  Document doc;
  annotate(doc, spans);
  CHECK(show(doc.issuer) == "中共乐至县委巡察工作领导小组办公室");
  CHECK(show(doc.signed_on) == "2021-05-21");
}

TEST_CASE("annotate: a dateline at the top is no signature", "[annotate]") {
  std::vector<Span> spans{Span{Role::Preamble, "督查室 二○一五年十月九日", 1, 1, ""},
                          Span{Role::Preamble, "为全面落实年初下达的各项水务折子工程,按照市政府统一部署和局领导的要求,"
                                               "组织各牵头单位对承担的重点任务进行了全面梳理和自查总结。年初共下达60项折子,"
                                               "目前多数项目进展顺利,总体情况如下。",
                               2, 1, ""}};
  Document doc;
  annotate(doc, spans);
  CHECK_FALSE(doc.signed_on);
}

TEST_CASE("annotate: a covering notice signs in its preamble, before the document it prints", "[annotate]") {
  std::vector<Span> spans{Span{Role::Title, "关于印发《某局落实巡察反馈意见整改工作方案》的通知", 1, 1, ""},
                          Span{Role::Preamble, "各科室、各单位：", 2, 1, ""},
                          Span{Role::Preamble, "现将《某局落实巡察反馈意见整改工作方案》印发给你们，请认真抓好落实。", 3, 1, ""},
                          Span{Role::Preamble, "中共某县某局党组", 4, 1, ""},
                          Span{Role::Preamble, "2024年1月5日", 5, 1, ""},
                          Span{Role::Preamble, "某局落实巡察反馈意见整改工作方案", 6, 1, ""},
                          Span{Role::Heading, "一、总体要求", 7, 1, "1"},
                          Span{Role::Body,
                               "坚持问题导向，逐项抓好整改落实，对照巡察反馈的问题逐条制定整改措施，明确责任领导、"
                               "责任股室和完成时限，建立问题、任务、责任三张清单，实行挂图作战、对账销号，确保整改落地见效。",
                               8, 1, "1"}};
  Document doc;
  annotate(doc, spans);
  CHECK(show(doc.signed_on) == "2024-01-05");
  CHECK(show(doc.issuer) == "中共某县某局党组");
  // Above the covering notice's prose the two lines are a dateline.
  std::vector<Span> dateline{Span{Role::Title, "某局关于巡察整改情况的通报", 1, 1, ""},
                             Span{Role::Preamble, "中共某县某局党组", 2, 1, ""},
                             Span{Role::Preamble, "2024年1月5日", 3, 1, ""},
                             Span{Role::Preamble, "根据县委统一部署，县委第一巡察组对局党组开展了巡察。", 4, 1, ""},
                             Span{Role::Heading, "一、总体情况", 5, 1, "1"},
                             Span{Role::Body,
                                  "局党组坚决扛起巡察整改主体责任，召开专题会议研究部署，逐条制定整改措施，明确责任领导、"
                                  "责任股室和完成时限，建立问题、任务、责任三张清单，实行挂图作战、对账销号，确保整改落地见效。",
                                  6, 1, "1"}};
  Document dated;
  annotate(dated, dateline);
  CHECK_FALSE(dated.signed_on);
}

TEST_CASE("annotate: a signature run onto the closing's last sentence", "[annotate]") {
  // A page that lost its line breaks: the signature ends the last paragraph.
  const Document run_on = annotated(
      {"欢迎社会各界对巡察整改情况进行监督。联系电话：0392-5867013。中共某县卫生健康委员会党组 2024年4月28日"});
  CHECK(show(run_on.signed_on) == "2024-04-28");
  CHECK(show(run_on.issuer) == "中共某县卫生健康委员会党组");
  // So in a paragraph longer than any signature line.
  const Document long_one = annotated(
      {"委党组将坚持标准不降、力度不减，对正在推进的2个问题持续跟踪问效，确保按期全部完成，"
       "把巡察整改成果转化为推动卫生健康事业高质量发展的实际成效。欢迎社会各界对巡察整改情况进行监督。"
       "联系电话：0392-5867013；电子邮箱：example@163.com。中共某县卫生健康委员会党组 2024年4月28日"});
  CHECK(show(long_one.signed_on) == "2024-04-28");
  // A sentence that ends on a date is no signature.
  CHECK_FALSE(annotated({"欢迎监督。整改工作将于2024年4月28日"}).signed_on);
}

TEST_CASE("annotate: issuer from the title when nothing is signed", "[annotate]") {
  Document doc = annotated({"欢迎监督。"}, Role::Closing, "中共上海市青浦区民政局党组关于巡察集中整改进展情况的通报");
  CHECK(show(doc.issuer) == "中共上海市青浦区民政局党组");
  Document none = annotated({"欢迎监督。"}, Role::Closing, "关于做好巡察整改情况公开工作的意见");
  CHECK_FALSE(none.issuer);
}

TEST_CASE("annotate: other stages' fields are left alone", "[annotate]") {
  Document doc;
  doc.published = "2024-06-24T16:38";
  doc.origin = "武汉市纪委监委";
  doc.breadcrumb = {"首页"};
  annotate(doc, {});
  CHECK(doc.published == std::optional<std::string>("2024-06-24T16:38"));
  CHECK(doc.origin == std::optional<std::string>("武汉市纪委监委"));
  CHECK(doc.breadcrumb.size() == 1);
  CHECK_FALSE(doc.inspection);
  CHECK_FALSE(doc.summary);
  CHECK_FALSE(doc.contact);
  CHECK(doc.entities.empty());
}

// The sample notice through the real pipeline: the Must-show values of
// issue 4 that this stage owns.
TEST_CASE("annotate: the sample notice", "[annotate][sample]") {
  std::ifstream in(std::string(TONGBAO_SOURCE_DIR) + "/data/samples/whdi-fgw-2024.txt", std::ios::binary);
  REQUIRE(in);
  std::stringstream bytes;
  bytes << in.rdbuf();
  Document doc = tongbao::parse(bytes.str(), "whdi-fgw-2024.txt");

  CHECK(show(doc.issuer) == "中共武汉市发展和改革委员会党组");
  CHECK(show(doc.signed_on) == "2024-06-17");
  REQUIRE(doc.inspection);
  CHECK(show(doc.inspection->kind) == "巡察");
  CHECK(show(doc.inspection->team) == "市委第七巡察组");
  CHECK(show(doc.inspection->start) == "2023-07-13");
  CHECK(show(doc.inspection->end) == "2023-08-31");
  CHECK(show(doc.inspection->feedback) == "2023-10-13");
  CHECK(show(doc.inspection->round) == "十四届市委第五轮巡察");
  CHECK(show(doc.inspection->target) == "市发改委党组");
  CHECK_FALSE(doc.summary);  // the seed states no totals
  REQUIRE(doc.contact);
  CHECK(doc.contact->phones == std::vector<std::string>{"82796162"});
  CHECK(doc.contact->emails == std::vector<std::string>{"36900894@qq.com"});
  CHECK(show(doc.contact->postcode) == "430014");
  CHECK(show(doc.contact->address) == "武汉市江岸区沿江大道188号");

  auto find = [&](EntityType type, std::string_view text) -> const Entity* {
    auto it = std::find_if(doc.entities.begin(), doc.entities.end(),
                           [&](const Entity& e) { return e.type == type && e.text == text; });
    return it == doc.entities.end() ? nullptr : &*it;
  };
  const Entity* money = find(EntityType::Money, "5.99万元");
  REQUIRE(money);
  CHECK(std::get<std::int64_t>(money->value) == 59900);
  CHECK(money->line == 120);
  const Entity* trillion = find(EntityType::Money, "1.4万亿元");
  REQUIRE(trillion);
  CHECK(std::get<std::int64_t>(trillion->value) == 1400000000000);
  const Entity* percent = find(EntityType::Percent, "48%");
  REQUIRE(percent);
  CHECK(std::get<double>(percent->value) == 0.48);
  const Entity* date = find(EntityType::Date, "2023年9月26日");
  REQUIRE(date);
  CHECK(std::get<std::string>(date->value) == "2023-09-26");
  for (const char* number : {"武发改投资〔2023〕374号", "武机制办〔2023〕3号", "武发改创新〔2023〕388号",
                             "武发改党组〔2023〕11号", "武发改党组〔2023〕30号"}) {
    INFO(number);
    CHECK(find(EntityType::DocNumber, number));
  }
  // Every 《…》 of the text is a document entity (nested ones count on their own).
  std::size_t opening = 0;
  for (std::size_t at = bytes.str().find("《"); at != std::string::npos; at = bytes.str().find("《", at + 1)) ++opening;
  auto documents = std::count_if(doc.entities.begin(), doc.entities.end(),
                                 [](const Entity& e) { return e.type == EntityType::Document; });
  CHECK(static_cast<std::size_t>(documents) == opening);
  CHECK(find(EntityType::Document, "《市发改委落实市委第七巡察组反馈意见整改工作方案》"));
  CHECK(find(EntityType::Phone, "82796162"));
  CHECK(find(EntityType::Email, "36900894@qq.com"));
}

// Bad input never crashes, never hangs: random bytes, broken UTF-8, and long
// pathological lines of the characters the scanners react to.
TEST_CASE("annotate: bad and pathological input", "[annotate][robust]") {
  std::mt19937 random(20240617);
  const std::string alphabet[] = {"年", "月", "日", "2", "0", "《", "》", "〔", "〕", "号", "@", ".", "%", "万",
                                  "元", "巡察组", "市委", "第", "至", "反馈", "对", "进行了", "。", "\xE5", "\x80",
                                  "邮编", "电话", "一", "十", "O", "(", ")", " ", "a"};
  for (int round = 0; round < 300; ++round) {
    std::string text;
    int pieces = static_cast<int>(random() % 400);
    for (int k = 0; k < pieces; ++k) text += alphabet[random() % std::size(alphabet)];
    if (round % 3 == 0) {
      for (int k = 0; k < 64; ++k) text += static_cast<char>(random() % 256);
    }
    std::vector<Span> spans{Span{Role::Preamble, text, 1, 1, ""}, Span{Role::Closing, text, 2, 1, ""}};
    Document doc;
    annotate(doc, spans);  // must return; values may be anything sensible
    for (const Entity& e : doc.entities) CHECK(e.text.size() <= text.size());
  }
  // Long single lines, each quadratic for a naive scanner: they must come
  // back (the hostile-input test bounds their CPU time; tests/bench times).
  for (std::string_view unit : {std::string_view("《"), std::string_view("一"), std::string_view("2024年"),
                                std::string_view("巡察组"), std::string_view("9"), std::string_view("@a")}) {
    std::string line;
    while (line.size() < (4u << 20)) line += unit;
    std::vector<Span> spans{Span{Role::Body, line, 1, 1, "1"}};
    Document doc;
    annotate(doc, spans);
    INFO(unit);
    for (const Entity& e : doc.entities) CHECK(e.text.size() <= line.size());
  }
}
