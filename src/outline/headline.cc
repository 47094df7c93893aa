#include "outline/headline.h"

#include <algorithm>
#include <vector>

#include "outline/chrome.h"
#include "outline/lexicon.h"
#include "text/chars.h"
#include "text/dates.h"
#include "text/utf8.h"

namespace tongbao::detail {
namespace {

// A headline is a line of a few words: shorter is a column name or a
// button, longer is prose or a run of links.
constexpr int kMinHeadlineChars = 8;
constexpr int kMaxHeadlineChars = 80;
// Headlines are written in characters; a line of mostly digits and Latin
// letters is a file name, a code or an address.
constexpr int kMinIdeographPercent = 60;
// A headline may have two parts (主题 副题) on one line; more is a menu.
constexpr int kMaxHeadlinePieces = 2;
// Menu words are short: 首页 政务公开 展开频道.
constexpr int kMaxMenuWordChars = 4;
// A person's name after an office (局长 张三) is two to three characters.
constexpr int kMaxNameChars = 3;
// A label's key (本文字数: 第01版:) is short, and so is a label's value; a
// headline after a place or media name (西城:召开…) is long, and a headline's
// second clause (…豪华办公楼:堪比五星级酒店 中央巡视组责令整改) as long as its first.
constexpr int kMaxColonHeadChars = 10;
constexpr int kMinColonTailChars = 8;

bool is_colon(char32_t c) { return fold_width(c) == U':' || c == U'∶'; }
bool is_comma(char32_t c) { return fold_width(c) == U','; }

// Whether `r` ends with an office (局长) and at most a name's characters after it.
bool ends_with_office(std::string_view r) {
  for (std::string_view office : lexicon::offices()) {
    const std::size_t at = r.rfind(office);
    if (at == std::string_view::npos) continue;
    const std::string_view name = r.substr(at + office.size());
    if (count_chars(name) > kMaxNameChars) continue;
    bool ideographs_only = true;
    for (std::size_t i = 0; i < name.size();) ideographs_only = ideographs_only && is_ideograph(next_code_point(name, i));
    if (ideographs_only) return true;
  }
  return false;
}

}  // namespace

std::string title_reading(std::string_view text) {
  const std::string stripped = strip_conversion_artifacts(text);
  const std::string_view s = stripped;
  if (s.find(' ') == std::string_view::npos) return stripped;
  // Letter spacing: three or more single ideographs in a row, one space
  // apart, are one word (巡 察 公 告). Words of two or more characters
  // (西城 召开) keep their spaces.
  struct Token {
    std::size_t begin, end;  // a run of non-spaces
    bool single;             // one ideograph
  };
  std::vector<Token> tokens;
  for (std::size_t i = 0; i < s.size();) {
    if (s[i] == ' ') {
      ++i;
      continue;
    }
    const std::size_t begin = i;
    while (i < s.size() && s[i] != ' ') ++i;
    std::size_t k = begin;
    const bool one_ideograph = is_ideograph(next_code_point(s, k)) && k == i;
    tokens.push_back({begin, i, one_ideograph});
  }
  std::string out;
  out.reserve(s.size());
  std::size_t copied = 0;
  for (std::size_t t = 0; t < tokens.size();) {
    std::size_t u = t;
    while (u + 1 < tokens.size() && tokens[u].single && tokens[u + 1].single && tokens[u + 1].begin == tokens[u].end + 1) ++u;
    if (tokens[t].single && u - t + 1 >= 3) {
      out.append(s.substr(copied, tokens[t].begin - copied));
      for (std::size_t k = t; k <= u; ++k) out.append(s.substr(tokens[k].begin, tokens[k].end - tokens[k].begin));
      copied = tokens[u].end;
      t = u + 1;
    } else {
      ++t;
    }
  }
  out.append(s.substr(copied));
  return out;
}

bool looks_like_headline(std::string_view r) {
  int chars = 0, ideographs = 0, commas = 0, colons = 0, pieces = 0, longest_piece = 0, piece = 0;
  int spaces_in_row = 0, widest_gap = 0, last_piece = 0;
  std::size_t colon_at = std::string_view::npos;
  char32_t last = 0;
  for (std::size_t i = 0; i < r.size();) {
    const std::size_t at = i;
    const char32_t c = next_code_point(r, i);
    if (c == U' ' || c == U'\t' || c == U'　') {
      ++spaces_in_row;
      if (spaces_in_row > widest_gap) widest_gap = spaces_in_row;
      if (piece) longest_piece = std::max(longest_piece, piece);
      piece = 0;
      continue;
    }
    if (piece == 0) ++pieces;
    spaces_in_row = 0;
    last_piece = ++piece;
    ++chars;
    last = c;
    ideographs += is_ideograph(c);
    commas += is_comma(c);
    if (is_colon(c)) {
      ++colons;
      if (colon_at == std::string_view::npos) colon_at = at;
    }
    // Sentences, navigation, table borders and links are no headline; nor
    // is a line that shouts (处罚5569人!…): the shared corpus reads such a
    // repost's line as no title.
    const char32_t folded = fold_width(c);
    if (c == U'。' || folded == U'!' || folded == U';' || is_navigation_arrow(c) || c == U'|' || c == U'_' ||
        c == U'<' || c == U'/' || c == U'=') {
      return false;
    }
    // A question may head a page (巡察整改进展情况为什么要向社会公开？),
    // asked at its end; one inside the line is a sentence's, one after a
    // label (问：…？) a question the text asks. An ASCII ? is more often
    // a character a bad conversion lost (动员会?) than a question.
    if (folded == U'?' && (c == U'?' || i < r.size() || colons > 0)) return false;
  }
  longest_piece = std::max(longest_piece, piece);
  if (chars < kMinHeadlineChars || chars > kMaxHeadlineChars) return false;
  if (ideographs * 100 < chars * kMinIdeographPercent) return false;
  if (commas > 1 || colons > 1 || widest_gap > 2) return false;
  if (pieces > kMaxHeadlinePieces || (pieces > 1 && longest_piece <= kMaxMenuWordChars)) return false;
  // 市审计局局长 某某某: an office and a name, a byline.
  if (pieces == 2 && last_piece <= kMaxNameChars) return false;
  // 海南省审计厅厅长刘某某, 市审计局局长: the office with the name run on, or without it.
  if (pieces == 1 && ends_with_office(r)) return false;
  // A headline ends on a word, not on a mark that leads on.
  if (is_colon(last) || is_comma(last) || last == U'、') return false;
  if (colon_at != std::string_view::npos) {
    // A label and its value (本文字数:284, 第01版:头版) has a short value; a
    // headline after a place's or media's name (西城:召开…) a long one, and so
    // has a headline in two clauses (某局拟搬离豪华办公楼:堪比五星级酒店 …).
    std::size_t after = colon_at;
    next_code_point(r, after);
    const int head = count_chars(r.substr(0, colon_at)), tail = count_chars(r.substr(after));
    if (tail < kMinColonTailChars || (head > kMaxColonHeadChars && tail < head)) return false;
  }
  if (r.ends_with("…")) return false;  // an excerpt trails off (……)
  // A unit's heading that names a problem (针对“…”问题, 关于…的问题) in a
  // passage from a notice's middle.
  if (lexicon::starts_with_any(r, lexicon::problem_introducers()) && lexicon::ends_with_any(r, lexicon::problem_suffixes())) {
    return false;
  }
  if (reads_as_heading_rest(r)) return false;
  if (lexicon::starts_with_any(r, lexicon::banner_openers())) return false;  // 欢迎…, 今天是…
  if (lexicon::ends_with_any(r, lexicon::site_name_endings())) return false;  // …门户网, …官网
  if (lexicon::is_disclosure_banner(r)) return false;                          // …人民政府信息公开
  if (lexicon::ends_with_any(r, lexicon::unfinished_endings())) return false;  // …会议听取 / 下一行
  if (first_timestamp(r)) return false;  // 2022年06月23日编辑:…, 齐鲁晚报 2022年12月29日
  return true;
}

bool reads_as_heading_rest(std::string_view r) {
  if (r.ends_with("的问题") || r.ends_with("问题的整改") || r.ends_with("问题的整改情况")) return true;
  const std::size_t close = r.find("”");
  return close != std::string_view::npos && r.substr(0, close).find("“") == std::string_view::npos;
}

bool is_kicker(std::string_view r) {
  // Each phrase a verb and its object or two: 3 to 8 characters.
  constexpr int kMinPhraseChars = 3, kMaxPhraseChars = 8;
  int phrases = 0, piece = 0;
  auto end_piece = [&] {
    if (piece == 0) return true;
    ++phrases;
    const bool fits = piece >= kMinPhraseChars && piece <= kMaxPhraseChars;
    piece = 0;
    return fits;
  };
  for (std::size_t i = 0; i < r.size();) {
    const char32_t c = next_code_point(r, i);
    if (c == U' ' || c == U'　') {
      if (!end_piece()) return false;
      continue;
    }
    if (!is_ideograph(c)) return false;
    ++piece;
  }
  return end_piece() && phrases >= 2;
}

}  // namespace tongbao::detail
