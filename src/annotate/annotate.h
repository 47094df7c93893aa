// annotate.h - metadata, inspection facts, totals, contact and entities.
#pragma once

#include <vector>

#include "blocks/block.h"
#include "tongbao/document.h"

namespace tongbao::detail {

// Fills issuer, signed_on, inspection, summary, contact and entities of
// `doc` (whose title, preamble, outline and closing are already built) from
// the spans of its text. Leaves published/origin/site/breadcrumb as found.
void annotate(Document& doc, const std::vector<Span>& spans);

}  // namespace tongbao::detail
