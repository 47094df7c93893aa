// outline.h - paragraphs to title, preamble, numbered tree and closing.
#pragma once

#include <vector>

#include "blocks/block.h"
#include "tongbao/document.h"

namespace tongbao::detail {

// How many of a page's header lines must each be a title with a date after
// it before the page is a column's list of articles, with no title of its own.
inline constexpr int kMinListedArticles = 3;

struct OutlineResult {
  std::optional<std::string> title;
  std::string preamble;
  std::vector<Node> outline;
  std::string closing;
  PageFacts facts;          // what chrome lines said (site, breadcrumb, 发布时间, 来源)
  std::vector<Span> spans;  // every piece of text with its role, node and line
};

// `title` without the site's and column's names a page appends after a
// separator (…的通报_巡察工作_某县教育局, …的通报 | 某某网, …的通报—某局):
// cut where what comes before ends as a title does and each piece after is
// a short name.
std::string_view strip_site_names(std::string_view title);

// Whether `title` (a page's <title> or front matter, its site's names cut
// off) reads as an article's title: one that ends as a notice's does, or a
// headline. A column's or site's name (巡察整改_某某清风网) does not: better
// no title than a column's name.
bool reads_as_title(std::string_view title);

// The page's own title (`page_title`: its <title>, og:title or front
// matter, site names cut off) where the title read from the text is that
// title with a few words of navigation glued before it (新闻中心页面 + the
// title: a heading that holds the breadcrumb's links, its separators drawn
// as images); else `title`. Only a page title with its issuer before 关于
// is taken: an issuer the text adds before 关于… is part of the title.
std::string_view title_without_navigation(std::string_view title, std::string_view page_title);

// Whether the page's own title (`page_title`: <title>, og:title or front
// matter, site names cut off) should replace the `title` read from the
// text: the text's is a short headline without 关于 and no notice's ending
// (a clipping note's 摘录说明 over the notice), the page's names its issuer
// before 关于 and ends as a notice does, and one of `blocks` is that title.
bool page_title_is_notices(std::string_view title, std::string_view page_title, const std::vector<Block>& blocks);

// Whether the page's own title (`page_title`, site names cut off) is the
// whole of a `title` the page shows cut short with an ellipsis
// (中共某局党组关于县委第四巡察..., a template's fixed width).
bool page_title_completes(std::string_view title, std::string_view page_title);

// Whether a Markdown file's front matter title (`front_title`, site names
// cut off) should replace the `title` read from its text: the author named
// the file so, where the text's title is a shorter line that neither names
// 关于 nor ends as a notice (a note box's 摘录说明, a column's name).
bool front_matter_title_wins(std::string_view title, std::string_view front_title);

// Builds the outline of a notice from its paragraphs. `blocks` must outlive
// the returned spans, which point into it.
OutlineResult build_outline(const std::vector<Block>& blocks);
inline OutlineResult build_outline(const Blocks& blocks) { return build_outline(blocks.list()); }

}  // namespace tongbao::detail
