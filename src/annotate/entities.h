// entities.h - dates, money, percentages, 《documents》, 文号, phones and
// e-mail addresses found in the text, each with its normalised value.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "blocks/block.h"
#include "annotate/span_dates.h"
#include "annotate/span_stops.h"
#include "tongbao/document.h"

namespace tongbao::detail {

// One entity in a piece of text, by byte offsets.
struct FoundEntity {
  EntityType type = EntityType::Date;
  std::size_t begin = 0;
  std::size_t end = 0;
  EntityValue value;
  bool day_precise = false;  // dates: value is a full YYYY-MM-DD
};

// Every entity in `text`, ordered by position. `years` carries the year of
// dated text to later month-day dates (see dates.h).
std::vector<FoundEntity> scan_entities(std::string_view text, YearContext& years);
// The same with the dates of `text` already found.
std::vector<FoundEntity> scan_entities(std::string_view text, const std::vector<DateMatch>& dates);
// The same with StopBits(text) built too.
std::vector<FoundEntity> scan_entities(std::string_view text, const std::vector<DateMatch>& dates,
                                       const StopBits& stops);

// Every entity of the spans in document order; Chrome spans are skipped.
// `node` is the span's node id (null when empty) and `line` its line.
std::vector<Entity> find_entities(const std::vector<Span>& spans);
// The same with the dates of each span already found (dates_by_span()).
std::vector<Entity> find_entities(const std::vector<Span>& spans,
                                  const SpanDates& span_dates);
// The same with the StopBits of each span built too (empty for Chrome spans).
std::vector<Entity> find_entities(const std::vector<Span>& spans,
                                  const SpanDates& span_dates,
                                  const SpanStops& span_stops);

}  // namespace tongbao::detail
