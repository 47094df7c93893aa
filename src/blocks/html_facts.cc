// html_facts.cc - what a line of a page says about the page (html_facts.h),
// with the tables of info labels, breadcrumb labels, chrome phrases and
// title separators.
#include "blocks/html_facts.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <vector>

#include "blocks/page_labels.h"
#include "blocks/text_blocks.h"
#include "scan/find_word.h"
#include "scan/byte_scan.h"
#include "text/chars.h"
#include "text/dates.h"
#include "text/spaced_words.h"
#include "text/utf8.h"

namespace tongbao::detail {
namespace {

// Short paragraphs that are page chrome: widgets, related lists, footers.
enum class Where { Starts, Contains };
struct ChromePhrase {
  std::string_view phrase;
  Where where;
};
constexpr ChromePhrase kChromePhrases[] = {
    {"版权所有", Where::Contains},
    {"ICP备", Where::Contains},
    {"公网安备", Where::Contains},
    {"All Rights Reserved", Where::Contains},
    {"关闭窗口", Where::Contains},
    {"打印本页", Where::Contains},
    {"字号", Where::Contains},
    {"【打印】", Where::Contains},
    {"上一篇", Where::Starts},
    {"下一篇", Where::Starts},
    {"相关文章", Where::Starts},
    {"相关链接", Where::Starts},
    {"相关阅读", Where::Starts},
    {"相关新闻", Where::Starts},
    {"相关信息", Where::Starts},
    {"分享到", Where::Starts},
    {"分享", Where::Starts},
    {"打印", Where::Starts},
    {"扫一扫", Where::Starts},
    {"网站地图", Where::Starts},
    {"【字体", Where::Starts},
    {"[字体", Where::Starts},
    {"主办单位", Where::Starts},
    {"主办:", Where::Starts},
    {"主办：", Where::Starts},
    {"技术支持", Where::Contains},
    {"网站标识码", Where::Contains},
    // traditional forms (Big5 pages)
    {"版權所有", Where::Contains},
    {"ICP備", Where::Contains},
    {"公網安備", Where::Contains},
    {"關閉窗口", Where::Contains},
    {"打印本頁", Where::Contains},
    {"字號", Where::Contains},
    {"相關文章", Where::Starts},
    {"相關鏈接", Where::Starts},
    {"相關閱讀", Where::Starts},
    {"相關新聞", Where::Starts},
    {"相關信息", Where::Starts},
    {"掃一掃", Where::Starts},
    {"網站地圖", Where::Starts},
    {"【字體", Where::Starts},
    {"主辦單位", Where::Starts},
    {"技術支持", Where::Contains},
    {"網站標識碼", Where::Contains},
};
constexpr std::size_t kChromeMaxChars = 100;  // longer paragraphs are never chrome by phrase

// Separators of a site name appended to <title>: "标题_武汉市纪委监委".
constexpr std::string_view kTitleSeparators[] = {"_", "|", "｜", " - ", " — ", "－", "--", " | "};

// What may follow a date on its line as values without labels (a count,
// a source).
constexpr int kMaxUnlabelledValuesChars = 30;

// The names scripts keep an article's date under, the strongest first.
constexpr std::string_view kScriptDateNames[] = {"datePublished", "publish_time", "publishTime", "publishDate",
                                                 "pubDate",       "pubdate",      "PubDate",     "createTime",
                                                 "pubTime", "pubtime",
                                                 // WeChat's article page: the time it went out, in seconds
                                                 "ct"};
// Variables named …title that hold another title than the article's.
constexpr std::string_view kOtherTitleNames[] = {"sub", "site", "web", "column", "channel", "col", "cat", "nav",
                                                 "menu", "share_desc", "app"};
// A script's title is at least this long, and no longer than a heading.
constexpr int kMinScriptTitleChars = 6;
constexpr std::size_t kMaxScriptTitleBytes = 600;

// A CMS's names for the kind of page, which a <title> may give instead of
// the article's.
constexpr std::string_view kPageKindNames[] = {"详情页", "详细页", "内容页", "正文页", "文章页", "详情",
                                               "正文",   "内容",   "文章详情", "新闻详情", "信息详情", "内容详情",
                                               "详细信息", "文章内容", "查看内容", "浏览文章", "阅读文章", "打印页面", "打印预览",
                                               "打印本页"};

// A quoted date with its time is no longer than this (2024-07-15 10:20:00.000).
constexpr std::size_t kMaxScriptDateBytes = 32;

// A widget in a heading ([打印] 【字体：大 中 小】) is no longer than this.
constexpr int kMaxHeadingWidgetChars = 30;

// A heading holds no more than this (200 characters); longer ones are not split.
constexpr std::size_t kMaxHeadingBytes = 600;
// A title has at least this many characters (a heading shorter is no title).
constexpr int kMinTitleChars = 6;

// The first full date in `s` by the one date grammar (text/dates.h), with
// its time of day when one follows: "2024-06-24 16:38", "2024年6月24日
// 16:38:05", "2024．06．24", "2024/06/24" -> "2024-06-24T16:38" /
// "2024-06-24"; nullopt if `s` names no day.
}  // namespace

std::optional<std::string> normalise_date(std::string_view s) {
  // Hanweb's metas join the day and the time with a hyphen
  // (2024-10-16-10:21:37): read as a space.
  constexpr std::size_t kIsoDay = 10;
  if (s.size() > kIsoDay + 3 && s[kIsoDay] == '-' && s[4] == '-' && s[7] == '-' && s[kIsoDay + 3] == ':') {
    std::string spaced(s);
    spaced[kIsoDay] = ' ';
    if (auto stamp = first_timestamp(spaced)) return in_china_time(spaced, *stamp);
  }
  if (auto stamp = first_timestamp(s)) return in_china_time(s, *stamp);
  return std::nullopt;
}

// Strips an appended site or column name: "标题_武汉市纪委监委" -> "标题".
std::string strip_title_suffix(std::string title) {
  for (int rounds = 0; rounds < 4; ++rounds) {
    std::size_t best = std::string::npos, best_len = 0;
    for (std::string_view sep : kTitleSeparators) {
      const std::size_t at = title.rfind(sep);
      if (at != std::string::npos && (best == std::string::npos || at > best)) {
        best = at;
        best_len = sep.size();
      }
    }
    if (best == std::string::npos) break;
    const std::string head = fold_space(std::string_view(title).substr(0, best));
    const std::string_view tail = std::string_view(title).substr(best + best_len);
    // A site or column name never holds 关于, a title often does: with it
    // after the separator, the name came first (某某集团--关于…的通报).
    auto has_about = [](std::string_view s) {
      return s.find("关于") != std::string_view::npos || s.find("關於") != std::string_view::npos;
    };
    if (has_about(tail) && !has_about(head)) {
      std::string rest = fold_space(tail);
      if (count_chars(rest) >= 6) title = std::move(rest);
      break;
    }
    if (count_chars(head) < 6 || count_chars(tail) > 30) break;
    title = head;
  }
  return title;
}

namespace {

bool is_label_colon(char32_t c) { return fold_width(c) == ':' || c == U'∶'; }

bool is_digit_at(std::string_view text, std::size_t i) {
  if (i >= text.size()) return false;
  const char32_t c = fold_width(peek_code_point(text, i));
  return c >= U'0' && c <= U'9';
}

// Labels this long may stand without their colon (a table's label cell).
constexpr std::size_t kMinBareLabelBytes = 9;  // three characters

// Position of `label` followed by a colon (: ： ∶), or npos. A label may
// also stand without a colon before its value, as the label cell of a
// 信息公开 table does (<td>发布日期</td><td>2024-06-24</td>), when it starts
// the text or follows a space and is long enough not to be a word of a
// table in the notice (时间, 日期, 来源 need their colon); a date label
// (`dated`) then needs a date after it.
std::size_t find_label(std::string_view text, std::string_view label, std::size_t from,
                       std::size_t* value_start, bool dated) {
  while (true) {
    const std::size_t at = text.find(label, from);
    if (at == std::string_view::npos) return at;
    std::size_t i = at + label.size();
    while (i < text.size() && text[i] == ' ') ++i;
    i = past_label_gloss(text, i);
    if (i < text.size()) {
      std::size_t j = i;
      const char32_t c = next_code_point(text, j);
      if (is_label_colon(c)) {
        while (j < text.size() && text[j] == ' ') ++j;
        *value_start = j;
        return at;
      }
      if (label.size() >= kMinBareLabelBytes && i > at + label.size() && (at == 0 || text[at - 1] == ' ') &&
          (!dated || is_digit_at(text, i))) {
        *value_start = i;
        return at;
      }
    }
    from = at + 1;
  }
}

}  // namespace

// Reads an info line ("发布时间:2024-06-24 16:38 来源:武汉市纪委监委"). True if
// the paragraph is one: it starts (after a bracket) with an info label.
bool read_info_line(std::string_view text, PageFacts& facts) {
  // A sentence (时间：…。) is body text, not an info line.
  if (text.find("。") != std::string_view::npos) return false;
  std::string_view body = text;
  for (std::string_view open : {"【", "[", "("}) {
    if (starts_with(body, open)) body.remove_prefix(open.size());
  }
  // Blogs name the author before the verb that dates the post (由 admin
  // 发表于 2024年8月2日 @ 09:30, 张三 发布于 2024-10-08): the line starts at
  // the verb when a short name without digits stands before it.
  constexpr std::size_t kMaxAuthorBytes = 40;
  for (std::string_view verb : {std::string_view("发表于"), std::string_view("发布于")}) {
    const std::size_t at = body.substr(0, kMaxAuthorBytes + verb.size()).find(verb);
    if (at == std::string_view::npos || at == 0 || at > kMaxAuthorBytes || body[at - 1] != ' ') continue;
    const std::string_view author = body.substr(0, at);
    if (std::none_of(author.begin(), author.end(), [](char c) { return c >= '0' && c <= '9'; })) body.remove_prefix(at);
    break;
  }
  // A table's short label set out with spaces to the width of its long
  // ones (文　　号：, 索 引 号：) is read as written tight.
  std::string tight;
  bool labelled = false;
  for (const InfoLabel& l : info_labels()) {
    const std::size_t length = spaced_prefix_length(body, l.label);
    if (length == 0) continue;
    labelled = true;
    if (length > l.label.size()) {
      tight = std::string(l.label).append(body.substr(length));
      body = tight;
    }
    break;
  }
  if (!labelled) return false;
  struct Hit {
    std::size_t at, value;
    const InfoLabel* label;
  };
  std::vector<Hit> hits;
  for (const InfoLabel& l : info_labels()) {
    std::size_t from = 0, value = 0;
    while (true) {
      const std::size_t at = find_label(body, l.label, from, &value, l.field == InfoField::Published);
      if (at == std::string_view::npos) break;
      // 发布时间 contains 时间: keep only the longest label at a place.
      bool inside = false;
      for (const Hit& h : hits) inside |= at >= h.at && at < h.value;
      if (!inside) hits.push_back({at, value, &l});
      from = at + 1;
    }
  }
  if (hits.empty()) return false;
  std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.at < b.at; });
  // drop labels nested in an earlier, longer one (时间 in 发布时间)
  std::vector<Hit> kept;
  for (const Hit& h : hits) {
    if (!kept.empty() && h.at < kept.back().value) continue;
    kept.push_back(h);
  }
  if (kept.front().at != 0) return false;
  // A date no label names (来源：某某县人大网 2024年03月18日 10:21:36) is the
  // page's when no label names one; never inside a dated label's value
  // (成文日期, 生成日期 are other days).
  std::optional<std::string> unlabelled;
  for (std::size_t k = 0; k < kept.size(); ++k) {
    const std::size_t end = k + 1 < kept.size() ? kept[k + 1].at : body.size();
    const std::string_view raw = body.substr(kept[k].value, end - kept[k].value);
    const std::string_view label = kept[k].label->label;
    const bool dated_label = label.find("日") != std::string_view::npos || label.find("时") != std::string_view::npos ||
                             label.find("時") != std::string_view::npos || label.find("期") != std::string_view::npos;
    if (!unlabelled && kept[k].label->field != InfoField::Published && !dated_label) {
      if (auto stamp = first_timestamp(raw)) unlabelled = in_china_time(raw, *stamp);
    }
    std::string value = fold_space(raw);
    // 发布时间：[2024-06-14]: a value set in brackets of its own.
    if (auto first = value.find_first_not_of(' '); first != std::string::npos) value.erase(0, first);
    for (std::string_view open : {"[", "【", "［"}) {
      if (value.starts_with(open)) value.erase(0, open.size());
    }
    for (std::string_view stop : {"【", "[", "]", "】", "|", "］"}) {
      if (auto at = value.find(stop); at != std::string::npos) value.resize(at);
    }
    value = fold_space(value);
    switch (kept[k].label->field) {
      case InfoField::Published:
        // A stronger label after a weaker one (生成日期 … 发布日期 in one row,
        // or on a later line) gives the page's date.
        // The label's place in the table is its rank (published_rank).
        if (const int rank = static_cast<int>(kept[k].label - info_labels().data());
            !facts.published || (facts.published_key >= 0 && rank < facts.published_key)) {
          if (auto date = normalise_date(value)) {
            facts.published = std::move(date);
            facts.published_key = rank;
          }
        }
        break;
      case InfoField::Origin:
        if (auto space = value.find(' '); space != std::string::npos) value.resize(space);
        if (!facts.origin && !value.empty()) facts.origin = value;
        break;
      case InfoField::None:
        break;
    }
  }
  if (!facts.published && unlabelled) facts.published = std::move(unlabelled);
  return true;
}

namespace {

std::vector<std::string> split_crumb(std::string_view text) {
  std::vector<std::string> steps;
  std::size_t begin = 0, i = 0;
  auto flush = [&](std::size_t end) {
    std::string step = fold_space(text.substr(begin, end - begin));
    if (!step.empty()) steps.push_back(std::move(step));
  };
  while (i < text.size()) {
    const std::size_t at = i;
    if (is_breadcrumb_separator(next_code_point(text, i))) {
      flush(at);
      begin = i;
    }
  }
  flush(text.size());
  return steps;
}

// The steps as the page's breadcrumb, a date its row ends with as its date
// when nothing better says.
void keep_crumb(std::vector<std::string> steps, PageFacts& facts) {
  if (auto date = take_crumb_date(steps); date && !facts.fallback_published) facts.fallback_published = std::move(date);
  facts.breadcrumb = std::move(steps);
}

}  // namespace

// A 当前位置 line: fills the breadcrumb, true if the paragraph is one.
bool read_breadcrumb(std::string_view text, bool hinted, PageFacts& facts) {
  if (count_chars(text) > 120 || text.find("。") != std::string_view::npos) return false;
  for (const CrumbLabel& crumb : breadcrumb_labels()) {
    const std::string_view label = crumb.label;
    if (!starts_with(text, label)) continue;
    std::size_t i = label.size();
    while (i < text.size() && text[i] == ' ') ++i;
    std::size_t j = i;
    if (i < text.size() && fold_width(next_code_point(text, j)) == ':')
      i = j;
    else if (crumb.needs_colon)
      continue;
    if (facts.breadcrumb.empty()) keep_crumb(split_crumb(text.substr(i)), facts);
    return true;
  }
  if (hinted) {
    std::vector<std::string> steps = split_crumb(text);
    if (steps.size() >= 2) {
      if (facts.breadcrumb.empty()) keep_crumb(std::move(steps), facts);
      return true;
    }
  }
  return false;
}

bool is_chrome_phrase(std::string_view text, int chars) {
  // Chrome is short and has no sentences: a line with a full stop is text
  // that mentions 字号 or 打印, not a widget.
  if (static_cast<std::size_t>(chars) > kChromeMaxChars ||
      text.find("。") != std::string_view::npos)
    return false;
  for (const ChromePhrase& p : kChromePhrases) {
    // contains_word: find() would stop at every character sharing the phrase's lead byte
    if (p.where == Where::Starts ? starts_with(text, p.phrase) : contains_word(text, p.phrase))
      return true;
  }
  return false;
}

std::string_view trim_spaces(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '|')) s.remove_suffix(1);
  return s;
}

// A full numeric date at the very start of `text` (2024-06-24, 2024年6月24日,
// with the time after it), read by the one date grammar; `end` gets the
// bytes it takes. Dates in Chinese numerals are a signature's, not a CMS's.
// A CMS may set the date in brackets of its own ([2025-04-08] 来源：…).
std::optional<std::string> leading_date(std::string_view text, std::size_t* end) {
  std::size_t start = 0;
  char32_t close = 0;
  if (!text.empty() && !is_digit_at(text, 0)) {
    const char32_t open = next_code_point(text, start);
    close = open == U'[' ? U']' : open == U'【' ? U'】' : open == U'［' ? U'］' : 0;
    if (close == 0) return std::nullopt;
  }
  if (!is_digit_at(text, start)) return std::nullopt;
  const std::string_view from = text.substr(start);
  YearContext years;
  const std::vector<DateMatch> dates = find_dates(from.substr(0, std::min<std::size_t>(from.size(), 64)), years);
  if (dates.empty() || dates[0].begin != 0 || !dates[0].day_precise || !dates[0].value) return std::nullopt;
  std::size_t date_end = dates[0].end;
  if (auto time = time_after(from, date_end)) date_end = time->end;
  *end = start + date_end;
  if (close != 0) {
    while (*end < text.size() && text[*end] == ' ') ++*end;
    std::size_t after = *end;
    if (*end >= text.size() || next_code_point(text, after) != close) return std::nullopt;
    *end = after;
  }
  return normalise_date(from.substr(0, date_end));
}

bool is_unlabelled_values(std::string_view rest) {
  if (rest.empty() || count_chars(rest) > kMaxUnlabelledValuesChars) return false;
  for (std::string_view mark : {"。", "，", ",", "；", ";", "：", ":", "、", "！", "？"}) {
    if (rest.find(mark) != std::string_view::npos) return false;
  }
  return true;
}

namespace {

// Up to `max` ASCII digits at i, read as a number (-1: none).
int read_number(std::string_view text, std::size_t& i, int max) {
  int value = 0, digits = 0;
  while (i < text.size() && digits < max && text[i] >= '0' && text[i] <= '9') {
    value = value * 10 + (text[i++] - '0');
    ++digits;
  }
  return digits ? value : -1;
}

void skip_spaces(std::string_view text, std::size_t& i) {
  while (i < text.size() && text[i] == ' ') ++i;
}

// The one grammar decides what a day is.
std::optional<std::string> checked_date(int year, int month, int day) {
  const std::string date = fmt::format("{:04}-{:02}-{:02}", year, month, day);
  if (whole_date(date) == std::nullopt) return std::nullopt;
  return date;
}

// 29 2024-07: the day, then YYYY-MM, YYYY.MM or YYYY/MM and nothing after it;
// a bar or slash may stand between them (12 / 2024-03).
std::optional<std::string> day_over_month(std::string_view text) {
  std::size_t i = 0;
  const int day = read_number(text, i, 2);
  if (day < 0) return std::nullopt;
  skip_spaces(text, i);
  if (i < text.size() && (text[i] == '/' || text[i] == '|')) {
    ++i;
    skip_spaces(text, i);
  }
  const std::string_view month_part = text.substr(i);
  if (month_part.size() < 6 || month_part.size() > 7) return std::nullopt;
  const char sep = month_part[4];
  if (sep != '-' && sep != '.' && sep != '/') return std::nullopt;
  int year = 0, month = 0;
  for (std::size_t k = 0; k < month_part.size(); ++k) {
    if (k == 4) continue;
    const char c = month_part[k];
    if (c < '0' || c > '9') return std::nullopt;
    (k < 4 ? year : month) = (k < 4 ? year : month) * 10 + (c - '0');
  }
  return checked_date(year, month, day);
}

// 2024 10/11 09:32:15: the year, the month and day, and perhaps the time.
std::optional<std::string> year_before_month_day(std::string_view text) {
  std::size_t i = 0;
  const int year = read_number(text, i, 4);
  if (year < 0 || i != 4 || i >= text.size() || text[i] != ' ') return std::nullopt;
  skip_spaces(text, i);
  const int month = read_number(text, i, 2);
  if (month < 0 || i >= text.size() || text[i] != '/') return std::nullopt;
  ++i;
  const int day = read_number(text, i, 2);
  if (day < 0) return std::nullopt;
  skip_spaces(text, i);
  if (i < text.size()) {  // HH:MM or HH:MM:SS
    for (int part = 0; part < 3 && i < text.size(); ++part) {
      if (part > 0 && text[i++] != ':') return std::nullopt;
      if (read_number(text, i, 2) < 0) return std::nullopt;
    }
    if (i != text.size()) return std::nullopt;
  }
  return checked_date(year, month, day);
}

}  // namespace

std::optional<std::string> date_widget(std::string_view text) {
  text = trim_spaces(text);
  if (auto date = day_over_month(text)) return date;
  return year_before_month_day(text);
}

namespace {

bool is_script_name_char(char c) { return is_ascii_alnum(static_cast<unsigned char>(c)) || c == '_' || c == '$'; }

// The quoted string given to the name that ends at `i` (= "…", : '…', or
// "name": "…"), at most `max_bytes` long, or nullopt.
std::optional<std::string_view> quoted_value_after(std::string_view script, std::size_t i, std::size_t max_bytes) {
  if (i < script.size() && (script[i] == '"' || script[i] == '\'')) ++i;  // "publishTime": …
  while (i < script.size() && script[i] == ' ') ++i;
  if (i >= script.size() || (script[i] != '=' && script[i] != ':')) return std::nullopt;
  ++i;
  while (i < script.size() && script[i] == ' ') ++i;
  if (i >= script.size() || (script[i] != '"' && script[i] != '\'')) return std::nullopt;
  const char quote = script[i++];
  const std::size_t close = script.find(quote, i);
  if (close == std::string_view::npos || close - i > max_bytes) return std::nullopt;
  return script.substr(i, close - i);
}

// A time as ten digits of seconds since 1970 (WeChat's ct = "1730850000"),
// as a day in China Standard Time (UTC+8), where the pages are published;
// nullopt for anything else, or a day outside the years a date may name.
std::optional<std::string> epoch_date(std::string_view digits) {
  constexpr std::size_t kEpochDigits = 10;
  constexpr std::int64_t kChinaOffsetSeconds = 8 * 3600, kSecondsPerDay = 86400;
  if (digits.size() != kEpochDigits) return std::nullopt;
  std::int64_t seconds = 0;
  for (char c : digits) {
    if (c < '0' || c > '9') return std::nullopt;
    seconds = seconds * 10 + (c - '0');
  }
  const std::chrono::sys_days day{std::chrono::days{(seconds + kChinaOffsetSeconds) / kSecondsPerDay}};
  const std::chrono::year_month_day ymd{day};
  const int year = static_cast<int>(ymd.year());
  if (!is_date_year(year)) return std::nullopt;
  return fmt::format("{:04}-{:02}-{:02}", year, static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
}

}  // namespace

std::optional<std::string> read_script_date(std::string_view script) {
  for (std::string_view name : kScriptDateNames) {
    for (std::size_t at = script.find(name); at != std::string_view::npos; at = script.find(name, at + 1)) {
      const std::size_t end = at + name.size();
      // the whole name: not the end of a longer one (xpubDate), nor its start
      if (at > 0 && is_script_name_char(script[at - 1]) && script[at - 1] != '$') continue;
      if (end < script.size() && is_script_name_char(script[end]) && script[end] != '$') continue;
      const std::optional<std::string_view> value = quoted_value_after(script, end, kMaxScriptDateBytes);
      if (!value) continue;
      std::size_t date_end = 0;
      if (auto date = leading_date(*value, &date_end); date && trim_spaces(value->substr(date_end)).empty()) {
        return date;
      }
      if (auto date = epoch_date(*value)) return date;
      // JSON-LD's ISO form, its zone read (2024-10-25T16:00:00+08:00).
      if (value->size() > 10 && (*value)[10] == 'T') {
        if (auto iso = normalise_date(*value)) return iso;
      }
    }
  }
  return std::nullopt;
}

std::optional<std::string> read_written_text(std::string_view script) {
  constexpr std::string_view kWrite = "document.write";
  constexpr std::size_t kMaxWrittenBytes = 200;
  std::string written;
  bool any = false;
  for (std::size_t at = script.find(kWrite); at != std::string_view::npos; at = script.find(kWrite, at + 1)) {
    std::size_t i = at + kWrite.size();
    if (script.substr(i).starts_with("ln")) i += 2;  // document.writeln
    while (i < script.size() && script[i] == ' ') ++i;
    if (i >= script.size() || script[i] != '(') continue;
    ++i;
    while (i < script.size() && script[i] == ' ') ++i;
    if (i >= script.size() || (script[i] != '\'' && script[i] != '"')) return std::nullopt;  // computed
    const char quote = script[i];
    const std::size_t close = script.find(quote, i + 1);
    if (close == std::string_view::npos) return std::nullopt;
    std::size_t after = close + 1;
    while (after < script.size() && script[after] == ' ') ++after;
    if (after >= script.size() || script[after] != ')') return std::nullopt;  // a concatenation
    const std::string_view literal = script.substr(i + 1, close - i - 1);
    if (literal.find_first_of("<\\") != std::string_view::npos) return std::nullopt;  // markup, escapes
    written.append(literal);
    any = true;
    if (written.size() > kMaxWrittenBytes) return std::nullopt;
  }
  if (!any) return std::nullopt;
  return written;
}

std::optional<std::string> read_script_title(std::string_view script) {
  for (std::size_t at = 0; (at = script.find("itle", at)) != std::string_view::npos; at += 4) {
    if (at == 0 || (script[at - 1] != 't' && script[at - 1] != 'T')) continue;
    const std::size_t end = at + 4;
    if (end < script.size() && is_script_name_char(script[end])) continue;  // the name ends in title
    std::size_t begin = at - 1;
    while (begin > 0 && is_script_name_char(script[begin - 1])) --begin;
    if (begin > 0 && script[begin - 1] == '.') continue;  // document.title, a property read
    std::string name(script.substr(begin, end - begin));
    for (char& c : name) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    bool other = false;
    for (std::string_view word : kOtherTitleNames) other = other || name.find(word) != std::string::npos;
    if (other) continue;
    const std::optional<std::string_view> quoted = quoted_value_after(script, end, kMaxScriptTitleBytes);
    if (!quoted) continue;
    std::string value = fold_space(*quoted);
    // A state object's escapes ("title":"\u4e2d\u5171…"): read as the JSON string it is.
    if (value.find('\\') != std::string::npos) {
      const nlohmann::json decoded = nlohmann::json::parse("\"" + std::string(*quoted) + "\"", nullptr, false);
      if (decoded.is_string()) value = fold_space(decoded.get<std::string>());
    }
    if (count_chars(value) < kMinScriptTitleChars || value.find('<') != std::string::npos ||
        value.find("。") != std::string::npos || value.find("://") != std::string::npos ||
        value.find('\\') != std::string::npos) {
      continue;
    }
    return value;
  }
  return std::nullopt;
}

std::string read_script_article(std::string_view script) {
  // Shorter strings are a widget's markup, not an article.
  constexpr std::size_t kMinArticleBytes = 200;
  std::string best;
  for (std::size_t open = script.find('"'); open != std::string_view::npos;) {
    std::size_t close = open + 1;
    while (close < script.size() && script[close] != '"' && script[close] != '\n') close += script[close] == '\\' ? 2 : 1;
    if (close >= script.size() || script[close] != '"') break;
    const std::string_view literal = script.substr(open, close + 1 - open);
    if (literal.size() >= kMinArticleBytes && literal.size() > best.size() &&
        (literal.find("<p") != std::string_view::npos || literal.find("\\u003cp") != std::string_view::npos ||
         literal.find("\\u003Cp") != std::string_view::npos)) {
      const nlohmann::json value = nlohmann::json::parse(literal, nullptr, false);
      if (value.is_string() && value.get_ref<const std::string&>().find("<p") != std::string::npos) {
        best = value.get<std::string>();
      }
    }
    open = script.find('"', close + 1);
  }
  return best;
}

bool names_no_article(std::string_view title) {
  title = trim_spaces(title);
  std::size_t end = title.size();
  for (std::string_view sep : kTitleSeparators) end = std::min(end, title.find(sep));
  const std::string_view first = trim_spaces(title.substr(0, end));
  for (std::string_view name : kPageKindNames) {
    if (first == name) return true;
  }
  return false;
}

namespace {

// A widget at the end of a heading (标题【字体：大 中 小】): short, in
// brackets, and chrome by its words. Unbracketed words (打印, 分享) may be
// the title's own.
bool is_heading_widget(std::string_view tail) {
  const int chars = count_chars(tail);
  if (chars > kMaxHeadingWidgetChars) return false;
  if (!(starts_with(tail, "【") || starts_with(tail, "[") || starts_with(tail, "［"))) return false;
  return is_chrome_phrase(tail, chars);
}

}  // namespace

// A heading that carries the info line in it (<h2>标题 <small>2024-06-24
// <span>来源:…</span></small></h2>, one paragraph "标题 2024-06-24 来源:…"):
// the title stops where the info line starts, and the date there is the
// article's. The info line starts at a full date followed by nothing or by
// labels (2024-06-24 来源:…), or at a label with its colon (发布时间:…). On a
// split, `text` keeps the title and `info` gets what the tail says.
bool split_heading_info(std::string& text, PageFacts& info) {
  // A heading is short and no sentence: body text under a title-classed
  // element is never split.
  if (text.size() > kMaxHeadingBytes || contains_word(text, "。")) return false;
  const std::string_view t = text;
  int chars = 0;
  bool after_digit = false;
  for (std::size_t at = 0; at < t.size(); ++chars) {
    std::size_t next = at;
    const char32_t c = fold_width(next_code_point(t, next));
    const bool digit = c >= U'0' && c <= U'9';
    if (chars >= kMinTitleChars && c != U' ') {
      const std::string_view tail = t.substr(at);
      PageFacts said;
      bool split = false;
      std::size_t end = 0;
      if (digit && !after_digit) {
        if (auto when = leading_date(tail, &end)) {
          const std::string_view rest = trim_spaces(tail.substr(end));
          if (rest.empty() || read_info_line(rest, said)) {
            split = true;
            said.published = std::move(when);  // the leading date, whatever a label said later
          }
        }
      } else if (!digit) {
        split = read_info_line(tail, said) || is_heading_widget(tail);
      }
      const std::string_view head = trim_spaces(t.substr(0, at));
      if (split && count_chars(head) >= kMinTitleChars) {
        info = std::move(said);
        text = std::string(head);
        return true;
      }
    }
    after_digit = digit;
    at = next;
  }
  return false;
}

}  // namespace tongbao::detail
