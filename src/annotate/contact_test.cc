#include "annotate/contact.h"

#include <catch2/catch.hpp>

using tongbao::Contact;
using tongbao::detail::find_contact;
using tongbao::detail::footer_spans;
using tongbao::detail::Role;
using tongbao::detail::Span;

namespace {

const char* kInvitation =
    "欢迎广大干部群众对集中整改落实情况进行监督。如果有意见建议,请及时向我们反映。联系方式:电话82796162;"
    "电子邮箱:36900894@qq.com;邮编:430014;邮寄地址:武汉市江岸区沿江大道188号。";

std::vector<Span> seed_ending(Role role) {
  return {Span{Role::Body, "三、推进巡察整改工作打算。下一步,市发改委将坚持目标不变、标准不降、力度不减,持续抓好巡察反馈问题整改,"
                           "为助力加快推动“三个优势转化”,打造新时代英雄城市,努力在湖北建设全国构建新发展格局先行区中当先锋、"
                           "打头阵,担当主力军,奋力推进中国式现代化武汉实践提供坚强保证。",
               180, 1, "3"},
          Span{role, kInvitation, 188, 1, ""},
          Span{role, "中共武汉市发展和改革委员会党组", 190, 1, ""},
          Span{role, "2024年6月17日", 192, 1, ""},
          Span{Role::Preamble, "版权所有:中共武汉市纪律检查委员会 鄂ICP备16020259号", 194, 1, ""},
          Span{Role::Preamble, "地址:武汉市江岸区后湖大道新益街1号 邮编:430013", 195, 1, ""},
          Span{Role::Preamble, "All Rights Reserved.", 196, 1, ""}};
}

}  // namespace

TEST_CASE("contact: the closing's contact line, not the footer's", "[contact]") {
  for (Role role : {Role::Closing, Role::Preamble}) {  // with and without an outline's closing
    auto contact = find_contact(seed_ending(role));
    REQUIRE(contact);
    CHECK(contact->phones == std::vector<std::string>{"82796162"});
    CHECK(contact->emails == std::vector<std::string>{"36900894@qq.com"});
    CHECK(contact->postcode == std::optional<std::string>("430014"));
    CHECK(contact->address == std::optional<std::string>("武汉市江岸区沿江大道188号"));
  }
}

TEST_CASE("contact: a closing of the signature alone, the contact line run into the last unit", "[contact]") {
  // A Markdown paragraph's lines joined: the invitation ends the last
  // unit's paragraph, the closing holds only the signature.
  std::vector<Span> spans{
      Span{Role::Body,
           "局党组将坚持目标不变、力度不减，对已完成的整改事项适时开展“回头看”。\n欢迎广大干部群众对巡察整改落实情况进行监督。"
           "联系电话：0375-6032117；电子邮箱：example@163.com。",
           40, 1, "3"},
      Span{Role::Closing, "中共某市住房和城乡建设局党组2023年11月28日", 43, 1, ""}};
  auto contact = find_contact(spans);
  REQUIRE(contact);
  CHECK(contact->phones == std::vector<std::string>{"0375-6032117"});
  CHECK(contact->emails == std::vector<std::string>{"example@163.com"});
}

TEST_CASE("contact: footer lines, even at the top of a page", "[contact]") {
  std::vector<Span> spans{
      Span{Role::Preamble, "地址:广元市利州区利州东路一段739号 邮编628000 电话:0839-3265706 传真:0839-3264320", 1, 1, ""},
      Span{Role::Preamble, "备案号:蜀ICP备2021023522号-1", 2, 1, ""},
      Span{Role::Preamble, "7月17日上午,广元市自然资源局党组书记带队开展现场督导。", 3, 1, ""}};
  auto footer = footer_spans(spans);
  CHECK(footer == std::vector<bool>{true, true, false});
  CHECK_FALSE(find_contact(spans));
}

TEST_CASE("contact: lists, parentheses and fax", "[contact]") {
  std::vector<Span> spans{
      Span{Role::Closing, "(二)通讯地址:潘集区长江路纪委监委办公楼201室 区委第二巡察组收(邮编:232082)", 1, 1, ""},
      Span{Role::Closing, "(四)电子邮箱:pjdexcz@163.com", 2, 1, ""},
      Span{Role::Closing, "(五)举报电话:座机0554-4989215;手机18055436628(只接收短信) 传真:0554-4989216", 3, 1, ""}};
  auto contact = find_contact(spans);
  REQUIRE(contact);
  CHECK(contact->address == std::optional<std::string>("潘集区长江路纪委监委办公楼201室"));
  CHECK(contact->postcode == std::optional<std::string>("232082"));
  CHECK(contact->emails == std::vector<std::string>{"pjdexcz@163.com"});
  CHECK(contact->phones == std::vector<std::string>{"0554-4989215", "18055436628"});
}

TEST_CASE("contact: a label split off as a heading", "[contact]") {
  std::vector<Span> spans{Span{Role::Heading, "通讯地址", 1, 1, "3.2"},
                          Span{Role::Body, "潘集区长江路纪委监委办公楼201室 区委第二巡察组收(邮编:232082)", 1, 1, "3.2"}};
  auto contact = find_contact(spans);
  REQUIRE(contact);
  CHECK(contact->address == std::optional<std::string>("潘集区长江路纪委监委办公楼201室"));
}

TEST_CASE("contact: none stated", "[contact]") {
  CHECK_FALSE(find_contact({}));
  CHECK_FALSE(find_contact({Span{Role::Closing, "欢迎广大干部群众监督。", 1, 1, ""}}));
}
