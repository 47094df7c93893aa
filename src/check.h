// check.h - the diagnostics catalogue: what looks wrong in a notice.
#pragma once

#include <vector>

#include "block.h"
#include "tongbao/document.h"
#include "tongbao/options.h"

namespace tongbao::detail {

// Appends the catalogue's diagnostics for `doc` to doc.diagnostics.
void check(Document& doc, const std::vector<Span>& spans, const Options& options);

}  // namespace tongbao::detail
