// markdown.h - a Markdown notice (as mirror sites, static-site archives and
// converters keep them) to the paragraphs of its text, through libcmark.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "blocks/block.h"
#include "tongbao/document.h"

namespace tongbao::detail {

struct MarkdownPage {
  Blocks blocks;    // one per paragraph, heading, list item, code or HTML line
  PageFacts facts;  // title and published date from the front matter
  std::vector<Diagnostic> diagnostics;  // markdown-deep-nesting
};

// A line that opens more containers than this (quotes, list items: `> > -`)
// makes the body read as plain text: cmark's time grows with the depth of
// nesting times the emphasis delimiters of a paragraph inside it (100 KB of
// `- - - …` and `*a*a…` took half a minute), and no notice nests deeper
// than a few levels.
inline constexpr int kMaxMarkdownNesting = 64;

// Parses the (already decoded) text as CommonMark. The YAML (`---`) or TOML
// (`+++`) front matter at the very start is not text of the notice: its
// keys fill `facts` (kFrontMatterKeys). Paragraphs join their lines (no space
// between Chinese characters), emphasis and links keep only their text, an
// ordered list item keeps its marker as the source wrote it (`1.`, `2)`),
// code blocks and HTML blocks give a block per line (tags stripped), and
// every block carries the source line and column its text starts at.
MarkdownPage markdown_to_blocks(std::string_view utf8);

// True for a path whose name ends in .md or .markdown (any case): how
// --input-format auto recognises Markdown.
bool is_markdown_path(std::string_view path);

// The front matter keys that are page facts, and which fact each gives;
// keys are compared without case. Exposed for tests and docs.
enum class FrontMatterField { Title, Published, Origin, Site };
struct FrontMatterKey {
  std::string_view key;
  FrontMatterField field;
};
std::span<const FrontMatterKey> front_matter_keys();

}  // namespace tongbao::detail
