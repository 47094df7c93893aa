// lexicon.h - the words of the domain, one table each. Every phrase the
// outline stage looks for is here, in simplified characters; traditional
// text is matched through simplified_shadow().
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>

namespace tongbao::detail::lexicon {

// Run-in labels that open a unit's body: 整改情况: … (colon required).
std::span<const std::string_view> labels();

// Lines of page chrome, recognised by how they start (after bullets).
// Bytes of a title label (标题：) with its colon at the start of s, or 0.
std::size_t title_label_length(std::string_view s);
std::span<const std::string_view> breadcrumb_prefixes();  // 当前位置 …
std::span<const std::string_view> info_line_keys();       // 发布时间 来源 浏览量 …
std::span<const std::string_view> published_keys();      // keys whose value is the publish date, strongest first
std::span<const int> published_key_ranks();               // each published key's published_rank, in the same order
// Whether the key ending at byte `end` of `shadow` ends a label of another
// time (时间 of 抓取时间, 注册时间): its value is not the publish date.
bool ends_other_times_label(std::string_view shadow, std::size_t end);
std::span<const std::string_view> origin_keys();          // keys whose value is the origin
std::span<const std::string_view> widget_words();         // 分享 打印 字号 …: lines made only of these
std::span<const std::string_view> info_table_keys();      // 索引号 发布机构 成文日期 …
std::span<const std::string_view> table_date_keys();      // 发布日期 成文日期 …: a fallback publish date, strongest first
std::span<const std::string_view> table_title_keys();     // 文件名称 标题 名称: the document's title in such a table
std::span<const std::string_view> footer_phrases();       // 版权所有 ICP备 …
std::span<const std::string_view> disclaimer_phrases();   // 仅代表该作者观点 …: footer even as a sentence
std::span<const std::string_view> related_list_headings();  // 相关文件 相关新闻 …: footer alone on a line
// How a heading over readers' comments ends (网友评论, 留言), a count in brackets aside.
std::span<const std::string_view> comment_heading_endings();
// Whether a line heads a text browser's list of the page's links (References).
bool is_link_list_heading(std::string_view line);

// Paragraphs that open the closing: an invitation to supervise, a contact line.
std::span<const std::string_view> closing_openers();

// Words a notice's title ends with (before an optional date).
std::span<const std::string_view> title_endings();
// Header lines that are no headline: banners that greet or tell the day
// (欢迎…, 今天是…) and site names (…门户网, …官网).
std::span<const std::string_view> banner_openers();
std::span<const std::string_view> imprint_words();  // a periodical's imprint: 编印, 出版
// A heading over a list of the site's other articles (热点信息, 相关链接),
// read on a line's shadow, a colon after it allowed.
bool is_article_list_heading(std::string_view shadow);
std::span<const std::string_view> site_name_endings();
// How a site's column is named (党建动态, 通知公告, 工作要闻): a line's words
// after a date above the title that end so name the article's column.
std::span<const std::string_view> column_name_endings();
// Whether `shadow` is the short name of a site or a news medium (观察者网,
// 某某日报, 中新社): ideographs only, and no notice's own name (通报).
bool names_source(std::string_view shadow);
std::span<const std::string_view> offices();  // 厅长, 局长, 审计长 … before a speaker's name
// Endings of a line a sentence runs on from (…听取, …会议上, …和).
std::span<const std::string_view> unfinished_endings();
// Words that make a short line a signature block (issuer) when it ends with one.
std::span<const std::string_view> organisation_suffixes();
// How a party body's name ends (党组, 支部委员会), which no office or company's does.
std::span<const std::string_view> party_body_endings();
// Words that make a paragraph look like the start of a notice's own prose.
std::span<const std::string_view> preamble_openers();

// Problem headings: 关于“X”的问题, 针对“X”问题 ...
std::span<const std::string_view> problem_introducers();  // 关于 针对
std::span<const std::string_view> problem_suffixes();     // 的问题 问题 等问题 …, longest first
// How an area heading ends (关于…方面, …方面存在的主要问题): it names a field
// of problems, not a problem, even where 问题 stands inside it.
std::span<const std::string_view> area_endings();
// Verbs before a 问题 that make it the problems an inspection found
// (审计查出问题, 巡察反馈问题): a heading 关于…查出问题的整改情况 names no problem.
std::span<const std::string_view> problem_source_verbs();
// How a heading ends that names the problems of a field (关于X方面的问题):
// the problem X on its own, an area once a unit under it names a problem.
std::span<const std::string_view> area_problem_endings();

// What a notice's own title ends on (通报, 报告, 公告): narrower than
// title_endings, whose 情况, 方案, 工作… a headline may end on too.
std::span<const std::string_view> notice_endings();

// Whether a line is a site's or column's banner (某某区人民政府信息公开,
// 政务公开): it ends on 信息公开, 政务公开 or 党务公开 and names neither 关于
// nor 整改.
bool is_disclosure_banner(std::string_view shadow);

// What opens an editor's note above a reposted notice (编者按：…).
std::span<const std::string_view> editor_notes();

// Whether `text` starts with, ends with, or contains one of `words` (a
// table of this lexicon).
bool starts_with_any(std::string_view text, std::span<const std::string_view> words);
bool ends_with_any(std::string_view text, std::span<const std::string_view> words);
bool contains_any(std::string_view text, std::span<const std::string_view> words);

// A copy of `utf8` with the traditional characters this lexicon cares about
// replaced by their simplified forms. Byte offsets are preserved (every
// replaced pair has the same UTF-8 length), so a match in the shadow is a
// match at the same offset in the original.
std::string simplified_shadow(std::string_view utf8);
// Whether `utf8` holds any character simplified_shadow would replace.
bool has_traditional(std::string_view utf8);
// The (traditional, simplified) pairs behind simplified_shadow, for tests.
std::span<const std::pair<char32_t, char32_t>> traditional_pairs();

}  // namespace tongbao::detail::lexicon
