// Skeleton. Replaced by the libxml2-based extractor (issue 3).
#include "html.h"

#include "text_blocks.h"

namespace tongbao::detail {

HtmlPage html_to_blocks(std::string_view utf8) {
  HtmlPage page;
  page.blocks = text_to_blocks(utf8);
  return page;
}

}  // namespace tongbao::detail
