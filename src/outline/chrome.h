// chrome.h - page chrome: the lines around a notice that are not the notice.
#pragma once

#include <limits>
#include <optional>
#include <string>
#include <string_view>

#include "blocks/block.h"
#include "blocks/page_labels.h"  // is_navigation_arrow, is_breadcrumb_separator

namespace tongbao::detail {

enum class ChromeKind {
  None,
  SiteLine,    // http://www.whdi.gov.cn
  Breadcrumb,  // 当前位置:首页 > 巡察工作 > 巡察反馈 >
  InfoLine,    // 发布时间:2024-06-24 16:38 来源:武汉市纪委监委
  Widget,      // 分享 / 字号:[大 中 小] / 【打印】【关闭】
  InfoTable,   // 索引号: … 发布机构: … (政府信息公开 header)
  Footer,      // 版权所有 … ICP备 …
};

// What a header or footer line is, judged on its text (and its simplified
// shadow). Body prose is never chrome: long lines with sentence punctuation
// are None.
// The heading over readers' comments (网友评论 （共3条）, 1 条评论 到 “…”).
bool is_comments_heading(std::string_view line);
ChromeKind classify_chrome(std::string_view text, std::string_view shadow);
// Whether a line may be a breadcrumb at all (it holds an arrow, or opens
// with a label such as 当前位置): a test cheap enough for every line.
bool may_be_breadcrumb(std::string_view text);

// Adds what a chrome line says to `facts`, never overwriting a value
// already there.
void read_chrome_facts(ChromeKind kind, std::string_view text, std::string_view shadow, PageFacts& facts);

// The date after the strongest published key (发布时间, 日期 …) of a line, as
// YYYY-MM-DD or YYYY-MM-DDTHH:MM: the first full date after the key, or a
// padded date the next words are glued to (发布时间:2025-04-274月24日…).
// Keys are found in `shadow`, values read from `text`. Only keys whose
// published_rank is below `stronger_than` are tried; the rank of the key
// that gave the date goes to `*key` when given.
std::optional<std::string> published_value(std::string_view text, std::string_view shadow, int* key = nullptr,
                                           int stronger_than = std::numeric_limits<int>::max());

// A copy of `text` without the pinyin that some traditional/simplified
// converters leave after a character: 發(fā)布時間 -> 發布時間. Used to read
// chrome lines; body text keeps what was written.
std::string strip_conversion_artifacts(std::string_view text);

}  // namespace tongbao::detail
