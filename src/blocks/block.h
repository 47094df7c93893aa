// block.h - the paragraphs every later stage reads, whatever the input was.
#pragma once

#include <deque>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tongbao::detail {

// Where a source line goes on inside a paragraph joined from several
// (text wrapped at a fixed width, outline/unwrap.h): the byte `at` of the
// paragraph's text is at `line`, `column` of the source.
struct LineStart {
  const char* at = nullptr;
  int line = 0;
  int column = 1;
};

// One paragraph of the page or text: white space folded (U+3000, NBSP and
// runs of spaces become one space) and trimmed. For text input a paragraph
// is one non-blank line (or the lines of one paragraph, where the text was
// wrapped at a fixed width); for HTML it is the text of one block element.
struct Block {
  std::string_view text;  // into the decoded text, or into its Blocks' copies
  int line = 0;           // 1-based source line of the first character
  int column = 1;         // 1-based column (characters) of the first character
  // The source lines after the first, where the paragraph was joined from
  // several; empty for most.
  std::span<const LineStart> line_starts = {};
  // A cell of a ledger table (序号 | 反馈问题 | 整改措施 | … | 完成情况): data,
  // not the document's headings. Its text opens no unit, a group row's
  // 一、…方面 or a cell's 1.…；2.… no more than a sentence's; its 一是 are
  // measures still.
  bool table_cell = false;
};

// The paragraphs of a document, and copies of those texts that do not stand
// in the decoded text as they are (folded lines, HTML paragraphs). A line
// that folding leaves as it was is not copied: a notice's text was copied
// line by line, a string each, which cost a tenth of the allocations of a
// parse and 20 MB for a 20 MB notice. Moves only: a copy's blocks would
// point into the original.
class Blocks {
 public:
  Blocks() = default;
  Blocks(Blocks&&) = default;
  Blocks& operator=(Blocks&&) = default;
  Blocks(const Blocks&) = delete;
  Blocks& operator=(const Blocks&) = delete;

  // A paragraph whose text lives at least as long as this object.
  void add_view(std::string_view text, int line, int column, bool table_cell = false) {
    list_.push_back(Block{text, line, column, {}, table_cell});
  }
  // A paragraph whose text this object keeps a copy of.
  void add_copy(std::string text, int line, int column, bool table_cell = false) {
    copies_.push_back(std::move(text));  // a deque: the strings never move, nor do views of them
    list_.push_back(Block{copies_.back(), line, column, {}, table_cell});
  }

  // Paragraphs joined from several: the joined text and the starts of its
  // source lines are kept here, and `list` replaces the paragraphs.
  std::string_view keep(std::string text) {
    copies_.push_back(std::move(text));
    return copies_.back();
  }
  std::span<const LineStart> keep(std::vector<LineStart> starts) {
    line_starts_.push_back(std::move(starts));
    return line_starts_.back();
  }
  void replace_list(std::vector<Block> list) { list_ = std::move(list); }

  const std::vector<Block>& list() const { return list_; }
  std::size_t size() const { return list_.size(); }
  bool empty() const { return list_.empty(); }
  const Block& operator[](std::size_t k) const { return list_[k]; }
  std::vector<Block>::const_iterator begin() const { return list_.begin(); }
  std::vector<Block>::const_iterator end() const { return list_.end(); }

 private:
  std::vector<Block> list_;
  std::deque<std::string> copies_;
  std::deque<std::vector<LineStart>> line_starts_;
};

// Column (1-based, characters) of a byte offset into block.text. Exact for
// text input as long as no run of spaces was folded before the offset.
int column_at(const Block& block, std::size_t byte_offset);

struct SourcePosition {
  int line = 0;
  int column = 1;
};
// The source position of byte `offset` of `text`, a paragraph's text or a
// part of it that starts at `line`, `column`, where the paragraph's source
// lines after its first start at `line_starts`.
SourcePosition position_in(std::string_view text, int line, int column, std::span<const LineStart> line_starts,
                           std::size_t offset);

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
  // Which of the table's date keys (lexicon::table_date_keys, strongest
  // first) gave fallback_published; -1 when no table did.
  int fallback_published_key = -1;
  // The published_rank of the info line's label that gave published; -1
  // when something else did. A later label that ranks stronger (发布日期
  // after 生成日期 or 发文日期) replaces its date.
  int published_key = -1;
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
  std::span<const LineStart> line_starts = {};  // its paragraph's, where joined from several lines
  // Chrome that is another article's title with its date, as a column's page
  // lists them: a page of such lines is a list, not a notice.
  bool lists_article = false;
};

}  // namespace tongbao::detail
