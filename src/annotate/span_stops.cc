// span_stops.cc - see span_stops.h.
#include "annotate/span_stops.h"

namespace tongbao::detail {

SpanStops::SpanStops(const std::vector<Span>& spans) {
  std::size_t total = 0;
  for (const Span& span : spans) {
    if (span.role != Role::Chrome) total += StopBits::words_for(span.text.size());
  }
  words_ = std::make_unique<std::uint64_t[]>(total);  // zero, as StopBits needs them
  of_span_.reserve(spans.size());
  std::uint64_t* next = words_.get();
  for (const Span& span : spans) {
    if (span.role == Role::Chrome) {
      of_span_.emplace_back();
      continue;
    }
    of_span_.emplace_back(span.text, next);
    next += StopBits::words_for(span.text.size());
  }
}

}  // namespace tongbao::detail
