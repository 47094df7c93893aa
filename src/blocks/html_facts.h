// html_facts.h - what a line of a page says about the page: its info line
// (发布时间:… 来源:…), its breadcrumb, its widgets and footers, the info line
// inside a heading, the site name after the <title>. html_to_blocks asks
// these of each short paragraph; the tables of labels and phrases are in
// html_facts.cc, one place each.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "blocks/html.h"

namespace tongbao::detail {

// MadeAt: when the CMS made the page (Maketime), which may be later than
// the article's own date: it dates the page only when nothing else does.
enum class Field { Title, Published, Origin, Site, Column, MadeAt, None };
constexpr std::size_t kFieldCount = static_cast<std::size_t>(Field::None);

// The first full date in `s` by the one date grammar (text/dates.h), with
// its time of day when one follows: "2024-06-24 16:38" -> "2024-06-24T16:38";
// nullopt if `s` names no day.
std::optional<std::string> normalise_date(std::string_view s);

// Strips an appended site or column name: "标题_武汉市纪委监委" -> "标题".
std::string strip_title_suffix(std::string title);

// Reads an info line ("发布时间:2024-06-24 16:38 来源:武汉市纪委监委") into
// `facts`. True if the paragraph is one: it starts (after a bracket) with
// an info label.
bool read_info_line(std::string_view text, PageFacts& facts);

// A 当前位置 line (or, when `hinted` by its element's class, a chain of
// steps): fills the breadcrumb; true if the paragraph is one.
bool read_breadcrumb(std::string_view text, bool hinted, PageFacts& facts);

// A short paragraph of `chars` characters that is page chrome by its words
// (版权所有, 上一篇, 【打印】 …).
bool is_chrome_phrase(std::string_view text, int chars);

// A full numeric date at the very start of `text` (2024-06-24, 2024年6月24日,
// with the time after it); `end` gets the bytes it takes.
std::optional<std::string> leading_date(std::string_view text, std::size_t* end);

// Whether what follows a date on its line is values without labels (a
// count, a source: 1268 武汉市纪委监委网站), which icons stand for: short,
// no clause marks, no sentence.
bool is_unlabelled_values(std::string_view rest);

// A date widget that sets the parts of the date apart, the whole
// paragraph: its date, or nullopt. The day over the year and month
// (<span class="day">29</span><span class="ym">2024-07</span>, read as
// "292024-07" or "29 2024-07"), or the year before the month and day and
// the time (<span class="year">2024</span><span class="day">10/11</span>
// <span class="time">09:32:15</span>, read as "2024 10/11 09:32:15").
std::optional<std::string> date_widget(std::string_view text);

// A date a page's script keeps (var pubDate = "2024-07-15 10:20:00";
// WeChat's var publish_time = "2024-07-26"; "publishTime": "…"), read from
// a piece of script text: the first of the known names with a quoted date.
std::optional<std::string> read_script_date(std::string_view script);

// The article's title a script keeps to write it (var _ucapTitle = "…";
// document.write(_ucapTitle)): a string of at least a few characters,
// without markup or a sentence's full stop, given to a variable or key
// whose name ends in "title" (not a site's, column's or subtitle's), or
// nullopt.
std::optional<std::string> read_script_title(std::string_view script);

// The article a page's script keeps as data for a front end to render
// (window.DATA = {"content_html": "<p>…</p>", …}): the longest JSON string
// of `script` that holds paragraphs' markup, decoded; empty when none.
std::string read_script_article(std::string_view script);

// What a script writes into the page with document.write of string
// literals alone (document.write('2024-07-15'), a CMS filling in a date or
// a counter where the script stands); nullopt when it writes nothing, or
// markup, or anything computed.
std::optional<std::string> read_written_text(std::string_view script);

// A <title> that names no article: a CMS's name for the kind of page
// (详情页, 正文, 查看内容), alone or before the site's name.
bool names_no_article(std::string_view title);

// A heading that carries the info line in it (标题 2024-06-24 来源:…): on a
// split, `text` keeps the title and `info` gets what the tail says.
bool split_heading_info(std::string& text, PageFacts& info);

// `s` without the spaces (and the '|' of info lines) around it.
std::string_view trim_spaces(std::string_view s);

}  // namespace tongbao::detail
