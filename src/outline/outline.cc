// outline.cc - paragraphs to title, preamble, numbered tree and closing.
//
// The document is read in three zones: the header (page chrome and the
// title), the body (preamble, then numbered units) and the tail (closing,
// then footer chrome). Within the body, the level of each marker family is
// the order in which the family first appears, so a notice that starts at
// （一） has subsections at the top.
//
// This file holds the frame: the OutlineBuilder's construction, `build`
// (header, body, tail in turn), the tail (where the closing and the footer
// start) and build_outline. The header's and the body's rules are in
// outline_header.cc and outline_body.cc; the builder's state in
// outline_builder.h.
#include "outline/outline.h"

#include "outline/chrome.h"
#include "outline/lexicon.h"
#include "outline/outline_builder.h"
#include "text/utf8.h"

namespace tongbao::detail {
namespace {

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

// What opens an attachment's heading (附件, 附件1, 附件：…), or what is
// appended (附：, before an earlier notice set after the signature).
constexpr std::string_view kAttachment = "附件";
constexpr std::string_view kAppended[] = {"附：", "附:"};

// A table of contents' entry: a heading, a leader and its page
// (一、整改工作组织推进情况……………1): it names a unit, it does not open one.
bool is_contents_entry(std::string_view s) {
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  std::size_t digits = 0;
  while (digits < s.size() && digits < 4 && s[s.size() - 1 - digits] >= '0' && s[s.size() - 1 - digits] <= '9') ++digits;
  if (digits == 0) return false;
  s.remove_suffix(digits);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  constexpr int kMinLeaderChars = 3;
  int leaders = 0;
  for (std::size_t i = s.size(); i > 0;) {
    const char32_t c = prev_code_point(s, i);
    if (c != U'…' && c != U'.' && c != U'·' && c != U'．' && c != U'⋯') break;
    ++leaders;
  }
  return leaders >= kMinLeaderChars;
}

}  // namespace

OutlineBuilder::OutlineBuilder(const std::vector<Block>& blocks) : blocks_(blocks) {
  shadows_.resize(blocks.size());
  leading_markers_.resize(blocks.size());
  chrome_kinds_.resize(blocks.size());
  readings_.resize(blocks.size());
  // A heading and a body a paragraph, most often, and run-in measures
  // (一是…) with theirs: growing the vector moved every span once more.
  result_.spans.reserve(3 * blocks.size());
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    leading_markers_[i] = match_marker(blocks[i].text);
    if (leading_markers_[i] && is_contents_entry(blocks[i].text)) leading_markers_[i].reset();
    // A ledger's cell opens no unit; a 一是 at its start is still a measure.
    if (leading_markers_[i] && blocks[i].table_cell && leading_markers_[i]->kind != NodeKind::Measure) {
      leading_markers_[i].reset();
    }
  }
  level_.fill(-1);
}

OutlineResult OutlineBuilder::build() {
  const std::size_t body_start = read_header();
  const auto [closing_start, footer_start] = find_tail(body_start);
  for (std::size_t i = body_start; i < closing_start; ++i) read_body_block(i);
  demote_area_headings();
  // An info line below the text (知乎's 发布于 2024-10-08 09:41・IP 属地湖南, a
  // page's 发布时间 under the article) dates the page where nothing above did,
  // not even a bare date over the title (a blog's post date): comments
  // below a post are 发布于 their own days.
  auto tail_info_line = [&](std::size_t i) {
    if (chrome_kind(i) != ChromeKind::InfoLine) return false;
    if (!result_.facts.published && !result_.facts.fallback_published) {
      PageFacts tail;
      read_chrome_facts(ChromeKind::InfoLine, blocks_[i].text, shadow_of(i), tail);
      result_.facts.published = std::move(tail.published);
    }
    add_span(Role::Chrome, i, 0, blocks_[i].text.size(), {});
    return true;
  };
  for (std::size_t i = closing_start; i < footer_start; ++i) {
    if (tail_info_line(i)) continue;
    append_paragraph(result_.closing, blocks_[i].text);
    add_span(Role::Closing, i, 0, blocks_[i].text.size(), {});
  }
  for (std::size_t i = footer_start; i < blocks_.size(); ++i) {
    if (tail_info_line(i)) continue;
    add_span(Role::Chrome, i, 0, blocks_[i].text.size(), {});
  }
  return std::move(result_);
}

bool OutlineBuilder::is_organisation_block(std::size_t i) const {
  const std::string_view text = blocks_[i].text;
  if (count_chars(text) > kMaxOrganisationChars) return false;
  return is_organisation_line(text, shadow_of(i));
}

bool OutlineBuilder::opens_attachment(std::size_t i) const {
  const std::string_view start = shadow_view(i, kAttachment.size());
  return start.starts_with(kAttachment) || start.starts_with(kAppended[0]) || start.starts_with(kAppended[1]);
}

std::pair<std::size_t, std::size_t> OutlineBuilder::find_tail(std::size_t body_start) {
  // The footer starts at the first footer line after the last paragraph
  // of content: a footer-like line above real prose (a page that opens
  // with its site's address and ICP line) must not swallow the notice.
  // Both searches below run from the end: only the last match counts.
  // The last paragraph of content before block `end`, or body_start.
  auto last_content_before = [&](std::size_t end) {
    for (std::size_t i = end; i > body_start; --i) {
      if (leading_marker(i - 1) || looks_like_prose(i - 1)) return i - 1;
    }
    return body_start;
  };
  std::size_t last_content = last_content_before(blocks_.size());
  // Whether block i opens a unit (a heading's marker, not a measure's).
  auto opens_unit = [&](std::size_t i) { return leading_marker(i) && leading_marker(i)->kind != NodeKind::Measure; };
  // Readers' comments under their heading (网友评论 （共3条）) read as prose,
  // and one may even open on 一是; a text browser's References number the
  // page's links (1. http://…): the footer starts at the heading.
  constexpr std::size_t kMaxCommentsHeadingBytes = 64;  // a short line: its shadow is made only then
  // So does a list of other articles under its heading (往期推荐, 喜欢此内容的
  // 人还喜欢, 【相关链接】) once the notice's units or its prose have begun:
  // above them it is a sidebar's, set before an article that a script
  // fills in.
  std::size_t footer = blocks_.size();
  bool units_begun = false, prose_begun = false;
  for (std::size_t i = body_start + 1; i < last_content; ++i) {
    const std::string_view text = blocks_[i].text;
    const bool counted = !text.empty() && text[0] >= '0' && text[0] <= '9';  // 1 条评论 到 “…”, however long
    units_begun = units_begun || opens_unit(i);
    if ((text.size() <= kMaxCommentsHeadingBytes || counted) && !leading_marker(i) &&
        (is_comments_heading(trim_ascii_spaces(shadow_of(i))) || lexicon::is_link_list_heading(trim_ascii_spaces(text)) ||
         ((units_begun || prose_begun) && lexicon::is_article_list_heading(shadow_of(i))))) {
      footer = i;
      last_content = last_content_before(i);  // the footer may start above it (相关文章 / its list / References)
      break;
    }
    prose_begun = prose_begun || looks_like_prose(i);
  }
  for (std::size_t i = last_content; i < footer; ++i) {
    if (classify_chrome(blocks_[i].text, shadow_of(i)) == ChromeKind::Footer) {
      footer = i;
      break;
    }
  }
  // Closing starts after the last unit's heading: the first paragraph
  // that invites supervision, gives a contact, or signs the notice.
  std::size_t list_end = footer;
  // Attachments set after the signature's date (2024年10月16日 / 附件1 / …
  // 整改清单 / its table, 附件2 / 1.《…办法》): their numbers are theirs.
  constexpr std::size_t kDateBeforeAttachment = 3;
  for (std::size_t i = body_start + 1; i < list_end; ++i) {
    if (!opens_attachment(i)) continue;
    bool dated = false;
    for (std::size_t j = i >= kDateBeforeAttachment ? i - kDateBeforeAttachment : 0; j < i; ++j) {
      dated = dated || is_date_line(blocks_[j].text);
    }
    if (dated) {
      list_end = i;
      break;
    }
  }
  // A signature (an organisation's name over a date line) under the units
  // ends the notice: what is numbered after it (往期推荐, 相关阅读, readers'
  // replies) is the closing's, not units. Unless a notice's title follows
  // before any unit: a gazette's page holds the end of one document, then
  // the next.
  auto opens_next_notice = [&](std::size_t from) {
    for (std::size_t j = from; j < list_end && !leading_marker(j); ++j) {
      const std::string_view shadow = shadow_of(j);
      // A title stands alone: 下一篇：…的通报 names one, after its label.
      const bool labelled = shadow.find("：") != std::string_view::npos || shadow.find(':') != std::string_view::npos;
      if (!labelled && shadow.find("关于") != std::string_view::npos &&
          lexicon::ends_with_any(shadow, lexicon::notice_endings())) {
        return true;
      }
    }
    return false;
  };
  // Told first by the lines' sizes: a body is mostly paragraphs far longer.
  constexpr std::size_t kMaxDateLineBytes = 64;
  constexpr std::size_t kMaxOrganisationBytes = 4 * kMaxOrganisationChars;
  // The organisation and its date on one line (Markdown joins a
  // paragraph's lines: 中共某县实验小学支部委员会2025年6月27日).
  auto signs_on_one_line = [&](std::size_t i) {
    const std::string_view text = blocks_[i].text;
    if (text.size() > kMaxOrganisationBytes + kMaxDateLineBytes || text.size() < 2) return false;
    // A date ends on 日 or a digit: most lines are told by their last character.
    std::size_t last = text.size();
    const char32_t end = fold_width(prev_code_point(text, last));
    if (end != U'日' && !(end >= '0' && end <= '9')) return false;
    const std::string_view shadow = shadow_of(i);
    for (std::size_t at = text.size(); at > 0;) {
      prev_code_point(text, at);
      const std::string_view date = text.substr(at);
      if (count_chars(date) > 16) break;
      if (!is_date_line(date)) continue;
      // The longest date wins: 25年6月27日 is one too, after 委员会20.
      const std::string_view organisation = trim_ascii_spaces(text.substr(0, at));
      if (is_organisation_line(organisation, shadow.size() == text.size() ? trim_ascii_spaces(shadow.substr(0, at))
                                                                          : organisation)) {
        return true;
      }
    }
    return false;
  };
  bool unit_before = false;
  for (std::size_t i = body_start; i + 1 < list_end; ++i) {
    if (unit_before && blocks_[i].text.size() <= kMaxOrganisationBytes &&
        blocks_[i + 1].text.size() <= kMaxDateLineBytes && is_date_line(blocks_[i + 1].text) &&
        is_organisation_block(i) && !opens_next_notice(i + 2)) {
      list_end = i;
      break;
    }
    if (unit_before && signs_on_one_line(i) && !opens_next_notice(i + 1)) {
      list_end = i;
      break;
    }
    unit_before = unit_before || opens_unit(i);
  }
  std::size_t last_unit = body_start;
  bool any_unit = false;
  for (std::size_t i = list_end; i > body_start; --i) {
    const auto& m = leading_marker(i - 1);
    if (!m || m->kind == NodeKind::Measure) continue;
    // A list of attachments (附件：1.… / 2.…), under the signature or before
    // it, numbers attachments, not units: its lines are the closing's.
    std::size_t above = i - 1;
    while (above > body_start && leading_marker(above) && leading_marker(above)->kind == NodeKind::Item &&
           count_chars(blocks_[above].text) <= kMaxOrganisationChars) {
      --above;
    }
    if (m->kind == NodeKind::Item && opens_attachment(above)) {
      i = above + 1;  // on from the 附件 line
      continue;
    }
    last_unit = i - 1;
    any_unit = true;
    break;
  }
  std::size_t from = any_unit ? last_unit + 1 : body_start + 1;
  for (std::size_t i = from; i < footer; ++i) {
    static const std::size_t opener_bytes = longest(lexicon::closing_openers());
    if (lexicon::starts_with_any(shadow_view(i, opener_bytes), lexicon::closing_openers()) ||
        is_date_line(blocks_[i].text) || signs_on_one_line(i) ||
        (is_organisation_block(i) && i + 1 < footer &&
         (is_date_line(blocks_[i + 1].text) || is_organisation_block(i + 1)))) {
      return {i, footer};
    }
  }
  return {footer, footer};
}

OutlineResult build_outline(const std::vector<Block>& blocks) { return OutlineBuilder(blocks).build(); }

}  // namespace tongbao::detail
