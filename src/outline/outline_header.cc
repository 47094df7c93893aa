// outline_header.cc - the header of a notice: chrome lines, the title (on
// one line or two, after an issuer line or a column name, or a headline for
// a page that is no notice) and its repetitions, and the dates header lines
// give the page. The OutlineBuilder's member functions of the header zone.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "blocks/page_labels.h"
#include "outline/chrome.h"
#include "outline/headline.h"
#include "outline/lexicon.h"
#include "outline/markers.h"
#include "outline/outline_builder.h"
#include "scan/find_word.h"
#include "text/chars.h"
#include "text/dates.h"
#include "text/numerals.h"
#include "text/utf8.h"

namespace tongbao::detail {
using namespace std::string_view_literals;
namespace {

// A title is at most this long (without its bullets and subtitle).
constexpr int kMaxTitleChars = 120;

// Prose has at least this many characters (and a 。).
constexpr int kMinProseChars = 40;
// A header line this short without 关于 may be the column's name.
constexpr int kMaxColumnNameChars = 6;
// The rest of a title that wrapping at a fixed width carried to the next
// line (展情况的通报) is no longer than this.
constexpr int kMaxWrappedTitleRestChars = 12;
// The second line of a title set in two lines by hand: a title's length.
constexpr int kMaxSetTitleRestChars = 30;
// A site's name after a bare hyphen at a title's end is no longer than this.
constexpr int kMaxHyphenSiteChars = 16;
// A header with this many lines that are each a title and its date is a
// column's list of articles.
// A menu line has this many words or more, none longer than this.
constexpr int kMinMenuWords = 3;
constexpr int kMaxMenuItemChars = 6;
// Header lines are searched this far for the title: this many lines, not
// counting a menu's items set a line each (首页 / 机构概况 / 政务公开 …, as a
// browser's select-all copies a site's menus), up to the hard limit.
constexpr std::size_t kHeaderSearch = 40;
constexpr std::size_t kHeaderSearchWithMenus = 160;
// A heading over a list of articles is a few words (热点信息：).
constexpr std::size_t kMaxListHeadingBytes = 24;
// A header line that dates the page is at most this long; one with a
// timestamp to the minute (a CMS's stamp), longer.
constexpr int kMaxDatedHeaderChars = 40;
constexpr int kMaxStampedHeaderChars = 80;
// A title line this short after an issuer line is the issuer's predicate.
constexpr int kShortPredicateChars = 12;
// A headline and its subtitle: more headline-like lines make a header of
// running text or links.
constexpr std::size_t kMaxHeaderHeadlines = 2;
// Lines that each name an article with its date make a list from two on.
constexpr int kMinListEntries = 2;
// A title repeated beside a date is looked for only when it is this long:
// a short one may be any word.
constexpr int kMinRepeatedTitleChars = 6;
// Bytes/4 of a line that repeats the title with its date: not prose.
constexpr std::size_t kMaxChromeLineChars = 80;

// Strips a date glued to a title (…的通报 (2024-07-26), …的通报2024-07-26).
std::string_view strip_title_date(std::string_view title, std::optional<std::string>& date) {
  for (std::size_t pos = title.size() > 30 ? title.size() - 30 : 0; pos < title.size(); ++pos) {
    const auto b = static_cast<unsigned char>(title[pos]);
    if ((b & 0xC0) == 0x80) continue;
    std::string_view tail = title.substr(pos);
    std::size_t k = 0;
    while (k < tail.size()) {  // allow ( （ [ 【 and spaces before the date
      std::size_t next = k;
      const char32_t c = next_code_point(tail, next);
      if (c != U'(' && c != U'（' && c != U'[' && c != U'【' && c != U' ') break;
      k = next;
    }
    if (k < tail.size() && !(tail[k] >= '0' && tail[k] <= '9')) continue;
    if (auto when = first_timestamp(tail.substr(k))) {
      std::string_view rest = tail.substr(k + when->end);
      std::size_t r = 0;
      bool only_closers = true;
      while (r < rest.size()) {
        const char32_t c = next_code_point(rest, r);
        if (c != U')' && c != U'）' && c != U']' && c != U'】' && c != U' ') only_closers = false;
      }
      if (!only_closers || pos == 0) continue;
      date = std::move(when->value);
      std::string_view head = title.substr(0, pos);
      while (!head.empty() && head.back() == ' ') head.remove_suffix(1);
      return head;
    }
    break;
  }
  return title;
}

// An index table's row kept on the title's line (名称: 关于…的审计工作报告
// 文号: 某审〔2022〕3号, or the key with no value): the title ends where the
// next key starts, after a space. `rest` receives the keys and values cut.
std::string_view strip_next_key(std::string_view title, std::string_view& cut) {
  for (std::size_t space = title.find(' '); space != std::string_view::npos; space = title.find(' ', space + 1)) {
    const std::string_view head = trim_ascii_spaces(title.substr(0, space));
    if (!lexicon::ends_with_any(head, lexicon::title_endings())) continue;
    const std::string_view rest = trim_ascii_spaces(title.substr(space));
    for (const auto keys : {lexicon::info_table_keys(), lexicon::info_line_keys()}) {
      for (std::string_view key : keys) {
        if (!rest.starts_with(key)) continue;
        const std::string_view after = rest.substr(key.size());
        if (after.starts_with(":") || after.starts_with("：")) {
          cut = rest;
          return head;
        }
      }
    }
  }
  return title;
}

// A 文号 run onto the title's line (…整改方案》的通知棠政办发〔2024〕11 号, as
// pdftotext joins the line under a title as wide as the page): the title
// ends before the issuer's prefix, when it ends as a title does there.
std::string_view strip_document_number(std::string_view title) {
  std::string_view s = trim_ascii_spaces(title);
  if (!s.ends_with("号")) return title;
  s.remove_suffix(std::string_view("号").size());
  while (!s.empty() && (s.back() == ' ' || (s.back() >= '0' && s.back() <= '9'))) s.remove_suffix(1);
  for (std::string_view close : {"〕"sv, "]"sv, "］"sv}) {
    if (!s.ends_with(close)) continue;
    s.remove_suffix(close.size());
    const DigitRun year = read_digits(s, s.size() >= 4 ? s.size() - 4 : 0);
    if (year.count != 4 || year.end != s.size()) return title;
    s.remove_suffix(4);
    bool opened = false;
    for (std::string_view open : {"〔"sv, "["sv, "［"sv}) {
      if (s.ends_with(open)) {
        s.remove_suffix(open.size());
        opened = true;
        break;
      }
    }
    if (!opened) return title;
    // The issuer's prefix (棠政办发, 某审报): a few ideographs.
    constexpr int kMaxPrefixChars = 8;
    int chars = 0;
    while (!s.empty() && chars <= kMaxPrefixChars) {
      std::size_t at = s.size();
      if (!is_ideograph(prev_code_point(s, at))) break;
      const std::string_view head = s.substr(0, at);
      if (chars >= 1 && lexicon::ends_with_any(head, lexicon::title_endings())) return trim_ascii_spaces(head);
      s = head;
      ++chars;
    }
    return title;
  }
  return title;
}

// A gazette's issue number before a title (2020年第12号(总第198号)), or 0;
// with the colon an announcement series sets after it (2019年第2号：…).
std::size_t gazette_number_length(std::string_view s) {
  const DigitRun year = read_digits(s, 0);
  if (year.count != 4 || !starts_with(s.substr(year.end), "年第")) return 0;
  const DigitRun issue = read_digits(s, year.end + std::string_view("年第").size());
  if (issue.count == 0 || !starts_with(s.substr(issue.end), "号")) return 0;
  std::size_t end = issue.end + std::string_view("号").size();
  for (std::string_view open : {"(总第"sv, "（总第"sv}) {
    if (!starts_with(s.substr(end), open)) continue;
    const DigitRun total = read_digits(s, end + open.size());
    for (std::string_view close : {"号)"sv, "号）"sv}) {
      if (total.count > 0 && starts_with(s.substr(total.end), close)) end = total.end + close.size();
    }
  }
  for (std::string_view colon : {"："sv, ":"sv}) {
    if (starts_with(s.substr(end), colon)) return end + colon.size();
  }
  return end;
}

// A title set whole in brackets (【某局关于…的通报】, 《某局关于…的通报》),
// as some templates and reposts frame it: the brackets are no part of it.
std::string_view without_enclosing_brackets(std::string_view s) {
  static constexpr std::pair<std::string_view, std::string_view> kPairs[] = {{"【", "】"}, {"《", "》"}, {"[", "]"}};
  const std::string_view t = trim_ascii_spaces(s);
  for (const auto& [open, close] : kPairs) {
    if (!t.starts_with(open) || !t.ends_with(close) || t.size() <= open.size() + close.size()) continue;
    const std::string_view inside = t.substr(open.size(), t.size() - open.size() - close.size());
    // 《A》和《B》 is two names, not one in brackets.
    if (inside.find(open) != std::string_view::npos || inside.find(close) != std::string_view::npos) continue;
    return inside;
  }
  return s;
}

// A subtitle's dashes (——) taken off its front.
std::string_view without_leading_dashes(std::string_view s) {
  while (s.starts_with("—")) s.remove_prefix(std::string_view("—").size());
  return s;
}

// Whether `s` is a short name a page puts before a title (a column's,
// a site's): ideographs only, at most `max_chars` of them.
bool is_short_name(std::string_view s, int max_chars) {
  if (s.empty()) return false;
  int chars = 0;
  for (std::size_t k = 0; k < s.size();) {
    if (!is_ideograph(next_code_point(s, k)) || ++chars > max_chars) return false;
  }
  return true;
}

// A notice's own title with its issuer: 关于 after the issuer's name, and a
// notice's ending (中共某局党组关于…的通报).
bool names_issuer_and_notice(std::string_view title) {
  const std::size_t about = title.find("关于");
  return about != std::string_view::npos && about > 0 && lexicon::ends_with_any(title, lexicon::notice_endings());
}

// What pages put before a title: list bullets and dashes, a bracketed
// column (【巡察整改】), a label (标题：), a gazette's issue number. A
// column's name before a colon (本级巡察整改:…) stays: the shared corpus
// keeps it as part of the title.
std::string_view strip_bullets(std::string_view s) {
  for (;;) {
    std::size_t i = 0;
    if (s.empty()) return s;
    const char32_t c = next_code_point(s, i);
    // A symbol set before it for show (● ■ ◆ ▶ ★ 📢: chars.h's decoration),
    // a list's dot or dash.
    if (is_decoration(c) || c == U'•' || c == U'·' || c == U' ' || c == U'-') {
      s.remove_prefix(i);
      continue;
    }
    constexpr int kMaxColumnChars = 11;
    if (c == U'【') {
      const std::size_t column = bracketed_word_length(s, kMaxColumnChars);
      if (column == 0 || column >= s.size()) return s;
      s.remove_prefix(column);
      continue;
    }
    if (c == U'[') {  // [巡察整改]: the same column in the brackets a template had
      const std::size_t close = s.find(']');
      if (close == std::string_view::npos || close + 1 >= s.size()) return s;
      if (!is_short_name(s.substr(1, close - 1), kMaxColumnChars)) return s;
      s.remove_prefix(close + 1);
      continue;
    }
    if (const std::size_t label = lexicon::title_label_length(s)) {
      s.remove_prefix(label);
      continue;
    }
    if (starts_with(s, "首页")) {  // 首页 > 栏目 > the title: the last step is the title
      std::size_t after = 0;
      for (std::size_t k = 0; k < s.size();) {
        const char32_t d = next_code_point(s, k);
        if (is_navigation_arrow(d)) after = k;
      }
      if (after == 0 || after >= s.size()) return s;
      s.remove_prefix(after);
      continue;
    }
    if (const std::size_t number = gazette_number_length(s)) {
      s.remove_prefix(number);
      continue;
    }
    // 巡察整改-中共某委员会关于…的通报: a column's name and a hyphen before
    // a title that names its issuer.
    if (const std::size_t dash = s.find('-'); dash != std::string_view::npos && dash > 0) {
      const std::string_view rest = s.substr(dash + 1);
      if (is_short_name(s.substr(0, dash), kMaxColumnChars) && names_issuer_and_notice(rest)) {
        s = rest;
        continue;
      }
    }
    return s;
  }
}

// A title's English translation after it on its line, as bilingual sites
// set it (…整改进展情况的通报 Progress Report of the CPC Committee …): the
// line's ASCII end, set off by a space, of at least three words and
// little else (not a table row's address and times: …/t20240726.html).
std::string_view strip_translation(std::string_view s) {
  std::size_t start = s.size();
  while (start > 0 && static_cast<unsigned char>(s[start - 1]) < 0x80) --start;
  if (start == 0 || start == s.size() || s[start] != ' ') return s;
  constexpr int kMinWords = 3;
  int words = 0, letters = 0, all_letters = 0, others = 0;
  for (std::size_t k = start; k <= s.size(); ++k) {
    const char c = k < s.size() ? s[k] : ' ';
    if (is_ascii_letter(static_cast<unsigned char>(c))) {
      ++letters;
      ++all_letters;
      continue;
    }
    if (c == '/' || c == '_' || c == '=' || c == '@') return s;
    if (c != ' ') ++others;
    if (letters >= 2) ++words;
    letters = 0;
  }
  return words >= kMinWords && all_letters >= 4 * others ? s.substr(0, start) : s;
}

// A title's subtitle after a dash (——2023年4月在…会议上) is not the
// title, nor is the table border a crawler kept (… |), nor a translation.
std::string_view trim_border(std::string_view s) {
  s = strip_translation(s);
  while (!s.empty() && (s.back() == ' ' || s.back() == '|')) s.remove_suffix(1);
  return s;
}

std::string_view strip_subtitle(std::string_view s) {
  const std::size_t dash = s.find("——");
  if (dash != std::string_view::npos && dash > 0) s = s.substr(0, dash);
  return trim_border(s);
}

// What a dash after a title may add that is not the title's: the occasion a
// report was given on (——2023年4月在…会议上, ——在全市…会议上的讲话) or the
// site's name (——某某网). A subtitle that says what the article is about
// (抓好整改落实——从某省整改情况看…, 巡察公告——十三届市委第一轮巡察) is
// part of the title as the page sets it on one line.
std::string_view strip_occasion(std::string_view s) {
  const std::size_t dash = s.find("——");
  if (dash == std::string_view::npos || dash == 0) return trim_border(s);
  std::string_view rest = s.substr(dash);
  while (rest.starts_with("—")) rest.remove_prefix(std::string_view("—").size());
  rest = trim_ascii_spaces(rest);
  const bool occasion = rest.empty() || (rest.front() >= '0' && rest.front() <= '9') || rest.starts_with("二〇") ||
                        rest.starts_with("在") || contains_word(rest, "会议上") ||
                        lexicon::ends_with_any(rest, lexicon::site_name_endings());
  return occasion ? strip_subtitle(s) : trim_border(s);
}

// Whether each round bracket of `s` closes one opened before it, and all close.
bool brackets_balance(std::string_view s) {
  int open = 0;
  for (std::size_t i = 0; i < s.size();) {
    const char32_t c = fold_width(next_code_point(s, i));
    if (c == '(') ++open;
    if (c == ')' && --open < 0) return false;
  }
  return open == 0;
}

// A site's menu (首页 关于我们 新闻中心 … 信息公开, English | 校内门户 | 信息公开,
// 诉讼服务热线：12368  网上立案  裁判文书  执行信息公开): words parted by
// spaces or bars, three or more of them no longer than a menu's item (six
// ideographs; a Latin letter counts half), and hardly any longer. A title
// with spaces in it has long words (某局党组 关于 巡察整改的通报).
bool is_menu_line(std::string_view s) {
  int words = 0, short_words = 0, word = 0;  // word lengths in half places
  auto end_word = [&] {
    if (word == 0) return;
    ++words;
    short_words += word <= 2 * kMaxMenuItemChars;
    word = 0;
  };
  for (std::size_t i = 0; i < s.size();) {
    const char32_t c = next_code_point(s, i);
    if (c == ' ' || c == '|' || c == U'｜' || c == U'丨' || c == U'\u3000') {
      end_word();
      continue;
    }
    word += c < 0x80 ? 1 : 2;
  }
  end_word();
  return short_words >= kMinMenuWords && 4 * short_words >= 3 * words;
}

bool looks_like_title(std::string_view text, std::string_view shadow) {
  // A subtitle (——在…会议上的工作报告) names the occasion of the title above it.
  if (text.starts_with("——")) return false;
  text = strip_subtitle(strip_bullets(text));
  shadow = strip_subtitle(strip_bullets(shadow));
  const int chars = count_chars(text);
  if (chars < 4 || chars > kMaxTitleChars) return false;
  if (is_menu_line(text)) return false;
  if (text.find("。") != std::string_view::npos) return false;
  if (text.ends_with("…")) return false;  // an excerpt trails off (……); a title does not
  // Headlines shout; notices do not (处罚5569人!…).
  for (std::string_view mark : {"!", "！", "?", "？"}) {
    if (text.find(mark) != std::string_view::npos) return false;
  }
  if (match_marker(text)) return false;
  if (reads_as_heading_rest(text)) return false;  // a passage cut inside a problem's heading
  // A line broken inside brackets (20211230日公告), the rest of (2021年…) is a
  // fragment of one, not a title.
  if (!brackets_balance(text)) return false;
  std::optional<std::string> ignored;
  std::string_view bare = strip_title_date(shadow, ignored);
  while (!bare.empty() && (bare.back() == ' ' || bare.back() == ')')) bare.remove_suffix(1);
  if (lexicon::is_disclosure_banner(bare)) return false;  // 某某区人民政府信息公开
  if (lexicon::ends_with_any(bare, lexicon::title_endings())) return true;
  return bare.find("关于") != std::string_view::npos &&
         (bare.find("整改") != std::string_view::npos || bare.find("巡视") != std::string_view::npos ||
          bare.find("巡察") != std::string_view::npos || bare.find("审计") != std::string_view::npos);
}

// Whether `s` holds a mark that ends or divides a clause (，, 。 、 ： ；).
bool has_clause_mark(std::string_view s) {
  for (std::string_view mark : {","sv, "，"sv, "。"sv, "、"sv, "："sv, ":"sv, "；"sv, ";"sv}) {
    if (s.find(mark) != std::string_view::npos) return true;
  }
  return false;
}

// Prose that opens a notice's own text: 根据…, 按照… with an inspection word.
bool looks_like_notice_prose(std::string_view shadow) {
  if (!lexicon::starts_with_any(shadow, lexicon::preamble_openers())) return false;
  return contains_word(shadow, "巡视") || contains_word(shadow, "巡察") || contains_word(shadow, "审计") || contains_word(shadow, "整改");
}

}  // namespace

bool OutlineBuilder::looks_like_notice_prose_at(std::size_t i) const {
  static const std::size_t opener_bytes = longest(lexicon::preamble_openers());
  if (!lexicon::starts_with_any(shadow_view(i, opener_bytes), lexicon::preamble_openers())) return false;
  return looks_like_notice_prose(shadow_of(i));
}

namespace {
// Whether a title says it is a notice at all: 关于 in it, or a notice's
// ending (…的通报). A page's other title may replace only one that does not.
bool names_a_notice(std::string_view title) {
  return contains_word(title, "关于") || lexicon::ends_with_any(title, lexicon::notice_endings());
}
}  // namespace

std::size_t OutlineBuilder::read_header() {
  std::size_t limit = 0;
  bool in_article_list = false;  // under 热点信息: its numbered entries are no units
  std::vector<std::size_t> article_list_entries;
  std::size_t menu_items = 0;  // lines of a menu set a line per item, not counted against kHeaderSearch
  for (; limit < blocks_.size() && limit < kHeaderSearch + menu_items && limit < kHeaderSearchWithMenus; ++limit) {
    if (count_chars(blocks_[limit].text) <= kMaxMenuItemChars && !has_clause_mark(blocks_[limit].text) &&
        !leading_marker(limit)) {
      ++menu_items;
    }
    // A line without a single clause mark (今年中央首轮巡视 整改情况集中公布)
    // is a heading, however it opens: prose has commas or full stops.
    // An editor's note (编者按：…予以刊发。) may stand between a repost's
    // headline and the notice's own title.
    if (lexicon::starts_with_any(shadow_of(limit), lexicon::editor_notes())) continue;
    const std::string_view text = blocks_[limit].text;
    if (text.size() <= kMaxListHeadingBytes && lexicon::is_article_list_heading(shadow_of(limit))) {
      in_article_list = true;
      continue;
    }
    if (in_article_list && leading_marker(limit) && leading_marker(limit)->kind == NodeKind::Item &&
        !has_clause_mark(text) && count_chars(text) <= kMaxTitleChars) {
      article_list_entries.push_back(limit);
      continue;
    }
    in_article_list = false;
    if (leading_marker(limit) || (looks_like_prose(limit) && has_clause_mark(text))) break;
  }
  // A column's list of articles saved as text: lines of the header that are
  // each a title with its date after it. Such a page has no title of its own.
  auto lists_article = [&](std::size_t i) {
    std::optional<std::string> date;
    const std::string_view rest = strip_title_date(shadow_of(i), date);
    return date && looks_like_title(rest, rest);
  };
  int listed = 0;
  for (std::size_t i = 0; i < limit && listed < kMinListedArticles; ++i) listed += lists_article(i);
  const bool article_list = listed >= kMinListedArticles;
  // Two lines or more of a header that each name an article with its date
  // (a 相关文章 or 最新文章 list beside the article, · title 2024-05-08),
  // where the header has a title of its own besides, are a list of other
  // articles: neither their titles nor their dates are the page's. Without
  // another title, the first is the page's title with its date.
  std::vector<bool> listed_entry(limit);
  {
    int entries = 0;
    for (std::size_t i = 0; i < limit; ++i) {
      std::optional<std::string> date;
      const std::string_view rest = strip_title_date(shadow_of(i), date);
      listed_entry[i] = date && rest.size() > 0 && chrome_kind(i) == ChromeKind::None &&
                        (looks_like_title(rest, rest) || looks_like_headline(strip_bullets(rest)));
      entries += listed_entry[i];
    }
    bool titled_besides = false;
    for (std::size_t i = 0; i < limit && !titled_besides && entries >= kMinListEntries; ++i) {
      titled_besides = !listed_entry[i] && chrome_kind(i) == ChromeKind::None &&
                       (looks_like_title(reading_of(i), reading_of(i)) || looks_like_headline(strip_bullets(reading_of(i))));
    }
    if (!titled_besides) listed_entry.assign(limit, false);
    for (const std::size_t i : article_list_entries) listed_entry[i] = true;
  }
  // A title set in two or three lines from line i: how many, or 0.
  auto split_title_lines = [&](std::size_t i) -> std::size_t {
    const std::string_view shadow = shadow_of(i);
    if (i + 1 >= limit || chrome_kind(i + 1) != ChromeKind::None || is_menu_line(reading_of(i))) return 0;
    // A joint notice's two issuers, a line each, over 关于…的通报 (中共某镇
    // 委员会 / 某镇人民政府 / 关于县委巡察集中整改进展情况的通报).
    if (i + 2 < limit && chrome_kind(i + 2) == ChromeKind::None && is_organisation_line(reading_of(i), reading_of(i)) &&
        is_organisation_line(reading_of(i + 1), reading_of(i + 1)) && starts_with(reading_of(i + 2), "关于") &&
        lexicon::ends_with_any(reading_of(i + 2), lexicon::notice_endings()) &&
        looks_like_title(reading_of(i + 2), reading_of(i + 2))) {
      return 3;
    }
    // The issuer on one line and 关于…的通报 (or a short predicate such as
    // 部署巡察整改工作) on the next; or a title broken in two
    // (关于2018年度市级预算执行 / 和其他…的审计工作报告).
    // The joins read the lines as written: a line the converter left
    // pinyin in (國務(wù)院關(guān)于…和) is as likely a sentence broken
    // over lines as a title.
    const std::string joined = std::string(shadow).append(shadow_of(i + 1));
    // After an issuer's line the next is read without converter pinyin
    // (關(guān)於巡察整改進(jìn)展情況的通報(bào)): the issuer says a title follows.
    const std::string& next = reading_of(i + 1);
    // The issuer's line may be letter-spaced (中 共 某 县 审 计 局 党 组).
    // A short line after a site's name is its column (某局 / 通知公告) when a
    // line that reads as a title of its own with 关于 follows: the notice's.
    const auto titled_below = [&] {
      if (i + 2 >= limit || chrome_kind(i + 2) != ChromeKind::None) return false;
      const std::string_view below = reading_of(i + 2);
      return contains_word(below, "关于") && looks_like_title(below, below);
    };
    const bool issuer_then_title =
        is_organisation_line(reading_of(i), reading_of(i)) && looks_like_title(next, next) &&
        (starts_with(next, "关于") || (count_chars(next) <= kShortPredicateChars && !titled_below()));
    // The break may fall after 关于 too (某局党组关于第十四届 / 县委…的通报).
    const bool broken_title = !looks_like_title(blocks_[i].text, shadow) &&
                              contains_word(shadow, "关于") && looks_like_title(joined, joined);
    // Or before the word the title is about (十二届某州党委第五轮巡察7个乡镇
    // / 整改进展情况): a short rest that opens with 整改, after a line
    // that is no title of its own.
    const bool broken_before_rectification =
        !looks_like_title(blocks_[i].text, shadow) && count_chars(shadow) > kMaxColumnNameChars && starts_with(next, "整改") &&
        count_chars(next) <= kMaxWrappedTitleRestChars && !has_clause_mark(next) && !has_clause_mark(shadow) &&
        !leading_marker(i) && !leading_marker(i + 1) && looks_like_title(joined, joined);
    // Or inside the last words, as text wrapped at a fixed width breaks it
    // (…关于十四届市委第五轮巡察集中整改进 / 展情况的通报): a line that
    // reads as a title but does not end as one, and a short rest without
    // a clause mark that makes it end as one.
    const std::string_view rest = shadow_of(i + 1);
    // A title set in two lines by hand breaks it anywhere (…关于省委第八巡视组
    // / 巡视反馈意见集中整改进展情况的通报): a longer rest, that names no
    // 关于 of its own, ends it as well.
    const int rest_chars = count_chars(rest);
    // The first line may end on a word titles end with (…部门预算执行情况 /
    // 审计发现问题整改情况的报告, …巡察反馈意见 / 整改进展情况的通报): a rest
    // that ends with a notice's own word ends it.
    const bool ends_short = !lexicon::ends_with_any(shadow, lexicon::title_endings()) ||
                            (!lexicon::ends_with_any(shadow, lexicon::notice_endings()) &&
                             lexicon::ends_with_any(rest, lexicon::notice_endings()));
    const bool rest_may_wrap = contains_word(shadow, "关于") && ends_short &&
                               (rest_chars <= kMaxWrappedTitleRestChars ||
                                (rest_chars <= kMaxSetTitleRestChars && !contains_word(rest, "关于"))) &&
                               !has_clause_mark(rest) && !leading_marker(i + 1);
    const bool wrapped_title = rest_may_wrap && lexicon::ends_with_any(joined, lexicon::title_endings()) &&
                               looks_like_title(joined, joined);
    // Wrapped twice (…关于省委第六巡视组 / 巡视反馈意见集中整改 / 进展情况的通报):
    // the three end as a notice where the two end as nothing.
    const bool wrapped_twice =
        rest_may_wrap && !wrapped_title && i + 2 < limit && chrome_kind(i + 2) == ChromeKind::None &&
        !leading_marker(i + 2) && count_chars(shadow_of(i + 2)) <= kMaxWrappedTitleRestChars &&
        !has_clause_mark(shadow_of(i + 2)) && !lexicon::ends_with_any(joined, lexicon::title_endings()) && [&] {
          const std::string three = std::string(joined).append(shadow_of(i + 2));
          return lexicon::ends_with_any(three, lexicon::notice_endings()) && looks_like_title(three, three);
        }();
    if (!(issuer_then_title || broken_title || wrapped_title || broken_before_rectification || wrapped_twice)) return 0;
    std::size_t lines = 2;
    // Set in three lines (中共某局党组 / 关于区委第三巡察组巡察反馈意见 /
    // 整改进展情况的通报): a third short line without a clause mark that
    // makes the two end as a title.
    // The two may end on a word titles end with too (…反馈意见): a
    // notice's own ending (通报, 报告) or the 情况 of 整改进展情况 after the
    // third decides.
    const auto ends_as_report = [](std::string_view text) {
      return lexicon::ends_with_any(text, lexicon::notice_endings()) || text.ends_with("情况");
    };
    // Read without letter spacing (中 共 某 局 党 组 / 关 于 … / …的 通 报).
    const std::string two = std::string(reading_of(i)).append(reading_of(i + 1));
    if (i + 2 < limit && !ends_as_report(two) &&
        chrome_kind(i + 2) == ChromeKind::None && !leading_marker(i + 2)) {
      const std::string_view third = reading_of(i + 2);
      const std::string three = std::string(two).append(third);
      if (count_chars(third) <= kMaxWrappedTitleRestChars * 2 && !has_clause_mark(third) &&
          ends_as_report(three) && looks_like_title(three, three)) {
        lines = 3;
      }
    }
    return lines;
  };
  // The title: the first title-like line of the header.
  std::size_t title_at = limit, title_lines = 0;
  for (std::size_t i = 0; i < limit && title_lines == 0 && !article_list; ++i) {
    const std::string_view shadow = shadow_of(i);
    // An info table's 标题：… line holds the title (a page may not repeat it).
    const bool labelled_title = lexicon::title_label_length(shadow) > 0;
    if ((chrome_kind(i) != ChromeKind::None && !labelled_title) || listed_entry[i]) continue;
    if (names_crumb_below(i, limit)) continue;
    if (const std::size_t lines = split_title_lines(i)) {
      title_at = i;
      title_lines = lines;
      break;
    }
    // A slogan for a headline, the notice's own title set under it as its
    // subtitle (立行立改 真改实改 / ——中共某局党组关于…的通报): the notice's.
    if (const std::string_view subtitle = without_leading_dashes(reading_of(i));
        subtitle.size() < reading_of(i).size() && names_issuer_and_notice(subtitle) &&
        looks_like_title(subtitle, subtitle)) {
      title_at = i;
      title_lines = 1;
      break;
    }
    if (looks_like_title(reading_of(i), reading_of(i)) && !continues_previous_line(i)) {
      title_at = i;
      title_lines = 1;
      // A page-title line (网站名 栏目 标题) holds the real title, which
      // follows on a line of its own.
      // So does a later 关于… line after a column name (公告公示, 通知公告),
      // which only looks like a title by its ending.
      // The column may be a breadcrumb's last step (首页 » 公示公告), and
      // the line after it the column's name again: the search goes on from
      // a line that is itself a column name.
      auto is_column_name = [](std::string_view line) {
        const std::string_view bare = strip_bullets(line);
        return count_chars(bare) <= kMaxColumnNameChars && !contains_word(bare, "关于");
      };
      std::string_view current = shadow;
      bool column_name = is_column_name(current);
      // A later line's title replaces the one taken: that one is chrome.
      auto retitle = [&](std::size_t j, std::size_t lines) {
        add_span(Role::Chrome, title_at, 0, blocks_[title_at].text.size(), {});
        title_at = j;
        title_lines = lines;
      };
      for (std::size_t j = i + 1; j < limit; ++j) {
        // After a column's name, the notice's title set in two or three
        // lines (巡察公开 / 中共某局党组关于十四届区委第六轮巡察 / 整改进展情况的通报).
        if (column_name && chrome_kind(j) == ChromeKind::None && !listed_entry[j]) {
          if (const std::size_t lines = split_title_lines(j)) {
            retitle(j, lines);
            break;
          }
        }
        // Or its 标题：… line (党建工作 / 标题：中共某社党组关于…的通报).
        if (const std::size_t label = lexicon::title_label_length(shadow_of(j)); column_name && label > 0) {
          const std::string labelled = title_reading(shadow_of(j).substr(label));
          if (looks_like_title(labelled, labelled)) {
            retitle(j, 1);
            break;
          }
        }
        // The same set in two lines, the issuer over 关于…的通报, or in three
        // (中共某市委 / 关于省委第九巡视组巡视反馈意见 / 整改进展情况的通报).
        if (!contains_word(current, "关于") && j + 1 < limit && chrome_kind(j) == ChromeKind::None &&
            chrome_kind(j + 1) == ChromeKind::None && is_organisation_line(reading_of(j), reading_of(j)) &&
            starts_with(reading_of(j + 1), "关于") && !has_clause_mark(reading_of(j + 1))) {
          std::size_t lines = 0;
          if (lexicon::ends_with_any(reading_of(j + 1), lexicon::notice_endings()) &&
              looks_like_title(reading_of(j + 1), reading_of(j + 1))) {
            lines = 2;
          } else if (j + 2 < limit && chrome_kind(j + 2) == ChromeKind::None && !leading_marker(j + 2) &&
                     count_chars(reading_of(j + 2)) <= kMaxWrappedTitleRestChars * 2 &&
                     !has_clause_mark(reading_of(j + 2))) {
            const std::string rest = std::string(reading_of(j + 1)).append(reading_of(j + 2));
            if (lexicon::ends_with_any(rest, lexicon::notice_endings()) && looks_like_title(rest, rest)) lines = 3;
          }
          if (lines > 0) {
            retitle(j, lines);
            break;
          }
        }
        if (chrome_kind(j) != ChromeKind::None || listed_entry[j] || !looks_like_title(reading_of(j), reading_of(j))) {
          continue;
        }
        // After a column's name, a longer line that ends as a title does
        // (通知公告 / 县委第二巡察组进驻…开展巡察工作公告).
        const bool titled_after_column =
            column_name && (contains_word(shadow_of(j), "关于") ||
                            (count_chars(shadow_of(j)) > count_chars(current) &&
                             lexicon::ends_with_any(strip_subtitle(reading_of(j)), lexicon::title_endings())));
        // A repost's headline, then the notice's own title with its issuer
        // (关于…的通报 / 中共某街道工作委员会关于…的通报): the fuller one.
        // (The headline may be a <title> saved as text: 关于…的通报 | 某银行.)
        const std::string_view current_title = strip_site_names(current);
        // What is added is an issuer's name or a title's label (原标题：), not
        // another label (meta_description: …, a scraper's field).
        const std::string_view added = shadow_of(j).substr(0, shadow_of(j).size() - std::min(shadow_of(j).size(), current_title.size()));
        const bool labelled = added.find(':') != std::string_view::npos || added.find("：") != std::string_view::npos;
        const bool issuer_added = shadow_of(j).size() > current_title.size() && ends_with(shadow_of(j), current_title) &&
                                  contains_word(current_title, "关于") &&
                                  (!labelled || lexicon::title_label_length(shadow_of(j)) > 0);
        // A site's and column's line that ends as a title may (某市人民政府
        // 政府信息公开), then the notice's 关于…的报告 under its index table.
        const bool notice_after_site = !contains_word(current, "关于") && current.find(' ') != std::string_view::npos &&
                                       !lexicon::ends_with_any(current, lexicon::notice_endings()) &&
                                       contains_word(shadow_of(j), "关于") &&
                                       lexicon::ends_with_any(shadow_of(j), lexicon::notice_endings());
        // A news page's or a site's headline without 关于 (某局公开巡察整改进展
        // 情况, 某局巡察整改进展情况通报, 某市人民政府信息公开), then the
        // notice's own title, its issuer before 关于 and a notice's ending:
        // the notice's.
        const std::string_view later = shadow_of(j);
        const bool formal_after_headline = !contains_word(current, "关于") && names_issuer_and_notice(later) &&
                                           count_chars(later) > count_chars(current);
        const bool after_names =
            current.size() > later.size() + 1 && ends_with(current, std::string(" ").append(later));
        // The title repeated in two lines below the info line (某局党组 关于…
        // 的通报 / 某局党组 / 关于…的通报): the issuer is the title's, not a
        // site's name; the two lines are the title as set.
        if (after_names && j > i + 1 && chrome_kind(j - 1) == ChromeKind::None &&
            shadow_of(j - 1) == current.substr(0, current.size() - later.size() - 1)) {
          retitle(j - 1, 2);
          break;
        }
        if (after_names || titled_after_column || issuer_added || notice_after_site || formal_after_headline) {
          retitle(j, 1);
          current = shadow_of(j);
          column_name = is_column_name(current);
          if (!column_name) break;
        }
      }
    }
  }
  // A page that is not a notice (news of a meeting, an announcement) has a
  // headline for a title: the first headline-like line of the header. A
  // header of many such lines is running text broken into short lines
  // (a passage, a list of links), and has none.
  // A headline the page repeats (in its list of the day's articles, over
  // the article, in a print line) counts once; among many headlines, the
  // one repeated is the article's, where it stands last.
  if (!title_lines && !article_list) {
    struct Headline {
      std::string_view line;
      std::size_t first, last;
      int times;
    };
    std::vector<Headline> headlines;
    for (std::size_t i = 0; i < limit; ++i) {
      if (chrome_kind(i) != ChromeKind::None || listed_entry[i] || names_crumb_below(i, limit)) continue;
      // A page's <title> saved as text names its site after the headline.
      // A subtitle on a line of its own (——某省巡视巡察工作综述) is no headline.
      const std::string_view line = strip_site_names(strip_occasion(strip_bullets(reading_of(i))));
      if (line.starts_with("——")) continue;
      if (is_organisation_line(line, line) || continues_previous_line(i) || !looks_like_headline(line)) continue;
      auto seen = std::find_if(headlines.begin(), headlines.end(), [&](const Headline& h) { return h.line == line; });
      if (seen == headlines.end()) {
        headlines.push_back({line, i, i, 1});
      } else {
        seen->last = i;
        ++seen->times;
      }
    }
    if (!headlines.empty() && headlines.size() <= kMaxHeaderHeadlines) {
      title_at = headlines.front().first;
      title_lines = 1;
      // A kicker over the headline proper, on the line right above it.
      if (headlines.size() == 2 && headlines[1].first == headlines[0].first + 1 && is_kicker(headlines[0].line) &&
          !is_kicker(headlines[1].line)) {
        title_at = headlines[1].first;
      }
    } else if (headlines.size() > kMaxHeaderHeadlines &&
               std::count_if(headlines.begin(), headlines.end(), [](const Headline& h) { return h.times > 1; }) == 1) {
      title_at = std::find_if(headlines.begin(), headlines.end(), [](const Headline& h) { return h.times > 1; })->last;
      title_lines = 1;
    }
  }
  // A table of contents or a news summary may come before the notice's
  // own title and end the header early: with no title in the header, a
  // line further on that names 关于 and ends like a notice is the title.
  // It stays where it stands in the body. Not after a date line (a
  // passage's signature: what follows it is other documents', 相关链接's
  // titles), and not behind a label (上一条：关于…的通知).
  std::optional<std::size_t> late_title;
  if (!title_lines && !article_list) {
    for (std::size_t j = limit; j < blocks_.size() && j < kHeaderSearch; ++j) {
      if (whole_date(blocks_[j].text)) break;
      const std::string& reading = reading_of(j);
      if (reading.find("：") != std::string::npos || reading.find(':') != std::string::npos) continue;
      if (leading_marker(j) || contains_word(reading, "。") || !contains_word(reading, "关于") ||
          !lexicon::ends_with_any(strip_subtitle(reading), lexicon::title_endings()) ||
          !looks_like_title(reading, reading) || continues_previous_line(j)) {
        continue;
      }
      late_title = j;
      break;
    }
  }
  // An issuer's name broken before the title's lines (中共台州市黄岩区 / 农业
  // 农村局党组关于…): a short line opening with 中共 that names no whole
  // organisation is the title's first line. So is a longer one when the
  // title's line opens with the rest of a party body's name (中共某集团有限
  // 公司所属某公司 / 支部委员会关于…): a company is no party body.
  if (title_lines && title_at > 0 && title_lines < 3) {
    const std::size_t before = title_at - 1;
    const std::string_view head = shadow_of(before);
    const std::string_view line = shadow_of(title_at);
    constexpr int kMaxBrokenIssuerChars = 12;
    constexpr int kMaxPartyBodyRestChars = 6;
    const std::size_t about = line.find("关于");
    const bool party_body_rest = about != std::string_view::npos && about > 0 &&
                                 count_chars(line.substr(0, about)) <= kMaxPartyBodyRestChars &&
                                 lexicon::ends_with_any(line.substr(0, about), lexicon::party_body_endings());
    if (chrome_kind(before) == ChromeKind::None && head.starts_with("中共") && !has_clause_mark(head) &&
        ((count_chars(head) <= kMaxBrokenIssuerChars && !is_organisation_line(blocks_[before].text, head)) ||
         (party_body_rest && count_chars(head) <= kMaxTitleChars)) &&
        !line.starts_with("中共") && !leading_marker(before)) {
      title_at = before;
      ++title_lines;
    }
  }
  std::string title_shadow;
  if (late_title) set_title(blocks_[*late_title].text);
  if (title_lines) {
    std::string title(blocks_[title_at].text);
    title_shadow = shadow_of(title_at);
    for (std::size_t k = 1; k < title_lines; ++k) {
      title += blocks_[title_at + k].text;
      title_shadow += shadow_of(title_at + k);
    }
    set_title(title);
  }
  // A text that opens on a date, a unit's heading right under it and no
  // title, is a passage cut after the date that ended the item before it
  // (完成时间： / 2023年5月31日 / 问题4：…): the date is the item's.
  const bool opens_on_items_date = !title_lines && limit == 1 && limit < blocks_.size() && leading_marker(limit);
  for (std::size_t k = 0; k < limit && !article_list && !opens_on_items_date; ++k) {  // a list's dates are its articles'
    if (listed_entry[k]) continue;
    if (k < title_at || k >= title_at + title_lines) {
      read_header_date(k, title_lines && k >= title_at + title_lines, title_lines && k + 1 == title_at);
    }
  }
  // An info line the body was glued to (来源:… 发布时间:2018-03-01 2月27日上午,…。)
  // is the first prose line, and still dates the page.
  if (limit < blocks_.size() && !result_.facts.published) {
    const std::string_view shadow = shadow_of(limit);
    if (lexicon::starts_with_any(shadow, lexicon::info_line_keys())) {
      result_.facts.published = published_value(blocks_[limit].text, shadow);
    }
  }
  if (title_lines) read_title_repeat_date(title_at + title_lines);
  // Everything in the header is chrome, title, a repetition of the title,
  // or (after the title) the start of the preamble.
  std::size_t i = 0;
  for (; i < limit; ++i) {
    if (i >= title_at && i < title_at + title_lines) {
      add_span(Role::Title, i, 0, blocks_[i].text.size(), {});
      continue;
    }
    if (take_chrome(i)) continue;
    if (article_list) {  // the site's name, the column's, a search box: all page
      add_span(Role::Chrome, i, 0, blocks_[i].text.size(), {});
      result_.spans.back().lists_article = lists_article(i);
      continue;
    }
    if (listed_entry[i]) {
      add_span(Role::Chrome, i, 0, blocks_[i].text.size(), {});
      continue;
    }
    const std::string_view shadow = shadow_of(i);
    // Without a title, a sentence (…。) before the notice's opening prose is
    // the notice's own text, short as it is: navigation and widgets do not
    // end with a full stop.
    if ((title_lines && i < title_at) ||
        (!title_lines && limit < blocks_.size() && looks_like_prose_start(limit) && !ends_with(blocks_[i].text, "。"))) {
      add_span(Role::Chrome, i, 0, blocks_[i].text.size(), {});  // junk before the notice
      continue;
    }
    if (title_lines && count_chars(shadow) >= 4 && title_shadow.find(shadow) != std::string::npos) {
      add_span(Role::Chrome, i, 0, blocks_[i].text.size(), {});  // the title again, whole or in parts
      continue;
    }
    break;
  }
  return i;
}

void OutlineBuilder::read_header_date(std::size_t i, bool after_title, bool above_title) {
  const std::string_view text = blocks_[i].text;
  if (result_.facts.fallback_published || lexicon::starts_with_any(shadow_of(i), lexicon::banner_openers())) return;
  // A 政府信息公开 table's dates are read by their keys, the strongest kept
  // (发布日期 over 成文日期 in the row before it).
  if (chrome_kind(i) == ChromeKind::InfoTable) return;
  // A bulletin's or gazette's imprint dates its issue (某某办公室编印
  // 2024年8月12日, 2024年3月15日出版), not the page.
  if (lexicon::contains_any(shadow_of(i), lexicon::imprint_words())) return;
  // A timestamp to the minute on a header line without a key (2025-06-17
  // 09:00 某某网站, ©原创 2017-05-17 10:05 作者) is the stamp a CMS puts
  // on what it publishes.
  if (count_chars(text) <= kMaxStampedHeaderChars && !contains_word(text, "。")) {
    if (auto stamp = first_timestamp(text); stamp && stamp->value.find('T') != std::string::npos) {
      result_.facts.fallback_published = stamp->value.substr(0, 10);
      return;
    }
  }
  // An e-paper's toolbar dates the day's paper, and so the article in it
  // (2024年10月15日 星期二 第A03版：公示公告).
  if (is_edition_label(shadow_of(i))) {
    const auto day = first_timestamp(text);
    if (day && (day->begin == 0 || names_newspaper(trim_ascii_spaces(shadow_of(i).substr(0, day->begin))))) {
      result_.facts.fallback_published = day->value.substr(0, 10);
    }
    return;
  }
  if (count_chars(text) > kMaxDatedHeaderChars) return;
  YearContext years;
  const std::vector<DateMatch> dates = find_dates(text, years);
  if (dates.empty() || !dates.back().day_precise || !dates.back().value) return;
  std::size_t end = dates.back().end;
  // [2023-05-09], (2023-05-09), 【2023-05-09】: a date in brackets of its own.
  while (end < text.size() && (text[end] == ' ' || text[end] == ')' || text[end] == ']')) ++end;
  if (text.substr(end).starts_with("】")) end += std::string_view("】").size();
  // A date with its weekday above the title is a site's widget of today
  // (今天是…星期五), but an e-paper's when its edition's label follows
  // (2019年12月10日 星期二 / 第A04版：公告).
  bool edition_below = false;
  for (std::size_t k = i + 1; !after_title && k < blocks_.size() && k <= i + kEditionLabelReach; ++k) {
    edition_below = edition_below || is_edition_label(shadow_of(k));
  }
  if (after_title || edition_below) end = after_weekday(text, end);
  // A news page's dateline under its headline names its source after the
  // date (2020-12-21 观察者网).
  if (after_title && end < text.size() && lexicon::names_source(trim_ascii_spaces(shadow_of(i).substr(end)))) {
    end = text.size();
  }
  // Right above the title, the date and the column the article is filed in
  // (2022.07.05　党建动态), as a company's or a school's page sets them.
  if (above_title && end < text.size()) {
    const std::string_view column = trim_ascii_spaces(shadow_of(i).substr(end));
    if (count_chars(column) <= kMaxColumnNameChars && lexicon::ends_with_any(column, lexicon::column_name_endings()) &&
        std::all_of(column.begin(), column.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) {
      end = text.size();
    }
  }
  if (end == text.size()) result_.facts.fallback_published = dates.back().value->substr(0, 10);
}

std::size_t OutlineBuilder::after_weekday(std::string_view text, std::size_t i) {
  std::size_t k = i;
  while (k < text.size() && text[k] == ' ') ++k;
  for (std::string_view week : {"星期"sv, "周"sv}) {
    if (!starts_with(text.substr(k), week)) continue;
    std::size_t day = k + week.size(), after = day;
    if (day >= text.size()) return i;
    next_code_point(text, after);
    const std::string_view name = text.substr(day, after - day);
    for (std::string_view d : {"一"sv, "二"sv, "三"sv, "四"sv, "五"sv, "六"sv, "日"sv, "天"sv}) {
      if (name != d) continue;
      while (after < text.size() && text[after] == ' ') ++after;
      return after;
    }
    return i;
  }
  return i;
}

void OutlineBuilder::read_title_repeat_date(std::size_t from) {
  if (result_.facts.published || result_.facts.fallback_published || !result_.title) return;
  const std::string_view title = *result_.title;
  if (count_chars(title) < kMinRepeatedTitleChars) return;
  for (std::size_t k = from; k < blocks_.size(); ++k) {
    const std::string_view text = blocks_[k].text;
    if (text.size() > 4 * kMaxChromeLineChars || text.find(title) == std::string_view::npos ||
        contains_word(text, "。")) {
      continue;
    }
    if (auto stamp = first_timestamp(text)) {
      result_.facts.fallback_published = stamp->value.substr(0, 10);
      return;
    }
  }
}

bool OutlineBuilder::names_crumb_below(std::size_t i, std::size_t limit) {
  constexpr std::size_t kCrumbDistance = 8;
  const std::string_view name = trim_ascii_spaces(shadow_of(i));
  if (name.empty() || count_chars(name) > kMaxColumnNameChars) return false;
  for (std::size_t k = i + 1; k < limit && k <= i + kCrumbDistance; ++k) {
    if (chrome_kind(k) != ChromeKind::Breadcrumb) continue;
    const std::string_view crumb = shadow_of(k);
    for (std::size_t at = crumb.find(name); at != std::string_view::npos; at = crumb.find(name, at + 1)) {
      std::size_t before = at, after = at + name.size();
      const char32_t b = before == 0 ? U' ' : prev_code_point(crumb, before);
      const char32_t a = after == crumb.size() ? U' ' : next_code_point(crumb, after);
      auto bounds = [](char32_t c) { return c == U' ' || c == U':' || c == U'：' || is_breadcrumb_separator(c); };
      if (bounds(b) && bounds(a)) return true;
    }
  }
  return false;
}

bool OutlineBuilder::continues_previous_line(std::size_t i) const {
  if (i == 0) return false;
  const std::string_view previous = shadow_of(i - 1);
  for (std::string_view tail : {"和", "与", "及", "的", "、", "暨", "关于"}) {
    if (ends_with(previous, tail)) return true;
  }
  return false;
}

std::string OutlineBuilder::shadow_copy(std::string_view text) {
  return lexicon::has_traditional(text) ? lexicon::simplified_shadow(text) : std::string(text);
}

const std::string& OutlineBuilder::reading_of(std::size_t i) {
  if (!readings_[i]) readings_[i] = title_reading(shadow_of(i));
  return *readings_[i];
}

ChromeKind OutlineBuilder::chrome_kind(std::size_t i) {
  if (!chrome_kinds_[i]) {
    const std::string text = strip_conversion_artifacts(blocks_[i].text);
    chrome_kinds_[i] = classify_chrome(text, shadow_copy(text));
  }
  return *chrome_kinds_[i];
}

bool OutlineBuilder::take_chrome(std::size_t& i) {
  const ChromeKind chrome = chrome_kind(i);
  if (chrome == ChromeKind::None) return false;
  const std::string text = strip_conversion_artifacts(blocks_[i].text);
  const std::string shadow = shadow_copy(text);
  read_chrome_facts(chrome, text, shadow, result_.facts);
  add_span(Role::Chrome, i, 0, blocks_[i].text.size(), {});
  // A key whose value stands on the next line (发布机构：/ 某局). A key left
  // empty (文　　号：) above the notice's title leaves the title alone.
  if (chrome == ChromeKind::InfoTable && is_key_only(shadow) && i + 1 < blocks_.size() &&
      chrome_kind(i + 1) == ChromeKind::None && !leading_marker(i + 1) &&
      (lexicon::title_label_length(shadow) > 0 || !looks_like_title(reading_of(i + 1), reading_of(i + 1)))) {
    ++i;
    add_span(Role::Chrome, i, 0, blocks_[i].text.size(), {});
  }
  return true;
}

bool OutlineBuilder::looks_like_prose(std::size_t i) const {
  const std::string_view text = blocks_[i].text;
  if (looks_like_notice_prose_at(i)) return true;
  // No character takes more than four bytes: long paragraphs need no count.
  return (text.size() >= 4 * kMinProseChars || count_chars(text) >= kMinProseChars) && contains_word(text, "。");
}

bool OutlineBuilder::looks_like_prose_start(std::size_t i) const { return looks_like_notice_prose_at(i); }

bool OutlineBuilder::is_key_only(std::string_view s) {
  std::size_t i = s.size();
  while (i > 0 && s[i - 1] == ' ') --i;
  if (i == 0) return false;
  const char32_t last = fold_width(prev_code_point(s, i));
  if (last == U':') return true;
  while (!s.empty() && (s.front() == ' ' || static_cast<unsigned char>(s.front()) >= 0x80) &&
         !lexicon::starts_with_any(s, lexicon::info_table_keys())) {
    std::size_t k = 0;  // skip a leading bullet
    next_code_point(s, k);
    s.remove_prefix(k);
  }
  for (std::string_view key : lexicon::info_table_keys()) {
    if (s == key) return true;
  }
  return false;
}

// Site and column names a page's <title> adds, kept when the page was saved
// as text or by a converter (…的通报_巡察工作_桐川县教育局, …的通报-武汉市纪委监委,
// …的通报 | 某某网): taken off at the first separator before which the title
// ends as one, when every name after it is short and holds no digit
// (2023-2024年度 is a range, not a name).
std::string_view strip_site_names(std::string_view title) {
  // 南开大学->郑富芝一行来校调研…: a site's name before the title, as a
  // crawler's or mirror's page title puts it.
  if (const std::size_t arrow = title.find("->"); arrow != std::string_view::npos && arrow > 0) {
    constexpr int kMaxSiteChars = 11;
    if (is_short_name(title.substr(0, arrow), kMaxSiteChars) && arrow + 2 < title.size() &&
        title.substr(arrow + 2).find("->") == std::string_view::npos) {
      title.remove_prefix(arrow + 2);
    }
  }
  // A bare em dash too (…的通报—某局): it also joins years (2013—2015年), which
  // no title ending precedes.
  std::vector<std::size_t> cuts;  // where each separator starts
  std::vector<std::size_t> ends;  // and where it ends
  for (std::size_t i = 0; i < title.size();) {
    const std::size_t at = i;
    if (!is_title_separator(next_code_point(title, i))) continue;
    if (!ends.empty() && ends.back() == at) {
      ends.back() = i;  // a run of them is one (…的通报--某县人民政府)
    } else {
      cuts.push_back(at);
      ends.push_back(i);
    }
  }
  // A headline that ends on no title's word has its site's name cut too,
  // where the last piece names a site (…反馈全面完成_兰州新闻网).
  const std::string_view last_piece = cuts.empty() ? std::string_view() : trim_ascii_spaces(title.substr(ends.back()));
  const bool names_site = lexicon::ends_with_any(last_piece, lexicon::site_name_endings());
  constexpr int kMinHeadlineChars = 6;
  for (std::size_t k = 0; k < cuts.size(); ++k) {
    const std::string_view head = trim_ascii_spaces(title.substr(0, cuts[k]));
    if (head.empty()) continue;
    if (!lexicon::ends_with_any(head, lexicon::title_endings()) && !(names_site && count_chars(head) >= kMinHeadlineChars)) {
      continue;
    }
    bool names = true;
    for (std::size_t m = k; m < cuts.size() && names; ++m) {
      const std::size_t end = m + 1 < cuts.size() ? cuts[m + 1] : title.size();
      const std::string_view name = trim_ascii_spaces(title.substr(ends[m], end - ends[m]));
      // A site run by two offices names both, a space apart (某学院纪委办公室
      // 监察专员办公室): each is a name.
      const std::size_t space = name.find(' ');
      const std::string_view first = name.substr(0, space);
      const std::string_view second = space == std::string_view::npos ? std::string_view() : trim_ascii_spaces(name.substr(space));
      names = !name.empty() && name.find_first_of("0123456789") == std::string_view::npos &&
              count_chars(first) <= kMaxHyphenSiteChars &&
              (space == std::string_view::npos ||
               (!second.empty() && count_chars(second) <= kMaxHyphenSiteChars && second.find(' ') == std::string_view::npos &&
                lexicon::ends_with_any(first, lexicon::organisation_suffixes()) &&
                lexicon::ends_with_any(second, lexicon::organisation_suffixes())));
    }
    if (names) return head;
  }
  return title;
}

bool reads_as_title(std::string_view title) {
  const std::string shadow = lexicon::simplified_shadow(title);
  const std::string reading = title_reading(shadow);
  return looks_like_title(reading, reading) || looks_like_headline(strip_bullets(reading));
}

std::string_view title_without_navigation(std::string_view title, std::string_view page_title) {
  constexpr int kMaxNavigationChars = 12;
  if (page_title.size() >= title.size() || !ends_with(title, page_title)) return title;
  const std::size_t about = page_title.find("关于");
  if (about == std::string_view::npos || about == 0 || !reads_as_title(page_title)) return title;
  const std::string_view before = title.substr(0, title.size() - page_title.size());
  if (count_chars(before) > kMaxNavigationChars || contains_word(before, "关于")) return title;
  return page_title;
}

bool page_title_is_notices(std::string_view title, std::string_view page_title, const std::vector<Block>& blocks) {
  if (names_a_notice(title)) return false;
  if (!names_issuer_and_notice(page_title)) return false;
  return std::any_of(blocks.begin(), blocks.end(), [&](const Block& b) { return trim_ascii_spaces(b.text) == page_title; });
}

bool page_title_completes(std::string_view title, std::string_view page_title) {
  std::string_view cut = trim_ascii_spaces(title);
  bool ellipsis = false;
  for (std::string_view dots : {std::string_view("…"), std::string_view("...")}) {
    while (cut.ends_with(dots)) {
      cut.remove_suffix(dots.size());
      ellipsis = true;
    }
  }
  constexpr int kMinKeptChars = 6;
  return ellipsis && count_chars(cut) >= kMinKeptChars && page_title.size() > cut.size() && page_title.starts_with(cut);
}

bool front_matter_title_wins(std::string_view title, std::string_view front_title) {
  if (names_a_notice(title)) return false;
  return count_chars(title) < count_chars(front_title) && reads_as_title(front_title);
}

// A repost's mark after the title that it gives the notice whole
// (…的通报（全文）, 【全文】): no part of the title.
std::string_view strip_whole_text_mark(std::string_view title) {
  for (std::string_view mark : {"（全文）"sv, "(全文)"sv, "【全文】"sv, "[全文]"sv}) {
    const std::string_view t = trim_ascii_spaces(title);
    if (t.size() > mark.size() && t.ends_with(mark)) return trim_ascii_spaces(t.substr(0, t.size() - mark.size()));
  }
  return title;
}

void OutlineBuilder::set_title(std::string_view text) {
  std::optional<std::string> date;
  std::string_view keys;
  std::string_view title = strip_site_names(
      strip_title_date(strip_occasion(strip_next_key(strip_bullets(without_enclosing_brackets(without_leading_dashes(text))), keys)), date));
  title = strip_whole_text_mark(strip_document_number(title));
  // The info line cut off the title's line (… 发布时间: 2024-06-03) dates the page.
  if (!date && !keys.empty()) date = published_value(keys, keys);
  result_.title = std::string(title);
  if (date && !result_.facts.published) result_.facts.published = date;
}

}  // namespace tongbao::detail
