#include "outline/lexicon.h"

#include <algorithm>
#include <array>
#include <deque>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "blocks/page_labels.h"
#include "scan/find_word.h"
#include "scan/byte_scan.h"
#include "text/chars.h"
#include "text/spaced_words.h"
#include "text/utf8.h"

namespace tongbao::detail::lexicon {
namespace {

using namespace std::string_view_literals;

// Longer labels first: the first that matches wins.
constexpr std::array kLabels = {
    "整改落实情况"sv, "整改进展情况"sv, "整改完成情况"sv, "问题整改情况"sv, "具体整改情况"sv,
    "整改情况"sv,     "整改进展"sv,     "整改措施"sv,     "整改结果"sv,     "整改成效"sv,
    "整改举措"sv,     "落实情况"sv,     "进展情况"sv,     "完成情况"sv,     "主要措施"sv,
    "具体措施"sv,     "工作措施"sv,     "推进情况"sv,     "整改时限"sv,     "责任单位"sv,
    "整改"sv,  // 【整改】, after 【问题】: last, as the others begin with it
};


// Labels a page puts before its title (标题：…, 标 题:…).
constexpr std::array kTitleLabels = {"原标题"sv, "标题"sv, "標題"sv, "文章标题"sv, "信息名称"sv, "文件名称"sv, "名称"sv,
                                     "头条"sv,  // a news page's lead story: 头条：…
                                     // a repost's mark (转发：…, 转载：…), where the notice's
                                     // own title follows the colon
                                     "转发"sv, "轉發"sv, "转载"sv, "轉載"sv,
                                     // an extractor's header (Jina Reader's Title:, trafilatura's title:)
                                     "Title"sv, "title"sv};

// Fields a scraper left in the text it saved (date 2025-11-28): no page's label.
constexpr std::array kScraperDateKeys = {"date"sv, "Date"sv};
constexpr std::array kWidgetWords = {
    "分享到"sv, "分享"sv,   "朗读"sv,   "打印本页"sv, "打印"sv,   "关闭窗口"sv, "关闭本页"sv, "关闭"sv,
    "收藏"sv,   "字号"sv,   "字体"sv,   "大"sv,       "中"sv,     "小"sv,       "默认"sv,     "扫一扫"sv,
    "微信"sv,   "微博"sv,   "在手机上打开当前页"sv, "在手机上打开"sv, "无障碍版"sv, "长者助手"sv, "详细介绍"sv,   "QQ空间"sv, "返回顶部"sv, "返回"sv,   "在手机上查看"sv, "纠错"sv,   "【"sv,
    "】"sv,     "["sv,      "]"sv,      ":"sv,        "："sv,     "|"sv,        "丨"sv,       "●"sv,
    "•"sv,      "·"sv,      "-"sv,      "－"sv,       "/"sv,
    // a WeChat article's buttons (分享 收藏 赞 在看, 取消 允许, 知道了)
    "在看"sv,   "赞"sv,     "知道了"sv, "取消"sv,     "允许"sv,
};

// Rows of a 政府信息公开 table that text keeps a key to a line, beyond the
// table's rows in blocks/page_labels.cc: the rows that name the document or
// who answers for it, which open lines of a notice's body on a page too, so
// the HTML stage does not take them for chrome.
constexpr std::array kTextTableRows = {"标题"sv,     "名称"sv,     "公开责任部门"sv, "责任部门"sv,
                                       "内容概述"sv, "公开目录"sv};

// Strongest first: the day a document was made public dates the page, then
// the day the CMS generated the page (生成日期, on these tables the day it
// went out), and only then the day the document was written (成文日期),
// which comes days before it.
constexpr std::array kTableDateKeys = {"发布日期"sv, "公开日期"sv, "生成日期"sv, "成文日期"sv};

// The cells of a 政府信息公开 table that name the document.
constexpr std::array kTableTitleKeys = {"文件名称"sv, "标题"sv, "名称"sv};

constexpr std::array kFooterPhrases = {
    "版权所有"sv, "Copyright"sv, "copyright"sv, "COPYRIGHT"sv, "©"sv,       "ICP备"sv,   "ICP证"sv,
    "公网安备"sv, "网站标识码"sv, "All Rights Reserved"sv,   "主办单位"sv, "承办单位"sv, "技术支持"sv,
    "网站地图"sv, "建议使用"sv,   "最佳浏览"sv, "分辨率"sv,  "主办:"sv,  "主办："sv,  "相关链接"sv,
    "相关文章"sv, "相关阅读"sv,   "上一篇"sv,   "下一篇"sv,
    // a document library's end of what it shows (百度文库, 道客巴巴)
    "展开阅读全文"sv, "全文阅读已结束"sv,
    // what a WeChat article lists after its text, and a 公文's distribution line
    "往期推荐"sv, "推荐阅读"sv,   "精彩推荐"sv, "往期回顾"sv, "抄送："sv, "抄送:"sv,
    // and the controls under it, as a copy of the page keeps them
    "阅读原文"sv, "写留言"sv, "预览时标签不可点"sv, "关注该公众号"sv, "使用小程序"sv,
};

// The heading of a list of related items a page sets under the article,
// alone on its line (相关文件, 相关新闻：): footer. Inside a sentence these
// words are the notice's own (学习上级相关文件精神).
constexpr std::array kRelatedListHeadings = {
    "相关文件"sv, "相关稿件"sv, "相关新闻"sv, "相关报道"sv, "相关推荐"sv, "相关信息"sv, "相关文章"sv, "相关阅读"sv,
    "相关链接"sv, "相关文档"sv,
};

// Headings a site sets over a list of its other articles beside the
// article, above it in a text copy (热点信息 / 1.… / 2.…), as well as the
// related lists above.
constexpr std::array kArticleListHeadings = {
    "猜你喜欢"sv, "图片新闻"sv, "往期推荐"sv, "延伸阅读"sv, "喜欢此内容的人还喜欢"sv,
};
// Most such headings are a word of what is picked out and a word of what
// it is (热点信息, 最新文章, 热点推荐, 推荐阅读, 热门资讯, 阅读排行): any of
// the first followed by any of the second.
constexpr std::array kArticleListPicks = {"热点"sv, "热门"sv, "最新"sv, "推荐"sv, "精彩"sv, "热读"sv, "点击"sv, "阅读"sv};
constexpr std::array kArticleListKinds = {"信息"sv, "新闻"sv, "文章"sv, "排行"sv, "推荐"sv, "阅读"sv,
                                          "资讯"sv, "发布"sv, "排行榜"sv, "内容"sv, "图文"sv};

// What a text browser's dump puts over the page's links (lynx -dump's
// References, Visible links): numbered URLs follow, no text of the page.
constexpr std::array kLinkListHeadings = {"References"sv, "Visible links"sv, "Hidden links"sv};

// How the heading over readers' comments ends (网友评论 （共3条）, 全部评论(3),
// 最新留言): what follows is the readers', not the notice's.
constexpr std::array kCommentHeadingEndings = {"评论"sv, "評論"sv, "留言"sv};

// A platform's disclaimer under what an account posted (本文为澎湃号作者…上传并
// 发布，仅代表该作者观点…): footer, though written as a sentence.
constexpr std::array kDisclaimerPhrases = {
    "仅代表该作者"sv, "仅代表作者"sv, "不代表本网"sv, "不代表本站"sv, "不代表本平台"sv, "仅提供信息发布平台"sv,
    // 维基文库's licence under an official document it keeps
    "属于公有领域"sv,
};

constexpr std::array kEditorNotes = {"编者按"sv, "编者的话"sv, "编辑按"sv, "编者注"sv, "【编者按"sv, "【编者的话"sv, "[编者按"sv};

constexpr std::array kClosingOpeners = {
    "欢迎"sv,     "如有意见"sv, "如对"sv,     "如果有意见"sv, "如有"sv,     "联系方式"sv, "联系电话"sv,
    "联系人"sv,   "电话"sv,     "电子邮箱"sv, "邮箱"sv,       "邮编"sv,     "邮政编码"sv, "通信地址"sv,
    "通讯地址"sv, "邮寄地址"sv, "来信"sv,     "举报电话"sv,   "监督电话"sv, "附件"sv,
};

constexpr std::array kTitleEndings = {
    "通报"sv, "报告"sv, "情况"sv, "公告"sv, "公示"sv, "方案"sv, "通知"sv, "意见"sv,
    "决定"sv, "说明"sv, "函"sv,   "进展"sv, "督查"sv, "工作"sv, "公开"sv,
    "台账"sv,  // 某局党组落实巡察反馈意见整改台账: the ledger published as the report
};

// Header lines that greet or tell the day rather than name the page:
// 欢迎访问…, 今天是2025年12月5日.
constexpr std::array kBannerOpeners = {"欢迎"sv, "今天是"sv, "今天"sv, "今日"sv};

// A bulletin's or gazette's imprint (某某办公室编印  2024年8月12日): who issues
// the periodical, and the date, not the page's.
constexpr std::array kImprintWords = {"编印"sv, "出版"sv};

// How a site names itself in its header (某某区政府门户网, 某某会官网).
// Offices a speaker's byline names before the name (审计厅厅长刘某).
constexpr std::array kOffices = {"审计长"sv, "秘书长"sv, "厅长"sv, "局长"sv, "主任"sv, "书记"sv, "部长"sv, "省长"sv,
                                 "市长"sv,   "县长"sv,   "区长"sv, "院长"sv, "校长"sv, "组长"sv};

constexpr std::array kNoticeEndings = {"通报"sv, "报告"sv, "公告"sv};

// A site's or column's banner ends so (某某区人民政府信息公开, 政务公开): a
// title's word (公开) that names no document.
constexpr std::array kDisclosureBanners = {"公开"sv};

constexpr std::array kColumnNameEndings = {"动态"sv, "要闻"sv, "新闻"sv, "公告"sv, "公示"sv, "公开"sv, "信息"sv,
                                          "快讯"sv, "资讯"sv, "通知"sv, "专栏"sv, "园地"sv, "工作"sv, "建设"sv};
constexpr std::array kSiteNameEndings = {"门户网站"sv, "门户网"sv, "官网"sv, "网站"sv, "网"sv, "平台"sv, "客户端"sv};
// How the name of a newspaper, an agency or a broadcaster ends (某某日报,
// 中新社, 某某电视台, 看看新闻): a news page's dateline names its source so.
constexpr std::array kMediaNameEndings = {"报"sv, "社"sv, "台"sv, "新闻"sv};

// How a line ends that a sentence runs on from (…会议听取 / 国务院关于…,
// 在…第三十六次会议上 / 某某局局长…): no headline ends so.
constexpr std::array kUnfinishedEndings = {"和"sv, "与"sv, "及"sv, "的"sv, "、"sv,     "暨"sv,
                                          "关于"sv, "听取"sv, "审议"sv, "会上"sv, "会议上"sv};

constexpr std::array kOrganisationSuffixes = {
    "党组"sv,   "党委"sv,   "委员会"sv, "党工委"sv, "工委"sv,   "纪委"sv,   "监委"sv,   "办公室"sv,
    "政府"sv,   "公司"sv,   "集团"sv,   "局"sv,     "厅"sv,     "院"sv,     "中心"sv,   "委"sv,
    "支部"sv,   "总支"sv,   "大学"sv,   "学校"sv,   "医院"sv,   "银行"sv,   "协会"sv,   "联合会"sv,
    "党总支"sv, "管委会"sv, "工会"sv,   "巡察组"sv, "巡视组"sv, "小组"sv, "街道"sv,   "镇"sv,     "乡"sv,     "所"sv,     "站"sv,     "部"sv,
};

// How a party body's name ends (某公司支部委员会, 某局党组): no government
// office or company ends so.
constexpr std::array kPartyBodyEndings = {"党组"sv, "党委"sv, "委员会"sv, "党工委"sv, "支部"sv, "总支"sv, "党总支"sv};

constexpr std::array kPreambleOpeners = {
    "根据"sv, "按照"sv, "为"sv, "经"sv, "近日"sv, "日前"sv, "今年"sv, "去年"sv, "现将"sv, "我"sv,
};

constexpr std::array kProblemIntroducers = {"关于"sv, "针对"sv};

// The words before a number that make the number a problem's marker
// (问题1: 反馈问题一:), in both scripts. Longest first.

// Longest first.
constexpr std::array kProblemSuffixes = {
    "方面的问题"sv, "等方面问题"sv, "的问题"sv, "等问题"sv, "问题"sv,
};

// How a heading ends that names a field's problems (关于X方面的问题): the
// problem X when nothing under it names one, an area when something does.
constexpr std::array kAreaProblemEndings = {"方面的问题"sv, "方面问题"sv};

// Verbs that make a 问题 after them a kind of problems, not one problem:
// 关于部门预算执行审计查出问题的整改情况, 关于巡察反馈问题的整改情况.
constexpr std::array kProblemSourceVerbs = {
    "查出"sv, "发现"sv, "反馈"sv, "指出"sv, "移交"sv, "交办"sv, "查摆"sv, "排查"sv, "检查出"sv,
};

constexpr std::array kAreaEndings = {
    "方面"sv, "方面存在的问题"sv, "方面存在的主要问题"sv, "方面的主要问题"sv, "方面主要问题"sv,
    "方面存在问题"sv, "方面存在的突出问题"sv,
};

// Traditional characters the tables above (and the annotators' tables) can
// meet in Big5 pages and converted text, with their simplified forms. Checked
// against ICU's Traditional-Simplified transliterator in lexicon_test.cc.
constexpr std::pair<char32_t, char32_t> kTraditional[] = {
    {0x4e7e, 0x5e72},  // 乾干
    {0x4f48, 0x5e03},  // 佈布
    {0x4f86, 0x6765},  // 來来
    {0x4fb7, 0x5c40},  // 侷局
    {0x4fc2, 0x7cfb},  // 係系
    {0x4ff1, 0x5177},  // 俱具
    {0x500b, 0x4e2a},  // 個个
    {0x5099, 0x5907},  // 備备
    {0x5104, 0x4ebf},  // 億亿
    {0x5167, 0x5185},  // 內内
    {0x52d5, 0x52a8},  // 動动
    {0x52d9, 0x52a1},  // 務务
    {0x5340, 0x533a},  // 區区
    {0x5354, 0x534f},  // 協协
    {0x54e1, 0x5458},  // 員员
    {0x554f, 0x95ee},  // 問问
    {0x55ae, 0x5355},  // 單单
    {0x5679, 0x5f53},  // 噹当
    {0x56ae, 0x5411},  // 嚮向
    {0x56b4, 0x4e25},  // 嚴严
    {0x570d, 0x56f4},  // 圍围
    {0x5716, 0x56fe},  // 圖图
    {0x5718, 0x56e2},  // 團团
    {0x57f7, 0x6267},  // 執执
    {0x5831, 0x62a5},  // 報报
    {0x5920, 0x591f},  // 夠够
    {0x5b78, 0x5b66},  // 學学
    {0x5be6, 0x5b9e},  // 實实
    {0x5be9, 0x5ba1},  // 審审
    {0x5c07, 0x5c06},  // 將将
    {0x5c08, 0x4e13},  // 專专
    {0x5c0d, 0x5bf9},  // 對对
    {0x5c0e, 0x5bfc},  // 導导
    {0x5c46, 0x5c4a},  // 屆届
    {0x5c6c, 0x5c5e},  // 屬属
    {0x5e79, 0x5e72},  // 幹干
    {0x5ef3, 0x5385},  // 廳厅
    {0x5efb, 0x56de},  // 廻回
    {0x5f9e, 0x4ece},  // 從从
    {0x5fb9, 0x5f7b},  // 徹彻
    {0x6383, 0x626b},  // 掃扫
    {0x6406, 0x6784},  // 搆构
    {0x64ca, 0x51fb},  // 擊击
    {0x64da, 0x636e},  // 據据
    {0x6578, 0x6570},  // 數数
    {0x65bc, 0x4e8e},  // 於于
    {0x6642, 0x65f6},  // 時时
    {0x66cf, 0x5411},  // 曏向
    {0x6703, 0x4f1a},  // 會会
    {0x689d, 0x6761},  // 條条
    {0x69cb, 0x6784},  // 構构
    {0x6a19, 0x6807},  // 標标
    {0x6a5f, 0x673a},  // 機机
    {0x6aa2, 0x68c0},  // 檢检
    {0x6b0a, 0x6743},  // 權权
    {0x6b61, 0x6b22},  // 歡欢
    {0x6c7a, 0x51b3},  // 決决
    {0x6cc1, 0x51b5},  // 況况
    {0x6fdf, 0x6d4e},  // 濟济
    {0x700f, 0x6d4f},  // 瀏浏
    {0x70ba, 0x4e3a},  // 為为
    {0x7232, 0x4e3a},  // 爲为
    {0x73fe, 0x73b0},  // 現现
    {0x7576, 0x5f53},  // 當当
    {0x767c, 0x53d1},  // 發发
    {0x76e3, 0x76d1},  // 監监
    {0x77ad, 0x4e86},  // 瞭了
    {0x78bc, 0x7801},  // 碼码
    {0x7a31, 0x79f0},  // 稱称
    {0x7b87, 0x4e2a},  // 箇个
    {0x7bc4, 0x8303},  // 範范
    {0x7cf0, 0x56e2},  // 糰团
    {0x7cfe, 0x7ea0},  // 糾纠
    {0x7d00, 0x7eaa},  // 紀纪
    {0x7d44, 0x7ec4},  // 組组
    {0x7d50, 0x7ed3},  // 結结
    {0x7d93, 0x7ecf},  // 經经
    {0x7db2, 0x7f51},  // 網网
    {0x7de8, 0x7f16},  // 編编
    {0x7e23, 0x53bf},  // 縣县
    {0x7e3d, 0x603b},  // 總总
    {0x7e54, 0x7ec7},  // 織织
    {0x7e6b, 0x7cfb},  // 繫系
    {0x7e73, 0x7f34},  // 繳缴
    {0x7fd2, 0x4e60},  // 習习
    {0x806f, 0x8054},  // 聯联
    {0x807d, 0x542c},  // 聽听
    {0x8207, 0x4e0e},  // 與与
    {0x8209, 0x4e3e},  // 舉举
    {0x83d3, 0x679c},  // 菓果
    {0x842c, 0x4e07},  // 萬万
    {0x8655, 0x5904},  // 處处
    {0x865f, 0x53f7},  // 號号
    {0x8853, 0x672f},  // 術术
    {0x88fd, 0x5236},  // 製制
    {0x898b, 0x89c1},  // 見见
    {0x898f, 0x89c4},  // 規规
    {0x8996, 0x89c6},  // 視视
    {0x89bd, 0x89c8},  // 覽览
    {0x8a08, 0x8ba1},  // 計计
    {0x8a0a, 0x8baf},  // 訊讯
    {0x8a2a, 0x8bbf},  // 訪访
    {0x8a2d, 0x8bbe},  // 設设
    {0x8a3c, 0x8bc1},  // 証证
    {0x8a55, 0x8bc4},  // 評评
    {0x8a5e, 0x8bcd},  // 詞词
    {0x8a71, 0x8bdd},  // 話话
    {0x8a8d, 0x8ba4},  // 認认
    {0x8aa1, 0x8beb},  // 誡诫
    {0x8aaa, 0x8bf4},  // 說说
    {0x8aac, 0x8bf4},  // 説说
    {0x8abf, 0x8c03},  // 調调
    {0x8ac7, 0x8c08},  // 談谈
    {0x8b49, 0x8bc1},  // 證证
    {0x8b58, 0x8bc6},  // 識识
    {0x8b70, 0x8bae},  // 議议
    {0x8b80, 0x8bfb},  // 讀读
    {0x8ca1, 0x8d22},  // 財财
    {0x8cab, 0x8d2f},  // 貫贯
    {0x8cac, 0x8d23},  // 責责
    {0x8cc7, 0x8d44},  // 資资
    {0x8dfc, 0x5c40},  // 跼局
    {0x8f13, 0x633d},  // 輓挽
    {0x8f2a, 0x8f6e},  // 輪轮
    {0x8f2f, 0x8f91},  // 輯辑
    {0x8fa6, 0x529e},  // 辦办
    {0x8ff4, 0x56de},  // 迴回
    {0x9019, 0x8fd9},  // 這这
    {0x9032, 0x8fdb},  // 進进
    {0x904b, 0x8fd0},  // 運运
    {0x90f5, 0x90ae},  // 郵邮
    {0x9109, 0x4e61},  // 鄉乡
    {0x91ab, 0x533b},  // 醫医
    {0x91dd, 0x9488},  // 針针
    {0x9280, 0x94f6},  // 銀银
    {0x932f, 0x9519},  // 錯错
    {0x93ae, 0x9547},  // 鎮镇
    {0x93c8, 0x94fe},  // 鏈链
    {0x9589, 0x95ed},  // 閉闭
    {0x958b, 0x5f00},  // 開开
    {0x9593, 0x95f4},  // 間间
    {0x95a2, 0x5173},  // 関关
    {0x95b1, 0x9605},  // 閱阅
    {0x95b2, 0x9605},  // 閲阅
    {0x95dc, 0x5173},  // 關关
    {0x968a, 0x961f},  // 隊队
    {0x96fb, 0x7535},  // 電电
    {0x9801, 0x9875},  // 頁页
    {0x9802, 0x9876},  // 頂顶
    {0x9805, 0x9879},  // 項项
    {0x9818, 0x9886},  // 領领
    {0x984c, 0x9898},  // 題题
    {0x985e, 0x7c7b},  // 類类
    {0x98a8, 0x98ce},  // 風风
    {0x993d, 0x9988},  // 餽馈
    {0x994b, 0x9988},  // 饋馈
    {0x9ad4, 0x4f53},  // 體体
    {0x9aee, 0x53d1},  // 髮发
    {0x9eb5, 0x9762},  // 麵面
    {0x9ede, 0x70b9},  // 點点
    {0x9ee8, 0x515a},  // 黨党
};

template <std::size_t N>
std::span<const std::string_view> view(const std::array<std::string_view, N>& a) {
  return {a.data(), a.size()};
}

// The keys of text's header lines, read out of the one table of info labels
// (blocks/page_labels.h) once. At a line's start a label of two characters
// needs its colon (来源: 日期：; ∶ stands for it on some sites), as a
// sentence may open with the word, unless it is a widget's word (字体【大 中
// 小】); a longer one stands alone (发布时间 2024-06-24, 浏览次数 126).
struct InfoKeys {
  std::deque<std::string> with_colon;  // 来源: …, kept where the views point
  std::vector<std::string_view> line, published, origin, table, breadcrumb;
  std::vector<int> published_ranks;  // published_rank of each of `published`, found once
  std::vector<std::string_view> undated;  // labels of other times that end in a date's key (抓取时间)
};
const InfoKeys& info_keys() {
  static const InfoKeys keys = [] {
    InfoKeys k;
    constexpr int kMinBareKeyChars = 3;
    for (const InfoLabel& l : info_labels()) {
      if (l.traditional) continue;  // text is read through its simplified shadow
      if (l.place == InfoPlace::Table) {
        k.table.push_back(l.label);
        continue;
      }
      const bool widget = std::find(kWidgetWords.begin(), kWidgetWords.end(), l.label) != kWidgetWords.end();
      if (count_chars(l.label) >= kMinBareKeyChars || widget) {
        k.line.push_back(l.label);
      } else {
        for (std::string_view colon : {":"sv, "："sv, "∶"sv}) k.line.push_back(k.with_colon.emplace_back(std::string(l.label).append(colon)));
      }
      if (l.field == InfoField::Published) {
        k.published.push_back(l.label);
        k.published_ranks.push_back(published_rank(l.label));
      }
      if (l.field == InfoField::Origin) k.origin.push_back(l.label);
    }
    for (const InfoLabel& l : info_labels()) {
      if (l.traditional || l.field == InfoField::Published) continue;
      for (std::string_view key : k.published) {
        if (l.label.size() > key.size() && l.label.ends_with(key)) {
          k.undated.push_back(l.label);
          break;
        }
      }
    }
    for (std::string_view key : kScraperDateKeys) {
      k.line.push_back(k.with_colon.emplace_back(std::string(key).append(":")));
      k.line.push_back(k.with_colon.emplace_back(std::string(key).append(" ")));
      k.published.push_back(key);
      k.published_ranks.push_back(published_rank(key));
    }
    for (std::string_view row : kTextTableRows) k.table.push_back(row);
    for (const CrumbLabel& crumb : breadcrumb_labels()) {
      if (crumb.traditional) continue;
      if (!crumb.needs_colon) {
        k.breadcrumb.push_back(crumb.label);
        continue;
      }
      for (std::string_view colon : {":"sv, "："sv}) {
        k.breadcrumb.push_back(k.with_colon.emplace_back(std::string(crumb.label).append(colon)));
      }
    }
    return k;
  }();
  return keys;
}

// Direct lookup for the CJK Unified Ideographs block, built once.
struct ShadowTable {
  static constexpr char32_t kFirst = 0x4E00, kLast = 0x9FFF;
  std::array<char16_t, kLast - kFirst + 1> to{};
  ShadowTable() {
    for (auto [trad, simp] : kTraditional) to[trad - kFirst] = static_cast<char16_t>(simp);
  }
};

// The same characters as one bit each, for has_traditional, which reads
// every character of every paragraph: a 64-bit mask per lead and second byte
// (U+4000..U+9FFF: leads E4..E9), one bit per third byte. 3 KB, where the
// char16_t table is 40 KB and each test decoded the character first.
struct TraditionalBits {
  static constexpr char32_t kFirst = 0x4000;
  std::array<std::uint64_t, (0xA000 - kFirst) / 64> masks{};
  constexpr TraditionalBits() {
    for (auto [trad, simp] : kTraditional) masks[(trad - kFirst) >> 6] |= std::uint64_t{1} << (trad & 0x3F);
  }
  // Whether the bytes lead (E4..E9), second, third, continuation bytes
  // assumed, encode a character of the table.
  bool has(unsigned lead, unsigned second, unsigned third) const {
    const unsigned row = ((lead & 0x0F) << 6 | (second & 0x3F)) - (kFirst >> 6);
    return (masks[row] >> (third & 0x3F)) & 1;
  }
};

}  // namespace

std::span<const std::string_view> labels() { return view(kLabels); }
std::span<const std::string_view> breadcrumb_prefixes() { return info_keys().breadcrumb; }

std::size_t title_label_length(std::string_view s) {
  for (std::string_view label : kTitleLabels) {
    std::size_t i = spaced_prefix_length(s, label);
    if (i == 0) continue;
    while (i < s.size() && s[i] == ' ') ++i;
    for (std::string_view colon : {":"sv, "："sv}) {
      if (starts_with(s.substr(i), colon)) return i + colon.size();
    }
  }
  return 0;
}
std::span<const std::string_view> info_line_keys() { return info_keys().line; }
std::span<const std::string_view> published_keys() { return info_keys().published; }
std::span<const int> published_key_ranks() { return info_keys().published_ranks; }
bool ends_other_times_label(std::string_view shadow, std::size_t end) {
  const std::string_view before = shadow.substr(0, end);
  for (std::string_view label : info_keys().undated) {
    if (before.ends_with(label)) return true;
  }
  return false;
}
std::span<const std::string_view> origin_keys() { return info_keys().origin; }
std::span<const std::string_view> widget_words() { return view(kWidgetWords); }
std::span<const std::string_view> info_table_keys() { return info_keys().table; }
std::span<const std::string_view> table_date_keys() { return view(kTableDateKeys); }
std::span<const std::string_view> table_title_keys() { return view(kTableTitleKeys); }
std::span<const std::string_view> footer_phrases() { return view(kFooterPhrases); }
std::span<const std::string_view> disclaimer_phrases() { return view(kDisclaimerPhrases); }
std::span<const std::string_view> related_list_headings() { return view(kRelatedListHeadings); }
std::span<const std::string_view> comment_heading_endings() { return view(kCommentHeadingEndings); }
bool is_article_list_heading(std::string_view shadow) {
  std::string_view bare = trim_ascii_spaces(shadow);
  for (std::string_view colon : {std::string_view("："), std::string_view(":")}) {
    if (bare.ends_with(colon)) bare.remove_suffix(colon.size());
  }
  // 【相关链接】, [相关阅读]: the heading in a template's brackets.
  for (const auto& [open, close] : {std::pair{std::string_view("【"), std::string_view("】")},
                                    std::pair{std::string_view("["), std::string_view("]")}}) {
    if (bare.size() > open.size() + close.size() && bare.starts_with(open) && bare.ends_with(close)) {
      bare = bare.substr(open.size(), bare.size() - open.size() - close.size());
    }
  }
  for (std::string_view pick : kArticleListPicks) {
    if (!bare.starts_with(pick)) continue;
    const std::string_view kind = bare.substr(pick.size());
    if (kind != pick && std::find(kArticleListKinds.begin(), kArticleListKinds.end(), kind) != kArticleListKinds.end()) {
      return true;
    }
  }
  return std::find(kArticleListHeadings.begin(), kArticleListHeadings.end(), bare) != kArticleListHeadings.end() ||
         std::find(kRelatedListHeadings.begin(), kRelatedListHeadings.end(), bare) != kRelatedListHeadings.end();
}
bool is_link_list_heading(std::string_view line) {
  return std::find(kLinkListHeadings.begin(), kLinkListHeadings.end(), line) != kLinkListHeadings.end();
}
std::span<const std::string_view> closing_openers() { return view(kClosingOpeners); }
std::span<const std::string_view> editor_notes() { return view(kEditorNotes); }
std::span<const std::string_view> title_endings() { return view(kTitleEndings); }
std::span<const std::string_view> banner_openers() { return view(kBannerOpeners); }
std::span<const std::string_view> column_name_endings() { return view(kColumnNameEndings); }
std::span<const std::string_view> imprint_words() { return view(kImprintWords); }
std::span<const std::string_view> site_name_endings() { return view(kSiteNameEndings); }
bool names_source(std::string_view shadow) {
  constexpr int kMaxSourceChars = 10;
  if (shadow.empty() || count_chars(shadow) > kMaxSourceChars || ends_with_any(shadow, view(kNoticeEndings))) return false;
  for (std::size_t i = 0; i < shadow.size();) {
    if (!is_ideograph(next_code_point(shadow, i))) return false;
  }
  return ends_with_any(shadow, view(kSiteNameEndings)) || ends_with_any(shadow, view(kMediaNameEndings));
}
std::span<const std::string_view> notice_endings() { return view(kNoticeEndings); }
bool is_disclosure_banner(std::string_view shadow) {
  return ends_with_any(shadow, view(kDisclosureBanners)) && shadow.find("关于") == std::string_view::npos &&
         shadow.find("整改") == std::string_view::npos;
}
std::span<const std::string_view> offices() { return view(kOffices); }
std::span<const std::string_view> unfinished_endings() { return view(kUnfinishedEndings); }
std::span<const std::string_view> organisation_suffixes() { return view(kOrganisationSuffixes); }
std::span<const std::string_view> party_body_endings() { return view(kPartyBodyEndings); }
std::span<const std::string_view> preamble_openers() { return view(kPreambleOpeners); }
std::span<const std::string_view> problem_introducers() { return view(kProblemIntroducers); }
std::span<const std::string_view> problem_suffixes() { return view(kProblemSuffixes); }
std::span<const std::string_view> area_endings() { return view(kAreaEndings); }
std::span<const std::string_view> problem_source_verbs() { return view(kProblemSourceVerbs); }
std::span<const std::string_view> area_problem_endings() { return view(kAreaProblemEndings); }
std::span<const std::pair<char32_t, char32_t>> traditional_pairs() { return kTraditional; }

bool starts_with_any(std::string_view text, std::span<const std::string_view> words) {
  for (std::string_view w : words) {
    if (starts_with(text, w)) return true;
  }
  return false;
}

bool ends_with_any(std::string_view text, std::span<const std::string_view> words) {
  for (std::string_view w : words) {
    if (ends_with(text, w)) return true;
  }
  return false;
}

bool contains_any(std::string_view text, std::span<const std::string_view> words) {
  for (std::string_view w : words) {
    if (contains_word(text, w)) return true;
  }
  return false;
}

bool has_traditional(std::string_view s) {
  // Built at compile time: no guard to test on each call (the outline asks
  // once for each heading).
  static constexpr TraditionalBits bits;
  if (s.size() < 3) return false;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const unsigned char* const last = p + s.size() - 2;  // p < last: p[2] is in s
  while (p < last) {
    // Only three-byte sequences led by E4..E9 encode U+4000..U+9FFF.
    const unsigned lead = *p;
    if (lead - 0xE4u > 0xE9u - 0xE4u) {
      ++p;
      continue;
    }
    if (bits.has(lead, p[1], p[2]) && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80) return true;
    p += 3;
  }
  return false;
}

std::string simplified_shadow(std::string_view s) {
  static const ShadowTable table;
  std::string out(s);
  std::size_t i = 0;
  while (i < s.size()) {
    if (static_cast<unsigned char>(s[i]) < 0xE4) {  // below U+4E00: nothing to map
      ++i;
      continue;
    }
    const std::size_t start = i;
    const char32_t c = next_code_point(s, i);
    if (c >= ShadowTable::kFirst && c <= ShadowTable::kLast && i - start == 3) {
      if (char16_t simp = table.to[c - ShadowTable::kFirst]) {
        std::string enc;
        append_utf8(enc, simp);
        out.replace(start, 3, enc);
      }
    }
  }
  return out;
}

}  // namespace tongbao::detail::lexicon
