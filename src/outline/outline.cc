// outline.cc - paragraphs to title, preamble, numbered tree and closing.
//
// The document is read in three zones: the header (page chrome and the
// title), the body (preamble, then numbered units) and the tail (closing,
// then footer chrome). Within the body, the level of each marker family is
// the order in which the family first appears, so a notice that starts at
// （一） has subsections at the top.
#include "outline/outline.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>
#include <iterator>

#include "scan/byte_scan.h"
#include "outline/chrome.h"
#include "outline/headline.h"
#include "text/dates.h"
#include "outline/lexicon.h"
#include "outline/markers.h"
#include "outline/problems.h"
#include "outline/sentences.h"
#include "text/numerals.h"
#include "text/utf8.h"

namespace tongbao::detail {
using namespace std::string_view_literals;
namespace {

constexpr int kMaxTitleChars = 120;
constexpr int kMaxOrganisationChars = 40;
// Measures are never on the family stack; they hang under the deepest unit.
// The six kinds, and the items whose marker names a problem (问题1:), which
// take a level of their own: in `1.关于“…”方面` / `问题1:…` / `整改情况:…`
// the problem stands under the item.
constexpr int kFamilies = 7;

int family_of(const Marker& m) { return names_problem(m) ? kFamilies - 1 : static_cast<int>(m.kind); }

void append_paragraph(std::string& target, std::string_view piece) {
  if (piece.empty()) return;
  if (!target.empty()) target += '\n';
  target.append(piece);
}

// A date written alone on a line: 2024年6月17日, 二〇二四年六月十七日, 2024-06-17.
bool is_date_line(std::string_view s) {
  const int chars = count_chars(s);
  if (chars < 6 || chars > 16) return false;
  std::size_t i = 0;
  bool has_year = false;
  while (i < s.size()) {
    const char32_t c = fold_width(next_code_point(s, i));
    if (c == U'年') has_year = true;
    const bool allowed = (c >= '0' && c <= '9') || c == U'年' || c == U'月' || c == U'日' || c == U'-' ||
                         c == U'.' || c == U'/' || c == U' ' || c == U'〇' || c == U'○' || c == U'O' ||
                         c == U'零' || c == U'一' || c == U'二' || c == U'三' || c == U'四' || c == U'五' ||
                         c == U'六' || c == U'七' || c == U'八' || c == U'九' || c == U'十';
    if (!allowed) return false;
  }
  return has_year || s.find('-') != std::string_view::npos;
}

// A short line naming an organisation: the issuer in a signature block.
bool is_organisation_line(std::string_view s, std::string_view shadow) {
  const int chars = count_chars(s);
  if (chars < 2 || chars > kMaxOrganisationChars) return false;
  if (s.find("。") != std::string_view::npos || s.find("，") != std::string_view::npos ||
      s.find(',') != std::string_view::npos || s.find("：") != std::string_view::npos ||
      s.find(':') != std::string_view::npos) {
    return false;
  }
  return lexicon::ends_with_any(shadow, lexicon::organisation_suffixes());
}

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

// A gazette's issue number before a title (2020年第12号(总第198号)), or 0.
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
      if (total.count > 0 && starts_with(s.substr(total.end), close)) return total.end + close.size();
    }
  }
  return end;
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
    if (c == U'•' || c == U'·' || c == U'●' || c == U'■' || c == U'◆' || c == U' ' || c == U'-') {
      s.remove_prefix(i);
      continue;
    }
    if (c == U'【') {
      const std::size_t close = s.find("】");
      constexpr int kMaxColumnChars = 12;
      if (close == std::string_view::npos || close + 3 >= s.size() || count_chars(s.substr(0, close)) > kMaxColumnChars) {
        return s;
      }
      s.remove_prefix(close + 3);
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
    return s;
  }
}

// A title's subtitle after a dash (——2023年4月在…会议上) is not the
// title, nor is the table border a crawler kept (… |).
std::string_view strip_subtitle(std::string_view s) {
  const std::size_t dash = s.find("——");
  if (dash != std::string_view::npos && dash > 0) s = s.substr(0, dash);
  while (!s.empty() && (s.back() == ' ' || s.back() == '|')) s.remove_suffix(1);
  return s;
}

bool looks_like_title(std::string_view text, std::string_view shadow) {
  text = strip_subtitle(strip_bullets(text));
  shadow = strip_subtitle(strip_bullets(shadow));
  const int chars = count_chars(text);
  if (chars < 4 || chars > kMaxTitleChars) return false;
  if (text.find("。") != std::string_view::npos) return false;
  // Headlines shout; notices do not (处罚5569人!…).
  for (std::string_view mark : {"!", "！", "?", "？"}) {
    if (text.find(mark) != std::string_view::npos) return false;
  }
  if (match_marker(text)) return false;
  std::optional<std::string> ignored;
  std::string_view bare = strip_title_date(shadow, ignored);
  while (!bare.empty() && (bare.back() == ' ' || bare.back() == ')')) bare.remove_suffix(1);
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
  return occurs_in(shadow, "巡视") || occurs_in(shadow, "巡察") || occurs_in(shadow, "审计") || occurs_in(shadow, "整改");
}

// Bytes that may start a quote (“‘”’ E2, 《》 E3) or a marker inside a
// heading: ( （ digits, full-width digits (EF) and ①..⑳ (E2).
constexpr ByteStops kQuoteOrMarkerStops("(0123456789", {0xE2, 0xE3, 0xEF});

// Offset of the first colon (':' or '：', EF BC 9A) at or after `from`, or s.size().
std::size_t next_colon(std::string_view s, std::size_t from) {
  static constexpr ByteStops kColonStops(":", {0xEF, 0xEF, 0xEF});
  for (std::size_t i = kColonStops.next(s, from); i < s.size(); i = kColonStops.next(s, i + 1)) {
    if (s[i] == ':') return i;
    if (i + 2 < s.size() && s[i + 1] == '\xBC' && s[i + 2] == '\x9A') return i;
  }
  return s.size();
}

class OutlineBuilder {
 public:
  explicit OutlineBuilder(const std::vector<Block>& blocks) : blocks_(blocks) {
    shadows_.resize(blocks.size());
    leading_markers_.resize(blocks.size());
    chrome_kinds_.resize(blocks.size());
    readings_.resize(blocks.size());
    // A heading and a body a paragraph, most often, and run-in measures
    // (一是…) with theirs: growing the vector moved every span once more.
    result_.spans.reserve(3 * blocks.size());
    for (std::size_t i = 0; i < blocks.size(); ++i) leading_markers_[i] = match_marker(blocks[i].text);
    level_.fill(-1);
  }

  OutlineResult build() {
    const std::size_t body_start = read_header();
    const auto [closing_start, footer_start] = find_tail(body_start);
    for (std::size_t i = body_start; i < closing_start; ++i) read_body_block(i);
    for (std::size_t i = closing_start; i < footer_start; ++i) {
      append_paragraph(result_.closing, blocks_[i].text);
      add_span(Role::Closing, i, 0, blocks_[i].text.size(), {});
    }
    for (std::size_t i = footer_start; i < blocks_.size(); ++i) {
      add_span(Role::Chrome, i, 0, blocks_[i].text.size(), {});
    }
    return std::move(result_);
  }

 private:
  // The simplified shadow of block i (lexicon::simplified_shadow). Most
  // notices hold no traditional character: then a block is its own shadow
  // and nothing is copied.
  std::string_view shadow_of(std::size_t i) const { return shadow_view(i, blocks_[i].text.size()); }

  // A view of block i's shadow, as long as the text but right only in its
  // first `bytes` bytes: the caller looks no further. Most paragraphs are
  // only looked at near their start (a marker, a label, the heading), so
  // only that much is searched for traditional characters; checking every
  // paragraph whole cost an eighth of the stage. Once one is found, the
  // block's whole shadow is made.
  std::string_view shadow_view(std::size_t i, std::size_t bytes) const {
    const std::string_view text = blocks_[i].text;
    Shadow& shadow = shadows_[i];
    if (!shadow.copy.empty()) return shadow.copy;
    if (bytes > shadow.checked) {
      // On to the end of the character that holds byte `bytes - 1`.
      std::size_t end = std::min(bytes, text.size());
      while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
      if (lexicon::has_traditional(std::string_view(text).substr(shadow.checked, end - shadow.checked))) {
        shadow.copy = lexicon::simplified_shadow(text);
        return shadow.copy;
      }
      shadow.checked = end;
    }
    return text;
  }

  // Bytes of the longest phrase in a lexicon table: how far a starts_with_any
  // over it looks.
  static std::size_t longest(std::span<const std::string_view> words) {
    std::size_t n = 0;
    for (std::string_view w : words) n = std::max(n, w.size());
    return n;
  }

  // is_organisation_line on block i; long paragraphs need no shadow.
  bool is_organisation_block(std::size_t i) const {
    const std::string_view text = blocks_[i].text;
    if (count_chars(text) > kMaxOrganisationChars) return false;
    return is_organisation_line(text, shadow_of(i));
  }

  // looks_like_notice_prose on block i, its start checked first.
  bool looks_like_notice_prose_at(std::size_t i) const {
    static const std::size_t opener_bytes = longest(lexicon::preamble_openers());
    if (!lexicon::starts_with_any(shadow_view(i, opener_bytes), lexicon::preamble_openers())) return false;
    return looks_like_notice_prose(shadow_of(i));
  }

  // The marker block i opens with: the header, the tail and the body each
  // ask, so it is matched once.
  const std::optional<Marker>& leading_marker(std::size_t i) const { return leading_markers_[i]; }

  // column_at(blocks_[index], offset), counting on from the column asked for
  // last when it is in the same block and not after offset: spans come in
  // order, and counting each from the paragraph start was quadratic.
  int column_of(std::size_t index, std::size_t offset) {
    const std::string_view text = blocks_[index].text;
    offset = std::min(offset, text.size());
    if (index != column_cache_.index || offset < column_cache_.offset) column_cache_ = {index, 0, 0};
    if (offset != column_cache_.offset) {  // a node's marker and its heading span share one
      column_cache_.chars += count_chars_between(text, column_cache_.offset, offset);
      column_cache_.offset = offset;
    }
    return blocks_[index].column + column_cache_.chars;
  }

  // ---- header: chrome lines, the title and its repetitions -------------

  // The header is everything before the first marker or the first prose
  // paragraph. In it: chrome lines, the title (possibly split over two lines
  // or preceded by the issuer on a line of its own), repetitions of the
  // title, and junk such as spam keywords or a repost headline.
  std::size_t read_header() {
    std::size_t limit = 0;
    for (; limit < blocks_.size() && limit < kHeaderSearch; ++limit) {
      // A line without a single clause mark (今年中央首轮巡视 整改情况集中公布)
      // is a heading, however it opens: prose has commas or full stops.
      if (leading_marker(limit) || (looks_like_prose(limit) && has_clause_mark(blocks_[limit].text))) break;
    }
    // The title: the first title-like line of the header.
    std::size_t title_at = limit, title_lines = 0;
    for (std::size_t i = 0; i < limit && title_lines == 0; ++i) {
      const std::string_view shadow = shadow_of(i);
      // An info table's 标题：… line holds the title (a page may not repeat it).
      const bool labelled_title = lexicon::title_label_length(shadow) > 0;
      if (chrome_kind(i) != ChromeKind::None && !labelled_title) continue;
      if (i + 1 < limit && chrome_kind(i + 1) == ChromeKind::None) {
        // The issuer on one line and 关于…的通报 (or a short predicate such as
        // 部署巡察整改工作) on the next; or a title broken in two
        // (关于2018年度市级预算执行 / 和其他…的审计工作报告).
        // The joins read the lines as written: a line the converter left
        // pinyin in (國務(wù)院關(guān)于…和) is as likely a sentence broken
        // over lines as a title.
        const std::string joined = std::string(shadow).append(shadow_of(i + 1));
        const bool issuer_then_title =
            is_organisation_line(blocks_[i].text, shadow) && looks_like_title(blocks_[i + 1].text, shadow_of(i + 1)) &&
            (starts_with(shadow_of(i + 1), "关于") || count_chars(shadow_of(i + 1)) <= kShortPredicateChars);
        // The break may fall after 关于 too (某局党组关于第十四届 / 县委…的通报).
        const bool broken_title = !looks_like_title(blocks_[i].text, shadow) &&
                                  occurs_in(shadow, "关于") && looks_like_title(joined, joined);
        if (issuer_then_title || broken_title) {
          title_at = i;
          title_lines = 2;
          break;
        }
      }
      if (looks_like_title(reading_of(i), reading_of(i)) && !continues_previous_line(i)) {
        title_at = i;
        title_lines = 1;
        // A page-title line (网站名 栏目 标题) holds the real title, which
        // follows on a line of its own.
        // So does a later 关于… line after a column name (公告公示, 通知公告),
        // which only looks like a title by its ending.
        const bool column_name = count_chars(shadow) <= kMaxColumnNameChars && !occurs_in(shadow, "关于");
        for (std::size_t j = i + 1; j < limit; ++j) {
          if (chrome_kind(j) != ChromeKind::None || !looks_like_title(reading_of(j), reading_of(j))) continue;
          if ((shadow.size() > shadow_of(j).size() + 1 && ends_with(shadow, std::string(" ").append(shadow_of(j)))) ||
              (column_name && occurs_in(shadow_of(j), "关于"))) {
            add_span(Role::Chrome, i, 0, blocks_[i].text.size(), {});
            title_at = j;
            break;
          }
        }
      }
    }
    // A page that is not a notice (news of a meeting, an announcement) has a
    // headline for a title: the first headline-like line of the header. A
    // header of many such lines is running text broken into short lines
    // (a passage, a list of links), and has none.
    if (!title_lines) {
      std::size_t first = limit;
      int headlines = 0;
      for (std::size_t i = 0; i < limit && headlines <= kMaxHeaderHeadlines; ++i) {
        if (chrome_kind(i) != ChromeKind::None) continue;
        const std::string_view line = strip_subtitle(strip_bullets(reading_of(i)));
        if (is_organisation_line(line, line) || continues_previous_line(i) || !looks_like_headline(line)) continue;
        if (first == limit) first = i;
        ++headlines;
      }
      if (first < limit && headlines <= kMaxHeaderHeadlines) {
        title_at = first;
        title_lines = 1;
      }
    }
    // A table of contents or a news summary may come before the notice's
    // own title and end the header early: with no title in the header, a
    // line further on that names 关于 and ends like a notice is the title.
    // It stays where it stands in the body.
    std::optional<std::size_t> late_title;
    if (!title_lines) {
      for (std::size_t j = limit; j < blocks_.size() && j < kHeaderSearch; ++j) {
        const std::string& reading = reading_of(j);
        if (leading_marker(j) || occurs_in(reading, "。") || !occurs_in(reading, "关于") ||
            !lexicon::ends_with_any(strip_subtitle(reading), lexicon::title_endings()) ||
            !looks_like_title(reading, reading) || continues_previous_line(j)) {
          continue;
        }
        late_title = j;
        break;
      }
    }
    std::string title_shadow;
    if (late_title) set_title(blocks_[*late_title].text);
    if (title_lines) {
      std::string title(blocks_[title_at].text);
      title_shadow = shadow_of(title_at);
      if (title_lines == 2) {
        title += blocks_[title_at + 1].text;
        title_shadow += shadow_of(title_at + 1);
      }
      set_title(title);
    }
    for (std::size_t k = 0; k < limit; ++k) {
      if (k < title_at || k >= title_at + title_lines) read_header_date(k, title_lines && k >= title_at + title_lines);
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
      const std::string_view shadow = shadow_of(i);
      if ((title_lines && i < title_at) ||
          (!title_lines && limit < blocks_.size() && looks_like_prose_start(limit))) {
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

  // A short header line that ends with a full date (某某室 二○一五年十月九日)
  // dates the page when nothing better does; after the title, a date widget
  // may name the weekday too (2025年1月14日 星期二). A banner that tells
  // today's date (今天是…) says nothing of the page.
  void read_header_date(std::size_t i, bool after_title) {
    const std::string_view text = blocks_[i].text;
    if (result_.facts.fallback_published || lexicon::starts_with_any(shadow_of(i), lexicon::banner_openers())) return;
    // A timestamp to the minute on a header line without a key (2025-06-17
    // 09:00 某某网站, ©原创 2017-05-17 10:05 作者) is the stamp a CMS puts
    // on what it publishes.
    if (count_chars(text) <= kMaxStampedHeaderChars && !occurs_in(text, "。")) {
      if (auto stamp = first_timestamp(text); stamp && stamp->value.find('T') != std::string::npos) {
        result_.facts.fallback_published = stamp->value.substr(0, 10);
        return;
      }
    }
    if (count_chars(text) > kMaxDatedHeaderChars) return;
    YearContext years;
    const std::vector<DateMatch> dates = find_dates(text, years);
    if (dates.empty() || !dates.back().day_precise || !dates.back().value) return;
    std::size_t end = dates.back().end;
    while (end < text.size() && (text[end] == ' ' || text[end] == ')')) ++end;
    if (after_title) end = after_weekday(text, end);
    if (end == text.size()) result_.facts.fallback_published = dates.back().value->substr(0, 10);
  }

  // Past 星期二 (周二) and the spaces around it at byte `i`, or `i`.
  static std::size_t after_weekday(std::string_view text, std::size_t i) {
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

  // E-papers and some CMSs repeat the title beside its date further down
  // (2017-08-26 标题 1 1 某某日报 …, 某报 03标题 2025-01-14): such a line
  // dates the page when nothing else does.
  void read_title_repeat_date(std::size_t from) {
    if (result_.facts.published || result_.facts.fallback_published || !result_.title) return;
    const std::string_view title = *result_.title;
    if (count_chars(title) < kMinRepeatedTitleChars) return;
    for (std::size_t k = from; k < blocks_.size(); ++k) {
      const std::string_view text = blocks_[k].text;
      if (text.size() > 4 * kMaxChromeLineChars || text.find(title) == std::string_view::npos ||
          occurs_in(text, "。")) {
        continue;
      }
      if (auto stamp = first_timestamp(text)) {
        result_.facts.fallback_published = stamp->value.substr(0, 10);
        return;
      }
    }
  }

  // Prose has at least this many characters (and a 。).
  static constexpr int kMinProseChars = 40;
  // A header line this short without 关于 may be the column's name.
  static constexpr int kMaxColumnNameChars = 6;
  // Header lines are searched this far for the title.
  static constexpr std::size_t kHeaderSearch = 40;
  static constexpr int kMaxDatedHeaderChars = 40;
  static constexpr int kMaxStampedHeaderChars = 80;
  // A title line this short after an issuer line is the issuer's predicate.
  static constexpr int kShortPredicateChars = 12;
  // A headline and its subtitle: more headline-like lines make a header of
  // running text or links.
  static constexpr int kMaxHeaderHeadlines = 2;
  // A title repeated beside a date is looked for only when it is this long:
  // a short one may be any word.
  static constexpr int kMinRepeatedTitleChars = 6;
  // Bytes/4 of a line that repeats the title with its date: not prose.
  static constexpr std::size_t kMaxChromeLineChars = 80;

  // A line that finishes the previous one (…中央预算执行和 / 其他…的报告)
  // is a fragment, not a title.
  bool continues_previous_line(std::size_t i) const {
    if (i == 0) return false;
    const std::string_view previous = shadow_of(i - 1);
    for (std::string_view tail : {"和", "与", "及", "的", "、", "暨", "关于"}) {
      if (ends_with(previous, tail)) return true;
    }
    return false;
  }

  // lexicon::simplified_shadow(text). Most lines hold no traditional
  // character: testing for one is cheaper than mapping every character.
  static std::string shadow_copy(std::string_view text) {
    return lexicon::has_traditional(text) ? lexicon::simplified_shadow(text) : std::string(text);
  }

  // title_reading of block i's shadow: what the title rules judge.
  const std::string& reading_of(std::size_t i) {
    if (!readings_[i]) readings_[i] = title_reading(shadow_of(i));
    return *readings_[i];
  }

  // What chrome block i is, judged without conversion artifacts. The header
  // asks several times for the same lines, so the answer is kept.
  ChromeKind chrome_kind(std::size_t i) {
    if (!chrome_kinds_[i]) {
      const std::string text = strip_conversion_artifacts(blocks_[i].text);
      chrome_kinds_[i] = classify_chrome(text, shadow_copy(text));
    }
    return *chrome_kinds_[i];
  }

  // Records block i as chrome (and what it says) if it is; an info-table
  // key alone on its line takes its value on the next line with it.
  bool take_chrome(std::size_t& i) {
    const ChromeKind chrome = chrome_kind(i);
    if (chrome == ChromeKind::None) return false;
    const std::string text = strip_conversion_artifacts(blocks_[i].text);
    const std::string shadow = shadow_copy(text);
    read_chrome_facts(chrome, text, shadow, result_.facts);
    add_span(Role::Chrome, i, 0, blocks_[i].text.size(), {});
    if (chrome == ChromeKind::InfoTable && is_key_only(shadow) && i + 1 < blocks_.size() &&
        chrome_kind(i + 1) == ChromeKind::None && !leading_marker(i + 1)) {
      ++i;
      add_span(Role::Chrome, i, 0, blocks_[i].text.size(), {});
    }
    return true;
  }

  // A paragraph of running text: long, with sentence punctuation.
  bool looks_like_prose(std::size_t i) const {
    const std::string_view text = blocks_[i].text;
    if (looks_like_notice_prose_at(i)) return true;
    // No character takes more than four bytes: long paragraphs need no count.
    return (text.size() >= 4 * kMinProseChars || count_chars(text) >= kMinProseChars) && occurs_in(text, "。");
  }

  // The notice's own first words (根据…巡视…): what came before it without a
  // title is junk.
  bool looks_like_prose_start(std::size_t i) const { return looks_like_notice_prose_at(i); }

  // 索引号: with nothing after the colon.
  static bool is_key_only(std::string_view s) {
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

  void set_title(std::string_view text) {
    std::optional<std::string> date;
    std::string_view title = strip_title_date(strip_subtitle(strip_bullets(text)), date);
    result_.title = std::string(title);
    if (date && !result_.facts.published) result_.facts.published = date;
  }

  // ---- tail: closing paragraphs, then footer chrome ---------------------

  std::pair<std::size_t, std::size_t> find_tail(std::size_t body_start) {
    // The footer starts at the first footer line after the last paragraph
    // of content: a footer-like line above real prose (a page that opens
    // with its site's address and ICP line) must not swallow the notice.
    // Both searches below run from the end: only the last match counts.
    std::size_t last_content = body_start;
    for (std::size_t i = blocks_.size(); i > body_start; --i) {
      if (leading_marker(i - 1) || looks_like_prose(i - 1)) {
        last_content = i - 1;
        break;
      }
    }
    std::size_t footer = blocks_.size();
    for (std::size_t i = last_content; i < blocks_.size(); ++i) {
      if (classify_chrome(blocks_[i].text, shadow_of(i)) == ChromeKind::Footer) {
        footer = i;
        break;
      }
    }
    // Closing starts after the last unit's heading: the first paragraph
    // that invites supervision, gives a contact, or signs the notice.
    std::size_t last_unit = body_start;
    bool any_unit = false;
    for (std::size_t i = footer; i > body_start; --i) {
      if (const auto& m = leading_marker(i - 1); m && m->kind != NodeKind::Measure) {
        last_unit = i - 1;
        any_unit = true;
        break;
      }
    }
    std::size_t from = any_unit ? last_unit + 1 : body_start + 1;
    for (std::size_t i = from; i < footer; ++i) {
      static const std::size_t opener_bytes = longest(lexicon::closing_openers());
      if (lexicon::starts_with_any(shadow_view(i, opener_bytes), lexicon::closing_openers()) ||
          is_date_line(blocks_[i].text) ||
          (is_organisation_block(i) && i + 1 < footer &&
           (is_date_line(blocks_[i + 1].text) || is_organisation_block(i + 1)))) {
        return {i, footer};
      }
    }
    return {footer, footer};
  }

  // ---- body: preamble and numbered units ---------------------------------

  struct Open {
    Node* node;
    int level;
  };

  // A paragraph: a unit's heading (if it opens with a marker), then prose.
  // Crawlers that lost line breaks run units together inside one paragraph,
  // so the prose is cut again wherever an inline marker continues the
  // numbering that came before (accept_inline).
  void read_body_block(std::size_t index) {
    std::optional<Marker> marker = leading_marker(index);
    if (marker && marker->kind == NodeKind::Measure) marker.reset();
    if (!marker && stack_.empty() && result_.outline.empty() && take_chrome(index)) return;  // widgets amid the preamble
    stops_.reset(blocks_[index].text);
    std::size_t pos = 0;
    bool paragraph_start = true;
    for (;;) {
      std::size_t body = pos;
      if (marker) {
        body = read_heading(index, pos, *marker);
        paragraph_start = false;
      }
      std::optional<Marker> next;
      clause_breaks_.clear();
      const std::size_t next_pos = find_inline_marker(index, body, next);
      read_prose(index, body, next_pos, paragraph_start);
      if (!next) return;
      pos = next_pos;
      marker = next;
    }
  }

  // Opens the unit whose marker stands at `pos` and reads its heading;
  // returns where its body starts.
  std::size_t read_heading(std::size_t index, std::size_t pos, const Marker& marker) {
    const Block& b = blocks_[index];
    Node& node = open_node(marker, index, pos);
    std::size_t offset = pos + marker.length;
    while (offset < b.text.size() && b.text[offset] == ' ') ++offset;
    const std::string_view rest = std::string_view(b.text).substr(offset);
    std::size_t end = heading_end(rest, HeadingEnd::Heading, stops_, offset);
    // Only the heading is read through its shadow.
    const std::string_view rest_shadow = shadow_view(index, offset + end).substr(offset);
    end = std::min(end, run_together_end(rest, rest_shadow.substr(0, end)));
    std::string_view heading = trim_heading(rest.substr(0, end));
    std::optional<std::string> problem = find_problem(heading, rest_shadow.substr(0, heading.size()));
    if (!problem && end < rest.size()) {
      // 关于在“学懂”环节有偏差,理论学习不严不实。材料撰写把关不严的问题。: a
      // problem heading that runs past a full stop ends at its 的问题.
      const std::size_t more = end + heading_end(rest.substr(end), HeadingEnd::Sentence, stops_, offset + end);
      const std::string_view longer = trim_heading(rest.substr(0, more));
      const std::string_view longer_shadow = shadow_view(index, offset + more).substr(offset, longer.size());
      const std::string_view added = rest.substr(end, more - end);
      const bool labelled = added.find(':') != std::string_view::npos || added.find("：") != std::string_view::npos;
      if (!labelled && starts_with_problem_introducer(longer_shadow) && ends_with_problem_suffix(longer_shadow)) {
        if (auto found = find_problem(longer, longer_shadow)) {
          problem = std::move(found);
          heading = longer;
          end = more;
        }
      }
    }
    if (!problem && names_problem(marker) && !heading.empty()) problem = std::string(heading);
    node.heading = std::string(heading);
    node.problem = std::move(problem);
    if (node.problem) demote_area_headings();
    add_span(Role::Heading, index, pos, offset + end - pos, node.id);
    std::size_t body = offset + end;
    while (body < b.text.size() && b.text[body] == ' ') ++body;
    return body;
  }

  // A unit that names a problem makes the units above it whose headings
  // name a field's problems (关于X方面的问题) areas: the problems are the
  // ones under them.
  void demote_area_headings() {
    for (std::size_t k = 0; k + 1 < stack_.size(); ++k) {
      Node& above = *stack_[k].node;
      if (above.problem &&
          lexicon::ends_with_any(lexicon::simplified_shadow(above.heading), lexicon::area_problem_endings())) {
        above.problem.reset();
      }
    }
  }

  static bool starts_with_problem_introducer(std::string_view shadow) {
    return lexicon::starts_with_any(shadow, lexicon::problem_introducers());
  }

  // Only 的问题 (方面的问题 …) closes a problem that ran past a full stop: a
  // bare 问题 there ends prose (已全面整改相关问题) as often as a problem.
  static bool ends_with_problem_suffix(std::string_view shadow) {
    return ends_with(shadow, "的问题");
  }

  // Where a heading ends that was run together with what follows (line
  // breaks lost): before a label (…的问题整改情况:) or before a bracketed or
  // numbered marker that continues the numbering ((一) right after 情况).
  std::size_t run_together_end(std::string_view rest, std::string_view shadow) const {
    // Of labels ending at the same colon the shortest wins: in
    // 的问题整改情况: the label is 整改情况, not 问题整改情况. The first colon
    // that ends a label decides, so the colons are visited in order and the
    // labels compared only there (searching each label through the whole
    // heading cost a fifth of the outline stage). A label the heading starts
    // with is never taken, at its start or later.
    std::size_t end = rest.size();
    bool label_found = false;
    for (std::size_t colon = next_colon(shadow, 0); colon < shadow.size() && !label_found;
         colon = next_colon(shadow, colon + 1)) {
      const std::string_view before = shadow.substr(0, colon);
      for (std::string_view label : lexicon::labels()) {
        if (before.size() <= label.size() || !ends_with(before, label) || starts_with(shadow, label)) continue;
        const std::size_t pos = colon - label.size();
        if (!label_found || pos > end) end = pos;
        label_found = true;
      }
    }
    int depth = 0;
    const std::size_t limit = std::min(end, shadow.size());
    for (std::size_t i = 0; i < limit;) {
      // Only quotes and what may open a marker matter.
      i = kQuoteOrMarkerStops.next(rest.substr(0, limit), i);
      if (i == limit) break;
      const std::size_t at = i;
      const char32_t c = next_code_point(rest, i);
      if (c == U'“' || c == U'‘' || c == U'《') ++depth;
      else if ((c == U'”' || c == U'’' || c == U'》') && depth > 0) --depth;
      if (depth > 0 || at == 0) continue;
      const bool may_open = c == U'(' || c == U'（' || (fold_width(c) >= '0' && fold_width(c) <= '9') ||
                            (c >= 0x2460 && c <= 0x2473);
      if (!may_open) continue;
      std::size_t before = at;
      const char32_t previous = fold_width(prev_code_point(rest, before));
      if (previous >= '0' && previous <= '9') continue;  // inside a number
      const bool after_lost_break = previous == U' ' || previous == U'\u3000';
      if (auto m = match_marker(rest.substr(at)); m && m->kind != NodeKind::Section && m->kind != NodeKind::Measure &&
                                                  accept_inline(*m, rest, at, after_lost_break)) {
        return at;
      }
    }
    return end;
  }

  // The next heading marker inside the paragraph, from `from`: at a clause
  // start, outside quotes, and continuing the numbering. Returns its offset
  // (text.size() when there is none). On the way it notes in clause_breaks_
  // where each clause end it passes is followed, and what marker it found
  // there if it looked: read_prose looks for measures there without
  // scanning the text again, and without reading a marker twice.
  std::size_t find_inline_marker(std::size_t index, std::size_t from, std::optional<Marker>& found) {
    const std::string_view text = blocks_[index].text;
    int depth = 0;
    bool clause_start = from > 0;  // right after a heading
    std::size_t i = from;
    while (i < text.size()) {
      if (clause_start && depth == 0) {
        std::size_t at = i;
        while (at < text.size() && text[at] == ' ') ++at;
        const std::optional<Marker> m = match_marker(text.substr(at));
        if (!clause_breaks_.empty() && clause_breaks_.back().start == i) {
          clause_breaks_.back().tested_at = at;
          clause_breaks_.back().marker = m;
        }
        const bool after_lost_break = at > 0 && text[at - 1] == ' ';
        if (m && m->kind != NodeKind::Measure &&
            (accept_inline(*m, text, at, after_lost_break) || opens_run_together(text, at, *m))) {
          found = m;
          return at;
        }
        if (cjk_ideograph_at(text, i)) {  // neither a quote nor a clause end
          i += 3;
          clause_start = false;
          continue;
        }
      } else {
        // Inside quotes or a clause only quotes and clause ends matter (and
        // inside quotes a clause start does not: only a closing quote, which
        // opens no clause, leads out of them).
        i = stops_.next(i);
        if (i == text.size()) break;
      }
      const char32_t c = next_code_point(text, i);
      if (c == U'“' || c == U'‘' || c == U'《' || c == U'「') ++depth;
      else if ((c == U'”' || c == U'’' || c == U'》' || c == U'」') && depth > 0) --depth;
      clause_start = opens_clause_after(c);
      if (clause_start) clause_breaks_.push_back(ClauseBreak{i, kUntested, std::nullopt});
    }
    return text.size();
  }

  // Before any unit, a 1 inside prose opens the outline only as a 1 that
  // opens a new level does (see accept_inline): a whole notice run into one
  // line.
  bool opens_run_together(std::string_view text, std::size_t at, const Marker& m) const {
    if (names_problem(m)) return false;
    if (m.number != 1 || !stack_.empty() || !result_.outline.empty()) return false;
    return two_follows(text, at, m);
  }

  // Whether the 2 of the marker's family follows later in the paragraph,
  // after a sentence end: the evidence that an inline 1 starts a run of
  // units and not an enumeration inside a sentence (意见信箱:1.…;2.…).
  static bool two_follows(std::string_view text, std::size_t at, const Marker& m) {
    bool after_stop = false;
    for (std::size_t i = at + m.length; i < text.size();) {
      if (after_stop) {
        if (auto next = match_marker(text.substr(i)); next && next->kind == m.kind) return next->number == 2;
      }
      const char32_t c = fold_width(next_code_point(text, i));
      after_stop = c == U'。' || c == U'!' || c == U'?' || c == U'”' || (after_stop && c == U' ');
    }
    return false;
  }

  // An inline marker (at `at` in `text`) is taken only when it is the next
  // number of its family under the parent it would get, or a 1 that opens a
  // level below the unit being read and whose 2 follows. After a space that
  // stands for a lost line break (a heading run into the next one: `…成效
  // (一)集中…`), a 1 opening a new family needs no 2 in sight: a page's
  // opening is often cut off before it.
  bool accept_inline(const Marker& m, std::string_view text, std::size_t at, bool after_lost_break = false) const {
    if (names_problem(m)) return false;  // only at a paragraph's start
    const int family = family_of(m);
    if (level_[family] < 0) {
      return m.number == 1 && !stack_.empty() && (after_lost_break || two_follows(text, at, m));
    }
    const int level = level_[family];
    std::size_t depth = stack_.size();
    while (depth > 0 && stack_[depth - 1].level >= level) --depth;
    const std::vector<Node>& siblings = depth == 0 ? result_.outline : stack_[depth - 1].node->children;
    for (auto it = siblings.rbegin(); it != siblings.rend(); ++it) {
      if (it->kind == NodeKind::Measure) continue;
      if (it->kind == m.kind) return it->number + 1 == m.number;
      break;
    }
    return m.number == 1 && !stack_.empty() && level > stack_.back().level && two_follows(text, at, m);
  }

  Node& open_node(const Marker& marker, std::size_t index, std::size_t offset) {
    const int family = family_of(marker);
    if (level_[family] < 0) level_[family] = next_level_++;
    const int level = level_[family];
    while (!stack_.empty() && stack_.back().level >= level) stack_.pop_back();
    std::vector<Node>& siblings = stack_.empty() ? result_.outline : stack_.back().node->children;
    const Node* parent = stack_.empty() ? nullptr : stack_.back().node;
    make_room(siblings, index);
    siblings.emplace_back();
    Node& node = siblings.back();
    fill_marker(node, marker, index, offset);
    set_id(node, parent, siblings.size());
    stack_.push_back(Open{&node, level});
    measure_owns_paragraphs_ = false;
    return node;
  }

  void fill_marker(Node& node, const Marker& marker, std::size_t index, std::size_t offset) {
    const Block& b = blocks_[index];
    node.kind = marker.kind;
    node.number = marker.number;
    node.marker = std::string(std::string_view(b.text).substr(offset, marker.length));
    node.line = b.line;
    node.column = column_of(index, offset);
  }

  Node* owner() { return stack_.empty() ? nullptr : stack_.back().node; }

  // The id of the child at 1-based `position` under `parent` (none: the top
  // level): "2.28.4".
  static void set_id(Node& node, const Node* parent, std::size_t position) {
    char digits[24];
    const auto [end, error] = std::to_chars(std::begin(digits), std::end(digits), position);
    (void)error;  // 24 digits hold any size_t
    const std::string_view number(digits, static_cast<std::size_t>(end - digits));
    node.id = parent == nullptr ? std::string(number) : joined(parent->id, ".", number);
  }

  // a + b + c as one new string, sized once and copied into: appending to
  // or assigning a node's empty strings went through basic_string's general
  // replace, a tenth of the cost of opening a node.
  static std::string joined(std::string_view a, std::string_view b, std::string_view c) {
    std::string s(a.size() + b.size() + c.size(), '\0');
    char* out = s.data();
    std::memcpy(out, a.data(), a.size());
    std::memcpy(out + a.size(), b.data(), b.size());
    std::memcpy(out + a.size() + b.size(), c.data(), c.size());
    return s;
  }

  // Room for one more node among `siblings`, from block `index`. A few
  // nodes' room comes before the first: growing a vector of nodes one by
  // one moved each node (strings, children) several times. A list that
  // fills its room past kProjectFrom nodes grows to the length its density
  // so far projects (by half at least, eightfold at most). Doubling moved
  // every node of a 20 MB notice's list of 66,000 measures at each step and
  // touched twice the memory the list ends with: a ninth of the run's page
  // faults. Room never taken is address space, not memory.
  void make_room(std::vector<Node>& siblings, std::size_t index) const {
    const std::size_t n = siblings.size();
    if (n == 0) {
      siblings.reserve(kFirstSiblings);
      return;
    }
    if (n < siblings.capacity() || n < kProjectFrom) return;
    // The list's density over the lines it has run so far, carried to the
    // last line; no overflow: n and the line numbers are below the input's
    // length. At most eight times the list: a list early in a long notice
    // that stops soon would otherwise ask for room out of all proportion.
    const auto first = static_cast<std::size_t>(siblings.front().line);
    const auto now = static_cast<std::size_t>(blocks_[index].line);
    const auto last = static_cast<std::size_t>(blocks_.back().line);
    const std::size_t projected = first <= now && now <= last ? n * (last - first + 1) / (now - first + 1) : 0;
    siblings.reserve(std::max(std::min(projected, kMostGrowth * n) + n / 16, n + n / 2));
  }
  static constexpr std::size_t kFirstSiblings = 8;
  static constexpr std::size_t kProjectFrom = 4096;
  static constexpr std::size_t kMostGrowth = 8;

  // Reads a paragraph (or what follows a run-in heading) from byte `from`:
  // a label, the owner's text, and the measures that open clauses in it.
  void read_prose(std::size_t index, std::size_t from, std::size_t to, bool paragraph_start) {
    const Block& b = blocks_[index];
    const std::string_view text = std::string_view(b.text).substr(0, to);
    Node* unit = owner();
    std::size_t pos = from;

    // 整改情况: opens the body. The shadow is only read for that label.
    if (unit != nullptr && may_take_label(*unit) && may_open_label(text.substr(pos))) {
      static const std::size_t label_bytes = kLabelFrame + longest(lexicon::labels());
      const std::string_view shadow = shadow_view(index, from + label_bytes).substr(0, to);
      if (std::size_t label_end = match_label(text.substr(pos), shadow.substr(pos), unit); label_end > 0) {
        pos += label_end;
        while (pos < text.size() && text[pos] == ' ') ++pos;
      }
    }

    // Measures open clauses: at the start, or after 。；;：: . The clause
    // ends after `pos` were noted by find_inline_marker, which scanned this
    // stretch of text just before.
    std::vector<std::pair<std::size_t, Marker>>& measures = measures_;
    measures.clear();
    std::size_t scanned = pos;  // where the text after the last measure starts
    auto measure_at = [&](std::size_t clause_start) {
      std::size_t at = clause_start;
      while (at < text.size() && text[at] == ' ') ++at;
      if (auto m = match_measure(text.substr(at))) {
        measures.emplace_back(at, *m);
        scanned = at + m->length;
      }
    };
    if (pos < text.size()) measure_at(pos);
    for (const ClauseBreak& clause : clause_breaks_) {
      if (clause.start >= text.size()) break;
      if (clause.start <= scanned) continue;
      if (clause.tested_at == kUntested) {
        measure_at(clause.start);
      } else if (const auto& m = clause.marker;
                 m && m->kind == NodeKind::Measure && clause.tested_at + m->length <= text.size()) {
        // match_marker's measures are match_measure's; one cut off at `to`
        // would not match in the text read here, nor would a shorter one.
        measures.emplace_back(clause.tested_at, *m);
        scanned = clause.tested_at + m->length;
      }
    }

    add_enumerated_measures(text, pos, measures);

    const std::size_t first_measure = measures.empty() ? text.size() : measures.front().first;
    const std::string_view lead = trim_ascii_spaces(text.substr(pos, first_measure - pos));
    if (!lead.empty()) {
      if (unit == nullptr) {
        append_paragraph(result_.preamble, lead);
        add_span(Role::Preamble, index, offset_of(text, lead), lead.size(), {});
      } else {
        Node* target = unit;
        // A paragraph that continues a measure which opened its own paragraph.
        if (paragraph_start && measure_owns_paragraphs_ && !unit->children.empty() &&
            unit->children.back().kind == NodeKind::Measure) {
          target = &unit->children.back();
        }
        append_paragraph(target->text, lead);
        add_span(Role::Body, index, offset_of(text, lead), lead.size(), target->id);
      }
    }

    for (std::size_t k = 0; k < measures.size(); ++k) {
      const auto& [at, marker] = measures[k];
      const std::size_t end = k + 1 < measures.size() ? measures[k + 1].first : text.size();
      std::vector<Node>& siblings = unit ? unit->children : result_.outline;
      make_room(siblings, index);
      siblings.emplace_back();
      Node& node = siblings.back();
      fill_marker(node, marker, index, at);
      set_id(node, unit, siblings.size());
      const std::string_view segment = text.substr(at + marker.length, end - at - marker.length);
      const std::size_t heading_stop = heading_end(segment, HeadingEnd::Clause, stops_, at + marker.length);
      node.heading = std::string(trim_heading(segment.substr(0, heading_stop)));
      const std::string_view rest = trim_ascii_spaces(segment.substr(heading_stop));
      node.text = std::string(rest);
      add_span(Role::Heading, index, at, marker.length + heading_stop, node.id);
      if (!rest.empty()) add_span(Role::Body, index, offset_of(text, rest), rest.size(), node.id);
    }
    if (!measures.empty()) {
      // Only a measure that opened its paragraph takes the paragraphs after it.
      measure_owns_paragraphs_ = measures.size() == 1 && measures.front().first == pos && paragraph_start;
    } else if (!paragraph_start) {
      measure_owns_paragraphs_ = false;
    }
  }

  // Measures after a comma, outside quotes (会议要求,一是…,二是…;
  // 一是…。二是…,三是…), added to `measures` (those after clause ends, in
  // order): each must continue the paragraph's numbering, and a 一是 only
  // counts when its 二是 follows.
  static void add_enumerated_measures(std::string_view text, std::size_t from,
                                      std::vector<std::pair<std::size_t, Marker>>& measures) {
    if (measures.empty() && text.find("一是", from) == std::string_view::npos) return;
    std::vector<std::pair<std::size_t, Marker>> candidates;
    // Most commas open no measure, so the quotes are only counted up to a
    // comma that does: the paragraph is read code point by code point only
    // as far as its last such comma.
    int depth = 0;
    std::size_t counted = from;  // quotes counted before this offset
    auto depth_at = [&](std::size_t end) {
      while (counted < end) {
        const char32_t c = next_code_point(text, counted);
        if (c == U'“' || c == U'‘' || c == U'《' || c == U'「') {
          ++depth;
        } else if ((c == U'”' || c == U'’' || c == U'》' || c == U'」') && depth > 0) {
          --depth;
        }
      }
      return depth;
    };
    // The commas, ASCII and full-width, in order; each kind is looked for
    // again only once passed, so the paragraph is searched once for each.
    constexpr std::string_view kFullWidthComma = "\uFF0C";
    std::size_t ascii = text.find(',', from), full = text.find(kFullWidthComma, from);
    while (ascii != std::string_view::npos || full != std::string_view::npos) {
      const std::size_t comma = std::min(ascii, full);
      std::size_t after = comma;
      const char32_t c = next_code_point(text, after);
      if (comma == ascii) ascii = text.find(',', after);
      if (comma == full) full = text.find(kFullWidthComma, after);
      if (!opens_enumerated_clause_after(c)) continue;
      std::size_t at = after;
      while (at < text.size() && text[at] == ' ') ++at;
      auto m = match_measure(text.substr(at));
      if (m && depth_at(comma) == 0) candidates.emplace_back(at, *m);
    }
    if (candidates.empty()) return;
    const std::size_t clause_measures = measures.size();
    // Where the paragraph's last 二是 stands (after a clause end or a comma):
    // a 一是 after a comma needs one after it.
    std::size_t last_two = std::string_view::npos;
    for (const auto* list : {&measures, &candidates}) {
      for (const auto& [at, marker] : *list) {
        if (marker.number == 2 && (last_two == std::string_view::npos || at > last_two)) last_two = at;
      }
    }
    std::size_t k = 0;
    int last = 0;  // number of the latest measure before the candidate
    for (std::size_t n = 0; n < candidates.size(); ++n) {
      const auto& [at, marker] = candidates[n];
      // Candidates come in order, so an accepted one (already in `last`)
      // stands before this one, as do the clause measures passed here.
      while (k < clause_measures && measures[k].first < at) last = measures[k++].second.number;
      if (marker.number != last + 1) continue;
      if (marker.number == 1 && !(last_two != std::string_view::npos && last_two > at)) continue;
      measures.emplace_back(at, marker);
      last = marker.number;
    }
    std::sort(measures.begin(), measures.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
  }

  // Bytes match_label reads besides the label: 【, 】 and a colon.
  static constexpr std::size_t kLabelFrame = 3 + 3 + 4;

  // A unit takes a label until it has one or a measure.
  static bool may_take_label(const Node& unit) {
    if (unit.label) return false;
    for (const Node& child : unit.children) {
      if (child.kind == NodeKind::Measure) return false;
    }
    return true;
  }

  // Whether match_label could find a label at the start of `text`: it needs
  // a 【 there or a colon right after as many bytes as some label has. The
  // shadow differs from the text only in ideographs, so the text answers for
  // it, and most paragraphs are turned away without a shadow or a label
  // compared.
  static bool may_open_label(std::string_view text) {
    static const std::vector<std::size_t> label_sizes = [] {
      std::vector<std::size_t> sizes;
      for (std::string_view label : lexicon::labels()) {
        if (std::find(sizes.begin(), sizes.end(), label.size()) == sizes.end()) sizes.push_back(label.size());
      }
      return sizes;
    }();
    if (starts_with(text, "【")) return true;
    for (std::size_t n : label_sizes) {
      if (n < text.size() && (text[n] == ':' || starts_with(text.substr(n), "："))) return true;
    }
    return false;
  }

  // Bytes taken by a label (and its colon) at the start of `s`, or 0. The
  // first label of a unit is its label; a later one stays in the text.
  static std::size_t match_label(std::string_view text, std::string_view s, Node* unit) {
    if (!may_take_label(*unit)) return 0;
    std::size_t open = 0;
    if (starts_with(s, "【")) open = std::string_view("【").size();
    for (std::string_view label : lexicon::labels()) {
      if (!starts_with(s.substr(open), label)) continue;
      std::size_t i = open + label.size();
      if (open) {
        if (!starts_with(s.substr(i), "】")) continue;
        i += std::string_view("】").size();
        if (i < s.size()) {  // an optional colon after 【整改情况】
          std::size_t j = i;
          if (fold_width(next_code_point(s, j)) == U':') i = j;
        }
      } else {
        if (i >= s.size()) continue;
        std::size_t j = i;
        if (fold_width(next_code_point(s, j)) != U':') continue;
        i = j;
      }
      // The label keeps the characters as written, not the shadow's.
      unit->label = std::string(text.substr(open, label.size()));
      return i;
    }
    return 0;
  }

  static std::size_t offset_of(std::string_view whole, std::string_view part) {
    return static_cast<std::size_t>(part.data() - whole.data());
  }

  void add_span(Role role, std::size_t index, std::size_t offset, std::size_t length, const std::string& node) {
    const Block& b = blocks_[index];
    const std::string_view text = std::string_view(b.text).substr(offset, length);
    if (text.empty() && role != Role::Chrome) return;
    result_.spans.push_back(Span{role, text, b.line, column_of(index, offset), node});
  }

  const std::vector<Block>& blocks_;
  struct Shadow {
    std::string copy;         // the shadow, when the block has traditional characters
    std::size_t checked = 0;  // else: bytes of the text known to have none
  };
  mutable std::vector<Shadow> shadows_;
  std::vector<std::optional<Marker>> leading_markers_;
  std::vector<std::optional<ChromeKind>> chrome_kinds_;  // chrome_kind(i), once asked
  std::vector<std::optional<std::string>> readings_;     // reading_of(i), once asked
  struct ColumnCache {
    std::size_t index = static_cast<std::size_t>(-1);
    std::size_t offset = 0;  // bytes of blocks_[index].text counted
    int chars = 0;           // characters in them
  } column_cache_;
  OutlineResult result_;
  std::vector<Open> stack_;
  // A clause start find_inline_marker passed: where it is, and, when it
  // looked for a marker there, where (after spaces) and what it found.
  static constexpr std::size_t kUntested = static_cast<std::size_t>(-1);
  struct ClauseBreak {
    std::size_t start;
    std::size_t tested_at = kUntested;
    std::optional<Marker> marker;
  };
  std::vector<ClauseBreak> clause_breaks_;  // see find_inline_marker
  QuoteOrStopScanner stops_;  // quotes and stops of the paragraph being read, shared by its scans
  std::vector<std::pair<std::size_t, Marker>> measures_;  // read_prose's, kept to reuse the memory
  std::array<int, kFamilies> level_{};
  int next_level_ = 0;
  bool measure_owns_paragraphs_ = false;
};

}  // namespace

OutlineResult build_outline(const std::vector<Block>& blocks) { return OutlineBuilder(blocks).build(); }

}  // namespace tongbao::detail
