// Skeleton. Replaced by the extractors of issue 4.
#include "annotate.h"

namespace tongbao::detail {
void annotate(Document&, const std::vector<Span>&) {}
}  // namespace tongbao::detail
