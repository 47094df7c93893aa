// inspection.cc - the inspection facts of a notice's opening sentences:
//
//   根据市委巡察工作统一部署,2023年7月13日至8月31日,市委第七巡察组对市发改委党组
//   进行了巡察。2023年10月13日,巡察组向市发改委党组反馈了巡察意见。
//
// The inspection sentence is the first that names a period (two dates joined
// by 至, a dash, 开始,至 ...) and an inspection (a team or 巡视/巡察/审计). The
// feedback date is the date just before 反馈 in that sentence or the next
// three. Only dates that name their day fill start/end/feedback: 8月下旬 and
// garbled dates leave them null rather than guessed.
#include "annotate/inspection.h"

#include <algorithm>
#include <array>

#include "annotate/money.h"
#include "annotate/terms.h"
#include "scan/find_word.h"
#include "scan/byte_scan.h"
#include "text/chars.h"
#include "text/utf8.h"

namespace tongbao::detail {

using namespace std::string_view_literals;
namespace {

constexpr std::size_t npos = std::string_view::npos;
// How far back from 巡察组 a committee may stand
// (市委深化“最多跑一次”改革、优化营商环境专项巡察组).
constexpr int kMaxTeamBodyChars = 24;
// A place before its committee (安庆 of 安庆市委, 石家庄) is two or three
// characters; an organisation's name (教育部 of 教育部党组) may run longer.
constexpr int kMinQualifierChars = 2;
constexpr int kMaxPlaceChars = 3;
constexpr int kMaxOrganisationChars = 12;
// Lead words and qualifier together: a longer run of ideographs before a
// committee is prose, not a name.
constexpr int kMaxQualifierRunChars = 16;
// Where feedback is looked for when no inspection sentence was found.
constexpr std::size_t kOpeningSentences = 20;
// Sentences after the inspection sentence that may give the feedback date.
constexpr std::size_t kFeedbackWindow = 3;
// Longest target read, in bytes (about 30 characters).
constexpr std::size_t kMaxTargetBytes = 90;


bool is_numeral_char(char32_t c) { return chinese_digit_value(c) >= 1 || c == U'十' || digit_value(c) >= 0; }

// Length of the committee (市委, 省委, 中央 ...) that ends at byte p, or 0.
std::size_t committee_ending_at(std::string_view s, std::size_t p) {
  for (std::string_view c : terms::team_committees()) {
    if (p >= c.size() && s.substr(p - c.size(), c.size()) == c) return c.size();
  }
  return 0;
}

// Punctuation a long themed team name may hold: 深化“放管服”改革、优化….
bool is_team_name_mark(char32_t c) {
  return c == U'“' || c == U'”' || c == U'‘' || c == U'’' || c == U'、' || c == U'"' || c == U'(' || c == U')' ||
         c == U'（' || c == U'）';
}

// Start of the name written right before the committee that starts at p
// (新华 of 新华区委, 教育部 of 教育部党组), or p when there is none. The name
// is the run of ideographs back to punctuation or the start of the text,
// with lead words (根据, 收到, 上午 ...) taken off its front as long as two
// characters remain: 日上午,青羊区委 gives 青羊, 收到区委 and 认真吸收区委
// give nothing, 日照市委 keeps 日照.
bool is_short_organisation(std::string_view name) {
  for (std::string_view w : terms::short_organisations()) {
    if (name == w) return true;
  }
  return false;
}

std::size_t qualifier_start(std::string_view s, std::size_t p, bool organisation) {
  // One character names an organisation before its committee when it is
  // one of the short names (校党委, 局党组): two make a place or a name.
  auto names = [&](std::size_t from, int chars) {
    if (chars >= kMinQualifierChars) return true;
    return organisation && chars == 1 && is_short_organisation(s.substr(from, p - from));
  };
  std::size_t start = p;
  int chars = 0;
  while (start > 0) {
    std::size_t k = start;
    const char32_t c = prev_code_point(s, k);
    // 十二届南通市委: the session before the place is the team's too (see
    // session_prefix), not part of the place's name.
    if (!is_ideograph(c) || c == U'届' || c == U'屆') break;
    // 某有限公司委员会关于集团党委第一巡察组…: a title's 关于 ends the issuer,
    // however long its name; what follows it (a place, or lead words:
    // 关于落实省委…) is read as the rest is.
    constexpr std::string_view kAboutFirst = "关";
    if (c == U'于' && k >= kAboutFirst.size() && s.substr(k - kAboutFirst.size(), kAboutFirst.size()) == kAboutFirst) break;
    start = k;
    if (++chars > kMaxQualifierRunChars) return p;
  }
  if (start == p) return p;
  // A verb inside the run ends the subject before it (学校党委对照市委教育工委
  // 第二巡察组: 市委教育工委's team, not the school's): the name starts after
  // the last lead word of two characters or more, or the last 是 (三是对市委
  // 第六巡察组: a measure's copula, which no place's name holds).
  {
    std::size_t cut = start;
    for (std::string_view word : terms::team_lead_words()) {
      if (count_chars(word) < 2 && word != "是") continue;
      const std::size_t at = s.substr(start, p - start).rfind(word);
      if (at != std::string_view::npos && at > 0 && start + at + word.size() > cut) cut = start + at + word.size();
    }
    if (cut > start && cut < p) {
      start = cut;
      chars = count_chars(s.substr(start, p - start));
    }
  }
  for (bool stripped = true; stripped;) {
    stripped = false;
    for (std::string_view word : terms::team_lead_words()) {
      if (!starts_with(s.substr(start, p - start), word)) continue;
      const int left = chars - count_chars(word);
      if (left == 0) return p;  // the run is a lead word (收到, 对标对表)
      if (!names(start + word.size(), left)) continue;
      start += word.size();
      chars = left;
      stripped = true;
      break;
    }
  }
  const std::string_view name = s.substr(start, p - start);
  for (std::string_view word : terms::team_lead_words()) {
    if (name == word) return p;
  }
  // 我县市委第五巡察组: the writer's own county (我县, 我市) is no name.
  if (name.starts_with("我")) return p;
  const int most = organisation ? kMaxOrganisationChars : kMaxPlaceChars;
  return names(start, chars) && chars <= most ? start : p;
}

bool is_named_committee(std::string_view committee) {
  for (std::string_view c : terms::named_committees()) {
    if (committee == c) return true;
  }
  return false;
}

bool is_organisation_committee(std::string_view committee) {
  for (std::string_view c : terms::organisation_committees()) {
    if (committee == c) return true;
  }
  return false;
}

// Start of an ordinal written right before p (九, 第十二, 第5), or p: up to
// three numeral characters, with the 第 before them if it stands there.
std::size_t ordinal_before(std::string_view s, std::size_t p) {
  std::size_t start = p;
  int n = 0;
  while (start > 0 && n < 3) {
    std::size_t k = start;
    if (!is_numeral_char(prev_code_point(s, k))) break;
    start = k;
    ++n;
  }
  if (n == 0) return p;
  if (ends_with(s.substr(0, start), "第")) start -= std::string_view("第").size();  // 第九届党委
  return start;
}

// Start of an "N届" (or "第N届") written right before p, or p.
std::size_t session_prefix(std::string_view s, std::size_t p) {
  std::string_view head = s.substr(0, p);
  if (!ends_with(head, "届") && !ends_with(head, "屆")) return p;
  const std::size_t session = p - std::string_view("届").size();
  const std::size_t start = ordinal_before(s, session);
  return start == session ? p : start;
}

// End of a numeral (五, 十二, 7) at i, or npos.
std::size_t numeral_end(std::string_view s, std::size_t i) {
  DigitRun run = read_digits(s, i);
  if (run.count > 0) return run.count <= 3 ? run.end : npos;
  std::size_t end = i;
  if (read_chinese_small(s, i, end)) return end;
  return npos;
}

bool only_themes(std::string_view rest) {
  while (!rest.empty()) {
    // A theme may stand in brackets: 第五提级(交叉)巡察组.
    bool hit = false;
    for (std::string_view bracket : {std::string_view("("), std::string_view(")"), std::string_view("（"),
                                     std::string_view("）")}) {
      if (starts_with(rest, bracket)) {
        rest.remove_prefix(bracket.size());
        hit = true;
        break;
      }
    }
    if (hit) continue;
    for (std::string_view theme : terms::team_themes()) {
      if (starts_with(rest, theme)) {
        rest.remove_prefix(theme.size());
        hit = true;
        break;
      }
    }
    if (!hit) return false;
  }
  return true;
}

// A team named by its theme (乡村振兴领域专项, 深化“放管服”改革专项): a theme
// word among the name's characters, and no word of a sentence.
bool is_themed_body(std::string_view body) {
  bool themed = false;
  for (std::string_view theme : terms::team_themes()) themed = themed || contains_word(body, theme);
  if (!themed) return false;
  std::size_t k = 0;
  while (k < body.size()) {
    char32_t c = next_code_point(body, k);
    if ((!is_ideograph(c) && !is_team_name_mark(c)) || c == U'的' || c == U'个' || c == U'個' || c == U'对' ||
        c == U'對' || c == U'和') {
      return false;
    }
  }
  return true;
}

// What stands between committee and 巡察组: 第七, 第一提级, 乡村振兴领域专项.
bool valid_team_body(std::string_view body) {
  if (body.empty()) return false;
  if (starts_with(body, "第")) {
    std::size_t e = numeral_end(body, std::string_view("第").size());
    if (e == npos) return false;
    // 省委第八轮巡视第六巡视组: a round before the team's own ordinal.
    std::string_view rest = body.substr(e);
    for (std::string_view round : {std::string_view("轮巡视第"), std::string_view("轮巡察第")}) {
      if (starts_with(rest, round)) {
        e = numeral_end(rest, round.size());
        return e != npos && only_themes(rest.substr(e));
      }
    }
    // 县委第八轮专项巡察组: a round's one themed team (a theme must follow:
    // 第八轮巡察组 may be any of the round's teams).
    for (std::string_view round : {std::string_view("轮"), std::string_view("輪")}) {
      if (starts_with(rest, round) && rest.size() > round.size()) return only_themes(rest.substr(round.size()));
    }
    return only_themes(rest);
  }
  return is_themed_body(body);
}

// What stands between committee and 巡察 in 市委巡察六组: nothing, a theme
// (兴宁市委机动巡察一组, 县委经济发展领域作风建设专项巡察二组) or the round
// (七届市委第十二轮巡察一组).
bool valid_numbered_after_body(std::string_view body) {
  if (body.empty() || only_themes(body) || is_themed_body(body)) return true;
  if (!starts_with(body, "第")) return false;
  const std::size_t e = numeral_end(body, std::string_view("第").size());
  return e != npos && (body.substr(e) == "轮" || body.substr(e) == "輪");
}

// End of a sub-team written after the team ending at `end`
// (第二巡察组第四巡察小组), or `end`.
std::size_t sub_team_end(std::string_view s, std::size_t end) {
  if (!starts_with(s.substr(end), "第")) return end;
  const std::size_t e = numeral_end(s, end + std::string_view("第").size());
  if (e == npos) return end;
  for (std::string_view sub : {std::string_view("巡察小组"), std::string_view("巡察小組"),
                               std::string_view("巡视小组"), std::string_view("巡視小組")}) {
    if (starts_with(s.substr(e), sub)) return e + sub.size();
  }
  return end;
}

// Kind named by a 巡察/巡视 at `p` (the 巡), or empty.
std::string_view kind_at(std::string_view s, std::size_t p) {
  for (const terms::Term& t : terms::inspection_kinds()) {
    if (s.substr(p, t.text.size()) == t.text) return t.meaning;
  }
  return {};
}

// The earliest inspection-kind word in `s`, or empty.
std::string_view first_kind(std::string_view s) {
  std::size_t best = npos;
  std::string_view kind;
  for (const terms::Term& t : terms::inspection_kinds()) {
    std::size_t at = s.find(t.text);
    if (at < best) {
      best = at;
      kind = t.meaning;
    }
  }
  return kind;
}

bool has_kind_word(std::string_view s) { return !first_kind(s).empty(); }

bool names_audit_body(std::string_view s) {
  for (std::string_view body : terms::audit_bodies()) {
    if (s.find(body) != npos) return true;
  }
  return false;
}

// Is the text between two dates a range connector?
bool is_connector(std::string_view between) {
  between = trim_ascii_spaces(between);
  for (std::string_view c : terms::range_connectors()) {
    if (between == c) return true;
  }
  return false;
}

// Whether a sentence's dates d and d + 1 make a range (3月1日至4月30日).
bool makes_range(const Sentence& s, std::size_t d) {
  const std::size_t a_end = s.date_end(d), b_begin = s.date_begin(d + 1);
  return b_begin >= a_end && is_connector(s.text.substr(a_end, b_begin - a_end));
}

// Is the text between one range's end and the next range's start a mere
// joiner (、 , 和 及), so that both ranges are one period?
bool is_range_joiner(std::string_view between) {
  between = trim_ascii_spaces(between);
  for (std::string_view j : terms::range_joiners()) {
    if (between == j) return true;
  }
  return false;
}

// 2023-03-01 -> 2024-03-01; 29 February has no twin in the next year, so
// the date is not known.
std::optional<std::string> in_next_year(const std::string& ymd) {
  if (ymd.substr(5, 5) == "02-29") return std::nullopt;
  return std::to_string(std::stoi(ymd.substr(0, 4)) + 1) + ymd.substr(4);
}

std::optional<std::string> day_value(const DateMatch& d) {
  if (d.day_precise && d.value) return d.value->substr(0, 10);
  return std::nullopt;
}

// Removes (以下简称X) and its full-width form.
std::string strip_alias(std::string_view s) {
  std::string out;
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t j = i;
    char32_t c = next_code_point(s, j);
    bool alias = false;
    for (std::string_view opener : terms::alias_openers()) alias = alias || starts_with(s.substr(j), opener);
    if ((c == U'(' || c == U'（') && alias) {
      std::size_t k = j;
      while (k < s.size()) {
        char32_t d = next_code_point(s, k);
        if (d == U')' || d == U'）') break;
      }
      i = k;
      continue;
    }
    out.append(s.substr(i, j - i));
    i = j;
  }
  return out;
}

// A target must read like a name: no digits, no punctuation, not 我局.
std::optional<std::string> clean_target(std::string_view raw) {
  std::string t = strip_alias(trim_ascii_spaces(raw));
  if (t.empty() || t.size() > kMaxTargetBytes || starts_with(t, "我")) return std::nullopt;
  std::size_t k = 0;
  while (k < t.size()) {
    char32_t c = next_code_point(t, k);
    if (!is_ideograph(c) || c == U'的') return std::nullopt;
  }
  return t;
}

// 对X进行了巡察 in `s`, searching from byte `from`.
std::optional<std::string> target_in(std::string_view s, std::size_t from) {
  for (std::string_view opener : terms::target_openers()) {
    std::size_t at = s.find(opener, from);
    if (at == npos) continue;
    std::size_t begin = at + opener.size();
    std::size_t best = npos;
    for (std::string_view verb : terms::target_verbs()) {
      std::size_t v = s.find(verb, begin);
      if (v != npos && v < best) best = v;
    }
    if (best == npos || best - begin > kMaxTargetBytes) continue;
    if (auto t = clean_target(s.substr(begin, best - begin))) return t;
  }
  return std::nullopt;
}

// 向X反馈 in `s`.
std::optional<std::string> feedback_target_in(std::string_view s, std::size_t feedback_at) {
  std::string_view head = s.substr(0, feedback_at);
  std::size_t at = head.rfind("向");
  if (at == npos) return std::nullopt;
  std::string_view receiver = trim_ascii_spaces(head.substr(at + std::string_view("向").size()));
  for (std::string_view manner : terms::feedback_manners()) {
    if (receiver.ends_with(manner)) receiver.remove_suffix(manner.size());
  }
  return clean_target(receiver);
}

}  // namespace

std::vector<Sentence> split_sentences(const std::vector<Span>& spans, const SpanDates& span_dates) {
  return split_sentences(spans, span_dates, SpanStops(spans));
}

std::vector<Sentence> split_sentences(const std::vector<Span>& spans, const SpanDates& span_dates,
                                      const SpanStops& span_stops) {
  std::vector<Sentence> out;
  out.reserve(2 * spans.size());  // most paragraphs hold one or two sentences
  for (std::size_t n = 0; n < spans.size(); ++n) {
    const Span& span = spans[n];
    if (span.role == Role::Chrome) continue;
    std::string_view text = span.text;
    const std::span<const DateMatch> dates = span_dates[n];
    std::size_t d = 0;
    std::size_t begin = 0;
    auto emit = [&](std::size_t end) {
      if (end <= begin) return;
      std::size_t last = d;
      while (last < dates.size() && dates[last].begin < end) ++last;
      out.push_back(Sentence{text.substr(begin, end - begin), span.role,
                             dates.subspan(d, last - d), begin,
                             span_stops[n].may_hold_money(), span_stops[n].may_hold_percent(),
                             span_stops[n].may_hold_number_or_email()});
      d = last;
      begin = end;
    };
    // Sentence ends are 。！？； (three bytes) and !?;, which StopBits
    // marks. The text is valid UTF-8 (decode.h), where a lead byte always
    // starts a character, so matching bytes finds the same ends as
    // decoding would, without decoding the ideographs between them.
    for (std::size_t i = span_stops[n].next_sentence_end(0); i < text.size();
         i = span_stops[n].next_sentence_end(i)) {
      i += static_cast<unsigned char>(text[i]) < 0x80 ? 1 : 3;
      emit(i);
    }
    emit(text.size());
  }
  return out;
}

// Whether another team is named right after the one that ends at `end`
// (县委第一巡察组、第三巡察组在…; 省委第二巡视组和第五巡视组): teams named
// together, none of which is the one the notice answers. The other is a
// team when its name, up to its first 组, holds an inspection word or
// opens with an ordinal.
bool another_team_follows(std::string_view s, std::size_t end) {
  std::size_t p = end;
  if (p >= s.size()) return false;
  const char32_t joiner = next_code_point(s, p);
  if (joiner != U'、' && joiner != U'和' && joiner != U'及' && joiner != U'与' && joiner != U'與') return false;
  constexpr int kMaxOtherTeamChars = 20;
  std::size_t q = p;
  for (int n = 0; n < kMaxOtherTeamChars && q < s.size(); ++n) {
    const char32_t c = next_code_point(s, q);
    if (!is_ideograph(c) && digit_value(c) < 0) return false;
    if (c == U'组' || c == U'組') {
      const std::string_view other = s.substr(p, q - p);
      return starts_with(other, "第") || !first_kind(other).empty();
    }
  }
  return false;
}

// Whether the date at `begin` is the day a tally was taken: 截至 before it.
bool is_as_of(std::string_view s, std::size_t begin) {
  const std::string_view before = s.substr(0, begin);
  for (std::string_view w : terms::as_of_words()) {
    if (before.ends_with(w)) return true;
  }
  return false;
}

std::optional<std::string> find_team(std::string_view s, std::string* kind, bool* together) {
  std::size_t pos = 0;
  while ((pos = s.find("巡", pos)) != npos) {
    std::size_t p = pos;
    pos += std::string_view("巡").size();
    std::string_view k = kind_at(s, p);
    if (k.empty() || k == "审计") continue;
    std::size_t word_end = p + std::string_view("巡察").size();
    std::size_t team_end = npos;
    bool numbered_after = false;  // 市委巡察六组
    for (const terms::Term& suffix : terms::team_suffixes()) {
      if (s.substr(p, suffix.text.size()) == suffix.text) team_end = p + suffix.text.size();
    }
    if (team_end == npos) {
      // 区委巡察机动组: a theme after the kind, and no ordinal.
      for (std::string_view theme : terms::team_themes()) {
        const std::string_view after = s.substr(word_end);
        if (starts_with(after, theme) &&
            (starts_with(after.substr(theme.size()), "组") || starts_with(after.substr(theme.size()), "組"))) {
          team_end = word_end + theme.size() + std::string_view("组").size();
          numbered_after = true;
          break;
        }
      }
    }
    if (team_end == npos) {
      // 市委巡察六组, 省委巡视第十组: the ordinal after the kind.
      const bool ordinal = starts_with(s.substr(word_end), "第");
      std::size_t e = numeral_end(s, word_end + (ordinal ? std::string_view("第").size() : 0));
      if (e == npos) continue;
      if (starts_with(s.substr(e), "组") || starts_with(s.substr(e), "組")) {
        team_end = e + std::string_view("组").size();
        numbered_after = true;
      } else {
        continue;
      }
    }
    // Back from 巡 to the committee.
    std::size_t q = p;
    std::size_t committee = 0;
    for (int n = 0; n <= kMaxTeamBodyChars && q > 0; ++n) {
      if (std::size_t len = committee_ending_at(s, q)) {
        committee = len;
        break;
      }
      std::size_t r = q;
      char32_t c = prev_code_point(s, r);
      if (!is_ideograph(c) && digit_value(c) < 0 && !is_team_name_mark(c)) break;
      q = r;
    }
    if (committee == 0) continue;
    std::string_view body = s.substr(q, p - q);
    // 县委第二、第三巡察组: teams named together by their numbers, none of
    // which is the one a notice answers.
    if (const std::size_t comma = body.find("、"); comma != npos) {
      bool ordinals = true;
      for (std::string_view rest = body; ordinals && !rest.empty();) {
        const std::size_t cut = rest.find("、");
        const std::string_view piece = rest.substr(0, cut);
        ordinals = !piece.empty() && ordinal_before(piece, piece.size()) == 0;
        rest = cut == npos ? std::string_view() : rest.substr(cut + std::string_view("、").size());
      }
      if (ordinals) {
        if (together) *together = true;
        return std::nullopt;
      }
    }
    if (numbered_after ? !valid_numbered_after_body(body) : !valid_team_body(body)) continue;
    const std::size_t committee_start = q - committee;
    std::size_t start = session_prefix(s, committee_start);
    const std::string_view committee_name = s.substr(committee_start, committee);
    if (start == committee_start) {
      start = qualifier_start(s, committee_start, is_organisation_committee(committee_name));
      if (start != committee_start) start = session_prefix(s, start);  // 十二届南通市委
    }
    if (start == committee_start && is_named_committee(committee_name)) continue;  // a bare 部
    team_end = sub_team_end(s, team_end);
    if (another_team_follows(s, team_end)) {
      if (together) *together = true;
      return std::nullopt;
    }
    if (kind) *kind = std::string(k);
    return std::string(s.substr(start, team_end - start));
  }
  return std::nullopt;
}

// An audit office's numbered team: 省审计厅第五审计组, 县审计局经济责任审计二组,
// 集团公司审计部第二审计组. Its office's name is read back as a committee's
// qualifier is, or is a place's one character (县审计局).
std::optional<std::string> find_audit_team(std::string_view s) {
  constexpr std::string_view kGroup[] = {"组", "組"};
  auto group_at = [&](std::size_t i) {
    return starts_with(s.substr(i), kGroup[0]) || starts_with(s.substr(i), kGroup[1]);
  };
  for (std::string_view word : {std::string_view("审计"), std::string_view("審計")}) {
    for (std::size_t at = s.find(word); at != npos; at = s.find(word, at + word.size())) {
      const std::size_t after = at + word.size();
      std::size_t team_start = at, team_end = npos;
      const bool ordinal = starts_with(s.substr(after), "第");
      if (const std::size_t e = numeral_end(s, after + (ordinal ? std::string_view("第").size() : 0));
          e != npos && group_at(e)) {
        team_end = e + kGroup[0].size();  // 审计二组
      } else if (group_at(after)) {  // 第五审计组
        team_start = ordinal_before(s, at);
        if (team_start == at) continue;
        team_end = after + kGroup[0].size();
      } else {
        continue;
      }
      // Back from the team to its office, over a theme (经济责任).
      std::size_t q = team_start, office = 0;
      for (int n = 0; n <= kMaxTeamBodyChars && q > 0 && office == 0; ++n) {
        for (std::string_view o : terms::audit_offices()) {
          if (ends_with(s.substr(0, q), o)) office = o.size();
        }
        if (office != 0) break;
        std::size_t r = q;
        if (!is_ideograph(prev_code_point(s, r))) break;
        q = r;
      }
      if (office == 0) continue;
      const std::size_t office_start = q - office;
      std::size_t start = qualifier_start(s, office_start, true);
      for (std::string_view place : terms::office_places()) {
        if (start == office_start && ends_with(s.substr(0, office_start), place)) start -= place.size();
      }
      if (start == office_start) continue;  // 审计局第二审计组: whose office?
      return std::string(s.substr(start, team_end - start));
    }
  }
  return std::nullopt;
}

std::optional<std::string> find_round(std::string_view s) {
  for (std::string_view mark : {std::string_view("轮"), std::string_view("輪")}) {
    std::size_t pos = 0;
    while ((pos = s.find(mark, pos)) != npos) {
      std::size_t p = pos;
      pos += mark.size();
      // Back over the numeral, then 第, then the committee.
      std::size_t q = p;
      int n = 0;
      while (q > 0 && n < 4) {
        std::size_t r = q;
        if (!is_numeral_char(prev_code_point(s, r))) break;
        q = r;
        ++n;
      }
      if (n == 0 || !ends_with(s.substr(0, q), "第")) continue;
      q -= std::string_view("第").size();
      std::size_t len = committee_ending_at(s, q);
      if (len == 0) continue;
      std::size_t start = session_prefix(s, q - len);
      // A 党组 or 党委 names no round without its organisation
      // (最高检党组第一轮巡视); a committee of a place (市委) does.
      const std::string_view committee_name = s.substr(q - len, len);
      if (start == q - len && is_organisation_committee(committee_name)) {
        start = qualifier_start(s, q - len, true);
        if (start == q - len && is_named_committee(committee_name)) continue;  // a bare 部
        if (start != q - len) start = session_prefix(s, start);  // 十五届平山镇党委
      }
      std::size_t end = p + mark.size();
      std::string_view k = kind_at(s, end);
      if (!k.empty()) end += std::string_view("巡察").size();
      return std::string(s.substr(start, end - start));
    }
  }
  return std::nullopt;
}

std::optional<Inspection> find_inspection(const std::optional<std::string>& title,
                                          const std::vector<Sentence>& sentences) {
  Inspection insp;
  std::string team_kind;

  // The inspection sentence and its period.
  std::size_t at = npos;
  bool two_teams = false;  // the sentence names two inspections, each with its team and period
  std::size_t range_first = npos;  // index of the period's first date
  for (std::size_t k = 0; k < sentences.size() && at == npos; ++k) {
    const Sentence& s = sentences[k];
    if (s.dates.size() < 2 || !has_kind_word(s.text)) continue;
    // In the body a period is the inspection's only beside its team (or
    // the office that audited): 2023年1月至6月 there dates other work.
    bool in_body = s.role == Role::Heading || s.role == Role::Body;
    if (in_body && !find_team(s.text) && !names_audit_body(s.text)) continue;
    for (std::size_t d = 0; d + 1 < s.dates.size(); ++d) {
      if (!makes_range(s, d)) continue;
      // 2014年1月1日至12月31日: a whole year is the span an audit covered
      // (对市财政局2014年1月1日至12月31日预算执行情况进行了审计), never the
      // time an inspection or an audit team spent.
      if (const auto from = day_value(s.dates[d]), to = day_value(s.dates[d + 1]);
          from && to && from->ends_with("-01-01") && to->ends_with("-12-31") && from->substr(0, 4) == to->substr(0, 4)) {
        continue;
      }
      at = k;
      range_first = d;
      insp.start = day_value(s.dates[d]);
      insp.end = day_value(s.dates[d + 1]);
      // A period in two ranges (3月1日至3月20日、4月6日至4月28日) runs from
      // the first day to the last.
      for (std::size_t e = d + 2; e + 1 < s.dates.size(); ++e) {
        if (!makes_range(s, e)) continue;
        if (!is_range_joiner(s.text.substr(s.date_end(e - 1), s.date_begin(e) - s.date_end(e - 1)))) break;
        insp.end = day_value(s.dates[e + 1]);
        ++e;
      }
      break;
    }
  }

  // A notice answering two inspections names each with its team and
  // period, the second after a semicolon (…,县委第三巡察组对…开展了常规巡察；
  // 2023年5月8日至5月26日,县委机动巡察组对…开展了专项巡察): the two teams
  // are named together, and the period runs to the last day.
  if (at != npos && at + 1 < sentences.size() && sentences[at].text.ends_with("；")) {
    const Sentence& next = sentences[at + 1];
    const std::optional<std::string> first = find_team(sentences[at].text), second = find_team(next.text);
    for (std::size_t d = 0; first && second && *first != *second && d + 1 < next.dates.size(); ++d) {
      if (!makes_range(next, d)) continue;
      const std::optional<std::string> last = day_value(next.dates[d + 1]);
      if (last && insp.end && *last > *insp.end) {
        insp.end = last;
        two_teams = true;
      }
      break;
    }
  }

  // Without a period, the day a team moved in (2018年9月19日,某县委第一巡察组
  // 正式进驻某镇) is the first of it: the one date before 进驻 in the first
  // sentence that names a team moving in. So is a day the inspection ran
  // from for a stated while (2019年3月18日起,某巡视组开展了为期2个月的巡视),
  // the sentence's only date with 起 after it.
  // A year alone (根据县委2021年巡察工作安排) names no day and is not counted.
  // A stated while's team may go without its number (市委巡察组于…起…为期);
  // a team moving in needs it (截至5月7日,县委3个巡察组已全部完成进驻 is
  // news of a round).
  if (at == npos) {
    auto names_team = [](std::string_view text) {
      return find_team(text) || text.find("巡察组") != npos || text.find("巡视组") != npos ||
             text.find("巡視組") != npos;
    };
    for (std::size_t k = 0; k < sentences.size() && k < kOpeningSentences; ++k) {
      const Sentence& s = sentences[k];
      std::vector<std::size_t> days;  // the dates that name their day
      for (std::size_t d = 0; d < s.dates.size(); ++d) {
        if (s.dates[d].day_precise) days.push_back(d);
      }
      const std::size_t entry = std::min(s.text.find("进驻"), s.text.find("進駐"));
      if (entry == npos) {
        if (days.size() != 1 || !names_team(s.text) || !has_kind_word(s.text)) continue;
        const std::size_t from = days[0];
        if (!s.text.substr(s.date_end(from)).starts_with("起")) continue;
        const std::size_t duration = std::min(s.text.find("为期"), s.text.find("為期"));
        // Or the team's inspection from a day (某县委第四巡察组自2021年4月12日起
        // 对某局党组开展常规巡察), where nothing is rectified or fed back.
        constexpr std::string_view kFrom = "自";
        const std::size_t begin = s.date_begin(from);
        const bool from_day = begin >= kFrom.size() && s.text.substr(begin - kFrom.size(), kFrom.size()) == kFrom &&
                              s.text.find("整改") == npos && s.text.find("反馈") == npos;
        if ((duration == npos || duration < s.date_end(from)) && !from_day) continue;
        insp.start = day_value(s.dates[from]);
        break;
      }
      if (days.empty() || !find_team(s.text)) continue;
      std::size_t before = 0;
      while (before < days.size() && s.date_end(days[before]) <= entry) ++before;
      if (before == 1) {
        insp.start = day_value(s.dates[days[0]]);
        // …于2023年4月11日进驻…,7月14日结束巡视工作: the day it ended too.
        for (std::size_t d = 1; d < s.dates.size(); ++d) {
          const std::string_view after = s.text.substr(s.date_end(d));
          if (after.starts_with("结束") || after.starts_with("結束")) {
            insp.end = day_value(s.dates[d]);
            break;
          }
        }
      }
      break;
    }
  }

  // The team: in the inspection sentence, else the title, else anywhere.
  std::optional<std::string> team;
  // Teams named together in the inspection sentence (县委第二、第三巡察组…
  // 分别对…) are the round's: a team named alone further on is one of them.
  bool together = two_teams;
  if (at != npos) team = find_team(sentences[at].text, &team_kind, &together);
  if (two_teams) team.reset();
  if (!team && !together && title) team = find_team(*title, &team_kind);
  for (std::size_t k = 0; !team && !together && k < sentences.size(); ++k) team = find_team(sentences[k].text, &team_kind);
  // The title may name the same team with its number where the text leaves
  // it out (市委第二专项巡察组, then 市委专项巡察组): its name opens as the one
  // found does and holds it, character by character in order. A place the
  // title adds (岚江县委第二巡察组) is not taken: the team is as the text
  // names it.
  if (team && title) {
    if (std::optional<std::string> fuller = find_team(*title);
        fuller && fuller->size() > team->size() && fuller->substr(0, 3) == team->substr(0, 3)) {
      std::size_t i = 0;
      for (std::size_t j = 0; i < team->size() && j < fuller->size();) {
        std::size_t a = i, b = j;
        if (next_code_point(*team, a) == next_code_point(*fuller, b)) i = a;
        j = b;
      }
      if (i == team->size()) team = std::move(fuller);
    }
  }
  // A text that names three teams or more, one by one (an announcement of
  // a round's teams and whom each inspects, a digest of several units'
  // notices), is about no one team: the first named is not its team. Teams
  // are told apart from their committee on (委第一巡察组): one team named
  // shorter (衡阳县县委第一巡察组, then 县委第一巡察组) is one.
  if (team) {
    constexpr std::size_t kManyTeams = 3;
    auto from_committee = [](std::string_view name) {
      const std::size_t committee = name.rfind("委");
      return committee == npos ? name : name.substr(committee);
    };
    std::vector<std::string> named{std::string(from_committee(*team))};
    // Such texts name their teams early; a notice names its team again
    // and again further down, and is not read there.
    constexpr std::size_t kTeamListSentences = 40;
    for (std::size_t k = 0; k < std::min(sentences.size(), kTeamListSentences) && named.size() < kManyTeams; ++k) {
      // A team is a 组 (組): sentences without one, or that name the team
      // found (most of a notice's), are not read.
      const std::string_view text = sentences[k].text;
      if (text.find("组") == std::string_view::npos && text.find("組") == std::string_view::npos) continue;
      if (text.find(named.front()) != std::string_view::npos) continue;
      const std::optional<std::string> t = find_team(text);
      if (!t) continue;
      const std::string tail(from_committee(*t));
      if (std::find(named.begin(), named.end(), tail) == named.end()) named.push_back(tail);
    }
    if (named.size() >= kManyTeams) team.reset();
  }
  insp.team = team;

  // Feedback: the date just before 反馈, in the inspection sentence or the
  // next few; news of a feedback meeting names the feedback first and the
  // period after it, so the opening sentences before it are read next.
  std::optional<std::string> feedback_target;  // from the first sentence that dates a 反馈
  bool target_read = false;
  auto feedback_in = [&](std::size_t first, std::size_t last) {
    for (std::size_t k = first; k < last; ++k) {
      const Sentence& s = sentences[k];
      // The first 反馈 with a date before it: 巡视反馈意见于2022年6月24日向
      // 省委正式反馈 names the feedback before its date.
      std::size_t fb = npos;
      const DateMatch* chosen = nullptr;
      auto next_feedback = [&](std::size_t from) {
        std::size_t next = npos;
        for (std::string_view w : terms::feedback_words()) next = std::min(next, s.text.find(w, from));
        return next;
      };
      for (std::size_t word = next_feedback(0); word != npos && !chosen; word = next_feedback(word + 1)) {
        fb = word;
        for (std::size_t d = 0; d < s.dates.size(); ++d) {
          if (k == at && (d == range_first || d == range_first + 1)) continue;
          if (s.date_end(d) <= fb && !is_as_of(s.text, s.date_begin(d))) chosen = &s.dates[d];
        }
      }
      if (fb == npos) continue;
      // A month and day no year stands before (摘要 7月8日,…反馈会议召开, a
      // summary above the article) dates nothing: the article's own
      // sentence may give the year.
      if (!chosen) continue;
      if (!target_read) feedback_target = feedback_target_in(s.text, fb);
      target_read = true;
      if (!day_value(*chosen)) continue;
      insp.feedback = day_value(*chosen);
      // 9月11日 without its year carries the year of the text before it;
      // feedback follows the inspection, so a month and day before the
      // period's end (…至12月20日…,并于3月1日反馈) fall in the next year.
      if (chosen->year_carried && insp.feedback && insp.end && *insp.feedback < *insp.end) {
        insp.feedback = in_next_year(*insp.feedback);
      }
      return true;
    }
    return false;
  };
  const std::size_t opening = std::min(sentences.size(), kOpeningSentences);
  if (at == npos) {
    feedback_in(0, opening);
  } else if (!feedback_in(at, std::min(sentences.size(), at + 1 + kFeedbackWindow))) {
    feedback_in(0, std::min(at, opening));
  }

  // The target: 对X进行了巡察 after the period, else 向X反馈.
  if (at != npos) {
    const Sentence& s = sentences[at];
    insp.target = target_in(s.text, s.date_end(range_first));
  }
  // No period found (2023年10月至12月): the opening sentence naming the team.
  for (std::size_t k = 0; !insp.target && at == npos && team && k < std::min(sentences.size(), kOpeningSentences); ++k) {
    std::size_t t = sentences[k].text.find(*team);
    if (t != npos) insp.target = target_in(sentences[k].text, t + team->size());
  }
  if (!insp.target) insp.target = feedback_target;

  // The round: the title's, else the first in the text.
  if (title) insp.round = find_round(*title);
  for (std::size_t k = 0; !insp.round && k < sentences.size(); ++k) insp.round = find_round(sentences[k].text);

  // The kind: the team's, else the title's, else the inspection sentence's,
  // else the word the text uses most (at least twice).
  if (!team_kind.empty()) {
    insp.kind = team_kind;
  } else if (title && has_kind_word(*title)) {
    insp.kind = std::string(first_kind(*title));
  } else if (at != npos) {
    insp.kind = std::string(first_kind(sentences[at].text));
  } else {
    std::array<std::pair<std::string_view, int>, 3> counts{{{"巡视", 0}, {"巡察", 0}, {"审计", 0}}};
    for (const Sentence& s : sentences) {
      for (const terms::Term& t : terms::inspection_kinds()) {
        for (std::size_t p = s.text.find(t.text); p != npos; p = s.text.find(t.text, p + t.text.size())) {
          for (auto& [kind, n] : counts) n += kind == t.meaning;
        }
      }
    }
    auto best = std::max_element(counts.begin(), counts.end(),
                                 [](const auto& a, const auto& b) { return a.second < b.second; });
    // Once is enough where the word names what is being rectified:
    // 欢迎…对巡察整改落实情况进行监督, 审计查出问题的整改.
    auto rectified_once = [&] {
      if (best->second != 1) return false;
      for (const auto& [kind, n] : counts) {
        if (n > 0 && kind != best->first) return false;
      }
      for (const Sentence& s : sentences) {
        for (const terms::Term& t : terms::inspection_kinds()) {
          if (t.meaning != best->first) continue;
          const std::size_t p = s.text.find(t.text);
          if (p == npos) continue;
          const std::string_view after = s.text.substr(p + t.text.size());
          for (std::string_view w : {"整改"sv, "反馈"sv, "反饋"sv, "查出"sv, "发现"sv}) {
            if (after.starts_with(w)) return true;
          }
        }
      }
      return false;
    };
    if (best->second >= 2 || rectified_once()) {
      insp.kind = std::string(best->first);
    } else if (title) {
      for (std::string_view w : terms::rectification_words()) {
        if (contains_word(*title, w)) insp.kind = "其他";
      }
    }
  }

  // An audit's team, where the inspection is an audit: in the inspection
  // sentence, else the title, else anywhere (a 巡察's text may name the
  // audit office's team it worked with).
  if (!insp.team && insp.kind == "审计") {
    if (at != npos) insp.team = find_audit_team(sentences[at].text);
    if (!insp.team && title) insp.team = find_audit_team(*title);
    for (std::size_t k = 0; !insp.team && k < sentences.size(); ++k) insp.team = find_audit_team(sentences[k].text);
  }

  if (!insp.kind && !insp.round && !insp.team && !insp.target && !insp.start && !insp.end && !insp.feedback) {
    return std::nullopt;
  }
  return insp;
}

}  // namespace tongbao::detail
