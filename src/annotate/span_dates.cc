#include "annotate/span_dates.h"

namespace tongbao::detail {

SpanDates dates_by_span(const std::vector<Span>& spans) { return dates_by_span(spans, SpanStops(spans)); }

SpanDates dates_by_span(const std::vector<Span>& spans, const SpanStops& span_stops) {
  SpanDates out;
  YearContext years;
  for (std::size_t k = 0; k < spans.size(); ++k) {
    out.add_span([&](std::vector<DateMatch>& dates) {
      if (spans[k].role == Role::Chrome) return;
      find_dates_into(spans[k].text, years, span_stops[k], dates);
      years.end_sentence();  // a new paragraph is a new sentence
    });
  }
  return out;
}

}  // namespace tongbao::detail
