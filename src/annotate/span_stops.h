// span_stops.h - the StopBits of every span of a document, in one block.
//
// A StopBits that holds its own marks costs an allocation, or room for a
// long span inside every object; a document has a few hundred spans (a
// 20 MB one, a few hundred thousand). SpanStops sizes one block for the
// marks of all of them and hands out StopBits that read from it: half a
// byte of marks per byte of text, whatever the spans' lengths.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

#include "blocks/block.h"
#include "scan/stop_bits.h"

namespace tongbao::detail {

class SpanStops {
 public:
  SpanStops() = default;
  // Chrome spans, which no annotator reads, get an empty StopBits.
  explicit SpanStops(const std::vector<Span>& spans);

  std::size_t size() const { return of_span_.size(); }
  const StopBits& operator[](std::size_t k) const { return of_span_[k]; }

 private:
  // Moving SpanStops moves the block, not the words: the views stay right.
  std::unique_ptr<std::uint64_t[]> words_;
  std::vector<StopBits> of_span_;
};

}  // namespace tongbao::detail
