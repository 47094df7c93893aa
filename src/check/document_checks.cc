// document_checks.cc - the checks of the document as a whole: empty input,
// no title, no date, and whether it is a rectification notice at all (its
// vocabulary, the giveaways of near relatives, a sentence that announces it).
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstddef>
#include <string>
#include <string_view>

#include "check/checker.h"
#include "outline/chrome.h"
#include "outline/lexicon.h"
#include "outline/outline.h"
#include "outline/problems.h"
#include "scan/find_word.h"
#include "scan/byte_scan.h"
#include "scan/word_set.h"
#include "text/utf8.h"

namespace tongbao::detail::checks {
namespace {

// Vocabulary a rectification notice cannot do without: it reports 整改 of
// what an inspection (巡视, 巡察, 审计, 督察 ...) found. Traditional forms too:
// archives hold Big5 pages.
constexpr std::string_view kRectificationWords[] = {"整改", "整治", "纠正", "糾正"};
constexpr std::string_view kInspectionWords[] = {"巡视", "巡察", "审计", "督察", "督查", "检查",
                                                 "反馈", "巡視", "審計", "檢查", "反饋"};
// Near relatives that are not reports of rectification: how their titles end
// or what their text says. Each with what the document is instead.
struct Giveaway {
  std::string_view word;
  std::string_view what;
};
constexpr Giveaway kTitleEndings[] = {
    {"整改方案", "a rectification plan"},
    {"工作方案", "a work plan"},
    {"巡察公告", "an inspection announcement"},
    {"巡视公告", "an inspection announcement"},
    {"巡視公告", "an inspection announcement"},
    {"的意见", "a policy opinion"},
    {"的意見", "a policy opinion"},
    {"讲话", "a speech"},
    {"講話", "a speech"},
    // News of the meetings around an inspection: 县委第二巡察组向某局党组反馈
    // 巡察情况, 十届县委第五轮巡察反馈会议召开. A notice's title names a report.
    {"召开", "news of a meeting"},
    {"召開", "news of a meeting"},
    {"反馈会", "news of a feedback meeting"},
    {"反馈会议", "news of a feedback meeting"},
    {"反饋會", "news of a feedback meeting"},
    {"反饋會議", "news of a feedback meeting"},
    {"反馈巡察情况", "news of a feedback meeting"},
    {"反馈巡视情况", "news of a feedback meeting"},
    {"反馈巡察意见", "news of a feedback meeting"},
    {"反馈巡视意见", "news of a feedback meeting"},
    {"反饋巡察情況", "news of a feedback meeting"},
    {"反饋巡視情況", "news of a feedback meeting"},
    {"反饋巡察意見", "news of a feedback meeting"},
    {"反饋巡視意見", "news of a feedback meeting"},
    {"动员会", "news of a mobilisation meeting"},
    {"動員會", "news of a mobilisation meeting"},
    // 第五轮巡察完成集中反馈, 第一轮巡察完成进驻, 十届省委第一轮巡视启动
    {"集中反馈", "news of a feedback meeting"},
    {"集中反饋", "news of a feedback meeting"},
    {"进驻", "news of an inspection's start"},
    {"進駐", "news of an inspection's start"},
    {"启动", "news of an inspection's start"},
    {"啟動", "news of an inspection's start"},
    // A team's report of what it found (关于对某局党组的巡察情况报告), and an
    // internal summary of the year's work (…巡察整改工作总结): not a notice
    // that reports the rectification to the public.
    {"巡察情况报告", "an inspection team's report"},
    {"巡视情况报告", "an inspection team's report"},
    {"巡視情況報告", "an inspection team's report"},
    {"工作总结", "a work summary"},
    {"工作總結", "a work summary"},
    // 《某市巡察整改监督管理办法》政策解读: what a rule means, not a report.
    {"解读", "an interpretation"},
    {"解讀", "an interpretation"},
    // …落实巡察反馈意见整改任务清单: what is to be done, by whom and when,
    // not what was done (a ledger, …整改台账, reports it).
    {"任务清单", "a task list"},
    {"任務清單", "a task list"},
    // …巡察整改专题民主生活会领导班子对照检查材料: the leaders' own
    // examination for a meeting, though it heads 关于…的问题.
    {"对照检查材料", "a self-examination for a meeting"},
    {"對照檢查材料", "a self-examination for a meeting"},
    // 关于…巡察整改督查情况的通报, 关于…巡察整改成效评估情况的报告: an
    // office's check of how several units rectify, not a unit's report of
    // its own rectification.
    {"督查情况的通报", "a report of an oversight check"},
    {"督查情况通报", "a report of an oversight check"},
    {"督查情况的報告", "a report of an oversight check"},
    {"评估情况的报告", "an evaluation of the rectification"},
    {"评估报告", "an evaluation of the rectification"},
    // 关于2019年度…财政收支的审计工作报告: what audits found; its
    // rectification is reported later (…审计查出问题整改情况的报告).
    {"审计工作报告", "an audit work report"},
    {"審計工作報告", "an audit work report"},
    // 某市人大常委会关于…审计查出问题整改情况报告的审议意见: a legislature's
    // opinion on a report of rectification, not the report.
    {"审议意见", "a legislature's review opinion"},
    {"審議意見", "a legislature's review opinion"},
    // 2023年第四季度…巡察整改通报汇编: several units' notices gathered.
    {"汇编", "a compilation of notices"},
    {"彙編", "a compilation of notices"},
    {"匯編", "a compilation of notices"},
    // 某市纪委监委关于5起…典型问题的通报: disciplinary cases made public.
    {"典型问题的通报", "a bulletin of disciplinary cases"},
    {"典型问题通报", "a bulletin of disciplinary cases"},
    {"典型案例的通报", "a bulletin of disciplinary cases"},
    {"典型案例通报", "a bulletin of disciplinary cases"},
    {"典型問題的通報", "a bulletin of disciplinary cases"},
    {"典型案例的通報", "a bulletin of disciplinary cases"},
    // 巡察整改进展情况为什么要向社会公开？: a column's question and answer.
    {"？", "a question answered"},
    // 关于印发《…整改工作方案》的通知, 关于切实做好…整改工作的通知: what is to
    // be done, or the cover of another document; 关于延期完成…整改的请示 asks
    // leave. Neither reports what was done.
    {"的通知", "an instruction or a covering notice (通知)"},
    {"请示", "a request for instructions (请示)"},
    {"請示", "a request for instructions (请示)"},
};
// Words of a title that reports others' notices made public (某市12家单位
// 集中公开巡察整改进展情况, 多地陆续公布…): a roundup, wherever they stand.
constexpr Giveaway kTitleGiveaways[] = {
    {"集中公开", "news of notices made public"}, {"集中公開", "news of notices made public"},
    {"集中公布", "news of notices made public"}, {"集中公佈", "news of notices made public"},
    {"陆续公开", "news of notices made public"}, {"陸續公開", "news of notices made public"},
    {"陆续公布", "news of notices made public"}, {"陸續公佈", "news of notices made public"},
};
constexpr Giveaway kTextGiveaways[] = {
    {"本报讯", "a news story"}, {"本報訊", "a news story"},      {"记者", "a news story"},
    {"記者", "a news story"},   {"公告如下", "an announcement"},
    // 结合本局实际，制定本整改方案: the plan speaks of itself
    {"本整改方案", "a rectification plan"},
};
// A giveaway that is itself a way of announcing: 将整改情况…公告如下 is a
// notice, 公告如下 alone an announcement of something else.
bool announces_too(const Giveaway& g) { return g.word == "公告如下"; }
// A news story's marks (本报讯, a 记者's byline) stand at its opening or its
// end (（记者 李晓 通讯员 谭红梅）, a graphic's credits); in between the
// words are the text's matter (a media centre's 全媒体记者).
bool marks_news(const Giveaway& g) { return g.what == std::string_view("a news story"); }
// The text spans at a story's end that may hold its byline or credits.
constexpr int kBylineSpansAtEnd = 3;

// The giveaway words, for one scan of a span instead of a search for each.
constexpr auto kGiveawayWords = [] {
  std::array<std::string_view, std::size(kTextGiveaways)> words{};
  for (std::size_t k = 0; k < words.size(); ++k) words[k] = kTextGiveaways[k].word;
  return words;
}();
const WordSet& giveaway_words() {
  static const WordSet words{kGiveawayWords};
  return words;
}

// The first giveaway of the table that `text` holds, or nullptr.
const Giveaway* find_giveaway(std::string_view text) {
  if (!giveaway_words().found_in(text)) return nullptr;  // most spans
  for (const Giveaway& g : kTextGiveaways) {
    if (contains_word(text, g.word)) return &g;
  }
  return nullptr;
}


// A date written under the signature: 2024年6月17日, 二〇二四年六月十七日.
// A rectification notice says what it is: a sentence that names 整改 and
// announces or reports it (现将…整改情况予以公布, 报告…整改情况,请予审议,
// 《…整改情况的报告》). News stories, inspection reports and announcements
// mention 整改 without such a sentence.
constexpr std::string_view kAnnouncements[] = {
    "予以公布", "予以通报", "予以公开", "公布如下", "通报如下", "报告如下", "情况的报告", "情况报告",
    "情况的通报", "请予审议", "现将",     "予以通報", "予以公開", "現將",     "情況的報告", "情況報告",
    "情況的通報", "請予審議", "函告如下", "公告如下", "公示如下",
};
const WordSet& announcement_words() {
  static const WordSet words{kAnnouncements};
  return words;
}
// How a title that names 整改 ends when it reports it (…整改情况的通报, a
// ledger published as the report: …反馈意见整改台账).
constexpr std::string_view kReportTitleEndings[] = {
    "通报", "报告", "情况", "函", "台账", "通報", "報告", "情況", "台賬",
};
// How a section reporting the rectification opens its heading.
constexpr std::string_view kRectificationHeadingOpeners[] = {"整改", "巡视整改", "巡察整改", "集中整改", "巡視整改"};
// How many of the opening paragraphs are searched for that sentence.
constexpr int kAnnouncementSpans = 12;
// How many paragraphs cut with …… make a page of search results.
constexpr int kMinSearchExcerpts = 3;

bool is_stop_at(std::string_view text, std::size_t i) {
  // 。 E3 80 82, ！ EF BC 81, ？ EF BC 9F: compared byte by byte, as this
  // runs at every byte of the opening sentences.
  if (i + 3 > text.size()) return false;
  const auto b0 = static_cast<unsigned char>(text[i]);
  const auto b1 = static_cast<unsigned char>(text[i + 1]);
  const auto b2 = static_cast<unsigned char>(text[i + 2]);
  return (b0 == 0xE3 && b1 == 0x80 && b2 == 0x82) || (b0 == 0xEF && b1 == 0xBC && (b2 == 0x81 || b2 == 0x9F));
}
static_assert(std::string_view("。！？") == "\xE3\x80\x82\xEF\xBC\x81\xEF\xBC\x9F");

// Whether a sentence of `text` holds `word` and one of `others` (a sentence
// ends at 。！？).
bool sentence_holds(std::string_view text, std::string_view word, std::initializer_list<std::string_view> others) {
  for (std::size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
    std::size_t begin = at, end = at;
    while (begin > 0 && !(begin >= 3 && is_stop_at(text, begin - 3))) --begin;
    while (end < text.size() && !is_stop_at(text, end)) ++end;
    const std::string_view sentence = text.substr(begin, end - begin);
    for (std::string_view other : others) {
      if (sentence.find(other) != std::string_view::npos) return true;
    }
    at = end;
    if (at >= text.size()) break;
  }
  return false;
}

// A notice's closing invites the public to watch over the rectification
// (欢迎广大干部群众对巡察整改落实情况进行监督): only a notice of
// rectification says so, and a passage from its end keeps it when the
// sentence that announced the notice is cut off.
bool invites_supervision(std::string_view text) {
  if (text.find("欢迎") == std::string_view::npos && text.find("歡迎") == std::string_view::npos) return false;
  return sentence_holds(text, "监督", {"整改", "整治"}) || sentence_holds(text, "監督", {"整改", "整治"});
}

// What a paragraph about rectification announces in its last sentence
// without naming it again (…逐条逐项抓好落实。…现将具体情况通报如下。).
constexpr std::string_view kParagraphAnnouncements[] = {"通报如下", "公布如下", "报告如下", "通報如下", "公佈如下", "報告如下"};

// 整治 too: 现将巡察整治情况予以公布 announces what was put right.
bool announces_rectification(std::string_view text) {
  if ((text.find("整改") != std::string_view::npos || text.find("整治") != std::string_view::npos) &&
      lexicon::contains_any(text, kParagraphAnnouncements)) {
    return true;
  }
  for (std::string_view word : {std::string_view("整改"), std::string_view("整治")}) {
    for (std::size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
      std::size_t begin = at, end = at;
      while (begin > 0 && !(begin >= 3 && is_stop_at(text, begin - 3))) --begin;
      while (end < text.size() && !is_stop_at(text, end)) ++end;
      if (announcement_words().found_in(text.substr(begin, end - begin))) return true;
      at = end;
      if (at >= text.size()) break;
    }
  }
  return false;
}

// A title without what a bracket adds after it (…的通报 (2024-07-26),
// …的通报（第2号）) and without trailing spaces; a bracket inside the title
// (《某办法（试行）》政策解读) stays. The bracket is looked for as a
// character: a byte of （ is also a byte of other characters (馈 ends in 0x88).
std::string_view before_bracket(std::string_view title) {
  auto trim = [&] {
    while (!title.empty() && title.back() == ' ') title.remove_suffix(1);
  };
  trim();
  if (title.ends_with(")") || title.ends_with("）")) {
    const std::size_t half = title.rfind('(');
    const std::size_t full = title.rfind("（");
    std::size_t cut = half == std::string_view::npos ? full
                      : full == std::string_view::npos ? half
                                                       : std::max(half, full);
    if (cut != std::string_view::npos && cut > 0) title = title.substr(0, cut);
  }
  trim();
  return title;
}

bool looks_like_date(std::string_view text) {
  const std::size_t year = text.find("年");
  if (year == std::string_view::npos) return false;
  const std::size_t month = text.find("月", year);
  return month != std::string_view::npos && text.find("日", month) != std::string_view::npos && year > 0;
}

}  // namespace

// Returns false when the document is empty and nothing else is worth saying.
bool Checker::check_document() {
  const Span* first = nullptr;
  const Span* last = nullptr;
  bool rectification = false, inspection = false, dated_closing = false;
  const Giveaway* giveaway = nullptr;
  int listed_articles = 0, excerpts = 0;
  const auto all_text_spans = static_cast<int>(std::count_if(
      spans_.begin(), spans_.end(), [](const Span& s) { return is_text_role(s.role) && !s.text.empty(); }));
  int text_spans = 0;
  for (const Span& span : spans_) {
    listed_articles += span.lists_article;
    if (!is_text_role(span.role) || span.text.empty()) continue;
    ++text_spans;
    // A search page's hits: snippets cut with …… at either end.
    excerpts += span.text.starts_with("……") || span.text.ends_with("……");
    if (first == nullptr) first = &span;
    last = &span;
    rectification = rectification || lexicon::contains_any(span.text, kRectificationWords);
    inspection = inspection || lexicon::contains_any(span.text, kInspectionWords);
    if (span.role == Role::Closing && looks_like_date(span.text)) dated_closing = true;
    if (giveaway == nullptr) {
      giveaway = find_giveaway(span.text);
      if (giveaway != nullptr && announces_too(*giveaway) && announces_rectification(span.text)) giveaway = nullptr;
      if (giveaway != nullptr && marks_news(*giveaway) && text_spans > kAnnouncementSpans &&
          text_spans <= all_text_spans - kBylineSpansAtEnd) {
        giveaway = nullptr;
      }
    }
  }
  // A page of other documents (a column's list of articles, a search page's
  // hits), with no notice of its own to miss a title or a date.
  const bool untitled = doc_.outline.empty() && !doc_.title;
  auto others = [&](const Span& at, std::string_view why) {
    add("not-a-notice", "the document does not look like a rectification notice: " + std::string(why), at.line,
        at.column, std::nullopt);
  };
  if (untitled && listed_articles >= kMinListedArticles) {
    others(*std::find_if(spans_.begin(), spans_.end(), [](const Span& s) { return s.lists_article; }),
           fmt::format("it lists {} articles with their dates, as a column's page does", listed_articles));
    return true;
  }
  if (first == nullptr && untitled) {
    add("empty-document", "the input has no text to check", 1, 1, std::nullopt);
    return false;
  }
  if (untitled && excerpts >= kMinSearchExcerpts) {
    others(*first, fmt::format("it holds {} excerpts cut with ……, as a search page does", excerpts));
    return true;
  }
  const int first_line = first ? first->line : 1;
  const int first_column = first ? first->column : 1;
  if (!doc_.title || doc_.title->empty()) {
    add("missing-title",
        first ? fmt::format("no title: the text opens with “{}”", excerpt_after(first->text, 0, 16))
              : std::string("no title"),
        first_line, first_column, std::nullopt);
  }
  if (!doc_.signed_on && !doc_.published && !dated_closing) {
    add("missing-date",
        last ? fmt::format("no date under the signature and no publication date; the text ends with “{}”",
                           excerpt_after(last->text, 0, 16))
             : std::string("no date under the signature and no publication date"),
        last ? last->line : 1, last ? last->column : 1, std::nullopt);
  }
  const std::string title = doc_.title.value_or("");
  // Units labelled 整改情况 or 整改措施 speak of rectification, though the
  // label is no longer in their text.
  // A heading over a field of problems (关于X方面的问题) names none itself,
  // but is as much a notice's as one that does.
  // Units that each name the problem they answer (1、针对“X”问题) speak of
  // what was put right, as a passage from a notice's middle shows them.
  int labelled = 0, problems = 0, named = 0;
  for_each_node(doc_.outline, [&](const Node& n) {
    labelled += n.label.has_value();
    named += n.problem.has_value();
    problems += n.problem.has_value() || (n.kind != NodeKind::Measure && heads_problem_area(n.heading));
  });
  constexpr int kNamedProblemsOfRectification = 2;
  rectification = rectification || labelled > 0 || named >= kNamedProblemsOfRectification ||
                  lexicon::contains_any(title, kRectificationWords);
  inspection = inspection || lexicon::contains_any(title, kInspectionWords);
  std::string why;
  // A trailing date or bracket ("…的通报 (2024-07-26)") does not change what a title names.
  const std::string_view title_words = before_bracket(title);
  auto title_names = [&](const Giveaway& g) {
    why = fmt::format("its title “{}” names {}, not a report of rectification", title, g.what);
  };
  for (const Giveaway& g : kTitleEndings) {
    if (ends_with(title_words, g.word)) {
      title_names(g);
      break;
    }
  }
  for (const Giveaway& g : kTitleGiveaways) {
    if (!why.empty()) break;
    if (contains_word(title_words, g.word)) title_names(g);
  }
  if (why.empty() && giveaway != nullptr) {
    why = fmt::format("it reads like {} (“{}”)", giveaway->what, giveaway->word);
  }
  if (why.empty() && !rectification) why = "it never mentions 整改 (rectification)";
  // A passage from a notice's middle may not name the inspection again: its
  // units naming problems, with what was put right under a label, say it.
  const bool answers_problems = problems >= 2 && labelled >= 1;
  if (why.empty() && !inspection && !answers_problems) {
    why = "it names no inspection (巡视, 巡察, 审计, 督察) that found problems";
  }
  if (why.empty()) {
    bool announced = false;
    int searched = 0;
    for (const Span& span : spans_) {
      if (!is_text_role(span.role) || span.text.empty()) continue;
      if (++searched > kAnnouncementSpans || announced) break;
      // Converter pinyin (現(xiàn)將) splits the words looked for.
      announced = announces_rectification(span.text) ||
                  (span.text.find('(') != std::string_view::npos &&
                   announces_rectification(strip_conversion_artifacts(span.text)));
    }
    // Converter pinyin (關(guān)于) would otherwise cut the title at its parenthesis.
    const std::string clean_title = strip_conversion_artifacts(title);
    const std::string_view bare_title = before_bracket(clean_title);
    const bool titled = contains_word(bare_title, "整改") && lexicon::ends_with_any(bare_title, kReportTitleEndings);
    for (const Span& span : spans_) {
      if (announced) break;
      announced = is_text_role(span.role) && invites_supervision(span.text);
    }
    // Paragraphs that open on a label of rectification (整改情况：…,
    // 【整改】…) or name the problem they answer (针对“X”问题，一是…) say the
    // same where no marker made them units.
    for (const Span& span : spans_) {
      if (!is_text_role(span.role) || span.text.empty()) continue;
      std::string_view t = span.text;
      while (t.starts_with(" ") || t.starts_with("\u3000")) t.remove_prefix(t.starts_with(" ") ? 1 : 3);
      const bool bracketed = t.starts_with("【");
      if (bracketed) t.remove_prefix(std::string_view("【").size());
      for (std::string_view label : lexicon::labels()) {
        if (!t.starts_with(label) || find_word(label, "整改") == std::string_view::npos) continue;
        const std::string_view after = t.substr(label.size());
        if (after.starts_with("：") || after.starts_with(":") || (bracketed && after.starts_with("】"))) ++labelled;
        break;
      }
      if (t.starts_with("针对")) {
        const std::size_t clause = std::min(t.find("，"), t.find(","));
        if (clause != std::string_view::npos && find_word(t.substr(0, clause), "问题") != std::string_view::npos) ++problems;
      }
    }
    // A section headed as a report of the rectification (一、整改落实工作
    // 总体情况, 二、巡视整改工作开展情况) is a notice's, as a passage from its
    // middle shows it; an audit's announcement ends on what was done about
    // its findings (三、审计处理及整改情况), which opens otherwise.
    bool headed = false;
    for (const Node& n : doc_.outline) {
      headed = headed || (n.kind == NodeKind::Section && lexicon::starts_with_any(n.heading, kRectificationHeadingOpeners) &&
                          (ends_with(n.heading, "情况") || ends_with(n.heading, "情況")));
    }
    // Units that each name a problem found (关于“…”的问题) or a field of
    // them, and say what was put right, are a notice's, as a passage from
    // its middle shows them.
    if (!announced && !titled && !headed && labelled < 2 && problems < 2) {
      why = "no sentence announces or reports the rectification (现将…整改情况予以公布, 整改情况的报告) or invites "
            "the public to watch over it, the title names none, and no units carry 整改情况 labels or name problems";
    }
  }
  if (!why.empty()) {
    add("not-a-notice", "the document does not look like a rectification notice: " + why, first_line, first_column,
        std::nullopt);
  }
  return true;
}

}  // namespace tongbao::detail::checks
