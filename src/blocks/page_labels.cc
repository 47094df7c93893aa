#include "blocks/page_labels.h"

#include <algorithm>

#include "text/chars.h"
#include "text/dates.h"
#include "text/utf8.h"

namespace tongbao::detail {
namespace {

using F = InfoField;
using P = InfoPlace;

constexpr InfoLabel kInfoLabels[] = {
    {"原文发布时间", F::Published, P::Line},  // an archive's note of the original's date
    {"发布时间", F::Published, P::Line},
    {"发布日期", F::Published, P::Line},
    {"发文日期", F::Published, P::Line},
    {"发表时间", F::Published, P::Line},
    {"发表日期", F::Published, P::Line},
    {"发布于", F::Published, P::Line},  // 知乎, 今日头条: 发布于 2024-10-08 09:41・IP 属地湖南
    {"Published Time", F::Published, P::Line},  // Jina Reader's header: Published Time: 2024-09-11T17:20:00Z
    {"发表于", F::Published, P::Line},  // Discuz's posts: 发表于 2024-10-8 16:45
    {"公开日期", F::Published, P::Table},
    {"发稿时间", F::Published, P::Line},
    {"文章日期", F::Published, P::Line},  // SharePoint's article pages
    {"上传时间", F::Published, P::Line},
    {"录入时间", F::Published, P::Line},
    {"添加时间", F::Published, P::Line},
    {"创建时间", F::Published, P::Line},  // a CMS's or a notes app's entry: stronger than its 更新时间
    {"更新时间", F::Published, P::Line},
    {"信息来源", F::Origin, P::Line},
    {"文章来源", F::Origin, P::Line},
    {"来源", F::Origin, P::Line},
    {"作者", F::None, P::Line},
    {"浏览量", F::None, P::Line},
    {"浏览次数", F::None, P::Line},
    {"访问量", F::None, P::Line},
    {"点击数", F::None, P::Line},
    // before 阅读, which they hold
    {"阅读次数", F::None, P::Line},
    {"阅读量", F::None, P::Line},
    {"阅读", F::None, P::Line},
    // an e-mail's header, when a notice is forwarded: the sending is no publication
    {"发件人", F::None, P::Line},
    {"收件人", F::None, P::Line},
    {"发送时间", F::None, P::Line},
    {"抄送", F::None, P::Line},
    {"Subject", F::None, P::Line},
    {"From", F::None, P::Line},
    {"To", F::None, P::Line},
    {"Cc", F::None, P::Line},
    // when a clipper or crawler saved the page (抓取时间：2024-10-09 14:02:17):
    // never its publication
    {"抓取时间", F::None, P::Line},
    {"采集时间", F::None, P::Line},
    {"爬取时间", F::None, P::Line},
    {"剪藏时间", F::None, P::Line},
    {"保存时间", F::None, P::Line},
    {"归档时间", F::None, P::Line},
    // when a form or a ledger was filled in or a figure taken (填报日期：…,
    // 统计日期：…): a table's date, never the page's
    {"填报日期", F::None, P::Line},
    {"填表日期", F::None, P::Line},
    {"统计日期", F::None, P::Line},
    {"截止日期", F::None, P::Line},
    {"责任编辑", F::None, P::Line},
    {"编辑", F::None, P::Line},
    // the day the CMS made the page: the publication date when nothing better says
    {"生成日期", F::Published, P::Table},
    {"信息索引号", F::None, P::Table},
    {"索引号", F::None, P::Table},
    {"主题分类", F::None, P::Table},
    {"体裁分类", F::None, P::Table},
    {"组配分类", F::None, P::Table},
    {"信息分类", F::None, P::Table},
    {"内容分类", F::None, P::Table},
    {"主题词", F::None, P::Table},
    {"主题", F::None, P::Line},  // a forwarded e-mail's subject, after the table keys that hold it
    // a later value never overwrites an earlier one: 发布机构 fills origin only when no 来源 did
    {"发布机构", F::Origin, P::Table},
    {"发文机构", F::None, P::Table},
    {"发文机关", F::None, P::Table},
    {"成文日期", F::None, P::Table},
    {"文件名称", F::None, P::Table},
    {"有效性", F::None, P::Table},
    {"公开方式", F::None, P::Table},
    {"公开范围", F::None, P::Table},
    {"公开时限", F::None, P::Table},
    {"发文字号", F::None, P::Table},
    {"文号", F::None, P::Table},
    {"所属机构", F::None, P::Table},
    {"字体", F::None, P::Line},
    // who put it online, and the counters and credits beside the date
    {"发布者", F::None, P::Line},
    {"发布人", F::None, P::Line},
    {"发布单位", F::Origin, P::Line},
    {"发布部门", F::Origin, P::Line},
    {"供稿", F::None, P::Line},
    {"撰稿", F::None, P::Line},
    {"审核", F::None, P::Line},
    {"摄影", F::None, P::Line},
    {"点击量", F::None, P::Line},
    {"点击次数", F::None, P::Line},
    {"点击", F::None, P::Line},  // after the words that hold it: 2025-10-31 点击:[]
    {"访问次数", F::None, P::Line},
    // a forum's card of the poster (注册时间 2015-3-12): the member's days,
    // never the post's
    {"注册时间", F::None, P::Line},
    {"注册日期", F::None, P::Line},
    {"登录时间", F::None, P::Line},
    // traditional forms (Big5 pages), 发布 written both 發佈 and 發布
    {"發佈時間", F::Published, P::Line, true},
    {"發布時間", F::Published, P::Line, true},
    {"發佈日期", F::Published, P::Line, true},
    {"發布日期", F::Published, P::Line, true},
    {"發表時間", F::Published, P::Line, true},
    {"發表日期", F::Published, P::Line, true},
    {"更新時間", F::Published, P::Line, true},
    {"信息來源", F::Origin, P::Line, true},
    {"文章來源", F::Origin, P::Line, true},
    {"來源", F::Origin, P::Line, true},
    {"瀏覽量", F::None, P::Line, true},
    {"瀏覽次數", F::None, P::Line, true},
    {"訪問量", F::None, P::Line, true},
    {"點擊數", F::None, P::Line, true},
    {"閱讀", F::None, P::Line, true},
    {"責任編輯", F::None, P::Line, true},
    {"編輯", F::None, P::Line, true},
    {"信息索引號", F::None, P::Table, true},
    {"索引號", F::None, P::Table, true},
    {"主題分類", F::None, P::Table, true},
    {"發佈機構", F::Origin, P::Table, true},
    {"發布機構", F::Origin, P::Table, true},
    {"文件名稱", F::None, P::Table, true},
    {"公開方式", F::None, P::Table, true},
    {"公開範圍", F::None, P::Table, true},
    {"發文字號", F::None, P::Table, true},
    {"文號", F::None, P::Table, true},
    // the words longer labels hold, after them all, in both scripts
    {"日期", F::Published, P::Line},
    {"时间", F::Published, P::Line},
    {"時間", F::Published, P::Line, true},
    {"字号", F::None, P::Line},
    {"字號", F::None, P::Line, true},
    // 发布：2024-06-24 (a label needs its colon, so 发布时间 and 发布机构 stay themselves)
    {"发布", F::Published, P::Line},
};

// Longest first where one holds another: 位置 last.
constexpr CrumbLabel kCrumbLabels[] = {
    {"您当前所在位置"}, {"您当前的位置"}, {"您现在的位置"}, {"您所在的位置"}, {"您的位置"},
    {"当前所在位置"},   {"当前的位置"},   {"当前位置"},     {"现在位置"},     {"所在位置"},
    {"您當前的位置", false, true}, {"您現在的位置", false, true}, {"當前的位置", false, true},
    {"當前位置", false, true},     {"位置", true},
    // the column a page stands in, its path or its name (所属栏目：党建工作 >
    // 巡察整改, 栏目：党建工作)
    {"所属栏目", true}, {"栏目", true},
};

}  // namespace

std::span<const InfoLabel> info_labels() { return kInfoLabels; }
std::span<const CrumbLabel> breadcrumb_labels() { return kCrumbLabels; }

bool names_newspaper(std::string_view name) {
  constexpr int kMaxPaperChars = 10;
  if (name.empty() || count_chars(name) > kMaxPaperChars || !name.ends_with("报") || name.ends_with("通报") ||
      name.ends_with("简报")) {
    return false;
  }
  for (std::size_t i = 0; i < name.size();) {
    if (!is_ideograph(next_code_point(name, i))) return false;
  }
  return true;
}

bool is_edition_label(std::string_view s) {
  constexpr std::size_t kMaxPageNumberBytes = 4;
  // The day's date and weekday may head it, as an e-paper's toolbar sets
  // them (2024年10月15日  星期二  第A03版：公示公告).
  if (const std::size_t page = s.find("第"); page != std::string_view::npos && page > 0) {
    std::string_view day = trim_ascii_spaces(s.substr(0, page));
    for (std::string_view week : {std::string_view("星期"), std::string_view("周")}) {
      const std::size_t at = day.rfind(week);
      if (at != std::string_view::npos && count_chars(day.substr(at)) == count_chars(week) + 1) {
        day = trim_ascii_spaces(day.substr(0, at));
        break;
      }
    }
    // A newspaper's name may head the date (平垣日报 2016年9月23日 第2版 要闻),
    // as a masthead sets them on one line.
    if (const std::size_t name_end = day.find(' ');
        !whole_date(day) && name_end != std::string_view::npos && names_newspaper(day.substr(0, name_end))) {
      day = trim_ascii_spaces(day.substr(name_end));
    }
    if (day.empty() || !whole_date(day)) return false;
    s = s.substr(page);
  }
  // A01：要闻: the page's letter and number, then its column after a colon.
  if (s.size() > 3 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= '0' && s[1] <= '9' && s[2] >= '0' && s[2] <= '9') {
    std::size_t i = 3;
    const char32_t next = i < s.size() ? fold_width(next_code_point(s, i)) : 0;
    return next == U':';
  }
  if (!starts_with(s, "第")) return false;
  std::size_t i = std::string_view("第").size(), number = 0;
  while (i < s.size() && number < kMaxPageNumberBytes && is_ascii_alnum(static_cast<unsigned char>(s[i]))) ++i, ++number;
  if (number == 0 || !starts_with(s.substr(i), "版")) return false;
  i += std::string_view("版").size();
  if (i == s.size()) return true;
  const char32_t next = fold_width(next_code_point(s, i));
  return next == U':' || next == U' ';
}

std::size_t past_label_gloss(std::string_view text, std::size_t i) {
  constexpr std::size_t kMaxGlossBytes = 24;  // Release Time, Publish Date, Views
  std::size_t k = i;
  while (k < text.size() && k - i <= kMaxGlossBytes && (is_ascii_letter(static_cast<unsigned char>(text[k])) || text[k] == ' ')) {
    ++k;
  }
  // A word set apart from the label (To, then Top image: is no gloss), with
  // a small letter in it (来源 URL: names another thing, not the source).
  if (k == i || i == 0 || text[i - 1] != ' ' || !is_ascii_letter(static_cast<unsigned char>(text[i])) ||
      std::none_of(text.begin() + static_cast<std::ptrdiff_t>(i), text.begin() + static_cast<std::ptrdiff_t>(k),
                   [](char c) { return c >= 'a' && c <= 'z'; })) {
    return i;
  }
  const std::string_view rest = text.substr(k);
  return rest.starts_with(":") || rest.starts_with("：") || rest.starts_with("∶") ? k : i;
}

int published_rank(std::string_view label) {
  const auto labels = info_labels();
  for (std::size_t k = 0; k < labels.size(); ++k) {
    if (labels[k].label == label) return static_cast<int>(k);
  }
  return static_cast<int>(labels.size());
}

std::optional<std::string> take_crumb_date(std::vector<std::string>& steps) {
  if (steps.empty()) return std::nullopt;
  const auto stamp = trailing_timestamp(steps.back());
  if (!stamp) return std::nullopt;
  steps.back().resize(stamp->begin);
  return stamp->value;
}

}  // namespace tongbao::detail
