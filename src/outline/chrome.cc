#include "outline/chrome.h"

#include "scan/find_word.h"
#include "scan/byte_scan.h"
#include "outline/lexicon.h"
#include "text/chars.h"
#include "text/dates.h"
#include "text/markers.h"
#include "text/spaced_words.h"
#include "text/utf8.h"
#include "scan/word_set.h"

namespace tongbao::detail {
namespace {

// Chrome lines are short; a long line is somebody's prose.
constexpr int kMaxChromeChars = 160;
// A column's name is this short (通知公告, 巡察整改公开); a title is longer.
constexpr int kMaxColumnStepChars = 8;

bool is_bullet(char32_t c) {
  return c == U'•' || c == U'·' || c == U'●' || c == U'■' || c == U'◆' || c == U'▪' || c == U'*' ||
         c == U'-' || c == U' ' || c == U'|' || c == U'【' || c == U'[';
}

// Byte offset past leading bullets and spaces, the border of a table row
// (| 成文日期 | …) and an opening bracket (【时间:…】).
std::size_t skip_bullets(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t next = i;
    if (!is_bullet(next_code_point(s, next))) break;
    i = next;
  }
  return i;
}

// contains_word, not find: find stops at every E3 (、。 and 《》 share it).
bool has_sentence_stop(std::string_view s) { return contains_word(s, "。"); }

int count_breadcrumb_separators(std::string_view s) {
  int n = 0;
  for (std::size_t i = 0; i < s.size();) {
    const char32_t c = next_code_point(s, i);
    n += is_navigation_arrow(c);
  }
  return n;
}

// A line made only of widget words (分享 打印 字号 大 中 小 …) and spacing.
bool only_widget_words(std::string_view shadow) {
  std::size_t i = 0;
  bool any = false;
  while (i < shadow.size()) {
    if (shadow[i] == ' ') {
      ++i;
      continue;
    }
    bool matched = false;
    for (std::string_view w : lexicon::widget_words()) {
      if (starts_with(shadow.substr(i), w)) {  // inline, last byte first: most lines fail at once
        i += w.size();
        matched = any = true;
        break;
      }
    }
    if (!matched) return false;
  }
  return any;
}

// After a key such as 来源: the value runs to the next key or a wide gap.
std::string_view value_after(std::string_view text, std::size_t key_end) {
  std::size_t i = key_end;
  while (i < text.size() && text[i] == ' ') ++i;
  i = past_label_gloss(text, i);
  while (i < text.size()) {  // skip the colon and spaces
    std::size_t next = i;
    const char32_t c = fold_width(next_code_point(text, next));
    if (c != U':' && c != U'∶' && c != U' ') break;
    i = next;
  }
  std::size_t end = i;
  while (end < text.size()) {
    std::size_t next = end;
    const char32_t c = next_code_point(text, next);
    if (c == U' ' || c == U'|' || c == U'丨' || c == U'【' || c == U'[') break;
    end = next;
  }
  return trim_ascii_spaces(text.substr(i, end - i));
}

// The cell after a table key: `文件名称 | X |`, `标题: X`; what stands up to
// the next cell's bar.
std::string_view table_cell_after(std::string_view text, std::size_t key_end) {
  std::size_t i = key_end;
  while (i < text.size()) {  // the colon, the bar and spaces between key and value
    std::size_t next = i;
    const char32_t c = fold_width(next_code_point(text, next));
    if (c != U':' && c != U'∶' && c != U' ' && c != U'|' && c != U'丨') break;
    i = next;
  }
  std::size_t end = i;
  while (end < text.size()) {
    std::size_t next = end;
    const char32_t c = next_code_point(text, next);
    if (c == U'|' || c == U'丨') break;
    end = next;
  }
  return trim_ascii_spaces(text.substr(i, end - i));
}

bool read_char(std::string_view s, std::size_t& i, std::initializer_list<char32_t> accepted) {
  if (i >= s.size()) return false;
  std::size_t next = i;
  const char32_t c = fold_width(next_code_point(s, next));
  for (char32_t a : accepted) {
    if (c == a) {
      i = next;
      return true;
    }
  }
  return false;
}

bool is_pinyin_letter(char32_t c) {
  if (c >= 'a' && c <= 'z') return true;
  switch (c) {
    case U'ā': case U'á': case U'ǎ': case U'à': case U'ē': case U'é': case U'ě': case U'è':
    case U'ī': case U'í': case U'ǐ': case U'ì': case U'ō': case U'ó': case U'ǒ': case U'ò':
    case U'ū': case U'ú': case U'ǔ': case U'ù': case U'ǖ': case U'ǘ': case U'ǚ': case U'ǜ': case U'ü':
      return true;
    default:
      return false;
  }
}

// A label glossed in English before its colon (日期 Date：…, 来源 Source：…).
bool opens_glossed_label(std::string_view s) {
  for (const InfoLabel& l : info_labels()) {
    if (l.place != InfoPlace::Line || !s.starts_with(l.label)) continue;
    std::size_t i = l.label.size();
    while (i < s.size() && s[i] == ' ') ++i;
    if (past_label_gloss(s, i) != i) return true;
  }
  return false;
}

// A label of a few characters and its colon at the start (发布人:).
bool starts_with_short_label(std::string_view s) {
  constexpr int kMaxLabelChars = 4;
  std::size_t i = 0;
  for (int n = 0; n <= kMaxLabelChars && i < s.size(); ++n) {
    const char32_t c = fold_width(next_code_point(s, i));
    if (c == U':' || c == U'∶') return n > 0;
    if (c == U' ') return false;
  }
  return false;
}

// A byline of short pieces parted by a middle dot with spaces around it,
// one of them a whole date (某市纪委监委网站 · 2024年1月9日 · 阅读 2318, as
// Markdown extractors and media platforms write it): the date, or nullopt.
// A title or a sentence is not set so; a table's row (| 2024-06-05 | 首次
// 转录 |) parts its cells with bars, and is no byline.
std::optional<std::string> byline_date(std::string_view s) {
  constexpr int kMaxPieceChars = 16;
  constexpr int kMaxPieces = 5;
  // Every header line is asked: a long one, or one without a middle dot
  // (most), is none, and is passed at once.
  constexpr std::size_t kMaxBylineBytes = kMaxPieces * (kMaxPieceChars * 3 + 4);
  if (s.size() > kMaxBylineBytes ||
      (s.find("\xC2\xB7") == std::string_view::npos && s.find("\xE3\x83\xBB") == std::string_view::npos)) {
    return std::nullopt;
  }
  std::optional<std::string> date;
  int pieces = 0;
  std::size_t start = 0;
  for (;;) {
    std::size_t cut = std::string_view::npos, width = 0;
    for (std::string_view mark : {std::string_view(" · "), std::string_view(" ・ ")}) {
      const std::size_t at = s.find(mark, start);
      if (at < cut) {
        cut = at;
        width = mark.size();
      }
    }
    const std::string_view piece = trim_ascii_spaces(s.substr(start, cut == std::string_view::npos ? cut : cut - start));
    if (piece.empty() || count_chars(piece) > kMaxPieceChars || ++pieces > kMaxPieces) return std::nullopt;
    if (auto when = first_timestamp(piece); when && when->begin == 0 && when->end == piece.size()) {
      if (date) return std::nullopt;  // two dates: a list's line
      date = std::move(when->value);
    }
    if (cut == std::string_view::npos) break;
    start = cut + width;
  }
  return pieces >= 2 ? date : std::nullopt;
}

}  // namespace

// A line that opens with the minute something happened to the page, then
// words without a comma or full stop: a browser's header on each printed
// page (2024/6/3 上午10:15 中共某局党组关于…-某县人民政府…, the print time
// and the <title>), or a byline (2024-07-16 17:02 浙江, 2024年05月31日 10:21
// 某某纪检监察). No title or sentence starts with a clock time; an info
// line's labels after the date (2024-06-24 16:38 来源:…) are read before.
// Where the words after the opening date and clock time begin, or 0 when
// the line is not so opened.
std::size_t after_clock_time(std::string_view s) {
  // Most lines fail at once: the line opens with a year (2024/6/3, 2024-07-16,
  // 2024年05月31日) and a clock's colon stands within its first words.
  constexpr std::size_t kYearDigits = 4, kClockWithin = 40;
  if (s.size() < kYearDigits) return 0;
  for (std::size_t i = 0; i < kYearDigits; ++i) {
    if (s[i] < '0' || s[i] > '9') return 0;
  }
  if (s.substr(0, kClockWithin).find(':') == std::string_view::npos) return 0;
  const auto stamp = first_timestamp(s);
  if (!stamp || stamp->begin != 0) return 0;
  std::size_t i = stamp->end;
  if (stamp->value.size() == 10) {  // the time was not read with the date: 上午10:15
    while (i < s.size() && s[i] == ' ') ++i;
    for (std::string_view half : {std::string_view("上午"), std::string_view("下午")}) {
      if (s.substr(i).starts_with(half)) i += half.size();
    }
    const std::size_t hour = i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
    if (i == hour || i - hour > 2 || i >= s.size() || s[i] != ':') return 0;
    const std::size_t minute = ++i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
    if (i - minute != 2) return 0;
  }
  if (i >= s.size() || s[i] != ' ') return 0;
  while (i < s.size() && s[i] == ' ') ++i;
  const std::string_view rest = s.substr(i);
  if (rest.empty() || rest.find("，") != std::string_view::npos || rest.find("。") != std::string_view::npos ||
      rest.find(',') != std::string_view::npos) {
    return 0;
  }
  return i;
}

std::optional<std::string> published_value(std::string_view text, std::string_view shadow, int* key_index,
                                           int stronger_than) {
  const auto keys = lexicon::published_keys();
  const auto ranks = lexicon::published_key_ranks();
  for (std::size_t k = 0; k < keys.size(); ++k) {
    const std::string_view key = keys[k];
    const int rank = ranks[k];
    if (rank >= stronger_than) break;  // the keys come strongest first
    std::size_t pos = shadow.find(key);
    while (pos != std::string_view::npos && lexicon::ends_other_times_label(shadow, pos + key.size())) {
      pos = shadow.find(key, pos + key.size());
    }
    if (pos == std::string_view::npos) continue;
    const std::string_view value = text.substr(pos + key.size());
    if (key_index) *key_index = rank;
    // A scraper's or a feed's time in UTC (Published Time: 2024-09-11T17:20:00Z)
    // is the page's in China's time, as a <meta> tag's is.
    if (auto when = first_timestamp(value)) return in_china_time(value, *when);
    // 2025-04-274月24日下午: the body glued to the date.
    std::size_t i = 0;
    while (i < value.size()) {
      std::size_t next = i;
      const char32_t c = fold_width(next_code_point(value, next));
      if (c != U':' && c != U'∶' && c != U' ') break;
      i = next;
    }
    if (auto when = padded_date_at(value.substr(i))) return std::move(when->value);
  }
  if (key_index) *key_index = -1;
  return std::nullopt;
}

std::string strip_conversion_artifacts(std::string_view text) {
  if (text.find('(') == std::string_view::npos) return std::string(text);
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  bool after_cjk = false;
  while (i < text.size()) {
    if (text[i] == '(' && after_cjk) {
      // (fā): one to six pinyin letters, at least one with a tone mark.
      std::size_t j = i + 1;
      int letters = 0;
      bool tone = false;
      while (j < text.size() && letters <= 6) {
        std::size_t next = j;
        const char32_t c = next_code_point(text, next);
        if (!is_pinyin_letter(c)) break;
        tone = tone || c > 0x7F;
        ++letters;
        j = next;
      }
      if (tone && letters >= 1 && j < text.size() && text[j] == ')') {
        i = j + 1;
        continue;
      }
    }
    const std::size_t start = i;
    const char32_t c = next_code_point(text, i);
    after_cjk = c >= 0x3400 && c <= 0x9FFF;
    out.append(text.substr(start, i - start));
  }
  return out;
}

// The heading over readers' comments: short, ending in 评论 or 留言 with
// their count in brackets after it or not (新浪网友评论 （共3条）, 全部评论(3)),
// or opening with the count (1 条评论 到 “…”, as WordPress writes it).
bool is_comments_heading(std::string_view line) {
  constexpr int kMaxCommentsHeadingChars = 12;
  std::size_t digits = 0;
  while (digits < line.size() && line[digits] >= '0' && line[digits] <= '9') ++digits;
  if (digits > 0 && trim_ascii_spaces(line.substr(digits)).starts_with("条评论")) return true;
  std::string_view words = line;
  const std::size_t bracket = std::min(words.find('('), words.find("（"));
  if (bracket != std::string_view::npos && bracket > 0) {
    const std::string_view count = words.substr(bracket);
    if (std::none_of(count.begin(), count.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;
    words = trim_ascii_spaces(words.substr(0, bracket));
  }
  // The cheap tests first: this runs on every short line of a page.
  return lexicon::ends_with_any(words, lexicon::comment_heading_endings()) &&
         count_chars(words) <= kMaxCommentsHeadingChars && !match_marker(line);  // 二、群众留言: a unit
}

bool may_be_breadcrumb(std::string_view text) {
  return count_breadcrumb_separators(text) > 0 || lexicon::starts_with_any(text, lexicon::breadcrumb_prefixes());
}

ChromeKind classify_chrome(std::string_view text, std::string_view shadow) {
  const std::size_t lead = skip_bullets(shadow);
  const std::string_view s = shadow.substr(lead);
  if (s.empty()) return ChromeKind::Widget;
  if (count_chars(s) > kMaxChromeChars) return ChromeKind::None;
  if ((starts_with(s, "http://") || starts_with(s, "https://") || starts_with(s, "www.")) &&
      s.find(' ') == std::string_view::npos) {
    return ChromeKind::SiteLine;
  }
  static const WordSet footer_phrases{lexicon::footer_phrases()};
  static const WordSet disclaimer_phrases{lexicon::disclaimer_phrases()};
  const bool sentence = has_sentence_stop(s);
  if (!sentence && footer_phrases.found_in(s)) return ChromeKind::Footer;
  {
    std::string_view bare = trim_ascii_spaces(s);
    for (std::string_view colon : {std::string_view("："), std::string_view(":")}) {
      if (bare.ends_with(colon)) bare.remove_suffix(colon.size());
    }
    for (std::string_view heading : lexicon::related_list_headings()) {
      if (bare == heading) return ChromeKind::Footer;
    }
    if (is_comments_heading(bare)) return ChromeKind::Footer;
  }
  if (sentence && disclaimer_phrases.found_in(s)) return ChromeKind::Footer;
  // 鹿鸣县人民政府 · 通知公告: the site's name and its column, as a text dump
  // of the page's header sets them.
  for (std::string_view dot : {std::string_view(" · "), std::string_view(" ・ ")}) {
    const std::size_t at = s.find(dot);
    if (at == std::string_view::npos || sentence) continue;
    constexpr int kMaxColumnChars = 8;
    const std::string_view site = trim_ascii_spaces(s.substr(0, at)), column = trim_ascii_spaces(s.substr(at + dot.size()));
    if ((lexicon::ends_with_any(site, lexicon::organisation_suffixes()) ||
         lexicon::ends_with_any(site, lexicon::site_name_endings())) &&
        count_chars(column) <= kMaxColumnChars && !contains_word(column, "关于") && column.find(' ') == std::string_view::npos) {
      return ChromeKind::SiteLine;
    }
  }
  if (lexicon::starts_with_any(s, lexicon::breadcrumb_prefixes())) {
    // 栏目：审计公告　发布日期：2024-10-16: the column's name, then an info
    // line's keys: the line dates the page.
    if (!sentence && published_value(s, s)) return ChromeKind::InfoLine;
    return ChromeKind::Breadcrumb;
  }
  if (is_edition_label(s)) return ChromeKind::Widget;
  // A chain of two steps or more (首页 > 政务公开 > …, -> 要闻 -> …), whatever
  // stands before it: no title or sentence is written that way. Markup left
  // in a line (<div class=…>) is not a chain.
  if (!sentence && s.find('<') == std::string_view::npos && count_breadcrumb_separators(s) >= 2) {
    return ChromeKind::Breadcrumb;
  }
  // 首页 > 通知公告: one step from the home page to a column's short name. A
  // breadcrumb whose one step is the title (首页 > 某局党组关于…的通报) is
  // the title's line.
  if (!sentence && starts_with(s, "首页") && count_breadcrumb_separators(s) == 1) {
    std::size_t after = 0;
    for (std::size_t i = 0; i < s.size();) {
      if (is_navigation_arrow(next_code_point(s, i))) after = i;
    }
    if (count_chars(trim_ascii_spaces(s.substr(after))) <= kMaxColumnStepChars) return ChromeKind::Breadcrumb;
  }
  if (!sentence) {
    for (std::string_view key : lexicon::info_table_keys()) {
      std::size_t i = spaced_prefix_length(s, key);
      if (i == 0) continue;
      if (i == s.size() || read_char(s, i, {U':'})) return ChromeKind::InfoTable;
      while (i < s.size() && s[i] == ' ') ++i;
      if (i < s.size() && s[i] == '|') return ChromeKind::InfoTable;  // a table row: | 索引号 | … |
    }
    if (lexicon::starts_with_any(s, lexicon::info_line_keys()) || opens_glossed_label(s)) return ChromeKind::InfoLine;
    // 发布人:admin 发布时间:2020/6/22: a label the lexicon does not know,
    // then a published key and its date.
    if (starts_with_short_label(s) && published_value(s, s)) return ChromeKind::InfoLine;
    // 2024-06-24 16:38 来源:… — the keys may follow a bare date.
    const auto stamp = first_timestamp(s);
    if (stamp && stamp->end <= 24 && lexicon::contains_any(s, lexicon::info_line_keys())) {
      return ChromeKind::InfoLine;
    }
    if (only_widget_words(s)) return ChromeKind::Widget;
    if (byline_date(s)) return ChromeKind::InfoLine;
    if (after_clock_time(s) > 0) return ChromeKind::Widget;
  }
  (void)text;
  return ChromeKind::None;
}

void read_chrome_facts(ChromeKind kind, std::string_view text, std::string_view shadow, PageFacts& facts) {
  const std::size_t lead = skip_bullets(shadow);
  text = text.substr(lead);
  shadow = shadow.substr(lead);
  switch (kind) {
    case ChromeKind::SiteLine:
      if (!facts.site) facts.site = std::string(text);
      break;
    case ChromeKind::Breadcrumb: {
      if (!facts.breadcrumb.empty()) break;
      std::size_t begin = 0;
      if (lexicon::starts_with_any(shadow, lexicon::breadcrumb_prefixes())) {  // drop 当前位置:
        std::size_t colon = text.find(':');
        std::size_t wide = text.find("：");
        if (wide != std::string_view::npos && (colon == std::string_view::npos || wide < colon)) colon = wide + 2;
        begin = colon == std::string_view::npos ? 0 : colon + 1;
      }
      std::size_t i = begin, start = begin;
      auto flush = [&](std::size_t end) {
        std::string_view step = trim_ascii_spaces(text.substr(start, end - start));
        if (!step.empty()) facts.breadcrumb.emplace_back(step);
      };
      while (i < text.size()) {
        const std::size_t at = i;
        const char32_t c = next_code_point(text, i);
        if (is_breadcrumb_separator(c)) {
          flush(at);
          start = i;
        }
      }
      flush(text.size());
      if (auto date = take_crumb_date(facts.breadcrumb); date && !facts.fallback_published) {
        facts.fallback_published = std::move(date);
      }
      break;
    }
    case ChromeKind::Widget:
      // A print header's words after the time are the page's <title>.
      if (const std::size_t words = after_clock_time(text); words > 0 && !facts.title) {
        facts.title = std::string(trim_ascii_spaces(text.substr(words)));
      }
      break;
    case ChromeKind::InfoLine: {
      if (facts.published && facts.published_key > 0) {
        // 发文日期 on one line and 发布日期 on the next: the stronger label's date.
        int key = -1;
        if (auto stronger = published_value(text, shadow, &key, facts.published_key)) {
          facts.published = std::move(stronger);
          facts.published_key = key;
        }
      }
      if (!facts.published) {
        facts.published = published_value(text, shadow, &facts.published_key);
        if (!facts.published) {
          // 2024-06-24 16:38 来源:…, or 来源:某某网 2024-08-29 after the source:
          // the one date of a line that names where the page came from.
          const bool names_origin = lexicon::contains_any(shadow, lexicon::origin_keys());
          if (auto when = first_timestamp(text); when && (when->end <= 24 || names_origin)) {
            facts.published = std::move(when->value);
          } else if (auto date = byline_date(text)) {
            facts.published = std::move(date);
          }
        }
      }
      if (!facts.origin) {
        for (std::string_view key : lexicon::origin_keys()) {
          const std::size_t pos = shadow.find(key);
          if (pos == std::string_view::npos) continue;
          std::string_view value = value_after(text, pos + key.size());
          if (!value.empty()) facts.origin = std::string(value);
          break;
        }
      }
      break;
    }
    case ChromeKind::InfoTable: {
      // A later row's stronger key (公开日期 after 成文日期) replaces what a
      // weaker one gave; a date from elsewhere stays.
      const auto keys = lexicon::table_date_keys();
      const int weakest = facts.fallback_published_key >= 0 ? facts.fallback_published_key
                          : facts.fallback_published      ? -1
                                                          : static_cast<int>(keys.size());
      for (int k = 0; k < weakest; ++k) {
        const std::size_t pos = shadow.find(keys[static_cast<std::size_t>(k)]);
        if (pos == std::string_view::npos) continue;
        if (auto when = first_timestamp(text.substr(pos + keys[static_cast<std::size_t>(k)].size()))) {
          facts.fallback_published = std::move(when->value);
          facts.fallback_published_key = k;
          break;
        }
      }
      // 发布机构：… 发布时间：… 点击量：…: a table's key may open a row of the
      // info line's labels, whose date label then dates the page.
      if (!facts.published && !facts.fallback_published) {
        facts.published = published_value(text, shadow, &facts.published_key);
      }
      if (!facts.title) {
        for (std::string_view key : lexicon::table_title_keys()) {
          const std::size_t pos = shadow.find(key);
          if (pos == std::string_view::npos) continue;
          const std::string_view value = table_cell_after(text, pos + key.size());
          if (!value.empty()) facts.title = std::string(value);
          break;
        }
      }
      break;
    }
    default:
      break;
  }
}

}  // namespace tongbao::detail
