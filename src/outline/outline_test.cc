#include "outline/outline.h"

#include <catch2/catch.hpp>
#include <sstream>

#include "blocks/text_blocks.h"

using namespace tongbao;
using namespace tongbao::detail;

namespace {

// One line per node: id kind marker number line [heading] {problem} <label> "text".
void dump(const std::vector<Node>& nodes, std::ostringstream& out) {
  for (const Node& n : nodes) {
    out << n.id << ' ' << to_string(n.kind) << ' ' << n.marker << ' ' << n.number << " L" << n.line << " ["
        << n.heading << ']';
    if (n.problem) out << " {" << *n.problem << '}';
    if (n.label) out << " <" << *n.label << '>';
    if (!n.text.empty()) out << " \"" << n.text << '"';
    out << '\n';
    dump(n.children, out);
  }
}

struct Dumped {
  std::string title, preamble, outline, closing;
};

Dumped parse_text(const std::string& text) {
  const Blocks blocks = text_to_blocks(text);
  OutlineResult r = build_outline(blocks);
  std::ostringstream out;
  dump(r.outline, out);
  return {r.title.value_or("(none)"), r.preamble, out.str(), r.closing};
}

}  // namespace

TEST_CASE("outline of notice shapes", "[outline]") {
  struct Case {
    const char* name;
    const char* input;
    const char* outline;
  };
  const Case cases[] = {
      {"sections, run-in subsections, items with labels and inline measures",
       "一、组织领导情况\n"
       "(一)提高政治站位,强化组织领导。巡察意见反馈后,党组高度重视。\n"
       "二、整改进展情况\n"
       "1.关于“调度不够”的问题。\n"
       "整改情况:一是加强监测调度。制定方案。二是强化投资调度;召开会议。\n"
       "2.关于“统一是否到位”的问题\n"
       "整改情况:完善制度,统一是非标准。\n",
       "1 section 一、 1 L1 [组织领导情况]\n"
       "1.1 subsection (一) 1 L2 [提高政治站位,强化组织领导] \"巡察意见反馈后,党组高度重视。\"\n"
       "2 section 二、 2 L3 [整改进展情况]\n"
       "2.1 item 1. 1 L4 [关于“调度不够”的问题] {调度不够} <整改情况>\n"
       "2.1.1 measure 一是 1 L5 [加强监测调度] \"制定方案。\"\n"
       "2.1.2 measure 二是 2 L5 [强化投资调度] \"召开会议。\"\n"
       "2.2 item 2. 2 L6 [关于“统一是否到位”的问题] {统一是否到位} <整改情况> \"完善制度,统一是非标准。\"\n"},
      {"(一) as the top level, items below, area headings name no problem",
       "（一）在“坚持党的领导”方面\n"
       "1．关于“学习不深入”问题的整改\n"
       "（1）关于“理论学习流于形式”\n"
       "①组织专题学习。\n"
       "（二）在“全面从严治党”方面\n",
       "1 subsection （一） 1 L1 [在“坚持党的领导”方面]\n"
       "1.1 item 1． 1 L2 [关于“学习不深入”问题的整改] {学习不深入}\n"
       "1.1.1 subitem （1） 1 L3 [关于“理论学习流于形式”] {理论学习流于形式}\n"
       "1.1.1.1 point ① 1 L4 [组织专题学习]\n"
       "2 subsection （二） 2 L5 [在“全面从严治党”方面]\n"},
      {"measures opening their own paragraphs keep their continuation paragraphs",
       "一、主要做法\n"
       "一是强化领导。成立专班。\n"
       "专班每周调度。\n"
       "二是完善制度\n"
       "三、下一步打算\n",
       "1 section 一、 1 L1 [主要做法]\n"
       "1.1 measure 一是 1 L2 [强化领导] \"成立专班。\n专班每周调度。\"\n"
       "1.2 measure 二是 2 L4 [完善制度]\n"
       "2 section 三、 3 L5 [下一步打算]\n"},
      {"numbering gaps are kept as written",
       "28.关于“合同签订不规范,浪费财政资金”的问题。\n"
       "整改情况:一是梳理合同。二是开展自查。三是开展培训。五是完善办法。\n",
       "1 item 28. 28 L1 [关于“合同签订不规范,浪费财政资金”的问题] {合同签订不规范,浪费财政资金} <整改情况>\n"
       "1.1 measure 一是 1 L2 [梳理合同]\n"
       "1.2 measure 二是 2 L2 [开展自查]\n"
       "1.3 measure 三是 3 L2 [开展培训]\n"
       "1.4 measure 五是 5 L2 [完善办法]\n"},
      {"问题N run into the text before it continues its numbering, never starts it",
       "一、问题整改情况\n问题一、制度执行不严。\n整改情况：一是修订制度。问题二、学习不深入。\n"
       "二、下一步打算\n我们将继续整改。问题1、不是标题。\n",
       "1 section 一、 1 L1 [问题整改情况]\n"
       "1.1 item 问题一、 1 L2 [制度执行不严] {制度执行不严} <整改情况>\n"
       "1.1.1 measure 一是 1 L3 [修订制度]\n"
       "1.2 item 问题二、 2 L3 [学习不深入] {学习不深入}\n"
       "2 section 二、 2 L4 [下一步打算] \"我们将继续整改。问题1、不是标题。\"\n"},
      {"unquoted problems, run-in measures after the heading, 一方面 stays text",
       "(一)关于议事决策不规范的问题。一是修订规则,一方面规范程序,另一方面强化监督。二是严格执行。\n",
       "1 subsection (一) 1 L1 [关于议事决策不规范的问题] {议事决策不规范}\n"
       "1.1 measure 一是 1 L1 [修订规则,一方面规范程序,另一方面强化监督]\n"
       "1.2 measure 二是 2 L1 [严格执行]\n"},
      {"a missing closing quote and a label in traditional characters",
       "39.關於“黨員發展程序不規範的問題。\n"
       "整改情況：一是認定身份。\n",
       "1 item 39. 39 L1 [關於“黨員發展程序不規範的問題] {黨員發展程序不規範} <整改情況>\n"
       "1.1 measure 一是 1 L2 [認定身份]\n"},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    CHECK(parse_text(c.input).outline == c.outline);
  }
}

TEST_CASE("without a title, a short sentence before the opening prose is the notice's own", "[outline]") {
  // A news lead (5月8日,…召开…会议。) or an audited company's first
  // sentence stands before the 根据/现将 prose: it is text, not chrome.
  const Dumped d = parse_text(
      "审计厅对我公司进行了审计。\n"
      "我公司高度重视。\n"
      "现将整改情况进行公示。\n");
  CHECK(d.title == "(none)");
  CHECK(d.preamble == "审计厅对我公司进行了审计。\n我公司高度重视。\n现将整改情况进行公示。");
  // A line without a full stop there is still the page's.
  const Dumped page = parse_text("审计公开 政务公开 信息公开 互动交流\n审计厅对我公司进行了审计。\n现将整改情况进行公示。\n");
  CHECK(page.title == "(none)");
  CHECK(page.preamble == "审计厅对我公司进行了审计。\n现将整改情况进行公示。");
}

TEST_CASE("header chrome and title and preamble and closing", "[outline]") {
  const Dumped d = parse_text(
      "http://www.example.gov.cn\n"
      " 当前位置:首页 > 巡察工作 > 巡察反馈 >\n"
      "中共某某局党组\n"
      "关于巡察集中整改进展情况的通报 (2024-07-26)\n"
      "发布时间:2024-07-26 09:00  来源:某某局\n"
      "中共某某局党组关于巡察集中整改进展情况的通报\n"
      "根据区委统一部署,区委第二巡察组对局党组进行了巡察。现将整改情况予以公布。\n"
      "一、整改情况\n"
      "(一)加强领导。成立小组。\n"
      "欢迎广大干部群众进行监督。联系电话:12345678。\n"
      "中共某某局党组\n"
      "2024年7月20日\n"
      "版权所有:某某局 京ICP备12345678号\n"
      "地址:某某路1号\n");
  CHECK(d.title == "中共某某局党组关于巡察集中整改进展情况的通报");
  CHECK(d.preamble == "根据区委统一部署,区委第二巡察组对局党组进行了巡察。现将整改情况予以公布。");
  CHECK(d.outline ==
        "1 section 一、 1 L8 [整改情况]\n"
        "1.1 subsection (一) 1 L9 [加强领导] \"成立小组。\"\n");
  CHECK(d.closing == "欢迎广大干部群众进行监督。联系电话:12345678。\n中共某某局党组\n2024年7月20日");
}

TEST_CASE("page facts from chrome lines of text input", "[outline]") {
  const Blocks blocks = text_to_blocks(
      "http://www.whdi.gov.cn\n 当前位置:首页 > 巡察工作 > 巡察反馈 >\n某局关于巡察整改情况的通报\n"
      "发布时间:2024-06-24 16:38  来源:武汉市纪委监委\n根据部署,进行了巡察。\n");
  OutlineResult r = build_outline(blocks);
  CHECK(r.facts.site == "http://www.whdi.gov.cn");
  CHECK(r.facts.breadcrumb == std::vector<std::string>{"首页", "巡察工作", "巡察反馈"});
  CHECK(r.facts.published == "2024-06-24T16:38");
  CHECK(r.facts.origin == "武汉市纪委监委");
  CHECK(r.title == "某局关于巡察整改情况的通报");
}

TEST_CASE("a bulletin's imprint dates its issue, an e-paper's toolbar its day's paper", "[outline]") {
  const auto dated = [](const std::string& text) {
    const OutlineResult r = build_outline(text_to_blocks(text));
    return r.facts.published.value_or(r.facts.fallback_published.value_or("null"));
  };
  const std::string report = "中共某区卫生健康局党组\n关于区委巡察整改情况的报告\n根据部署,进行了巡察。\n";
  CHECK(dated("巡察工作简报\n第7期\n中共某区委巡察工作领导小组办公室编印    2024年8月12日\n" + report) == "null");
  CHECK(dated("某县人民政府公报\n2024年3月15日出版\n" + report) == "null");
  CHECK(dated("某某日报数字报\n2024年10月15日  星期二  第A03版：公示公告\n" + report) == "2024-10-15");
  CHECK(dated("某区卫生健康局    2024年8月12日\n" + report) == "2024-08-12");
}

TEST_CASE("a document library's end of its text and its related documents are no units", "[outline]") {
  const std::string text =
      "中共某县公安局委员会关于巡察整改进展情况的通报\n根据县委统一部署,县委第一巡察组对县公安局党委进行了常规巡察。\n"
      "一、整改工作情况\n已完成。\n二、下一步打算\n持续推进。\n中共某县公安局委员会\n2020年3月31日\n展开阅读全文\n"
      "剩余2页未读，开通VIP查看完整文档\n立即下载\n相关文档\n1. 县公安局党委关于巡察整改进展情况的通报 5页\n"
      "2. 公安局落实巡察反馈意见整改工作方案 7页\n";
  const OutlineResult r = build_outline(text_to_blocks(text));
  REQUIRE(r.outline.size() == 2);
  CHECK(r.outline[1].marker == "二、");
  CHECK(r.closing == "中共某县公安局委员会\n2020年3月31日");
}

TEST_CASE("a list of the site's articles above the title opens no unit", "[outline]") {
  const std::string text =
      "当前位置：首页 > 政务公开 > 部门动态\n热点信息\n1.某县2024年秋季征兵公告\n2.关于开展“最美家庭”推荐活动的通知\n"
      "中共某市国资委党委关于巡察整改进展情况的通报\n发布时间：2024-10-21 09:30　来源：某市国资委\n"
      "根据市委统一部署，市委第三巡察组对市国资委党委进行了巡察。\n一、整改情况\n已完成。\n";
  const OutlineResult r = build_outline(text_to_blocks(text));
  CHECK(r.title == "中共某市国资委党委关于巡察整改进展情况的通报");
  CHECK(r.facts.published == "2024-10-21T09:30");
  REQUIRE(r.outline.size() == 1);
  CHECK(r.outline[0].marker == "一、");
  // The heading's words may be any pick and any kind (热点推荐, 最新资讯).
  for (const char* heading : {"热点推荐", "最新资讯", "阅读排行"}) {
    INFO(heading);
    std::string other = text;
    other.replace(other.find("热点信息"), std::string("热点信息").size(), heading);
    const OutlineResult o = build_outline(text_to_blocks(other));
    REQUIRE(o.outline.size() == 1);
    CHECK(o.outline[0].marker == "一、");
  }
  // Without the list's heading, numbered lines stay units.
  const std::string plain = "1.某县2024年秋季征兵公告\n2.关于开展“最美家庭”推荐活动的通知\n";
  CHECK(build_outline(text_to_blocks(plain)).outline.size() == 2);
}

TEST_CASE("spans carry node ids and positions", "[outline]") {
  const Blocks blocks = text_to_blocks("1.关于“甲”的问题。\n\u3000\u3000整改情况:一是乙。三是丙。\n");
  OutlineResult r = build_outline(blocks);
  REQUIRE(r.outline.size() == 1);
  REQUIRE(r.outline[0].children.size() == 2);
  const Node& third = r.outline[0].children[1];
  CHECK(third.marker == "三是");
  CHECK(third.line == 2);
  CHECK(third.column == 12);  // two U+3000 (1-2), 整改情况: (3-7), 一是乙。(8-11): 三是 at 12
  bool found = false;
  for (const Span& s : r.spans) {
    if (s.node == "1.2" && s.role == Role::Heading) {
      found = true;
      CHECK(s.line == 2);
      CHECK(s.column == 12);
      CHECK(s.text == "三是丙。");
    }
  }
  CHECK(found);
}

TEST_CASE("measures before any heading are top-level nodes", "[outline]") {
  const Dumped d = parse_text("通川区委坚决做好巡视整改。一是旗帜鲜明讲政治。二是组织领导明责任。\n");
  CHECK(d.preamble == "通川区委坚决做好巡视整改。");
  CHECK(d.outline ==
        "1 measure 一是 1 L1 [旗帜鲜明讲政治]\n"
        "2 measure 二是 2 L1 [组织领导明责任]\n");
}

TEST_CASE("a problem heading may run past a full stop to its 的问题, or hide behind pinyin", "[outline]") {
  struct Case {
    const char* text;
    const char* problem;  // "null" for none
  };
  const Case cases[] = {
      {"(1)关于在“学懂”环节有偏差,学习不实。材料把关不严的问题。一是健全制度。\n",
       "在“学懂”环节有偏差,学习不实。材料把关不严"},
      {"(1)关于学习不实的问题。已整改到位的问题。\n", "学习不实"},
      {"(1)关于“三重一大”制度。已全面整改相关问题。\n", "null"},
      {"(1)关于加强管理。整改情况:已整改的问题。\n", "null"},
      // A converter's pinyin inside the introducer; the heading keeps it.
      {"（二）關(guān)於「基層黨組織建設薄弱」的問題\n", "基層黨組織建設薄弱"},
      {"（二）关(guān)于加强(qiáng)管理方面的问题\n", "null"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    const Blocks blocks = text_to_blocks(c.text);
    const OutlineResult r = build_outline(blocks);
    REQUIRE(!r.outline.empty());
    CHECK(r.outline.front().problem.value_or("null") == c.problem);
  }
}

TEST_CASE("a marker that names a problem, and the field heading above it", "[outline]") {
  // notice-anatomy.md: 问题1: with the word as part of the marker. It takes
  // a level of its own under the item, its heading is the problem, and a
  // 关于X方面的问题 is an area, above units that name problems or not.
  const Dumped d = parse_text(
      "二、整改进展情况\n"
      "(一)关于基层党组织建设方面的问题\n"
      "1.关于“组织生活不规范”方面\n"
      "问题1:无依据发放各类津补贴。\n"
      "整改情况:一是清退资金。二是建立制度。\n"
      "问题2:关于“会议记录不全”的问题。\n"
      "已完成。\n"
      "(二)关于作风建设方面的问题\n"
      "已完成整改。\n");
  CHECK(d.outline ==
        "1 section 二、 2 L1 [整改进展情况]\n"
        "1.1 subsection (一) 1 L2 [关于基层党组织建设方面的问题]\n"
        "1.1.1 item 1. 1 L3 [关于“组织生活不规范”方面]\n"
        "1.1.1.1 item 问题1: 1 L4 [无依据发放各类津补贴] {无依据发放各类津补贴} <整改情况>\n"
        "1.1.1.1.1 measure 一是 1 L5 [清退资金]\n"
        "1.1.1.1.2 measure 二是 2 L5 [建立制度]\n"
        "1.1.1.2 item 问题2: 2 L6 [关于“会议记录不全”的问题] {会议记录不全} \"已完成。\"\n"
        "1.2 subsection (二) 2 L8 [关于作风建设方面的问题] \"已完成整改。\"\n");
  // A passage that opens on items puts (二)关于X方面的问题 among them and its
  // own items after it: an area all the same, the problems its items'.
  const Dumped passage = parse_text(
      "4.关于落实“第一议题”制度存在简单化的问题\n"
      "一是修订议事规则。二是建立学习台账。\n"
      "(二)关于落实全面从严治党主体责任方面的问题\n"
      "1.关于党组主体责任压得不实的问题\n"
      "一是制定责任清单。二是开展约谈。\n"
      "(三)关于作风建设方面的问题\n"
      "已完成整改。\n");
  std::vector<std::string> problems;
  for (std::size_t open = passage.outline.find('{'); open != std::string::npos;
       open = passage.outline.find('{', open + 1)) {
    problems.push_back(passage.outline.substr(open + 1, passage.outline.find('}', open) - open - 1));
  }
  CHECK(problems == std::vector<std::string>{"落实“第一议题”制度存在简单化", "党组主体责任压得不实"});
  // The same field written 关于X方面问题的整改 is an area as well.
  const Dumped e = parse_text(
      "一、关于党的领导弱化方面问题的整改\n"
      "问题1:贯彻落实决策部署不够有力。\n"
      "已完成。\n");
  CHECK(e.outline ==
        "1 section 一、 1 L1 [关于党的领导弱化方面问题的整改]\n"
        "1.1 item 问题1: 1 L2 [贯彻落实决策部署不够有力] {贯彻落实决策部署不够有力} \"已完成。\"\n");
}

TEST_CASE("measures after a comma only where the enumeration continues", "[outline]") {
  struct Case {
    const char* text;
    const char* markers;  // the measures found, in order
  };
  const Case cases[] = {
      {"1.关于甲的问题\n会议要求,一是要提高站位,二是要压实责任,三是要建章立制。\n", "一是 二是 三是"},
      {"1.关于甲的问题\n会议要求，一是要提高站位，二是要压实责任。\n", "一是 二是"},
      // 一是 after a clause end, the rest after commas
      {"1.关于甲的问题\n提出三点要求。一是要提高站位,二是要压实责任,三是要建章立制。\n", "一是 二是 三是"},
      // 一是 after a comma whose 二是 follows a clause end
      {"1.关于甲的问题\n会议要求,一是要提高站位。二是要压实责任。\n", "一是 二是"},
      // no 二是: a comma opens no measure
      {"1.关于甲的问题\n王某表示,一是要提高站位,切实抓好整改。\n", ""},
      // numbering that does not continue, and enumerations inside quotes
      {"1.关于甲的问题\n会议要求,二是要提高站位,三是要压实责任。\n", ""},
      {"1.关于甲的问题\n落实“一是一,二是二”的要求,从严整改。\n", ""},
      {"1.关于甲的问题\n一是提高站位。二是压实责任,三是建章立制,五是严肃问责。\n", "一是 二是 三是"},
      // an enumeration after a comma in the heading's own sentence ends the heading
      {"1.修订《资金管理办法》，一是明确拨付流程，二是建立考核机制。\n", "一是 二是"},
      // not in quotes or book-title marks, and not without its 二是
      {"1.落实“一是一,二是二”的要求,从严整改。\n", ""},
      {"1.修订《资金管理办法》，一是明确拨付流程。\n", ""},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    const Blocks blocks = text_to_blocks(c.text);
    const OutlineResult r = build_outline(blocks);
    REQUIRE(r.outline.size() == 1);
    std::string markers;
    for (const Node& n : r.outline.front().children) {
      if (n.kind != NodeKind::Measure) continue;
      markers += (markers.empty() ? "" : " ") + n.marker;
    }
    CHECK(markers == c.markers);
  }
}

TEST_CASE("measures after each 【整改】 of a unit's problem and rectification pairs", "[outline]") {
  const Dumped d = parse_text(
      "（一）在服务大局方面\n"
      "【问题】重大项目推进不够有力。\n"
      "【整改】一是成立工作专班。二是加快项目建设。\n"
      "【问题】非主业投资管控不严。\n"
      "【整改】一是制定投资负面清单。二是清理低效项目。\n"
      "【整改情况】一是完善制度。\n");
  CHECK(d.outline ==
        "1 subsection （一） 1 L1 [在服务大局方面] <整改> "
        "\"【问题】重大项目推进不够有力。\n【问题】非主业投资管控不严。\n【整改】\n【整改情况】\"\n"
        "1.1 measure 一是 1 L3 [成立工作专班]\n"
        "1.2 measure 二是 2 L3 [加快项目建设]\n"
        "1.3 measure 一是 1 L5 [制定投资负面清单]\n"
        "1.4 measure 二是 2 L5 [清理低效项目]\n"
        "1.5 measure 一是 1 L6 [完善制度]\n");
}

TEST_CASE("readers' comments under their heading are no part of the notice", "[outline]") {
  const Dumped d = parse_text(
      "一、整改情况\n局党组高度重视。\n欢迎广大干部群众对巡察整改落实情况进行监督。\n中共某局党组\n2024年5月27日\n"
      "新浪网友评论 （共3条）\n云岭网友 05月31日 11:02\n一是要真改实改，二是要长期坚持，点赞！\n"
      "手机用户 05月31日 12:40\n土地闲置问题希望继续跟踪。\n热门推荐\n");
  CHECK(d.closing == "欢迎广大干部群众对巡察整改落实情况进行监督。\n中共某局党组\n2024年5月27日");
  CHECK(d.outline == "1 section 一、 1 L1 [整改情况] \"局党组高度重视。\"\n");
  // A text browser's list of the page's links under References.
  const Dumped lynx = parse_text(
      "一、整改情况\n已整改。\n中共某局党组\n2023年10月18日\n相关文章\n某局召开巡察整改推进会 2023-09-01\nReferences\n"
      "1. http://www.example.gov.cn/\n2. http://www.example.gov.cn/col/\n");
  CHECK(lynx.outline == "1 section 一、 1 L1 [整改情况] \"已整改。\"\n");
  CHECK(lynx.closing == "中共某局党组\n2023年10月18日");
  // WordPress's count before the heading's words; a unit named 留言 is a unit.
  const Dumped wp = parse_text("一、整改情况\n已整改。\n中共某局党组\n2024年7月29日\n1 条评论 到 “某局关于巡察整改的通报”\n#1 评论 由 职工 在 2024年8月3日\n很好。\n");
  CHECK(wp.closing == "中共某局党组\n2024年7月29日");
  const Dumped unit = parse_text("一、整改情况\n已整改。\n二、群众留言\n已回复群众留言12条，逐一办理。\n");
  CHECK(unit.outline.find("二、") != std::string::npos);
}

TEST_CASE("a list of attachments under the signature is the closing's", "[outline]") {
  const Dumped d = parse_text(
      "一、整改情况\n镇党委高度重视。\n"
      "欢迎广大干部群众对巡察整改落实情况进行监督。\n"
      "中共某镇委员会\n2024年6月28日印发\n"
      "附件：1.某镇巡察反馈问题整改清单\n"
      "　　　2.某镇巡察整改新建制度目录\n");
  CHECK(d.outline == "1 section 一、 1 L1 [整改情况] \"镇党委高度重视。\"\n");
  CHECK(d.closing ==
        "欢迎广大干部群众对巡察整改落实情况进行监督。\n中共某镇委员会\n2024年6月28日印发\n"
        "附件：1.某镇巡察反馈问题整改清单\n2.某镇巡察整改新建制度目录");
  // Items after an attachment line that is no list's are units as before.
  const Dumped units = parse_text("一、整改情况\n1.关于甲的问题\n已整改。\n2.关于乙的问题\n已整改。\n");
  CHECK(units.closing.empty());
  // The list before the signature, and the attachments themselves after its
  // date: a table's rows and a list of rules are theirs, not units.
  const Dumped after = parse_text(
      "一、整改情况\n局党组高度重视。\n"
      "欢迎广大干部群众对巡察整改落实情况进行监督。\n"
      "附件：1.反馈问题整改清单\n　　　2.巡察整改形成的制度目录\n"
      "中共某局党组\n2024年10月16日\n"
      "附件1\n反馈问题整改清单\n序号\t问题\n1\t关于“甲”的问题\n"
      "附件2\n巡察整改形成的制度目录\n1.《某局管理办法》\n2.《某局采购制度》\n");
  CHECK(after.outline == "1 section 一、 1 L1 [整改情况] \"局党组高度重视。\"\n");
  CHECK(after.closing.starts_with("欢迎广大干部群众对巡察整改落实情况进行监督。\n附件：1.反馈问题整改清单"));
  CHECK(after.closing.ends_with("2.《某局采购制度》"));
  // An earlier notice appended after the signature (附：) is no unit of this one.
  const Dumped appended = parse_text(
      "一、整改情况\n局党组高度重视。\n欢迎监督。\n中共某局党组\n2023年4月20日\n附：\n"
      "中共某局党组关于区委第二轮巡察整改情况的通报\n一、总体情况\n已完成。\n中共某局党组\n2021年5月10日\n");
  CHECK(appended.outline == "1 section 一、 1 L1 [整改情况] \"局党组高度重视。\"\n");
  CHECK(appended.closing.ends_with("附：\n中共某局党组关于区委第二轮巡察整改情况的通报\n一、总体情况\n已完成。\n中共某局党组\n2021年5月10日"));
}

TEST_CASE("what is numbered under the signature is the closing's, unless the next notice opens", "[outline]") {
  // A WeChat article's 往期推荐, a site's related list under the signature.
  const Dumped related = parse_text(
      "一、整改情况\n局党组高度重视。\n二、下一步打算\n持续抓好整改。\n"
      "中共某区财政局党组\n2024年1月15日\n"
      "往期推荐\n1.关于“财政资金沉淀”的问题，区财政局这样整改\n2.一是守底线，二是提效能\n");
  CHECK(related.outline ==
        "1 section 一、 1 L1 [整改情况] \"局党组高度重视。\"\n"
        "2 section 二、 2 L3 [下一步打算] \"持续抓好整改。\"\n");
  CHECK(related.closing.ends_with("2024年1月15日"));  // the list under 往期推荐 is the footer's
  // Without a signature, the list's heading ends the units (往期推荐,
  // 喜欢此内容的人还喜欢), once they have begun.
  const Dumped unsigned_list = parse_text(
      "一、整改情况\n局党组高度重视。\n二、下一步打算\n持续抓好整改。\n"
      "往期推荐\n1.某市召开审计整改推进会\n2.一图读懂审计工作报告\n");
  CHECK(unsigned_list.outline ==
        "1 section 一、 1 L1 [整改情况] \"局党组高度重视。\"\n"
        "2 section 二、 2 L3 [下一步打算] \"持续抓好整改。\"\n");
  // The organisation and its date on one line (a Markdown paragraph's two
  // lines joined), then a reader's numbered notes.
  const Dumped noted = parse_text(
      "一、整改情况\n\n局党组高度重视。\n\n二、下一步打算\n\n持续抓好整改。\n\n"
      "中共某区财政局党组2024年1月15日\n\n我的备注：\n\n1.议事规则可参考。\n\n2.附件没能下载。\n");
  CHECK(noted.outline ==
        "1 section 一、 1 L1 [整改情况] \"局党组高度重视。\"\n"
        "2 section 二、 2 L5 [下一步打算] \"持续抓好整改。\"\n");
  CHECK(noted.closing == "中共某区财政局党组2024年1月15日\n我的备注：\n1.议事规则可参考。\n2.附件没能下载。");
  // News with no units: the list's heading (in a template's brackets too)
  // ends the article's prose.
  const Dumped news = parse_text(
      "某镇召开巡察整改推进会\n6月16日下午，某镇召开巡察反馈问题整改推进会，通报前一阶段整改进展情况。\n"
      "会议要求，一是要压实责任链条；二是要严格销号标准。\n"
      "镇党委书记出席会议并讲话，镇领导班子成员、各站所负责人、各村（社区）党组织书记参加会议。\n"
      "【相关链接】\n1. 某镇开展巡察整改“回头看”督查\n2. 县委巡察工作领导小组召开第四次会议\n");
  CHECK(news.outline.find("section") == std::string::npos);
  CHECK(news.outline.find("item") == std::string::npos);
  // Above the units it is a sidebar's, before an article a script fills in.
  const Dumped sidebar = parse_text(
      "某学院党委关于巡视整改进展情况的通报\n根据省委统一部署，省委第三巡视组对学院党委进行了巡视。\n"
      "相关推荐\n某学院召开巡视整改推进会\n一、整改情况\n已完成整改。\n二、下一步打算\n持续整改。\n");
  CHECK(sidebar.outline.find("[下一步打算]") != std::string::npos);
  // A gazette's page: one document's signature, then the next notice.
  const std::string gazette =
      "一、总体情况\n已完成。\n二、其他事项\n按规定办理。\n某县人民政府办公室\n2024年2月26日\n（此件公开发布）\n"
      "中共某县卫生健康局党组关于巡察整改进展情况的通报\n"
      "根据县委统一部署，县委第五巡察组对县卫生健康局党组进行了巡察。\n一、整改情况\n已完成整改。\n";
  CHECK(parse_text(gazette).outline.ends_with("[整改情况] \"已完成整改。\"\n"));
  // A 下一篇： line names a notice; it opens none.
  const Dumped named = parse_text(
      "一、整改情况\n局党组高度重视。\n中共某区财政局党组\n2024年1月15日\n"
      "下一篇：中共某区水利局党组关于巡察整改情况的通报\n相关链接：\n1.中央纪委国家监委网站\n");
  CHECK(named.outline == "1 section 一、 1 L1 [整改情况] \"局党组高度重视。\"\n");
}

TEST_CASE("an info line below the text is chrome and dates the page", "[outline]") {
  const Blocks blocks = text_to_blocks(
      "一、整改情况\n局党组高度重视。\n欢迎监督。\n中共某局党组\n2024年6月28日\n"
      "来源：某局\n发布于 2024-07-02 09:41・IP 属地湖南\n");
  const OutlineResult r = build_outline(blocks);
  CHECK(r.closing == "欢迎监督。\n中共某局党组\n2024年6月28日");
  CHECK(r.facts.published == "2024-07-02T09:41");
  // A date the header gave stays.
  const Blocks dated = text_to_blocks(
      "某局党组关于巡察整改进展情况的通报\n发布时间：2024-07-01\n一、整改情况\n已完成。\n中共某局党组\n2024年6月28日\n"
      "发布于 2024-07-02 09:41\n");
  CHECK(build_outline(dated).facts.published == "2024-07-01");
  // So does a bare date over the title (a blog's post date): comments below
  // are 发布于 their own days.
  const Blocks posted = text_to_blocks(
      "2024年06月26日\n某局党组关于巡察整改进展情况的通报\n一、整改情况\n已完成。\n中共某局党组\n2024年6月25日\n"
      "政教处 发布于 2024-06-27 08:16:40\n");
  const OutlineResult p = build_outline(posted);
  CHECK_FALSE(p.facts.published);
  CHECK(p.facts.fallback_published == "2024-06-26");
}

TEST_CASE("a 整改台账's row: the measures after the cell's edge are the item's", "[outline]") {
  const Dumped d = parse_text(
      "一、落实决策部署方面\n"
      "1.关于“落实‘双减’政策有差距”的问题 一是制定作业管理指引，二是开展专项督导\n"
      "2.关于“一是一、二是二的作风没有树立”的问题 已完成整改\n");
  CHECK(d.outline ==
        "1 section 一、 1 L1 [落实决策部署方面]\n"
        "1.1 item 1. 1 L2 [关于“落实‘双减’政策有差距”的问题] {落实‘双减’政策有差距}\n"
        "1.1.1 measure 一是 1 L2 [制定作业管理指引，]\n"
        "1.1.2 measure 二是 2 L2 [开展专项督导]\n"
        "1.2 item 2. 2 L3 [关于“一是一、二是二的作风没有树立”的问题 已完成整改] {一是一、二是二的作风没有树立}\n");
}

TEST_CASE("a 整改台账 flattened to lines: a 一是 at a cell's edge opens the cell's run", "[outline]") {
  // A tab, a bar or spaces part the cells; 一是 needs its 二是 after it.
  const Dumped d = parse_text(
      "一、整改台账\n"
      "1\t资产出租未公开招租\t一是全面清查；二是制定办法\t已完成\n"
      "| 2 | 质保金未扣留 | 一是补扣质保金；二是完善审核流程 | 已完成 |\n"
      "3 往来款项长期挂账 一是成立清欠专班 持续整改\n");
  CHECK(d.outline ==
        "1 section 一、 1 L1 [整改台账] \"1 资产出租未公开招租\n| 2 | 质保金未扣留 |\n"
        "3 往来款项长期挂账 一是成立清欠专班 持续整改\"\n"
        "1.1 measure 一是 1 L2 [全面清查]\n"
        "1.2 measure 二是 2 L2 [制定办法 已完成]\n"
        "1.3 measure 一是 1 L3 [补扣质保金]\n"
        "1.4 measure 二是 2 L3 [完善审核流程 | 已完成 |]\n");
}

TEST_CASE("a table of contents names the units and opens none", "[outline]") {
  const Dumped d = parse_text(
      "某局党组关于巡察整改进展情况的通报\n目　　录\n"
      "一、整改工作组织推进情况…………………1\n二、下一步工作打算·········5\n"
      "根据市委统一部署，市委巡察组对局党组开展了巡察。\n"
      "一、整改工作组织推进情况\n已完成。\n二、下一步工作打算\n持续整改。\n");
  CHECK(d.outline ==
        "1 section 一、 1 L6 [整改工作组织推进情况] \"已完成。\"\n"
        "2 section 二、 2 L8 [下一步工作打算] \"持续整改。\"\n");
  // A heading that ends in a number of its own is no entry.
  const Dumped numbers = parse_text("一、完成整改任务46项\n已完成。\n");
  CHECK(numbers.outline == "1 section 一、 1 L1 [完成整改任务46项] \"已完成。\"\n");
}

TEST_CASE("inline markers only where they continue the numbering", "[outline]") {
  struct Case {
    const char* name;
    const char* input;
    const char* outline;
  };
  const Case cases[] = {
      {"sections and items run together",
       "一、总体情况(一)加强领导。成立小组。(二)压实责任。二、问题整改1.关于“甲”的问题。一是改。2.关于“乙”的问题。一是改。\n",
       "1 section 一、 1 L1 [总体情况]\n"
       "1.1 subsection (一) 1 L1 [加强领导] \"成立小组。\"\n"
       "1.2 subsection (二) 2 L1 [压实责任]\n"
       "2 section 二、 2 L1 [问题整改]\n"
       "2.1 item 1. 1 L1 [关于“甲”的问题] {甲}\n"
       "2.1.1 measure 一是 1 L1 [改]\n"
       "2.2 item 2. 2 L1 [关于“乙”的问题] {乙}\n"
       "2.2.1 measure 一是 1 L1 [改]\n"},
      {"prose numbers never open units",
       "一、总体情况\n"
       "落实“1+3”方案。第2轮巡察后,区委一、二、三轮巡察问题已整改。5.2万元已退回。3.关于其他。\n",
       "1 section 一、 1 L1 [总体情况] \"落实“1+3”方案。第2轮巡察后,区委一、二、三轮巡察问题已整改。5.2万元已退回。3.关于其他。\"\n"},
      {"an enumeration inside a sentence opens no level",
       "三、反映问题渠道\n"
       "(二)意见信箱:1.海螺酒店;2.区政府;3.城管局。\n",
       "1 section 三、 3 L1 [反映问题渠道]\n"
       "1.1 subsection (二) 2 L2 [意见信箱] \"1.海螺酒店;2.区政府;3.城管局。\"\n"},
      {"a list inside an item body is not a run of sibling items",
       "5.关于“丙”的问题。\n"
       "整改情况:分三步:1.清查。2.整改。\n",
       "1 item 5. 5 L1 [关于“丙”的问题] {丙} <整改情况> \"分三步:1.清查。2.整改。\"\n"},
      {"line breaks lost to spaces: a 1 after one opens its level with no 2 in sight",
       "二、整改进展情况 (一)集中整改期内的整改事项 1.关于“甲”问题的整改。 (1)已清理资金。\n",
       "1 section 二、 2 L1 [整改进展情况]\n"
       "1.1 subsection (一) 1 L1 [集中整改期内的整改事项]\n"
       "1.1.1 item 1. 1 L1 [关于“甲”问题的整改] {甲}\n"
       "1.1.1.1 subitem (1) 1 L1 [已清理资金]\n"},
      {"but not where no clause ends before it",
       "(一)部署情况。会议要求各单位 (1)提高认识。\n",
       "1 subsection (一) 1 L1 [部署情况] \"会议要求各单位 (1)提高认识。\"\n"},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    CHECK(parse_text(c.input).outline == c.outline);
  }
}

TEST_CASE("an item of thousands of measures keeps every one in order and grows to about its length",
          "[outline]") {
  // Items stop at 999. (the 20 MB benchmark notice gathers 66,000 measures
  // under its item 999), so the long list here is of measures. Each list
  // is checked whole, and its room too: holding room for twice its length
  // is what a long list cost before (see make_room).
  for (const int paragraphs : {1500, 2049, 5000}) {
    for (const int prose_after : {0, 20000}) {
      INFO(paragraphs << " paragraphs of two measures, " << prose_after << " paragraphs after them");
      std::string text = "一、整改落实情况\n1.关于“调度不力”的问题。\n";
      for (int i = 0; i < paragraphs; ++i) text += "整改情况:一是加强调度。二是推进项目。\n";
      text += "二、下一步打算\n";
      for (int i = 0; i < prose_after; ++i) text += "持续巩固整改成果。\n";
      const Blocks blocks = text_to_blocks(text);
      const OutlineResult r = build_outline(blocks);
      REQUIRE(r.outline.size() == 2);
      REQUIRE(r.outline[0].children.size() == 1);
      const std::vector<Node>& list = r.outline[0].children[0].children;
      const std::size_t measures = 2 * static_cast<std::size_t>(paragraphs);
      REQUIRE(list.size() == measures);
      bool in_order = true;
      for (std::size_t k = 0; k < measures; ++k) {
        const Node& n = list[k];
        in_order = in_order && n.kind == NodeKind::Measure && n.number == static_cast<int>(k % 2 + 1) &&
                   n.id == "1.1." + std::to_string(k + 1) && n.line == static_cast<int>(k / 2 + 3) &&
                   n.heading == (k % 2 == 0 ? "加强调度" : "推进项目");
      }
      CHECK(in_order);
      CHECK(r.outline[1].id == "2");
      // Up to 4096 measures the room doubles from 8. Past it, a list that
      // runs to the end projects its length (and a sixteenth), though it
      // grows by half at least; with 20,000 paragraphs after it, the
      // projection stops at eight times the list.
      if (measures <= 4096) CHECK(list.capacity() == 4096);
      if (measures == 4098 && prose_after == 0) CHECK(list.capacity() == 4096 + 2048);
      if (measures == 10000 && prose_after == 0) CHECK(list.capacity() > 10000);
      if (measures == 10000 && prose_after == 0) CHECK(list.capacity() < 10000 + 10000 / 16 + 32);
      if (measures > 4096 && prose_after > 0) CHECK(list.capacity() == 8 * 4096 + 4096 / 16);
    }
  }
}

// Titles from page openings as sites write them (issue 17): each row is a
// header as it comes before the notice's first prose line, and the title
// a reader takes from it.
TEST_CASE("titles: navigation and column names and prefixes and split lines", "[outline]") {
  struct Row {
    const char* header;
    const char* title;
  };
  const Row rows[] = {
      // An editor's note in brackets before an issuer's line over 关于….
      {"巡察工作简报\n第7期\n【编者按】集中整改期满后，区卫生健康局党组形成书面报告。现予刊发。\n中共某区卫生健康局党组\n"
       "关于巡察整改情况的报告\n",
       "中共某区卫生健康局党组关于巡察整改情况的报告"},
      // A symbol set before the title for show.
      {"▶ 中共某局党组关于巡察整改进展情况的通报\n", "中共某局党组关于巡察整改进展情况的通报"},
      {"★中共某局党组关于巡察整改进展情况的通报\n", "中共某局党组关于巡察整改进展情况的通报"},
      // A 文号 run onto the title's line ends the title; a title's own 〔〕 stays.
      {"某区人民政府办公室关于印发《某区落实巡察反馈意见整改方案》的通知某政办发〔2024〕11 号\n",
       "某区人民政府办公室关于印发《某区落实巡察反馈意见整改方案》的通知"},
      {"关于某政办发〔2024〕11号文件落实情况的报告\n", "关于某政办发〔2024〕11号文件落实情况的报告"},
      // A breadcrumb whatever stands before it, with > or -> or », is chrome.
      {"您当前所在位置: 首页 > 政务公开 > 结果公开 > 审计公开\n某市审计局关于审计查出问题整改情况的报告\n",
       "某市审计局关于审计查出问题整改情况的报告"},
      {"-> 要闻 -> 审计通告 -> 审计公告\n某市审计局关于审计查出问题整改情况的报告\n",
       "某市审计局关于审计查出问题整改情况的报告"},
      {"> 政府信息公开 » 综合政务 » 通知公告\n某中心关于巡察整改情况的通报\n", "某中心关于巡察整改情况的通报"},
      // A breadcrumb that ends in the title: the last step is the title.
      {"首页 > 某局党组关于巡察整改进展情况的通报\n", "某局党组关于巡察整改进展情况的通报"},
      // A column name before the real title gives way to it.
      {"公告公示\n某局党组 关于巡察整改情况的通报\n来源:机关党委\n", "某局党组 关于巡察整改情况的通报"},
      // So does a column that a breadcrumb ends in, named again on its own line.
      {"首页 » 公示公告\n某局党组关于巡察整改情况的通报\n", "某局党组关于巡察整改情况的通报"},
      {"首页 » 公示公告\n公示公告\n【巡察整改】某局党组关于巡察整改情况的通报\n2024年06月03日 星期一\n",
       "某局党组关于巡察整改情况的通报"},
      // A site's name over its column's (某局 / 通知公告) is no title set in
      // two lines when a title with 关于 follows.
      {"某县市场监督管理局\n通知公告\n中共某县市场监督管理局党组关于印发《整改工作方案》的通知\n",
       "中共某县市场监督管理局党组关于印发《整改工作方案》的通知"},
      // A column's name again under the breadcrumb, then its sub-columns:
      // no title set in two lines (巡察整改 / 整改通报).
      {"当前位置：首页 > 专题专栏 > 巡察整改\n巡察整改\n整改通报\n整改动态\n中共某局党组关于市委第六巡察组巡察反馈意见整改进展情况的通报\n",
       "中共某局党组关于市委第六巡察组巡察反馈意见整改进展情况的通报"},
      // A menu's item that the breadcrumb names, some lines above it.
      {"首页\n工作动态\n审查调查\n巡察工作\n党风政风\n廉政文化\n举报须知\n您现在的位置： 首页 > 巡察工作 > 巡察动态\n"
       "县农业农村局召开巡察整改专题民主生活会\n2021-12-10 09:38:17　来源：县委巡察办\n",
       "县农业农村局召开巡察整改专题民主生活会"},
      // A scraper's field that repeats the title is no fuller title.
      {"某局党组关于县委第三巡察组巡察反馈意见整改情况的通报--某县人民政府\npublish_date: None\n"
       "meta_description: 某局党组关于县委第三巡察组巡察反馈意见整改情况的通报\n",
       "某局党组关于县委第三巡察组巡察反馈意见整改情况的通报"},
      // A disclosure column's name (村（社区）公开, 居务公开) is no title's rest.
      {"柳岸区人民政府\n村（社区）公开\n首页 > 镇街公开 > 石桥社区 > 党务公开\n区委第四巡察组进驻石桥社区开展巡察的公告\n",
       "区委第四巡察组进驻石桥社区开展巡察的公告"},
      // Prefixes: a bracketed column, a label, a list dash, a gazette number.
      {"【巡察整改】某局党组关于巡察整改情况的通报\n", "某局党组关于巡察整改情况的通报"},
      {"标 题:某局党组关于巡察整改情况的通报\n", "某局党组关于巡察整改情况的通报"},
      {"标题：某局党组关于巡察整改情况的通报\n", "某局党组关于巡察整改情况的通报"},
      {"- 某局党组关于巡察整改情况的通报\n", "某局党组关于巡察整改情况的通报"},
      {"转发：某局党组关于巡察整改情况的通报\n", "某局党组关于巡察整改情况的通报"},
      {"中共某省委關於巡視整改情況的通報（全文）\n", "中共某省委關於巡視整改情況的通報"},
      // A bilingual site's translation after the title on its line.
      {"中共某大学委员会关于巡视整改进展情况的通报 Progress Report of the CPC Committee on Rectification\n",
       "中共某大学委员会关于巡视整改进展情况的通报"},
      {"某局党组关于巡察整改情况的通报 PDF版\n", "某局党组关于巡察整改情况的通报 PDF版"},
      {"轉載: 某局黨組關於巡察整改情況的通報\n", "某局黨組關於巡察整改情況的通報"},
      {"2019年第43号(总第221号)某市关于2018年度审计查出问题整改情况的报告\n",
       "某市关于2018年度审计查出问题整改情况的报告"},
      {"2019年第2号：某市2018年度保障性安居工程跟踪审计结果公告\n", "某市2018年度保障性安居工程跟踪审计结果公告"},
      // Split after 关于, in simplified and traditional characters.
      {"某县医疗保障局党组关于第十四届\n县委机动巡察整改进展情况的通报\n",
       "某县医疗保障局党组关于第十四届县委机动巡察整改进展情况的通报"},
      {"中共某市婦女聯合會黨組關于五屆市委\n第四輪巡察整改進展情況的通報\n",
       "中共某市婦女聯合會黨組關于五屆市委第四輪巡察整改進展情況的通報"},
      // Wrapped at a fixed width inside its last words, as text taken from
      // a PDF is; a short line after a whole title is not joined to it.
      {"中共某市发展和改革委员会党组关于十四届市委第五轮巡察集中整改进\n展情况的通报\n",
       "中共某市发展和改革委员会党组关于十四届市委第五轮巡察集中整改进展情况的通报"},
      {"某局党组关于巡察整改进展情况的通报\n2024年6月17日\n", "某局党组关于巡察整改进展情况的通报"},
      // The issuer's name broken before the title's two lines.
      {"中共台州市黄岩区\n农业农村局党组关于十五届区委第六轮\n巡察集中整改进展情况的通报\n",
       "中共台州市黄岩区农业农村局党组关于十五届区委第六轮巡察集中整改进展情况的通报"},
      // A whole organisation's name above is no part of a title that has its own.
      {"中共台州市黄岩区委员会\n农业农村局党组关于十五届区委第六轮\n巡察集中整改进展情况的通报\n",
       "农业农村局党组关于十五届区委第六轮巡察集中整改进展情况的通报"},
      // A site's and column's line, an index table, then the notice's title
      // (and its 名称 row, spaced out to the table's width).
      {"某市人民政府  政府信息公开\n您访问的位置：首页 » 政府信息公开 » 审计结果公告\n"
       "名　　称：关于2022年度市级预算执行审计查出问题整改情况的报告\n"
       "关于2022年度市级预算执行审计查出问题整改情况的报告\n",
       "关于2022年度市级预算执行审计查出问题整改情况的报告"},
      // A repost's headline, then the notice's own title with its issuer.
      {"关于十五届县委第三轮巡察集中整改进展情况的通报\n原创 清风青田 2023-06-02 17:30\n"
       "中共某县某街道工作委员会关于十五届县委第三轮巡察集中整改进展情况的通报\n",
       "中共某县某街道工作委员会关于十五届县委第三轮巡察集中整改进展情况的通报"},
      // Set in two lines by hand, the break anywhere, a subtitle after it.
      {"中共某理工大学委员会关于省委第八巡视组\n巡视反馈意见集中整改进展情况的通报\n——2024年度第一批整改事项办结情况\n",
       "中共某理工大学委员会关于省委第八巡视组巡视反馈意见集中整改进展情况的通报"},
      // The first line ends on a word titles end with (…执行情况, …反馈意见);
      // the second ends with a notice's own word, and ends the title.
      {"某县教育局\n某县教育局关于2022年度部门预算执行情况\n审计发现问题整改情况的报告\n县审计局：\n",
       "某县教育局关于2022年度部门预算执行情况审计发现问题整改情况的报告"},
      {"中共某县水务局党组关于县委第六巡察组巡察反馈意见\n整改进展情况的通报\n根据县委统一部署，县委第六巡察组进行了巡察。\n",
       "中共某县水务局党组关于县委第六巡察组巡察反馈意见整改进展情况的通报"},
      // …but not a line of its own that reads as no part of it.
      {"某局关于巡察整改进展情况\n2024年6月17日\n", "某局关于巡察整改进展情况"},
      // A second line with a 关于 of its own is a title of its own.
      {"关于开展省委第八巡视组\n某局关于巡察整改进展情况的通报\n", "关于开展省委第八巡视组"},
      {"某局党组关于巡察集中整改进展\n(2024年6月17日)\n", "某局党组关于巡察集中整改进展"},
      // A page's <title> saved as text, its column and site after it; a menu
      // ending in 信息公开 is no title, nor a column's name before the title.
      {"某局党组关于巡察整改情况的通报_巡察工作_某某县教育局\n首页  教育动态  通知公告  政务公开\n",
       "某局党组关于巡察整改情况的通报"},
      {"某某学院\nEnglish  |  校内门户  |  信息公开\n首页  学校概况  机构设置\n某学院党委关于巡察整改进展情况的通报\n",
       "某学院党委关于巡察整改进展情况的通报"},
      {"首页  关于我们  新闻中心  党建园地  信息公开\n某集团党委关于巡视整改进展情况的通报\n",
       "某集团党委关于巡视整改进展情况的通报"},
      {"通知公告\n县委第二巡察组进驻县交通运输局开展巡察工作公告\n", "县委第二巡察组进驻县交通运输局开展巡察工作公告"},
      {"某局党组 关于 巡察整改情况的通报\n", "某局党组 关于 巡察整改情况的通报"},
      {"某区人民法院\n诉讼服务热线：12368  网上立案  裁判文书  执行信息公开\n某院党组关于巡察整改情况的通报\n",
       "某院党组关于巡察整改情况的通报"},
      // A site's name over 首页 > a column: the one step is a breadcrumb.
      {"某市水利局\n首页 > 通知公告\n某局党组关于巡察整改进展情况的通报\n", "某局党组关于巡察整改进展情况的通报"},
      // Set in three lines, the second ending on a word titles end with.
      {"中共某区卫生健康局党组\n关于区委第三巡察组巡察反馈意见\n整改进展情况的通报\n",
       "中共某区卫生健康局党组关于区委第三巡察组巡察反馈意见整改进展情况的通报"},
      // An index table's next key kept on the title's line, with or without its value.
      {"名称: 关于某县2021年度预算执行情况的审计工作报告 文号:\n", "关于某县2021年度预算执行情况的审计工作报告"},
      {"标题：某局关于巡察整改情况的通报 发文字号：某党〔2024〕3号\n", "某局关于巡察整改情况的通报"},
      // After a column's name, the title set in two lines, or labelled.
      {"巡察公开\n中共某区商务局党组关于十四届区委第六轮巡察\n整改进展情况的通报\n信息来源：区委巡察办\n",
       "中共某区商务局党组关于十四届区委第六轮巡察整改进展情况的通报"},
      {"党建工作\n标题：中共某县供销合作社联合社党组关于县委巡察整改进展情况的通报\n发表时间：2024年10月9日\n",
       "中共某县供销合作社联合社党组关于县委巡察整改进展情况的通报"},
      // A title set whole in brackets: the brackets are no part of it.
      {"首页 > 政务公开\n【中共某局党组关于巡察反馈意见集中整改进展情况的通报】\n发布时间：2024-07-22\n",
       "中共某局党组关于巡察反馈意见集中整改进展情况的通报"},
      {"《中共某局党组关于巡察反馈意见集中整改进展情况的通报》\n2024.10.08\n",
       "中共某局党组关于巡察反馈意见集中整改进展情况的通报"},
      // A forwarded e-mail's header is no title.
      {"发件人：某区委巡察办<xcb@example.cn>\n发送时间：2024年9月3日(星期二) 下午3:22\n收件人：各被巡察单位联络员\n"
       "中共某局党组关于区委第六巡察组反馈意见整改落实情况\n发布时间：2024-09-02 16:40\n",
       "中共某局党组关于区委第六巡察组反馈意见整改落实情况"},
      // Wrapped twice, the issuer and 关于 on the first line.
      {"中共某市委关于省委第六巡视组\n巡视反馈意见集中整改\n进展情况的通报\n根据省委统一部署,省委第六巡视组对某市开展了巡视。\n",
       "中共某市委关于省委第六巡视组巡视反馈意见集中整改进展情况的通报"},
      // A slogan for a headline, the notice's own title its subtitle.
      {"首页 / 通知公告 / 正文\n立行立改 真改实改\n——中共某局党组关于市委第二巡察组巡察整改进展情况的通报\n",
       "中共某局党组关于市委第二巡察组巡察整改进展情况的通报"},
      {"某局关于巡察整改情况的通报 | 某某网\n", "某局关于巡察整改情况的通报"},
      // A site's name a converter left after a bare hyphen; a range stays.
      {"某局党组关于巡察整改进展情况的通报-某某市纪委监委\n", "某局党组关于巡察整改进展情况的通报"},
      {"某局关于2023-2024年度审计整改情况的报告\n", "某局关于2023-2024年度审计整改情况的报告"},
      {"某局关于巡察整改进展情况的通报-2024\n", "某局关于巡察整改进展情况的通报-2024"},
      // A line broken inside brackets is a fragment, not a title: 20211230日公告)
      // is what is left of (2021年12月30日公告) where the digits were lost.
      {"某市审计局审计结果公告2021年第3号(总第69号)\n20211230日公告)\n关于某市2020年度市级预算执行和\n"
       "其他财政收支审计查出问题整改情况的报告\n",
       "关于某市2020年度市级预算执行和其他财政收支审计查出问题整改情况的报告"},
      // A news page's headline without 关于, its info line, then the notice's
      // own title with its issuer: the notice's.
      {"某县水利局公开巡察整改进展情况\n时间：2023-02-14 09:03:11　来源：某某发布\n"
       "中共某县水利局党组关于县委第二巡察组反馈意见整改进展情况的通报\n",
       "中共某县水利局党组关于县委第二巡察组反馈意见整改进展情况的通报"},
      {"某区司法局巡察整改进展情况通报\n2024-01-09 15:20:36　来源：区司法局\n"
       "中共某区司法局党组关于区委第三巡察组巡察反馈意见整改进展情况的通报\n",
       "中共某区司法局党组关于区委第三巡察组巡察反馈意见整改进展情况的通报"},
      // A site's line, then an index table whose 标题 row is spaced out to
      // the table's width and whose empty 文号 row stands above the title.
      {"某市人民政府信息公开\n发布日期：2023-03-27\n文　　号：\n标　　题：中共某市统计局党组关于巡察整改进展情况的通报\n"
       "有 效 性：有效\n中共某市统计局党组关于巡察整改进展情况的通报\n",
       "中共某市统计局党组关于巡察整改进展情况的通报"},
      {"某市人民政府信息公开\n文　　号：\n中共某市统计局党组关于巡察整改进展情况的通报\n",
       "中共某市统计局党组关于巡察整改进展情况的通报"},
      // The issuer's line letter-spaced over the title's lines, kept as written.
      {"中 共 某 县 审 计 局 党 组\n关于县委第四巡察组巡察反馈意见\n整改进展情况的通报\n",
       "中 共 某 县 审 计 局 党 组关于县委第四巡察组巡察反馈意见整改进展情况的通报"},
      {"中 共 某 县 文 化 局 党 组\n关 于 县 委 第 五 巡 察 组 反 馈 意 见\n整 改 进 展 情 况 的 通 报\n",
       "中 共 某 县 文 化 局 党 组关 于 县 委 第 五 巡 察 组 反 馈 意 见整 改 进 展 情 况 的 通 报"},
      // A repost's headline, its editor's note, then the notice's own title in two lines.
      {"县住房保障服务中心公开巡察整改进展\n日期：2024年7月15日　来源：某县纪委监委\n"
       "编者按：为推进巡察整改公开，现将县住房保障服务中心巡察整改进展情况予以刊发。\n"
       "中共某县住房保障服务中心支部委员会\n关于县委第六巡察组巡察反馈意见整改进展情况的通报\n",
       "中共某县住房保障服务中心支部委员会关于县委第六巡察组巡察反馈意见整改进展情况的通报"},
      // Broken before the word the title is about, after a line that is no
      // title of its own.
      {"十二届某州党委第五轮巡察7个乡镇(街道)\n整改进展情况\n", "十二届某州党委第五轮巡察7个乡镇(街道)整改进展情况"},
      // A page's <title> saved as text: a headline and its site.
      {"十四届市委第二轮巡察反馈全面完成_兰州新闻网\n发布日期:2023-03-22\n", "十四届市委第二轮巡察反馈全面完成"},
      // A <title> saved as text with its site, then the notice's own title with its issuer.
      {"关于审计署审计发现问题整改进展情况的通报 | 中华通商银行\n中华通商银行\n"
       "中华通商银行股份有限公司关于审计署审计发现问题整改进展情况的通报\n",
       "中华通商银行股份有限公司关于审计署审计发现问题整改进展情况的通报"},
      // A news page's headline, then the notice's title set in three lines.
      {"某市公布省委巡视整改进展情况\n2023年11月03日 08:12　来源：某某日报\n"
       "中共某市委\n关于省委第九巡视组巡视反馈意见\n整改进展情况的通报\n",
       "中共某市委关于省委第九巡视组巡视反馈意见整改进展情况的通报"},
      // The original's title a repost names.
      {"原标题：某局党组关于审计发现问题整改进展情况的通报\n", "某局党组关于审计发现问题整改进展情况的通报"},
      // A column's name in square brackets before a headline.
      {"[巡察整改]医院党委召开巡察整改工作领导小组第一次会议\n",
       "医院党委召开巡察整改工作领导小组第一次会议"},
      {"[2024]某局党组关于巡察整改情况的通报\n", "[2024]某局党组关于巡察整改情况的通报"},
      // A news page's label for its lead story.
      {"头条：某市召开巡察整改推进会\n", "某市召开巡察整改推进会"},
      // A column's name above the breadcrumb that names it is no title; a
      // title under the breadcrumb that repeats its last step is.
      {"新闻公告\n您所在的位置: 首页 > 新闻公告 > 学校新闻 > 正文\n全面推动巡视整改工作落地见效\n",
       "全面推动巡视整改工作落地见效"},
      {"首页 > 巡察工作 > 巡察公告\n巡察公告\n", "巡察公告"},
      // The issuer on its own line, then 关于… as a converter left it with
      // pinyin: joined, the record keeping the text as written.
      {"中共某市婦女聯合會黨組\n關(guān)於巡察整改進(jìn)展情況的通報(bào)\n",
       "中共某市婦女聯合會黨組關(guān)於巡察整改進(jìn)展情況的通報(bào)"},
      // The title on one line, then again in two below the info line: the
      // issuer is the title's, the two lines the title as set.
      {"中共某县教育局党组 关于县委巡察整改进展情况的通报\n来源:县纪委监委 发布时间:2025-06-24\n"
       "中共某县教育局党组\n关于县委巡察整改进展情况的通报\n",
       "中共某县教育局党组关于县委巡察整改进展情况的通报"},
      // A party body's name broken after its company: the rest opens the
      // title's line.
      {"首页 > 党建园地 > 正文\n中共某水务集团有限公司所属某供水有限公司\n支部委员会关于集团党委巡察反馈意见整改情况的通报\n",
       "中共某水务集团有限公司所属某供水有限公司支部委员会关于集团党委巡察反馈意见整改情况的通报"},
      // An extractor's Title: label, a column's name and a hyphen before the
      // title, the site's name and its column parted by a dot.
      {"Title: 巡察整改-中共某县委政法委员会关于县委巡察整改进展情况的通报\n",
       "中共某县委政法委员会关于县委巡察整改进展情况的通报"},
      {"title: 某局党组关于巡察整改情况的通报\n", "某局党组关于巡察整改情况的通报"},
      {"某县人民政府 · 通知公告\n巡 察 公 告\n", "巡 察 公 告"},
      // A forwarded e-mail's header, its subject too.
      {"发件人：某局办公室 <a@example.com>\nSubject: 关于巡察整改进展情况的通报\n主题：巡察整改\n"
       "中共某局党组关于巡察整改进展情况的通报\n", "中共某局党组关于巡察整改进展情况的通报"},
      // A joint notice's two issuers, a line each, over its 关于 line.
      {"您当前的位置：首页 > 乡镇动态\n中共某县某镇委员会\n某县某镇人民政府\n关于县委巡察集中整改进展情况的通报\n",
       "中共某县某镇委员会某县某镇人民政府关于县委巡察集中整改进展情况的通报"},
      // A column's label line, then a title ending in 汇报 or 台账.
      {"栏目：党建工作\n某县自然资源局关于县委第四巡察组反馈意见整改工作情况汇报\n",
       "某县自然资源局关于县委第四巡察组反馈意见整改工作情况汇报"},
      {"某局党组落实区委第三巡察组反馈意见整改台账\n（截至2025年6月30日）\n",
       "某局党组落实区委第三巡察组反馈意见整改台账"},
  };
  for (const Row& row : rows) {
    INFO(row.header);
    const std::string text = std::string(row.header) + "根据县委统一部署,县委巡察组对局党组进行了巡察。\n";
    const Blocks blocks = text_to_blocks(text);  // views into text
    const OutlineResult r = build_outline(blocks);
    CHECK(r.title == row.title);
  }
  // A browser's select-all copy sets a site's menus a line per item: they
  // do not count against the lines searched for the title.
  {
    std::string menus;
    for (int k = 0; k < 45; ++k) menus += k % 2 ? "政务公开\n" : "工作动态\n";
    const std::string text = menus + "中共某局党组关于市委第六巡察组巡察反馈意见整改进展情况的通报\n"
                                     "根据县委统一部署,县委巡察组对局党组进行了巡察。\n";
    CHECK(build_outline(text_to_blocks(text)).title == "中共某局党组关于市委第六巡察组巡察反馈意见整改进展情况的通报");
  }
  // A browser's print header, the time it was printed before the page's
  // <title>, is chrome; its words are the page's title (the pipeline takes
  // them, site name off, when the text has none), and a title under it wins.
  for (const char* printed : {"2024/4/2 14:37\t", "2024/6/3 上午10:15 "}) {
    INFO(printed);
    const std::string header = std::string(printed) + "某局党组关于巡察整改情况的通报_某区人民政府门户网站\n首页 > 政务公开\n";
    const std::string page = header + "根据县委统一部署,县委巡察组对局党组进行了巡察。\n";
    const OutlineResult untitled = build_outline(text_to_blocks(page));
    CHECK_FALSE(untitled.title);
    CHECK(untitled.facts.title == "某局党组关于巡察整改情况的通报_某区人民政府门户网站");
    const std::string titled = header + "中共某局党组关于巡察整改进展情况的通报\n根据县委统一部署,县委巡察组对局党组进行了巡察。\n";
    CHECK(build_outline(text_to_blocks(titled)).title == "中共某局党组关于巡察整改进展情况的通报");
  }
  // A site's disclosure banner is no title.
  const Blocks banner = text_to_blocks("政府信息公开\n某区人民政府信息公开\n根据《中华人民共和国审计法》的规定,区审计局进行了审计。\n");
  CHECK_FALSE(build_outline(banner).title);
  // A short line that ends like a title but is all there is stays the title.
  const Blocks alone = text_to_blocks("巡察公告\n根据县委统一部署,县委巡察组对局党组进行了巡察。\n");
  CHECK(build_outline(alone).title == "巡察公告");
}

TEST_CASE("a passage without a title takes none from the links after its signature", "[outline]") {
  const std::string passage =
      "三是坚持以整改促发展，把巡察整改成果转化为推动全县农业农村现代化的强大动力。\n"
      "欢迎广大干部群众对巡察整改落实情况进行监督。联系电话：0736-7382106。\n"
      "中共某县农业农村局党组\n2021年9月10日\n";
  const Dumped related = parse_text(passage + "相关链接：\n中共某县教育局党组关于县委第二轮巡察整改进展情况的通报\n");
  CHECK(related.title == "(none)");
  // A navigation line's label: a title stands alone.
  const Dumped labelled = parse_text(
      "三是坚持以整改促发展，把巡察整改成果转化为推动全县农业农村现代化的强大动力。\n"
      "上一条：关于2020年暑假放假安排的通知\n下一条：学院召开党风廉政建设工作会议\n");
  CHECK(labelled.title == "(none)");
  // Before the text's date, such a line is the title a summary pushed down.
  const Dumped summary = parse_text(
      "摘要：某局公开巡察整改情况。\n中共某县农业农村局党组关于县委第二轮巡察整改进展情况的通报\n"
      "根据县委统一部署，县委第二巡察组对局党组开展了巡察。现将整改进展情况予以公布。\n一、整改工作情况\n已完成整改。\n");
  CHECK(summary.title == "中共某县农业农村局党组关于县委第二轮巡察整改进展情况的通报");
}

TEST_CASE("an info line cut off the title's line dates the page", "[outline]") {
  const OutlineResult r =
      build_outline(text_to_blocks("某局党组关于巡察整改进展情况的通报 发布时间：2024-06-03 来源：某局\n"
                                   "根据县委统一部署，县委第二巡察组对局党组开展了巡察。\n"));
  CHECK(r.title == std::optional<std::string>("某局党组关于巡察整改进展情况的通报"));
  CHECK(r.facts.published == std::optional<std::string>("2024-06-03"));
}

TEST_CASE("an e-paper's toolbar dates the page and names no title", "[outline]") {
  const OutlineResult r = build_outline(text_to_blocks(
      "某某日报 数字报\n2024年10月15日  星期二  第A03版：公示公告\n公示公告\n中共某市市场监督管理局党组关于\n"
      "市委巡察整改进展情况的通报\n根据市委统一部署，市委第六巡察组对局党组开展了常规巡察。\n"));
  CHECK(r.title == std::optional<std::string>("中共某市市场监督管理局党组关于市委巡察整改进展情况的通报"));
  CHECK(r.facts.fallback_published == std::optional<std::string>("2024-10-15"));
}

TEST_CASE("title_without_navigation: a heading holding the breadcrumb's links before the page's title", "[outline]") {
  struct Case {
    const char* title;
    const char* page_title;
    const char* kept;
  };
  const Case cases[] = {
      {"新闻中心页面中共某集团委员会关于巡视整改进展情况的通报", "中共某集团委员会关于巡视整改进展情况的通报",
       "中共某集团委员会关于巡视整改进展情况的通报"},
      // An issuer the text adds before the page's 关于…: part of the title.
      {"中共某街道工作委员会关于巡察整改进展情况的通报", "关于巡察整改进展情况的通报",
       "中共某街道工作委员会关于巡察整改进展情况的通报"},
      // More than a few words before it: not navigation.
      {"某某市某某区某某街道某某社区居民委员会中共某集团委员会关于巡视整改进展情况的通报",
       "中共某集团委员会关于巡视整改进展情况的通报",
       "某某市某某区某某街道某某社区居民委员会中共某集团委员会关于巡视整改进展情况的通报"},
      {"中共某集团委员会关于巡视整改进展情况的通报", "中共某集团委员会关于巡视整改进展情况的通报",
       "中共某集团委员会关于巡视整改进展情况的通报"},
  };
  for (const Case& c : cases) {
    INFO(c.title);
    CHECK(title_without_navigation(c.title, c.page_title) == c.kept);
  }
}

TEST_CASE("page_title_completes: a title cut short with an ellipsis, whole in the page's title", "[outline]") {
  const std::string whole = "中共某县市场监督管理局党组关于县委第四巡察组巡察反馈意见整改进展情况的通报";
  CHECK(page_title_completes("中共某县市场监督管理局党组关于县委第四巡察...", whole));
  CHECK(page_title_completes("中共某县市场监督管理局党组关于县委第四巡察…", whole));
  CHECK_FALSE(page_title_completes(whole, whole));                                  // nothing cut
  CHECK_FALSE(page_title_completes("中共某县农业农村局党组关于县委第四巡察...", whole));  // another title
  CHECK_FALSE(page_title_completes("中共某...", whole));                             // too little kept to tell
}

TEST_CASE("page_title_is_notices: a note's headline gives way to the notice's title the page names", "[outline]") {
  const Blocks blocks = text_to_blocks("摘录说明\n用 Web Clipper 剪藏，正文未改。\n中共某县农业农村局党组关于县委巡察整改进展情况的通报\n");
  const std::string_view notice = "中共某县农业农村局党组关于县委巡察整改进展情况的通报";
  CHECK(page_title_is_notices("摘录说明", notice, blocks.list()));
  // Not when the text's own title reads as a notice's, nor when the page's
  // names no issuer or stands in no line of the text.
  CHECK_FALSE(page_title_is_notices("关于巡察整改进展情况的通报", notice, blocks.list()));
  CHECK_FALSE(page_title_is_notices("摘录说明", "关于县委巡察整改进展情况的通报", blocks.list()));
  CHECK_FALSE(page_title_is_notices("摘录说明", "中共某县林业局党组关于县委巡察整改进展情况的通报", blocks.list()));
}

TEST_CASE("strip_site_names cuts a page's names after a title that ends as one", "[outline]") {
  const struct {
    const char* title;
    const char* stripped;
  } cases[] = {
      {"某局党组关于巡察整改情况的通报_巡察工作_某县教育局", "某局党组关于巡察整改情况的通报"},
      {"某局党组关于巡察整改情况的通报 | 某某网", "某局党组关于巡察整改情况的通报"},
      {"某局党组关于巡察整改情况的通报—某县住房和城乡建设局", "某局党组关于巡察整改情况的通报"},
      // a run of separators is one
      {"某局党组关于巡察整改情况的通报--某县人民政府", "某局党组关于巡察整改情况的通报"},
      {"某局党组关于巡察整改情况的通报 -- 巡察工作 -- 某县人民政府", "某局党组关于巡察整改情况的通报"},
      // a site two offices run, named a space apart
      {"某学院委员会关于巡察整改情况的通报-某某师范学院纪委办公室 监察专员办公室", "某学院委员会关于巡察整改情况的通报"},
      {"某学院委员会关于巡察整改情况的通报-某某 学院新闻网 2024", "某学院委员会关于巡察整改情况的通报-某某 学院新闻网 2024"},
      // a site's name before the title, as a mirror's page title puts it
      {"南开大学->郑富芝一行来校调研指导督促中央巡视整改落实情况 | nankai.info",
       "郑富芝一行来校调研指导督促中央巡视整改落实情况"},
      {"首页->要闻->某局关于巡察整改情况的通报", "首页->要闻->某局关于巡察整改情况的通报"},
      // years joined by a dash, a subtitle, a long tail: no site's names
      {"某县关于2013—2015年审计查出问题整改情况的报告", "某县关于2013—2015年审计查出问题整改情况的报告"},
      {"某局关于巡察整改情况的通报——2024年第一批", "某局关于巡察整改情况的通报——2024年第一批"},
      {"某局关于巡察整改情况的通报—关于2024年第一批整改事项办结情况的说明",
       "某局关于巡察整改情况的通报—关于2024年第一批整改事项办结情况的说明"},
      // a headline ending on no title's word, where the last piece names a site
      {"十四届市委第二轮巡察反馈全面完成_兰州新闻网", "十四届市委第二轮巡察反馈全面完成"},
      {"反馈完成_兰州新闻网", "反馈完成_兰州新闻网"},  // too short to be a headline of its own
      {"十四届市委第二轮巡察反馈全面完成_兰州", "十四届市委第二轮巡察反馈全面完成_兰州"},
  };
  for (const auto& c : cases) {
    INFO(c.title);
    CHECK(std::string(strip_site_names(c.title)) == c.stripped);
  }
}

TEST_CASE("reads_as_title: a page's own title, not its column's or site's name", "[outline]") {
  for (const char* title : {"某局党组关于巡察整改进展情况的通报", "区委第二巡察组向区市场监管局党组反馈巡察情况",
                            "關於巡察整改進展情況的通報", "巡 察 公 告"}) {
    INFO(title);
    CHECK(reads_as_title(title));
  }
  for (const char* title : {"巡察整改_某某清风", "巡察整改 - 站内搜索", "通报", "某某县人民政府门户网站"}) {
    INFO(title);
    CHECK_FALSE(reads_as_title(title));
  }
}

TEST_CASE("a column's list of articles saved as text has no title and no date", "[outline]") {
  const std::string text =
      "巡察整改\n"
      "中共某市水利局党组关于巡察整改进展情况的通报  2024-03-25\n"
      "中共某市商务局党组关于巡察整改进展情况的通报  2024-02-28\n"
      "某市审计局关于2022年度审计查出问题整改情况的公告  2024-01-05\n"
      "共58条  每页10条  首页  上一页  1  2  3  下一页  尾页\n";
  const Blocks blocks = text_to_blocks(text);
  const OutlineResult r = build_outline(blocks);
  CHECK_FALSE(r.title);
  CHECK_FALSE(r.facts.published);
  CHECK_FALSE(r.facts.fallback_published);
  // The whole header is the page's: no preamble, the listed lines marked.
  CHECK(r.preamble.empty());
  int listed = 0;
  for (const Span& s : r.spans) {
    CHECK(s.role == Role::Chrome);
    listed += s.lists_article;
  }
  CHECK(listed == 3);
  // Two such lines are a title with its date and a line after it.
  const Blocks two = text_to_blocks(
      "中共某市水利局党组关于巡察整改进展情况的通报  2024-03-25\n"
      "中共某市商务局党组关于巡察整改进展情况的通报  2024-02-28\n"
      "根据市委统一部署,市委巡察组对局党组进行了巡察。\n");
  CHECK(build_outline(two).title == "中共某市水利局党组关于巡察整改进展情况的通报");
}

TEST_CASE("a page that is not a notice has its headline for a title", "[outline]") {
  struct Case {
    const char* page;
    const char* title;
  };
  const Case cases[] = {
      // Site name, column, headline, info line, news.
      {"某某区人民政府门户网\n工作动态\n区委第三轮巡察完成进驻\n发布时间:2024-05-06\n"
       "根据区委统一部署,区委三个巡察组已完成进驻,巡察工作全面展开,为期两个月。\n",
       "区委第三轮巡察完成进驻"},
      // A report's subtitle names its occasion and ends as a title does: the
      // headline above it is the title.
      {"工作动态\n坚定不移推进全面从严治党　为建设美丽城区提供坚强保障\n"
       "——在中国共产党某区第十五届纪律检查委员会第四次全体会议上的工作报告\n发布时间:2024-02-02\n"
       "同志们:现在,我代表区纪委常委会向全会报告工作,请予审议。\n",
       "坚定不移推进全面从严治党 为建设美丽城区提供坚强保障"},
      // A kicker (引题) of parallel phrases over the headline proper.
      {"某县廉政网\n首页 / 工作动态\n压实政治责任　深化政治巡察\n十五届县委第一轮巡察完成进驻\n"
       "发布时间:2024-03-13\n根据县委统一部署,县委四个巡察组已全部完成进驻,并召开动员会。\n",
       "十五届县委第一轮巡察完成进驻"},
      // A letter-spaced notice title is notice-shaped once joined; it keeps its spaces.
      {"巡 察 公 告\n根据区委统一部署,区委第一巡察组将对某某局开展常规巡察,现予公告。\n", "巡 察 公 告"},
      // A menu and a bracketed column before the headline.
      {"首页 机构概况 政务公开 互动交流\n【基层动态】某县召开巡察工作动员会\n"
       "近日,某县召开巡察工作动员会,对本轮巡察工作进行安排部署,要求各组认真履职。\n",
       "某县召开巡察工作动员会"},
      // A notice-shaped title wins over a headline before it.
      {"某某局动态快讯汇总\n某某局党组关于巡察整改进展情况的通报\n"
       "根据县委统一部署,县委第二巡察组对局党组进行了巡察,现将整改情况予以公布。\n",
       "某某局党组关于巡察整改进展情况的通报"},
      // Running text broken into short lines has no headline.
      {"昨日上午\n市人大常委会第十次会议听取\n市审计局局长所作汇报\n报告指出各部门整改有力\n"
       "部分问题仍在推进之中\n截至目前,已整改问题二百余个,整改金额三亿元,追回资金一亿元。\n",
       "(none)"},
      // A headline that opens like a notice's prose (今年…巡视) but has no clause mark.
      {"今年首轮巡视 整改情况集中公布\n来源:某某日报\n某某网站今日开设专栏,集中公布首轮巡视的整改情况,接受监督。\n",
       "今年首轮巡视 整改情况集中公布"},
      // A summary ends the header; the notice's title stands after it.
      {"本期导读\n各单位巡察整改进展情况陆续公布,本期刊登某局党组的整改通报,请各单位对照检查,抓好落实。\n"
       "某局党组关于巡察整改进展情况的通报\n根据县委统一部署,县委第二巡察组对局党组进行了巡察。\n",
       "某局党组关于巡察整改进展情况的通报"},
      // A byline is no headline.
      {"市审计局局长 某某某\n主任、各位副主任、各位委员:\n"
       "我受市人民政府委托,向市人大常委会报告审计查出问题的整改情况,请予审议。\n",
       "(none)"},
      // A subtitle on the headline's line that says what the article is
      // about is the title's; on a line of its own it is no headline.
      {"首页>要闻\n抓好整改落实 推动振兴发展——从某省整改情况看中央巡视“后半篇文章”\n"
       "2018年2月22日至5月21日,中央第六巡视组对某省开展了巡视,省委坚决抓好整改落实。\n",
       "抓好整改落实 推动振兴发展——从某省整改情况看中央巡视“后半篇文章”"},
      {"当前位置:首页 > 政务\n高悬利剑 敢于亮剑\n——我省巡视巡察工作综述\n"
       "一份份“政治体检”直指要害,一次次整改推动工作,推动全面从严治党向纵深发展。\n",
       "(none)"},
      // Letter-spaced, with its subtitle.
      {"巡 察 公 告——十三届市委第一轮巡察\n发布日期:2022-03-24\n"
       "按照市委统一部署,市委成立8个巡察组,对18个市属单位党组织开展常规巡察。\n",
       "巡 察 公 告——十三届市委第一轮巡察"},
      // The same headline three times (over the article, in a print line) is one.
      {"中央第六巡视组巡视某省工作动员会召开\n来源:某某网站 发布时间:2018-02-24 18:30\n"
       "中央第六巡视组巡视某省工作动员会召开\n中央第六巡视组巡视某省工作动员会召开\n"
       "根据中央关于巡视工作的统一部署,2018年2月22日上午,中央第六巡视组巡视某省工作动员会召开。\n",
       "中央第六巡视组巡视某省工作动员会召开"},
      // An e-paper page lists the day's headlines, then repeats the article's.
      {"第A01版:要闻\n二环某某路口将改造 五一前完工\n新某某大桥 拟月内开建\n十届省委第一轮巡视启动\n"
       "十届省委第一轮巡视启动\n分两批巡视6个省直部门\n"
       "本报讯 3月16日,十届省委第一轮巡视工作动员部署会在某市召开,会议对巡视工作作出安排。\n",
       "十届省委第一轮巡视启动"},
      // Many headlines and none repeated: running text or a list of links.
      {"二环某某路口将改造 五一前完工\n新某某大桥 拟月内开建\n十届省委第一轮巡视启动\n"
       "本报讯 3月16日,十届省委第一轮巡视工作动员部署会在某市召开,会议对巡视工作作出安排。\n",
       "(none)"},
      // A list of other articles with their dates before the article: none
      // of them is the title.
      {"当前位置:首页 > 巡视巡察 > 整改公开\n相关文章\n· 关于十五届县委第二轮巡察情况的通报 2024-05-08\n"
       "· 县委巡察办召开巡察整改督导推进会 2024-04-26\n正文\n某县林业局党组关于县委巡察反馈意见整改情况的通报\n"
       "作者:县林业局 发布时间:2024-09-27\n根据县委统一部署,县委第一巡察组对县林业局党组开展了常规巡察。\n",
       "某县林业局党组关于县委巡察反馈意见整改情况的通报"},
      // An e-paper's page label is no title, though it ends as one (公告).
      {"某某日报数字报\n第03版:要闻·公告\n二〇二四年十一月五日\n某市教育局委员会关于市委第二巡察组\n"
       "反馈意见整改进展情况的通报\n根据市委统一部署,市委第二巡察组对市教育局党委开展了常规巡察。\n",
       "某市教育局委员会关于市委第二巡察组反馈意见整改进展情况的通报"},
      // A headline in two clauses parted by a colon.
      {"某省烟草局拟搬离豪华办公楼:堪比五星级酒店 中央巡视组责令整改\n2020-12-21 某某者网\n"
       "近日,某省烟草专卖局召开员工大会宣布,该局将整体搬离某某大厦。\n",
       "某省烟草局拟搬离豪华办公楼:堪比五星级酒店 中央巡视组责令整改"},
  };
  for (const Case& c : cases) {
    INFO(c.page);
    CHECK(parse_text(c.page).title == c.title);
  }
}

TEST_CASE("publication dates from the header and beyond", "[outline]") {
  auto dates = [](const char* page) {
    const Blocks blocks = text_to_blocks(page);
    const OutlineResult r = build_outline(blocks);
    return r.facts.published ? *r.facts.published : r.facts.fallback_published.value_or("(none)");
  };
  // A banner with today's date says nothing of the page.
  CHECK(dates("今天是:2025年12月05日\n区委巡察工作启动\n根据区委部署,区委各巡察组已完成进驻,巡察工作全面展开。\n") ==
        "(none)");
  // Above the title, a date with its weekday is an e-paper's when its
  // edition's label follows, and a site's widget of today when not.
  CHECK(dates("某某日报数字报\n2019年12月10日 星期二\n第A04版：公告\n某局党组关于巡察整改情况的通报\n"
              "根据市委统一部署,市委第二巡察组对局党组开展了巡察。\n") == "2019-12-10");
  CHECK(dates("某某市人民政府\n2019年12月10日 星期二\n某局党组关于巡察整改情况的通报\n"
              "根据市委统一部署,市委第二巡察组对局党组开展了巡察。\n") == "(none)");
  // Right above the title, the date and the article's column; a widget's
  // weather after a date is no column.
  CHECK(dates("首页 集团概况 新闻中心\n2022.07.05　　党建动态\n中共某集团委员会关于省委巡视整改进展情况的通报\n"
              "根据省委统一部署,省委第四巡视组对集团党委进行了常规巡视。\n") == "2022-07-05");
  CHECK(dates("首页 集团概况 新闻中心\n2022年07月05日 晴转多云\n中共某集团委员会关于省委巡视整改进展情况的通报\n"
              "根据省委统一部署,省委第四巡视组对集团党委进行了常规巡视。\n") == "(none)");
  // A passage that opens on the date ending the item before it, a unit's
  // heading right under it: the date is the item's.
  CHECK(dates("2023年5月31日\n问题4：城市道路挖掘修复费征收不及时\n审计发现：有17个项目未按规定足额收取道路挖掘修复费。\n") ==
        "(none)");
  CHECK(dates("2023年5月31日\n某局关于审计整改情况的报告\n根据审计局统一部署,对局机关开展了审计。\n") == "2023-05-31");
  // The day a form was filled in dates the form, not the page.
  CHECK(dates("中共某镇委员会关于县委巡察反馈意见整改情况的通报\n根据县委统一部署,县委第二巡察组对镇党委进行了巡察。\n"
              "一、整改情况\n已完成。\n中共某镇委员会\n二〇一七年十二月八日\n附件\n某镇巡察反馈问题整改台账\n"
              "填报单位：某镇党委（盖章）　　填报日期：2017年12月5日\n|序号|反馈问题|整改时限|\n|1|某问题|2017年10月|\n") ==
        "(none)");
  // A table's key opening a row of the info line's labels.
  CHECK(dates("某局党组关于巡察整改情况的通报\n发布机构：某社区居民委员会　　发布时间：2025-03-03　　点击量：254\n"
              "根据市委统一部署,市委第二巡察组对局党组开展了巡察。\n") == "2025-03-03");
  // A bilingual site's info line, its labels glossed in English.
  CHECK(dates("某局党组关于巡察整改情况的通报\n日期 Date：2023-04-18　　来源 Source：市外办\n"
              "根据市委统一部署,市委第二巡察组对局党组开展了巡察。\n") == "2023-04-18");
  // A masthead's line: the newspaper's name, the day's date, the page.
  CHECK(dates("平垣日报　2016年9月23日　第2版　要闻\n某局党组关于巡察整改情况的通报\n"
              "根据市委统一部署,市委第二巡察组对局党组开展了巡察。\n") == "2016-09-23");
  CHECK(dates("欢迎访问　2016年9月23日　第2版　要闻\n某局党组关于巡察整改情况的通报\n"
              "根据市委统一部署,市委第二巡察组对局党组开展了巡察。\n") == "(none)");
  // A date widget with its weekday after the title.
  CHECK(dates("区委巡察工作启动\n2025年01月14日 星期二\n根据区委部署,区委各巡察组已完成进驻,巡察工作全面展开。\n") ==
        "2025-01-14");
  // An info line the body was glued to.
  CHECK(dates("区委巡察工作启动\n来源:某某网 发布时间:2018-03-01 08:17 2月27日上午,区委召开巡察工作动员会,"
              "对本轮巡察进行部署。\n") == "2018-03-01T08:17");
  // Jina Reader's header, its time in UTC: the page's day in China.
  CHECK(dates("Title: 某局关于巡察整改情况的通报\nURL Source: https://example.gov.cn/a.html\n"
              "Published Time: 2024-09-11T17:20:00.000Z\nMarkdown Content:\n"
              "根据县委统一部署,县委巡察组对局党组进行了巡察。\n") == "2024-09-12T01:20");
  // An archive's note of the original's date.
  CHECK(dates("某局关于巡察整改情况的通报\n原文发布时间：2023-12-20　|　来源：某纪委监委网站\n"
              "根据县委统一部署,县委巡察组对局党组进行了巡察。\n") == "2023-12-20");
  // When a crawler or clipper saved the page is not when it was published.
  CHECK(dates("抓取时间：2024-10-09 14:02:17\n某局关于审计整改情况的公告\n发布日期：2024年9月30日　来源：某局\n"
              "根据审计法,现将整改情况公告如下:\n") == "2024-09-30");
  // An unlabelled timestamp to the minute in the header; a date alone without time is not enough.
  CHECK(dates("区委巡察工作启动\n2025-06-17 09:00 某某省纪委监委网站\n根据区委部署,各巡察组已完成进驻。\n") ==
        "2025-06-17");
  CHECK(dates("区委巡察工作启动\n©原创   2017-05-17 10:05   某某\n根据区委部署,各巡察组已完成进驻。\n") ==
        "2017-05-17");
  CHECK(dates("区委巡察工作启动\n某某网 2019年度 第3期 总第12期\n根据区委部署,各巡察组已完成进驻。\n") == "(none)");
  // The dates of a list of other articles are theirs; the article's info line dates it.
  CHECK(dates("相关文章\n· 关于县委第二轮巡察情况的通报 2024-05-08\n· 县委巡察办召开巡察整改督导推进会 2024-04-26\n"
              "某县林业局党组关于县委巡察整改情况的通报\n作者:县林业局 发布时间:2024-09-27\n"
              "根据县委统一部署,县委第一巡察组对县林业局党组开展了常规巡察。\n") == "2024-09-27");
  CHECK(dates("相关文章\n· 关于县委第二轮巡察情况的通报 2024-05-08\n· 县委巡察办召开巡察整改督导推进会 2024-04-26\n"
              "某县林业局党组关于县委巡察整改情况的通报\n"
              "根据县委统一部署,县委第一巡察组对县林业局党组开展了常规巡察。\n") == "(none)");
  // A news page's dateline: the date, then its source's name.
  CHECK(dates("区委巡察工作启动\n2020-12-21 某某者网\n根据区委部署,各巡察组已完成进驻。\n") == "2020-12-21");
  CHECK(dates("区委巡察工作启动\n2020年12月21日 某某日报\n根据区委部署,各巡察组已完成进驻。\n") == "2020-12-21");
  // Not a name: a report's own word, or words that go on.
  CHECK(dates("区委巡察工作启动\n2020-12-21 情况通报\n根据区委部署,各巡察组已完成进驻。\n") == "(none)");
  CHECK(dates("区委巡察工作启动\n2020-12-21 区委召开动员会部署巡察工作\n根据区委部署,各巡察组已完成进驻。\n") == "(none)");
  // A 政府信息公开 table's rows: the strongest key wins, wherever its row
  // stands (发布日期 over 成文日期, 生成日期 over 成文日期), and a row that
  // ends in its date is not a header line's stamp.
  CHECK(dates("索引号：002967321/2023-00018\t主题分类：审计\n发布机构：某市审计局\t成文日期：2023-11-02\n"
              "文号：无\t发布日期：2023-11-09\n关于2022年度审计查出问题整改情况的报告\n一、整改情况\n") == "2023-11-09");
  CHECK(dates("索引号：11530725/2024-00412\n生成日期：2024-07-16\n名称：某局关于审计发现问题整改情况的公告\n"
              "成文日期：2024-07-12\n一、整改情况\n") == "2024-07-16");
  CHECK(dates("索引号：11530725/2024-00412\n成文日期：2024-07-12\n名称：某局关于审计发现问题整改情况的公告\n"
              "生成日期：2024-07-16\n一、整改情况\n") == "2024-07-16");
  // A date in brackets of its own under the title.
  CHECK(dates("某银行关于审计发现问题整改进展情况的通报\n[2023-05-09]\n根据审计署统一部署,审计署对本行进行了审计。\n") ==
        "2023-05-09");
  // A later line that repeats the title beside its date.
  CHECK(dates("第01版:头版\n九届省委第二轮巡视全面展开\n本报讯 截至8月25日,各巡视组已全部进驻被巡视地方和单位。\n"
              "2017-08-26 九届省委第二轮巡视全面展开 1 1 某某日报\n") == "2017-08-26");
}

TEST_CASE("outline: a ledger's cells open no unit, their 一是 are measures", "[outline]") {
  Blocks blocks;
  blocks.add_copy("某局关于巡察整改情况的通报", 1, 1);
  blocks.add_copy("一、整改工作开展情况", 2, 1);
  blocks.add_copy("局党组召开会议研究整改。", 3, 1);
  blocks.add_copy("二、反馈问题整改台账", 4, 1);
  for (const char* cell : {"序号 反馈问题 整改措施 整改时限 责任单位 完成情况", "一、贯彻落实党的路线方针政策方面",
                           "1", "关于“耕地保护不到位”的问题", "一是开展专项执法。二是建立月度检查机制。",
                           "（一）规范“三会一课”记录；（二）开展轮训。", "已完成"}) {
    blocks.add_copy(cell, 5, 1, /*table_cell=*/true);
  }
  blocks.add_copy("三、下一步工作", 6, 1);
  blocks.add_copy("（一）紧盯未完成事项。", 7, 1);
  const OutlineResult r = build_outline(blocks);
  std::ostringstream out;
  dump(r.outline, out);
  CHECK(out.str() ==
        "1 section 一、 1 L2 [整改工作开展情况] \"局党组召开会议研究整改。\"\n"
        "2 section 二、 2 L4 [反馈问题整改台账] \"序号 反馈问题 整改措施 整改时限 责任单位 完成情况\n"
        "一、贯彻落实党的路线方针政策方面\n1\n关于“耕地保护不到位”的问题\n（一）规范“三会一课”记录；（二）开展轮训。\n已完成\"\n"
        "2.1 measure 一是 1 L5 [开展专项执法]\n"
        "2.2 measure 二是 2 L5 [建立月度检查机制]\n"
        "3 section 三、 3 L6 [下一步工作]\n"
        "3.1 subsection （一） 1 L7 [紧盯未完成事项]\n");
}

TEST_CASE("outline: a measure that opens a ledger's cell needs no 二是 beside it", "[outline]") {
  Blocks blocks;
  blocks.add_copy("二、反馈问题整改台账", 1, 1);
  // pdftotext's row: the cell's 一是 after the columns' spaces, its 二是 on
  // the cell's next line; a box's row, the measure after a bar.
  blocks.add_copy("1 耕地保护不到位 一是开展执法； 已完成", 2, 1, /*table_cell=*/true);
  blocks.add_copy("二是建立机制", 3, 1, /*table_cell=*/true);
  blocks.add_copy("│2 │公务接待不规范│一是修订办法；│已完成│", 4, 1, /*table_cell=*/true);
  blocks.add_copy("│ │ │二是退赔费用 │ │", 5, 1, /*table_cell=*/true);
  // A numeral run into a word is no measure (统一是).
  blocks.add_copy("│3 │思想统一是前提│已完成│", 6, 1, /*table_cell=*/true);
  const OutlineResult r = build_outline(blocks);
  REQUIRE(r.outline.size() == 1);
  std::vector<std::string> measures;
  for (const Node& n : r.outline[0].children) measures.push_back(n.marker);
  CHECK(measures == std::vector<std::string>{"一是", "二是", "一是", "二是"});
}
