// block.h - the paragraphs every later stage reads, whatever the input was.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tongbao::detail {

// One paragraph of the page or text: white space folded (U+3000, NBSP and
// runs of spaces become one space) and trimmed. For text input a paragraph
// is one non-blank line; for HTML it is the text of one block element.
struct Block {
  std::string text;
  int line = 0;    // 1-based source line of the first character
  int column = 1;  // 1-based column (characters) of the first character
};

// Column (1-based, characters) of a byte offset into block.text. Exact for
// text input as long as no run of spaces was folded before the offset.
int column_at(const Block& block, std::size_t byte_offset);

// What a page says about itself outside the body: <meta> tags, <title>, the
// visible 发布时间/来源 line, the breadcrumb. Filled by the HTML stage from the
// markup and by the outline stage from chrome lines (text input too); an
// earlier value is never overwritten by a later guess.
struct PageFacts {
  std::optional<std::string> title;      // ArticleTitle, else <title>
  std::optional<std::string> published;  // YYYY-MM-DD or YYYY-MM-DDTHH:MM
  std::optional<std::string> origin;     // 来源 / ContentSource
  std::optional<std::string> site;       // SiteName / SiteDomain / site line
  std::vector<std::string> breadcrumb;   // 当前位置 path
  // Published when nothing better says: the 成文日期/发布日期 of a
  // 政府信息公开 table, or a date that ends a header line.
  std::optional<std::string> fallback_published;
};

// The role a piece of text plays in the record.
enum class Role { Chrome, Title, Preamble, Heading, Body, Closing };

// A piece of the document's text with where it came from and which node
// holds it: what the annotators and the checker walk, in document order.
struct Span {
  Role role = Role::Body;
  std::string_view text;  // points into a Block's text
  int line = 0;
  int column = 1;         // column of text[0]
  std::string node;       // id of the node it belongs to, empty outside the outline
};

}  // namespace tongbao::detail
