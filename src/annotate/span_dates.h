// span_dates.h - the dates of every span of a document, found once for the
// annotators (sentences, entities) that all need them.
#pragma once

#include <cstddef>
#include <span>
#include <vector>

#include "annotate/span_stops.h"
#include "blocks/block.h"
#include "text/dates.h"

namespace tongbao::detail {

// The dates of each span of a document, all in one vector: span k's are
// (*this)[k]. dates_by_span() builds it; a vector a span cost an
// allocation for each span with a date.
class SpanDates {
 public:
  // The next span's dates: what `append` adds to the vector it is given.
  template <typename Append>
  void add_span(Append&& append) {
    append(all_);
    ends_.push_back(all_.size());
  }
  std::size_t size() const { return ends_.size(); }
  std::span<const DateMatch> operator[](std::size_t k) const {
    const std::size_t begin = k == 0 ? 0 : ends_[k - 1];
    return std::span<const DateMatch>(all_).subspan(begin, ends_[k] - begin);
  }

 private:
  std::vector<DateMatch> all_;
  std::vector<std::size_t> ends_;  // where each span's dates end in all_
};

// The dates of each span (none for Chrome spans), one YearContext carried
// through them with a sentence end between spans: what split_sentences()
// and find_entities() both need, so annotate() finds them once.
SpanDates dates_by_span(const std::vector<Span>& spans);
// The same with the StopBits of each span (SpanStops), which the scans of
// dates_by_span(), split_sentences() and find_entities() share.
SpanDates dates_by_span(const std::vector<Span>& spans, const SpanStops& span_stops);

}  // namespace tongbao::detail
