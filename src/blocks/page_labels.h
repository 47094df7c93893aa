// page_labels.h - the labels of a page's chrome: its info line, its
// 政府信息公开 table and its breadcrumb, in one place for every reader: the
// HTML stage reads them in a page's paragraphs (blocks/html_facts.cc), the
// outline in text's header lines (outline/lexicon.cc derives its keys from
// them, outline/chrome.cc reads the breadcrumb's marks).
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tongbao::detail {

// What a label's value is to the record.
enum class InfoField {
  None,       // not kept, but it ends the value before it (作者, 浏览次数)
  Published,  // the page's publication date (发布时间, 日期)
  Origin,     // where the page came from (来源, 发布单位)
};

// Where a label stands: on the info line above the article (发布时间:… 来源:…),
// or as a row of a 政府信息公开 table (索引号, 成文日期, 发布机构), which text
// saved from a page may lay out a key to a line.
enum class InfoPlace { Line, Table };

struct InfoLabel {
  std::string_view label;
  InfoField field;
  InfoPlace place;
  // A traditional form a Big5 page writes (發佈時間); text is read through its
  // simplified shadow and needs only the simplified one.
  bool traditional = false;
};

// Every label. A label that holds another (发布时间 holds 时间) comes before
// it, so that the longer one is found first at a place; within a field the
// stronger comes first (发布时间 before 更新时间 before 日期).
std::span<const InfoLabel> info_labels();

// Where a label's colon stands when a bilingual site glosses the label in
// English before it (日期 Date：, 来源 Source：, 浏览 Views：): `i` is just
// after the label and its spaces; the colon's offset when letters and
// spaces and then a colon follow, else `i`.
std::size_t past_label_gloss(std::string_view text, std::size_t i);

// How strongly `label` says the page's publication: its place among the
// labels (0 the strongest); labels it does not hold (a scraper's date:)
// rank after them all.
int published_rank(std::string_view label);

// Labels that open a breadcrumb line (您当前的位置：首页 > …). A bare 位置
// needs its colon.
struct CrumbLabel {
  std::string_view label;
  bool needs_colon = false;
  bool traditional = false;  // as InfoLabel::traditional
};
std::span<const CrumbLabel> breadcrumb_labels();

// An arrow that leads from one step of a breadcrumb to the next (> ＞ » › →).
inline bool is_navigation_arrow(char32_t c) { return c == U'>' || c == U'＞' || c == U'»' || c == U'›' || c == U'→'; }
// What parts a breadcrumb's steps: an arrow, or a slash (首页 / 巡视巡察).
inline bool is_breadcrumb_separator(char32_t c) { return is_navigation_arrow(c) || c == U'/'; }

// What parts a page's title from the names of its site and column that a
// <title> adds (…的通报_巡察工作_某局, …的通报 | 某某网, …的通报—某局).
inline bool is_title_separator(char32_t c) {
  return c == U'-' || c == U'_' || c == U'|' || c == U'｜' || c == U'—';
}

// An e-paper's page label (第03版：要闻·公告, 第A01版:要闻, 第Y01版, A01：要闻),
// the day's date and weekday perhaps before it, and the paper's name before
// them (平垣日报 2016年9月23日 第2版 要闻): the page of the day's paper the
// article is on, never its title.
bool is_edition_label(std::string_view text);
// How many lines after the day's date (and weekday) an e-paper's toolbar
// sets its edition's label (2019年12月10日 星期二 / 上一期 | 下一期 / 第A04版).
inline constexpr std::size_t kEditionLabelReach = 2;

// Whether `name` is a newspaper's (平垣日报, 某某晚报, 某某报): a few
// ideographs ending in 报, and no document's name (通报, 简报).
bool names_newspaper(std::string_view name);

// The date that ends a breadcrumb's last step, apart from it (首页 > 乡镇动态 >
// 白沙镇 2024-05-20): a page's row of breadcrumb and date read as one line.
// The date is the page's; it is taken off the step and returned.
std::optional<std::string> take_crumb_date(std::vector<std::string>& steps);

}  // namespace tongbao::detail
