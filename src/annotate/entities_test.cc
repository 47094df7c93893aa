#include "annotate/entities.h"

#include <catch2/catch.hpp>

#include <string>
#include <variant>

using tongbao::Entity;
using tongbao::EntityType;
using tongbao::detail::find_entities;
using tongbao::detail::Role;
using tongbao::detail::Span;

namespace {

std::vector<Entity> of(std::string_view text, EntityType type) {
  std::vector<Span> spans{Span{Role::Body, text, 7, 1, "2.26"}};
  std::vector<Entity> out;
  for (Entity& e : find_entities(spans)) {
    if (e.type == type) out.push_back(std::move(e));
  }
  return out;
}

std::string str(const tongbao::EntityValue& v) {
  return std::holds_alternative<std::string>(v) ? std::get<std::string>(v) : "<not a string>";
}

}  // namespace

TEST_CASE("entities: doc numbers with every bracket and a clean prefix", "[entities]") {
  struct Case {
    const char* input;
    const char* text;
  };
  const Case cases[] = {
      {"制定出台《措施》(武发改投资〔2023〕374号),提出", "武发改投资〔2023〕374号"},
      {"按照国办发〔2017〕47号文件", "国办发〔2017〕47号"},
      {"根据桂审报〔2022〕3号文要求", "桂审报〔2022〕3号"},
      {"印发京政办发[2023]12号", "京政办发[2023]12号"},
      {"见湘发（2021）5号", "湘发（2021）5号"},
      {"(桂審企調報〔2022〕5號)", "桂審企調報〔2022〕5號"},
  };
  for (const Case& c : cases) {
    INFO(c.input);
    auto found = of(c.input, EntityType::DocNumber);
    REQUIRE(found.size() == 1);
    CHECK(found[0].text == c.text);
    CHECK(str(found[0].value) == c.text);
  }
  for (const char* text : {"(2023-2025年)", "〔2023〕374号", "计划(2023)", "国办发〔17〕47号"}) {
    INFO(text);
    CHECK(of(text, EntityType::DocNumber).empty());
  }
}

TEST_CASE("entities: documents, nested and unclosed", "[entities]") {
  auto docs = of("印发《关于印发<江西>的通知》和《关于印发《甲》的通知》,另见《未闭合", EntityType::Document);
  REQUIRE(docs.size() == 3);  // the outer title, the nested one inside it, not the unclosed one
  CHECK(docs[0].text == "《关于印发<江西>的通知》");
  CHECK(docs[1].text == "《关于印发《甲》的通知》");
  CHECK(docs[2].text == "《甲》");
}

TEST_CASE("entities: titles nested deeper than sixteen keep the sixteen innermost", "[entities]") {
  std::string text;
  for (int k = 0; k < 17; ++k) text += "《";
  text += "甲";
  for (int k = 0; k < 17; ++k) text += "》";
  const auto docs = of(text, EntityType::Document);
  // The first 《 gave way to the seventeenth; its 》 closes nothing.
  REQUIRE(docs.size() == 16);
  CHECK(docs.front().text == text.substr(3, text.size() - 6));
  CHECK(docs.back().text == "《甲》");
  for (std::size_t k = 1; k < docs.size(); ++k) CHECK(docs[k].text.size() == docs[k - 1].text.size() - 6);
}

TEST_CASE("entities: money, percent and dates carry node and line", "[entities]") {
  std::vector<Span> spans{Span{Role::Body, "追回人才奖励5.99万元,占比48%,于2023年9月26日开工。", 120, 1, "2.26"},
                          Span{Role::Preamble, "2024年二季度", 3, 1, ""}};
  auto all = find_entities(spans);
  REQUIRE(all.size() == 4);
  CHECK(all[0].type == EntityType::Money);
  CHECK(all[0].text == "5.99万元");
  CHECK(std::get<std::int64_t>(all[0].value) == 59900);
  CHECK(all[0].node == std::optional<std::string>("2.26"));
  CHECK(all[0].line == 120);
  CHECK(all[1].type == EntityType::Percent);
  CHECK(std::get<double>(all[1].value) == 0.48);
  CHECK(all[2].type == EntityType::Date);
  CHECK(str(all[2].value) == "2023-09-26");
  CHECK(all[3].node == std::nullopt);
  CHECK(str(all[3].value) == "2024-Q2");
}

TEST_CASE("entities: garbled dates have a null value", "[entities]") {
  auto dates = of("2024717日至830日", EntityType::Date);
  REQUIRE(dates.size() == 2);
  CHECK(std::holds_alternative<std::monostate>(dates[0].value));
  CHECK(dates[1].text == "830日");
}

TEST_CASE("entities: phones and e-mails", "[entities]") {
  struct Case {
    const char* input;
    std::vector<std::string> phones;
  };
  const Case cases[] = {
      {"联系方式:电话82796162;电子邮箱:36900894@qq.com", {"82796162"}},
      {"值班电话:(0760)23226773(受理时间为工作日)", {"(0760)23226773"}},
      {"联系电话:010-64610077-9717", {"010-64610077-9717"}},
      {"举报电话:座机0554-4989215;手机18055436628(只接收短信)", {"0554-4989215", "18055436628"}},
      {"举报电话:2886133 2893039", {"2886133", "2893039"}},
      {"鄂ICP备16020259号 共整改82796162个", {}},
      {"13812345678@qq.com", {}},
  };
  for (const Case& c : cases) {
    INFO(c.input);
    std::vector<std::string> got;
    for (const Entity& e : of(c.input, EntityType::Phone)) got.push_back(e.text);
    CHECK(got == c.phones);
  }
  auto emails = of("E-mail:wangqingyuan@chinacoop.gov.cn。邮箱:36900894@qq.com.", EntityType::Email);
  REQUIRE(emails.size() == 2);
  CHECK(emails[0].text == "wangqingyuan@chinacoop.gov.cn");
  CHECK(emails[1].text == "36900894@qq.com");
  CHECK(of("a@b 和 @qq.com", EntityType::Email).empty());
}

TEST_CASE("entities: chrome spans are skipped", "[entities]") {
  std::vector<Span> spans{Span{Role::Chrome, "发布时间:2024-06-24 16:38", 4, 1, ""}};
  CHECK(find_entities(spans).empty());
}

TEST_CASE("entities: a long line of repeated facts gives every one of them", "[entities]") {
  // Speed is measured by tests/bench, not here; this checks that a long run
  // (5000-digit numbers between the facts) loses nothing and ends.
  const std::string digits(5000, '9');
  const std::string unit = "2023年7月13日至8月31日,市委第七巡察组追回资金5.99万元,占48%,见《方案》(武发改〔2023〕3号)。";
  std::string line;
  for (int i = 0; i < 200; ++i) line += unit + digits;
  std::vector<Span> spans{Span{Role::Body, line, 1, 1, ""}};
  const auto found = find_entities(spans);
  int dates = 0, money = 0, percents = 0, documents = 0, numbers = 0;
  for (const auto& e : found) {
    dates += e.type == tongbao::EntityType::Date;
    money += e.type == tongbao::EntityType::Money;
    percents += e.type == tongbao::EntityType::Percent;
    documents += e.type == tongbao::EntityType::Document;
    numbers += e.type == tongbao::EntityType::DocNumber;
  }
  CHECK(dates == 400);
  CHECK(money == 200);
  CHECK(percents == 200);
  CHECK(documents == 200);
  CHECK(numbers == 200);
}
