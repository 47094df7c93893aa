// inspection.h - who inspected whom, when, and when findings were fed back.
#pragma once

#include <algorithm>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "blocks/block.h"
#include "annotate/span_dates.h"
#include "annotate/span_stops.h"
#include "tongbao/document.h"

namespace tongbao::detail {

// A sentence of the text with the dates that begin in it. The dates are
// views of its span's (SpanDates, which must outlive the sentence), with
// offsets into the span: date_begin() and date_end() give them in `text`.
// Copying each sentence's dates cost an allocation a sentence with a date.
struct Sentence {
  std::string_view text;
  Role role = Role::Body;
  std::span<const DateMatch> dates;
  std::size_t offset = 0;  // where text starts in its span's text
  // False when the paragraph holding the sentence has no 元 (no percent
  // sign, no digit), so that find_summary() need not search the sentence
  // for one.
  bool may_hold_money = true;
  bool may_hold_percent = true;
  bool may_hold_digit = true;

  std::size_t date_begin(std::size_t d) const { return dates[d].begin - offset; }
  // A date runs on past the sentence's end only in garbled text: cut there.
  std::size_t date_end(std::size_t d) const { return std::min(dates[d].end - offset, text.size()); }
};

// The text's sentences in document order, Chrome spans left out, with the
// dates of dates_by_span() (which carry their year as dates.h describes); a
// paragraph always ends a sentence. The sentences point into `dates`.
std::vector<Sentence> split_sentences(const std::vector<Span>& spans, const SpanDates& dates);
std::vector<Sentence> split_sentences(const std::vector<Span>& spans, const SpanDates& dates,
                                      const SpanStops& span_stops);

// The first inspection team named in `text`, as written from its committee:
// 市委第七巡察组, 省委第五巡視組, 市委巡察六组, 市委乡村振兴领域专项巡察组,
// 十一届市委第三提级交叉巡察组. Garbled names (市委第巡察组) and plain 巡察组
// are not teams. `kind` receives 巡察 or 巡视. Teams named together
// (县委第一巡察组、第三巡察组, 县委第二、第三巡察组) are none, and set
// `together` when it is given.
std::optional<std::string> find_team(std::string_view text, std::string* kind = nullptr, bool* together = nullptr);

// The first round named in `text`: 十四届市委第五轮巡察, 十九届中央第六轮巡视.
std::optional<std::string> find_round(std::string_view text);

// All inspection facts the title and text state; nullopt if they state none.
std::optional<Inspection> find_inspection(const std::optional<std::string>& title,
                                          const std::vector<Sentence>& sentences);

}  // namespace tongbao::detail
