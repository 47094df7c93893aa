// dates.h - finding and normalising dates in every form notices use.
//
//   2023年7月13日至8月31日   -> 2023-07-13, 2023-08-31 (year carried)
//   二〇二四年六月十七日 / 二OO五年二月十六日 -> 2024-06-17 / 2005-02-16
//   2 0 2 3 年 5 月 8 日 (OCR's spaced digits and marks) -> 2023-05-08
//   2024-06-24 16:38 -> 2024-06-24T16:38    2024.6.17 -> 2024-06-17
//   2024年6月 -> 2024-06    2024年 -> 2024    2024年二季度 -> 2024-Q2
//   12月26日 -> the year of the nearest dated text in this or the previous
//               sentence; null when there is none
//   2024717日, 2025年1021日 (digits lost) -> text kept, value null
//
// docs/entities.md describes these rules for users.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "scan/stop_bits.h"

namespace tongbao::detail {

// Carries the year from dated text to later month-day dates. A year stays
// usable for the sentence it was seen in and the next one.
struct YearContext {
  int year = 0;  // 0: none seen yet
  int age = 0;   // sentence ends passed since the year was seen
  // Called at a sentence end (。！？；) and at each new paragraph.
  void end_sentence() { ++age; }
  int usable_year() const { return year != 0 && age <= 1 ? year : 0; }
};

struct DateMatch {
  std::size_t begin = 0;  // byte offsets into the scanned text
  std::size_t end = 0;
  std::optional<std::string> value;  // nullopt: the text is garbled or has no year
  bool day_precise = false;          // value is YYYY-MM-DD (or with a time)
  // A month-day date (12月26日) whose year came from the text before it: a
  // guess that a fact such as a feedback date should not rest on.
  bool year_carried = false;
};

// Every date in `text`, in order. Updates `years` as it goes (the text's
// own sentence ends included), so consecutive calls for consecutive pieces
// of text carry years across them; call years.end_sentence() between
// paragraphs.
std::vector<DateMatch> find_dates(std::string_view text, YearContext& years);
// The same with StopBits(text) already built.
std::vector<DateMatch> find_dates(std::string_view text, YearContext& years, const StopBits& stops);
// The same, appended to `out`.
void find_dates_into(std::string_view text, YearContext& years, const StopBits& stops, std::vector<DateMatch>& out);

// A time of day after a date (at byte i): " 16:38", "T16:38", "16:38:05"
// (seconds read, not kept), " 16时38分(05秒)"; the colon may be : ： or ∶. Numeric dates take
// it by themselves (2024-06-24 16:38 -> 2024-06-24T16:38); a page's info
// line asks for it after 2024年6月24日 as well.
struct TimeOfDay {
  int hour = 0;
  int minute = 0;
  std::size_t end = 0;  // byte offset after the time
};
std::optional<TimeOfDay> time_after(std::string_view text, std::size_t i);

// The date that makes up all of `text` (spaces around it allowed), or
// nullopt: how a signature date line is recognised.
std::optional<DateMatch> whole_date(std::string_view text);

// The first date to the day in `text`, with the time of day after it when
// one follows (2024-06-24 16:38 and 2024年6月24日 16:38 alike), as
// YYYY-MM-DD or YYYY-MM-DDTHH:MM: when a page says it was published, read
// from its info line, a meta tag or a title suffix. Dates to the month only
// or without a readable value are passed over.
struct Timestamp {
  std::string value;
  std::size_t begin = 0;  // byte offsets of the date (and time) in `text`
  std::size_t end = 0;
};
std::optional<Timestamp> first_timestamp(std::string_view text);

// A date to the day (and the time after it) that ends `text` and stands
// apart from the words before it, after a space (白沙镇 2024-05-20): a page's
// breadcrumb row may carry the page's date in its last cell. The date's
// begin is where the words before it end, spaces included.
std::optional<Timestamp> trailing_timestamp(std::string_view text);

// `stamp` (found in `text`) as China Standard Time: where an ISO offset
// follows its time (2024-03-17T23:05:33+00:00, …Z, …-0500), the value
// moves to UTC+8 (2024-03-18T07:05), since a notice's date is the date in
// China; without an offset, or with +08:00, the value as it is. Blogs and
// feeds write their meta tags and front matter in UTC.
std::string in_china_time(std::string_view text, const Timestamp& stamp);

// A zero-padded YYYY-MM-DD (or with / or .) at the very start of `text`,
// whatever follows it: crawlers glue the next words to an info line's date
// (2025-04-274月24日 is 2025-04-27, then 4月24日), which find_dates rightly
// refuses to read as one date. Only for the value after a published key.
std::optional<Timestamp> padded_date_at(std::string_view text);

// A date written in English at the start of `text` (spaces before it
// allowed), as feeds, blogs and note apps keep it: Dec 29 2023, December 29,
// 2023, June 5, 2024 9:30 AM, 29 Dec 2023, Fri, 29 Dec 2023 10:00:00 +0800.
// The day only, as YYYY-MM-DD: a front matter's date written so.
std::optional<std::string> english_date(std::string_view text);

// The years a date may name (1900 to 2099): outside them four digits are a
// number, not a year. Dates and the year of a document number (〔2023〕)
// alike.
inline constexpr int kMinYear = 1900;
inline constexpr int kMaxYear = 2099;
constexpr bool is_date_year(std::int64_t year) { return year >= kMinYear && year <= kMaxYear; }

// True for 。！？；; and their half-width forms: where a sentence ends.
inline bool is_sentence_end(char32_t c) {
  return c == U'。' || c == U'！' || c == U'？' || c == U'；' || c == U'!' || c == U'?' || c == U';';
}

}  // namespace tongbao::detail
