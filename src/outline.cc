// Skeleton: everything is preamble until the outline builder lands.
#include "outline.h"

namespace tongbao::detail {

OutlineResult build_outline(const std::vector<Block>& blocks) {
  OutlineResult r;
  for (const Block& b : blocks) {
    if (!r.preamble.empty()) r.preamble += '\n';
    r.preamble += b.text;
    r.spans.push_back(Span{Role::Preamble, b.text, b.line, b.column, {}});
  }
  return r;
}

}  // namespace tongbao::detail
