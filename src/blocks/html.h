// html.h - an HTML page to the paragraphs of its article body.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "blocks/block.h"
#include "tongbao/document.h"

namespace tongbao::detail {

struct HtmlPage {
  Blocks blocks;  // the article body's paragraphs, lines as in the source
  PageFacts facts;            // from <meta>, <title>, the info line, the breadcrumb
  std::vector<Diagnostic> diagnostics;
};

// Parses the (already decoded) page with libxml2's HTML parser, finds the
// article body by its text and returns its paragraphs.
HtmlPage html_to_blocks(std::string_view utf8);

}  // namespace tongbao::detail
