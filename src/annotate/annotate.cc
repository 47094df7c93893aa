// annotate.cc - runs the extractors over the spans and fills the record:
// issuer and signed (the signature block, here), inspection
// (inspection.cc), summary (summary.cc), contact (contact.cc) and entities
// (entities.cc). Title, published, origin, site and breadcrumb belong to
// earlier stages and are left as found.
#include "annotate/annotate.h"

#include "annotate/contact.h"
#include "text/dates.h"
#include "annotate/entities.h"
#include "annotate/inspection.h"
#include "annotate/summary.h"
#include "annotate/terms.h"
#include "scan/find_word.h"
#include "text/numerals.h"
#include "text/utf8.h"

namespace tongbao::detail {
namespace {

// A signature date stands among the last paragraphs; what may follow it
// (附件, download links, leftovers of a footer) is short.
constexpr std::size_t kSignatureWindow = 8;
constexpr std::size_t kMaxTrailingBytes = 240;
// Paragraphs that must come before a signature: a date line at the top of a
// page is a dateline, not a signature.
constexpr std::size_t kMinSpansBeforeSignature = 2;
// An organisation line is short.
constexpr std::size_t kMaxOrgBytes = 120;

bool has_punctuation(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    char32_t c = next_code_point(s, i);
    switch (c) {
      case U'。': case U'，': case U',': case U'：': case U':': case U'；': case U';':
      case U'@': case U'!': case U'！': case U'？': case U'?': case U'“': case U'”':
        return true;
      default:
        if (c >= U'0' && c <= U'9') return true;
    }
  }
  return false;
}

bool ends_with_org_suffix(std::string_view s) {
  for (std::string_view suffix : terms::org_suffixes()) {
    if (ends_with(s, suffix)) return true;
  }
  return false;
}

bool looks_like_org(std::string_view s) {
  s = trim_ascii_spaces(s);
  // 中共某局党组关于…的通报 names a notice, not who signs one.
  return !s.empty() && s.size() <= kMaxOrgBytes && !has_punctuation(s) &&
         (ends_with_org_suffix(s) || starts_with(s, "中共")) && !contains_word(s, "关于") && !contains_word(s, "關於");
}

struct Signature {
  std::optional<std::string> issuer;
  std::optional<std::string> date;
};

// An attachment's heading: 附件, 附件2, 附件二：, or 附： before an earlier
// notice appended, alone on its line; or a list of attachments that names
// the files after the colon (附件：关于…的通报（盖章版）.pdf).
bool is_attachment_heading(std::string_view text) {
  text = trim_ascii_spaces(text);
  if (text == "附：" || text == "附:") return true;  // an earlier notice appended after the signature
  if (!starts_with(text, "附件")) return false;
  std::size_t i = std::string_view("附件").size();
  while (i < text.size()) {
    std::size_t next = i;
    const char32_t c = fold_width(next_code_point(text, next));
    if (c == ':') return true;
    if (!((c >= '0' && c <= '9') || is_chinese_numeral_char(c) || c == ' ')) return false;
    i = next;
  }
  return true;
}

// What follows a paragraph's last full stop (its last sentence, when
// another stands before it), or all of it.
std::string_view after_last_full_stop(std::string_view text) {
  const std::size_t stop = text.rfind("。");
  return stop == std::string_view::npos ? text : text.substr(stop + std::string_view("。").size());
}

// The signature block: an organisation line (or two) over a date line near
// the end, or both on one line (中共XX党组 2024年6月17日). What follows an
// attachment's heading after a date (附件2 / 整改台账 / its rows) is the
// attachment's, not the notice's: the search ends before it.
Signature find_signature(const std::vector<Span>& spans, const std::vector<bool>& footer) {
  bool has_closing = false;
  for (const Span& s : spans) has_closing = has_closing || s.role == Role::Closing;
  std::vector<std::size_t> body;  // the spans a signature may be among
  for (std::size_t k = 0; k < spans.size(); ++k) {
    if (footer[k] || spans[k].role == Role::Chrome) continue;
    if (has_closing && spans[k].role != Role::Closing) continue;
    body.push_back(k);
  }
  bool dated = false;
  for (std::size_t n = 0; n < body.size(); ++n) {
    const std::string_view text = spans[body[n]].text;
    if (dated && is_attachment_heading(text)) {
      body.resize(n);
      break;
    }
    dated = dated || (text.size() <= kMaxTrailingBytes && whole_date(text));
  }
  // The paragraph before span k in the text, whatever its role.
  constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  auto previous = [&](std::size_t k) {
    while (k-- > 0) {
      if (!footer[k] && spans[k].role != Role::Chrome) return k;
    }
    return kNone;
  };
  Signature sig;
  // A date alone on its line under no organisation's name (a teaser's date
  // under another notice's title, after this one's signature) signs only
  // when no date under a name stands before it.
  std::optional<std::string> unsigned_date;
  std::size_t stop = body.size() > kSignatureWindow ? body.size() - kSignatureWindow : 0;
  for (std::size_t n = body.size(); n-- > stop;) {
    std::string_view text = spans[body[n]].text;
    bool run_on = false;  // the signature run onto the paragraph's last sentence
    if (text.size() > kMaxTrailingBytes) {  // real text: no signature after it
      if (unsigned_date) continue;
      // …欢迎社会各界进行监督。中共某县卫生健康委员会党组　2024年4月28日: a
      // page that lost its line breaks ran the signature onto the text.
      const std::string_view tail = after_last_full_stop(text);
      if (tail.size() == text.size() || trim_ascii_spaces(tail).empty() || tail.size() > kMaxTrailingBytes ||
          whole_date(tail)) {
        break;
      }
      text = tail;
      run_on = true;
    }
    if (!has_closing && n < kMinSpansBeforeSignature) break;
    std::optional<DateMatch> date = whole_date(text);
    std::optional<std::string> same_line_issuer;
    // 中共XX镇委员会 / 2024年6月28日印发: the day it was issued, under the
    // issuer, where the notice gives no other.
    if (constexpr std::string_view kIssued = "印发"; !date && trim_ascii_spaces(text).ends_with(kIssued)) {
      const std::string_view day = trim_ascii_spaces(text);
      const std::size_t org = previous(body[n]);
      if (org != kNone && looks_like_org(spans[org].text)) date = whole_date(day.substr(0, day.size() - kIssued.size()));
    }
    if (!date) {  // 中共XX党组 2024年6月17日
      YearContext years;
      auto dates = find_dates(text, years);
      std::string_view core = trim_ascii_spaces(text);
      if (dates.empty() || dates.back().begin == 0) {
        if (run_on) break;
        continue;
      }
      const DateMatch& last = dates.back();
      std::size_t core_end = static_cast<std::size_t>(core.data() - text.data()) + core.size();
      // The issuer run onto the closing's last sentence (…进行监督。中共某局党组 2024年4月28日).
      const std::string_view issuer = after_last_full_stop(text.substr(0, last.begin));
      if (last.end != core_end || trim_ascii_spaces(issuer).empty() || !looks_like_org(issuer)) {
        if (run_on) break;
        continue;
      }
      date = last;
      same_line_issuer = std::string(trim_ascii_spaces(issuer));
    }
    // 完成时间： / 2023年6月30日: a label's value set on the line after it
    // (an item's fields in a ledger), no signature's date.
    if (const std::size_t label = previous(body[n]); !same_line_issuer && label != kNone) {
      const std::string_view before = trim_ascii_spaces(spans[label].text);
      if (before.ends_with("：") || before.ends_with(":")) continue;
    }
    if (!same_line_issuer && !unsigned_date) {
      if (const std::size_t org = previous(body[n]); org == kNone || !looks_like_org(spans[org].text)) {
        if (date->day_precise && date->value) unsigned_date = date->value->substr(0, 10);
        continue;
      }
    }
    if (date->day_precise && date->value) sig.date = date->value->substr(0, 10);
    if (same_line_issuer) {
      sig.issuer = same_line_issuer;
    } else if (std::size_t org = previous(body[n]); org != kNone && looks_like_org(spans[org].text)) {
      std::string issuer(trim_ascii_spaces(spans[org].text));
      // 中共乐至县委巡察工作 / 领导小组办公室: one name over two lines (the
      // first may lie outside the closing the outline found).
      if (std::size_t first = previous(org); first != kNone && !starts_with(issuer, "中共")) {
        std::string_view before = trim_ascii_spaces(spans[first].text);
        if (!before.empty() && before.size() <= kMaxOrgBytes && !has_punctuation(before) &&
            !ends_with_org_suffix(before)) {
          issuer = std::string(before) + issuer;
        }
      }
      sig.issuer = issuer;
    }
    break;
  }
  if (!sig.date) sig.date = std::move(unsigned_date);
  // A covering notice (关于印发《…方案》的通知) signs under its own few
  // lines, before the document it prints: with no signature at the end, an
  // organisation's name over a date line in the preamble, below its prose,
  // signs. (Above any prose, a sentence or a long paragraph, the two lines
  // are a dateline under the title.)
  if (!sig.date) {
    bool prose = false;
    std::size_t org = kNone;
    for (std::size_t k = 0; k < spans.size(); ++k) {
      if (footer[k] || spans[k].role == Role::Chrome || spans[k].role == Role::Title) continue;
      if (spans[k].role != Role::Preamble) break;
      const std::string_view text = spans[k].text;
      if (prose && org != kNone && text.size() <= kMaxTrailingBytes) {
        if (const std::optional<DateMatch> date = whole_date(text); date && date->day_precise && date->value) {
          sig.date = date->value->substr(0, 10);
          if (!sig.issuer) sig.issuer = std::string(trim_ascii_spaces(spans[org].text));
          break;
        }
      }
      org = prose && looks_like_org(text) ? k : kNone;
      prose = prose || text.size() > kMaxTrailingBytes || trim_ascii_spaces(text).ends_with("。");
    }
  }
  return sig;
}

// 中共XX党组关于…的通报 -> 中共XX党组.
std::optional<std::string> issuer_from_title(const std::optional<std::string>& title) {
  if (!title) return std::nullopt;
  std::size_t at = title->find("关于");
  if (at == std::string::npos) at = title->find("關於");
  if (at == std::string::npos) return std::nullopt;
  std::string_view head = trim_ascii_spaces(std::string_view(*title).substr(0, at));
  if (head.empty() || head.size() > kMaxOrgBytes) return std::nullopt;
  return std::string(head);
}

}  // namespace

void annotate(Document& doc, const std::vector<Span>& spans) {
  // Footer lines, the dates of each span and where the characters the
  // scans stop at stand serve several extractors: found once here.
  const std::vector<bool> footer = footer_spans(spans);
  const SpanStops span_stops(spans);
  const SpanDates span_dates = dates_by_span(spans, span_stops);
  Signature sig = find_signature(spans, footer);
  doc.signed_on = sig.date;
  doc.issuer = sig.issuer ? sig.issuer : issuer_from_title(doc.title);
  std::vector<Sentence> sentences = split_sentences(spans, span_dates, span_stops);
  doc.inspection = find_inspection(doc.title, sentences);
  doc.summary = find_summary(sentences);
  doc.contact = find_contact(spans, footer, span_stops);
  doc.entities = find_entities(spans, span_dates, span_stops);
}

}  // namespace tongbao::detail
