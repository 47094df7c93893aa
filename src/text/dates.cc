// dates.cc - a hand-written scanner for dates. Each attempt reads a bounded
// number of characters and digit runs are skipped whole, so the scan is
// linear whatever the input.
#include "text/dates.h"

#include <charconv>
#include <chrono>
#include <cstdint>

#include <fmt/format.h>

#include "text/numerals.h"
#include "text/utf8.h"

namespace tongbao::detail {
namespace {

char32_t peek(std::string_view s, std::size_t i, std::size_t* after = nullptr) { return peek_code_point(s, i, after); }

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : kDays[m - 1];
}

bool valid_day(int y, int m, int d) { return m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m); }

// fmt::format("{:0N}", v) appended to out, for v >= 0. Nearly every date of
// a notice is written out as text: a format call each cost more than
// finding the date.
void append_padded(std::string& out, int v, int width) {
  char digits[12];
  const auto end = std::to_chars(digits, digits + sizeof digits, v).ptr;
  const auto n = static_cast<int>(end - digits);
  if (n < width) out.append(static_cast<std::size_t>(width - n), '0');
  out.append(digits, end);
}

// YYYY-MM, as fmt::format("{:04}-{:02}", y, m).
std::string ym(int y, int m) {
  std::string out;
  append_padded(out, y, 4);
  out += '-';
  append_padded(out, m, 2);
  return out;
}

// YYYY-MM-DD, as fmt::format("{:04}-{:02}-{:02}", y, m, d).
std::string ymd(int y, int m, int d) {
  std::string out = ym(y, m);
  out += '-';
  append_padded(out, d, 2);
  return out;
}

// 16:38, 16：38 and 16∶38 (U+2236 RATIO, which some CMS fonts and editors use).
bool is_time_colon(char32_t c) { return c == U':' || c == U'：' || c == U'∶'; }

bool is_day_mark(char32_t c) { return c == U'日' || c == U'号' || c == U'號'; }
bool is_range_dash(char32_t c) {
  return c == U'-' || c == U'—' || c == U'–' || c == U'－' || c == U'至' || c == U'~' || c == U'～';
}

// A month or day number: 1-2 digits or a small Chinese numeral.
struct SmallNumber {
  int value = 0;
  int digits = 0;  // digits read (Arabic); 0 for a Chinese numeral
  std::size_t end = 0;
};
std::optional<SmallNumber> read_small(std::string_view s, std::size_t i) {
  if (i >= s.size()) return std::nullopt;
  DigitRun run = read_digits(s, i);
  if (run.count > 0) {
    if (run.too_long) return SmallNumber{-1, run.count, run.end};
    return SmallNumber{static_cast<int>(run.count <= 4 ? run.value : -1), run.count, run.end};
  }
  std::size_t end = i;
  if (auto v = read_chinese_small(s, i, end)) return SmallNumber{*v, 0, end};
  return std::nullopt;
}

// Past one space before a digit: OCR'd and typeset text spaces the numbers
// of a date out (2023年 3月 6日至 4月 14日).
std::size_t past_space_before_digit(std::string_view s, std::size_t i) {
  return i + 1 < s.size() && s[i] == ' ' && s[i + 1] >= '0' && s[i + 1] <= '9' ? i + 1 : i;
}

// Past one space before a date's mark (年, 月, 日): OCR spaces the marks
// out too (2024 年 2 月 26 日).
std::size_t past_space_before_mark(std::string_view s, std::size_t i) {
  if (i >= s.size() || s[i] != ' ') return i;
  const char32_t c = peek(s, i + 1);
  return c == U'年' || c == U'月' || is_day_mark(c) ? i + 1 : i;
}

// Digits with single spaces between them, as OCR reads a PDF's digits one
// by one (2 0 2 3 年 1 2 月): at most `max_digits`, at least one.
DigitRun read_spaced_digits(std::string_view s, std::size_t i, int max_digits) {
  DigitRun run = read_digits(s, i);
  while (run.count > 0 && run.count < max_digits && !run.too_long) {
    const std::size_t next = past_space_before_digit(s, run.end);
    if (next == run.end) break;
    const DigitRun more = read_digits(s, next);
    if (run.count + more.count > max_digits) break;
    for (int k = 0; k < more.count; ++k) run.value *= 10;
    run.value += more.value;
    run.count += more.count;
    run.end = more.end;
  }
  return run;
}

// A month or day number as read_small, its digits perhaps spaced out
// (1 2 月 1 6 日), and the offset past one space after it: where its mark
// (月, 日) should be.
struct SpacedSmall {
  SmallNumber number;
  std::size_t mark = 0;
};
std::optional<SpacedSmall> read_small_spaced(std::string_view s, std::size_t i) {
  i = past_space_before_digit(s, i);
  const DigitRun run = read_spaced_digits(s, i, 2);
  if (run.count == 0) {
    auto chinese = read_small(s, i);
    if (!chinese) return std::nullopt;
    return SpacedSmall{*chinese, chinese->end};
  }
  const int value = run.too_long || run.count > 4 ? -1 : static_cast<int>(run.value);
  const SmallNumber number{value, run.count, run.end};
  return SpacedSmall{number, past_space_before_mark(s, run.end)};
}

// After a day number: an optional day range (16-19日) and the 日 itself.
// Returns the offset after 日, or 0 when no 日 follows.
std::size_t after_day(std::string_view s, std::size_t p) {
  std::size_t q = 0;
  char32_t c = peek(s, p, &q);
  if (is_day_mark(c)) return q;
  if (is_range_dash(c)) {
    auto second = read_small(s, q);
    if (second && second->value >= 1 && second->value <= 31) {
      std::size_t r = 0;
      if (is_day_mark(peek(s, second->end, &r))) return r;
    }
  }
  return 0;
}

// Everything after "YYYY年": quarter, month, day, or nothing more.
DateMatch after_year(std::string_view s, std::size_t begin, std::size_t p, int year) {
  DateMatch m{begin, p, std::to_string(year), false};
  // 2024年二季度 / 2024年第四季度 / 2024年2季度
  {
    std::size_t q = p, r = 0;
    if (peek(s, q, &r) == U'第') q = r;
    char32_t c = peek(s, q, &r);
    int quarter = chinese_digit_value(c) >= 1 ? chinese_digit_value(c) : digit_value(c);
    if (quarter >= 1 && quarter <= 4 && starts_with(s.substr(r), "季度")) {
      m.end = r + std::string_view("季度").size();
      m.value = fmt::format("{:04}-Q{}", year, quarter);
      return m;
    }
  }
  auto spaced_month = read_small_spaced(s, p);
  if (!spaced_month) return m;
  const SmallNumber* month = &spaced_month->number;
  std::size_t q = 0;
  char32_t c = peek(s, spaced_month->mark, &q);
  if (is_day_mark(c)) {  // 2025年1021日: the 月 was lost
    m.end = q;
    m.value.reset();
    return m;
  }
  if (c != U'月') return m;  // 2024年 then something else
  m.end = q;
  if (month->value < 1 || month->value > 12) {
    m.value.reset();
    return m;
  }
  m.value = ym(year, month->value);
  auto day = read_small_spaced(s, q);
  if (!day) return m;
  std::size_t end = after_day(s, day->mark);
  if (end == 0) return m;  // 2024年6月 then 30余次: month precision only
  m.end = end;
  if (valid_day(year, month->value, day->number.value)) {
    m.value = ymd(year, month->value, day->number.value);
    m.day_precise = true;
  } else {
    m.value.reset();
  }
  return m;
}

// A date's value with the time of day after it: 2024-06-24T16:38.
void append_time(std::string& value, const TimeOfDay& time) {
  value += fmt::format("T{:02}:{:02}", time.hour, time.minute);
}

// A numeric date with the time of day written right after it, if one is.
DateMatch with_time(std::string_view s, DateMatch m) {
  if (auto time = time_after(s, m.end)) {
    append_time(*m.value, *time);
    m.end = time->end;
  }
  return m;
}

// YYYY-MM-DD, YYYY/MM/DD, YYYY.M.D with an optional HH:MM after it.
std::optional<DateMatch> numeric_date(std::string_view s, std::size_t begin, std::size_t p, int year,
                                      char32_t sep) {
  auto month = read_small(s, p);
  if (!month || month->digits == 0 || month->digits > 2) return std::nullopt;
  std::size_t q = 0;
  if (peek(s, month->end, &q) != sep) return std::nullopt;
  auto day = read_small(s, q);
  if (!day || day->digits == 0 || day->digits > 2) return std::nullopt;
  if (!valid_day(year, month->value, day->value)) return std::nullopt;
  std::size_t end = day->end;
  // 2024.6.17.3 is a section number, not a date.
  char32_t next = peek(s, end, &q);
  if ((next == sep) && digit_value(peek(s, q)) >= 0) return std::nullopt;
  if (digit_value(next) >= 0) return std::nullopt;
  return with_time(s, DateMatch{begin, end, ymd(year, month->value, day->value), true});
}

// DD.MM.YYYY (22.06.2020), with an optional HH:MM after it: the day and the
// month one or two digits, the year four, the separator the same both
// times. With a slash the order is certain only where the first number
// is no month (16/05/2024, as Hong Kong's and forums' pages write it);
// 06/05/2024 may be either.
std::optional<DateMatch> day_first_date(std::string_view s, std::size_t begin, int day, std::size_t p, char32_t sep,
                                        int* year_read) {
  auto month = read_small(s, p);
  if (!month || month->digits == 0 || month->digits > 2) return std::nullopt;
  std::size_t q = 0;
  if (peek(s, month->end, &q) != sep) return std::nullopt;
  const DigitRun year = read_digits(s, q);
  if (year.count != 4 || !is_date_year(year.value)) return std::nullopt;
  if (!valid_day(static_cast<int>(year.value), month->value, day)) return std::nullopt;
  std::size_t r = 0;
  const char32_t next = peek(s, year.end, &r);
  // 1.2.2020.3 is a section number; 2.1.2020年 a number before a year.
  if (next == U'年' || digit_value(next) >= 0 || (next == sep && digit_value(peek(s, r)) >= 0)) return std::nullopt;
  *year_read = static_cast<int>(year.value);
  return with_time(s, DateMatch{begin, year.end, ymd(static_cast<int>(year.value), month->value, day), true});
}

// A month and day without a year (12月26日, 三月三十一日) over [begin, end):
// the year of the dated text before it, when usable; else no value.
DateMatch month_day(std::size_t begin, std::size_t end, int month, int day, const YearContext& years) {
  DateMatch m{begin, end, std::nullopt, false};
  const int year = years.usable_year();
  if (year != 0 && valid_day(year, month, day)) {
    m.value = ymd(year, month, day);
    m.day_precise = true;
    m.year_carried = true;
  }
  return m;
}

// A range's end written as its start's month and day with the start's
// point (2024.4.15—6.14): the month and day, read only after such a start,
// where 6.14 alone would be a number. Nothing may follow but what ends the
// date (6.14.2 is a section number, 6.145 a number).
std::optional<DateMatch> dotted_month_day(std::string_view s, std::size_t begin, char32_t point, YearContext& years) {
  const auto month = read_small(s, begin);
  if (!month || month->digits == 0 || month->digits > 2 || month->value < 1 || month->value > 12) return std::nullopt;
  std::size_t q = 0;
  if (peek(s, month->end, &q) != point) return std::nullopt;
  const auto day = read_small(s, q);
  if (!day || day->digits == 0 || day->digits > 2) return std::nullopt;
  std::size_t r = 0;
  const char32_t next = peek(s, day->end, &r);
  if (digit_value(next) >= 0 || (next == point && digit_value(peek(s, r)) >= 0)) return std::nullopt;
  DateMatch m = month_day(begin, day->end, month->value, day->value, years);
  if (!m.value) return std::nullopt;
  return m;
}

std::optional<DateMatch> arabic_date(std::string_view s, std::size_t begin, YearContext& years) {
  DigitRun run = read_digits(s, begin);
  if (run.too_long) return std::nullopt;
  if (run.count < 4 && s.size() > run.end && s[run.end] == ' ') {  // 2 0 2 3 年: OCR'd digits
    const DigitRun spaced = read_spaced_digits(s, begin, 4);
    const char32_t mark = peek(s, past_space_before_mark(s, spaced.end));
    if ((spaced.count == 4 && mark == U'年') || (spaced.count == 2 && mark == U'月')) run = spaced;
  }
  std::size_t after = 0;
  char32_t next = peek(s, past_space_before_mark(s, run.end), &after);
  if (run.count == 4 && is_date_year(run.value)) {
    int year = static_cast<int>(run.value);
    if (next == U'年') {
      // 2016年度 names a budget's or a report's year, not the time the text
      // tells of (2017年3月…对2016年度部门预算…进行了审计，6月12日反馈):
      // a month and day after it keep the year before, where there is one.
      if (peek(s, after) != U'度' || years.usable_year() == 0) {
        years.year = year;
        years.age = 0;
      }
      return after_year(s, begin, after, year);
    }
    if (next == U'-' || next == U'/' || next == U'.' || next == U'－' || next == U'．') {
      if (auto m = numeric_date(s, begin, after, year, next)) {
        years.year = year;
        years.age = 0;
        return m;
      }
      return std::nullopt;
    }
  }
  constexpr std::int64_t kMonths = 12;
  if (run.count <= 2 && (next == U'.' || next == U'．' || (next == U'/' && run.value > kMonths))) {  // 22.06.2020: day first, as some CMSs write it
    int year = 0;
    if (auto m = day_first_date(s, begin, static_cast<int>(run.value), after, next, &year)) {
      years.year = year;
      years.age = 0;
      return m;
    }
    return std::nullopt;
  }
  if (run.count <= 2 && next == U'月') {  // 12月26日: the year comes from context
    auto day = read_small_spaced(s, after);
    if (!day) return std::nullopt;
    std::size_t end = after_day(s, day->mark);
    if (end == 0) return std::nullopt;
    return month_day(begin, end, static_cast<int>(run.value), day->number.value, years);
  }
  if (run.count >= 3 && run.count <= 8 && next == U'日') {  // 2024717日: digits lost (374号 is a number)
    return DateMatch{begin, after, std::nullopt, false, false};
  }
  return std::nullopt;
}

// 二〇二四年六月十七日, 二OO五年二月十六日.
std::optional<DateMatch> chinese_date(std::string_view s, std::size_t begin, YearContext& years) {
  int year = 0;
  bool real_digit = false;
  std::size_t i = begin;
  for (int n = 0; n < 4; ++n) {
    if (i >= s.size()) return std::nullopt;
    std::size_t j = i;
    char32_t c = next_code_point(s, j);
    int d = chinese_digit_value(c, true);
    if (d < 0) return std::nullopt;
    real_digit = real_digit || chinese_digit_value(c) >= 1;
    year = year * 10 + d;
    i = j;
  }
  std::size_t after = 0;
  if (!real_digit || peek(s, i, &after) != U'年' || !is_date_year(year)) return std::nullopt;
  years.year = year;
  years.age = 0;
  return after_year(s, begin, after, year);
}

// 三月三十一日, the end of a range in Chinese numerals whose year its start
// gave (二〇二三年三月一日至三月三十一日): only read right after a range's 至.
std::optional<DateMatch> chinese_month_day(std::string_view s, std::size_t begin, YearContext& years) {
  std::size_t end = begin;
  const std::optional<int> month = read_chinese_small(s, begin, end);
  std::size_t q = 0;
  if (!month || *month < 1 || *month > 12 || peek(s, end, &q) != U'月') return std::nullopt;
  const auto day = read_small(s, q);
  if (!day || day->digits != 0) return std::nullopt;
  const std::size_t after = after_day(s, day->end);
  if (after == 0) return std::nullopt;
  return month_day(begin, after, *month, day->value, years);
}

// One bit per ideograph U+4000-9FFF that is a Chinese digit (一 ... 九, 两,
// 零), built once: find_dates asks it of nearly every character.
class IdeographDigits {
 public:
  IdeographDigits() {
    for (char32_t c = kFirst; c <= kLast; ++c) {
      if (chinese_digit_value(c, true) >= 0) bits_[(c - kFirst) >> 6] |= std::uint64_t{1} << ((c - kFirst) & 63);
    }
  }
  // Only for kFirst <= c <= kLast.
  bool test(char32_t c) const { return (bits_[(c - kFirst) >> 6] >> ((c - kFirst) & 63)) & 1u; }
  static constexpr char32_t kFirst = 0x4000;
  static constexpr char32_t kLast = 0x9FFF;

 private:
  std::uint64_t bits_[(kLast - kFirst + 64) / 64] = {};
};

// A paragraph with a date usually has a few: room for them at the first,
// instead of growing the vector one by one.
constexpr std::size_t kDatesReserved = 4;

// How far before 年 (which StopBits marks) a date in Chinese numerals can
// start: four digits of at most three bytes each (二〇二四).
constexpr std::size_t kMaxChineseYearBytes = 12;

}  // namespace

std::optional<TimeOfDay> time_after(std::string_view s, std::size_t i) {
  std::size_t q = 0;
  const char32_t c = peek(s, i, &q);
  if (c == U' ' || c == U'T') i = q;
  const DigitRun hh = read_digits(s, i);
  if (hh.count < 1 || hh.count > 2 || hh.value >= 24) return std::nullopt;
  const char32_t mark = peek(s, hh.end, &q);
  if (mark == U'时' || mark == U'點' || mark == U'点' || mark == U'時') {  // 10时38分(05秒)
    const DigitRun mm = read_digits(s, q);
    std::size_t r = 0;
    if (mm.count < 1 || mm.count > 2 || mm.value >= 60 || peek(s, mm.end, &r) != U'分') return std::nullopt;
    TimeOfDay time{static_cast<int>(hh.value), static_cast<int>(mm.value), r};
    const DigitRun ss = read_digits(s, r);
    if (ss.count >= 1 && ss.count <= 2 && peek(s, ss.end, &q) == U'秒') time.end = q;
    return time;
  }
  if (!is_time_colon(mark)) return std::nullopt;
  const DigitRun mm = read_digits(s, q);
  if (mm.count != 2 || mm.value >= 60) return std::nullopt;
  TimeOfDay time{static_cast<int>(hh.value), static_cast<int>(mm.value), mm.end};
  if (is_time_colon(peek(s, mm.end, &q))) {  // seconds are read and dropped
    const DigitRun ss = read_digits(s, q);
    if (ss.count == 2) time.end = ss.end;
  }
  return time;
}

std::vector<DateMatch> find_dates(std::string_view s, YearContext& years) {
  return find_dates(s, years, StopBits(s));
}

std::vector<DateMatch> find_dates(std::string_view s, YearContext& years, const StopBits& stops) {
  std::vector<DateMatch> out;
  find_dates_into(s, years, stops, out);
  return out;
}

void find_dates_into(std::string_view s, YearContext& years, const StopBits& stops, std::vector<DateMatch>& out) {
  std::size_t i = 0;
  bool after_digit = false;  // a run that started earlier is not a new number
  static const IdeographDigits ideograph_digits;
  // A date in Chinese numerals has 年 at most kMaxChineseYearBytes after its
  // first digit. Far from the next 年, Chinese digits start nothing, and
  // only digits, points and sentence ends matter: the scan jumps from one
  // to the next (StopBits marks them), and what it steps over ends a
  // number as any other character would. Near a 年 it reads each character.
  auto near = [&](std::size_t year_mark) {
    return year_mark == std::string_view::npos      ? s.size()
           : year_mark > kMaxChineseYearBytes ? year_mark - kMaxChineseYearBytes
                                              : 0;
  };
  std::size_t next_year_mark = stops.next_year_mark(0);
  std::size_t near_year = near(next_year_mark);
  while (i < s.size()) {
    if (next_year_mark < i) {
      next_year_mark = stops.next_year_mark(i);
      near_year = near(next_year_mark);
    }
    if (i < near_year) {
      std::size_t k = stops.next_date_stop(i);
      if (k > near_year) {
        k = near_year;
        // Back to where a character starts (continuation bytes never do).
        while (k > i && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80) --k;
      }
      if (k != i) {
        after_digit = false;
        i = k;
        continue;
      }
    }
    // Most characters are ideographs that are no digit: step over them.
    if (std::size_t k = skip_ideographs(s, i, [](char32_t c) { return ideograph_digits.test(c); }); k != i) {
      after_digit = false;
      i = k;
      continue;
    }
    // Most ASCII characters met (commas, spaces, colons, letters) start
    // nothing: one test of the byte spares decoding and comparing it.
    if (const auto b = static_cast<unsigned char>(s[i]);
        b < 0x80 && b - static_cast<unsigned>('0') > 9 && b != '!' && b != '?' && b != ';' && b != 'O') {
      after_digit = after_digit && b == '.';
      ++i;
      continue;
    }
    std::size_t j = i;
    char32_t c = next_char(s, j);
    if (is_sentence_end(c)) {
      years.end_sentence();
      i = j;
      after_digit = false;
      continue;
    }
    if (digit_value(c) >= 0) {
      if (!after_digit) {
        if (auto m = arabic_date(s, i, years)) {
          i = m->end;
          if (out.capacity() == 0) out.reserve(kDatesReserved);
          // A dotted date's range may end in its month and day alone
          // (2024.4.15—6.14), the year the start's.
          std::size_t point_at = m->begin + 4;
          const char32_t point = m->value && m->end - m->begin >= 8 ? peek(s, point_at) : 0;
          out.push_back(std::move(*m));
          if (std::size_t q = 0; (point == U'.' || point == U'．') && is_range_dash(peek(s, i, &q))) {
            if (auto to = dotted_month_day(s, q, point, years)) {
              i = to->end;
              out.push_back(std::move(*to));
            }
          }
          continue;
        }
      }
      i = read_digits(s, i).end;  // skip the whole run: linear on long runs
      after_digit = true;
      continue;
    }
    // A number like 1.2024 or v2.2024 continues through the point.
    after_digit = after_digit && (c == U'.' || c == U'．');
    if (chinese_digit_value(c, true) >= 0) {
      if (auto m = chinese_date(s, i, years)) {
        i = m->end;
        if (out.capacity() == 0) out.reserve(kDatesReserved);
        out.push_back(std::move(*m));
        // The range's end in Chinese numerals too, its year the start's.
        if (std::size_t q = 0; is_range_dash(peek(s, i, &q))) {
          if (auto to = chinese_month_day(s, q, years)) {
            i = to->end;
            out.push_back(std::move(*to));
          }
        }
        continue;
      }
    }
    i = j;
  }
}

std::optional<Timestamp> first_timestamp(std::string_view text) {
  YearContext years;
  for (const DateMatch& m : find_dates(text, years)) {
    if (!m.day_precise || !m.value) continue;
    Timestamp stamp{*m.value, m.begin, m.end};
    if (stamp.value.size() == 10) {  // 2024年6月24日 16:38: the grammar leaves the time to its reader
      if (auto time = time_after(text, m.end)) {
        append_time(stamp.value, *time);
        stamp.end = time->end;
      }
    }
    return stamp;
  }
  return std::nullopt;
}

std::optional<Timestamp> trailing_timestamp(std::string_view text) {
  constexpr std::string_view kIdeographicSpace = "\u3000";
  // The length of the spaces (ASCII or ideographic) that end text[0, end).
  auto spaces_before = [&](std::size_t end) {
    std::size_t at = end;
    while (at > 0) {
      if (text[at - 1] == ' ') {
        --at;
      } else if (text.substr(0, at).ends_with(kIdeographicSpace)) {
        at -= kIdeographicSpace.size();
      } else {
        break;
      }
    }
    return end - at;
  };
  const std::size_t end = text.size() - spaces_before(text.size());
  const std::string_view dated = text.substr(0, end);
  if (dated.empty() || !((dated.back() >= '0' && dated.back() <= '9') || dated.ends_with("日"))) {
    return std::nullopt;  // most lines: no date can end them
  }
  YearContext years;
  const std::vector<DateMatch> dates = find_dates(dated, years);
  if (dates.empty()) return std::nullopt;
  const DateMatch& m = dates.back();
  if (!m.day_precise || !m.value) return std::nullopt;
  Timestamp stamp{*m.value, m.begin, m.end};
  if (auto time = time_after(dated, m.end); time && stamp.value.size() == 10) {
    append_time(stamp.value, *time);
    stamp.end = time->end;
  }
  const std::size_t apart = spaces_before(m.begin);
  if (stamp.end != end || apart == 0 || apart == m.begin) return std::nullopt;  // glued to the words, or alone
  stamp.begin = m.begin - apart;
  return stamp;
}

namespace {

constexpr int kChinaOffsetMinutes = 8 * 60;

// The UTC offset in minutes written at i (Z, +08:00, -0500), after any
// fraction of a second, or nullopt.
std::optional<int> offset_at(std::string_view s, std::size_t i) {
  if (i < s.size() && s[i] == '.') {
    ++i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
  }
  if (i >= s.size()) return std::nullopt;
  if (s[i] == 'Z' || s[i] == 'z') return 0;
  if (s[i] != '+' && s[i] != '-') return std::nullopt;
  const int sign = s[i] == '-' ? -1 : 1;
  auto two = [&](std::size_t k) {
    if (k + 2 > s.size() || s[k] < '0' || s[k] > '9' || s[k + 1] < '0' || s[k + 1] > '9') return -1;
    return (s[k] - '0') * 10 + (s[k + 1] - '0');
  };
  const int hours = two(i + 1);
  std::size_t k = i + 3;
  if (k < s.size() && s[k] == ':') ++k;
  const int minutes = two(k);
  if (hours < 0 || hours > 14 || minutes < 0 || minutes >= 60) return std::nullopt;
  return sign * (hours * 60 + minutes);
}

}  // namespace

std::string in_china_time(std::string_view text, const Timestamp& stamp) {
  // YYYY-MM-DDTHH:MM: only a time of day can carry an offset.
  if (stamp.value.size() != 16) return stamp.value;
  const std::optional<int> offset = offset_at(text, stamp.end);
  if (!offset || *offset == kChinaOffsetMinutes) return stamp.value;
  using namespace std::chrono;
  const std::string& v = stamp.value;
  auto number = [&](std::size_t from, std::size_t n) { return std::stoi(v.substr(from, n)); };
  const sys_days day{year{number(0, 4)} / number(5, 2) / number(8, 2)};
  const sys_time<minutes> china =
      day + hours{number(11, 2)} + minutes{number(14, 2) + kChinaOffsetMinutes - *offset};
  const sys_days china_day = floor<days>(china);
  const year_month_day ymd_china{china_day};
  const int y = static_cast<int>(ymd_china.year());
  if (!is_date_year(y)) return stamp.value;
  const auto minute_of_day = (china - china_day).count();
  return fmt::format("{}T{:02}:{:02}", ymd(y, static_cast<int>(static_cast<unsigned>(ymd_china.month())),
                                           static_cast<int>(static_cast<unsigned>(ymd_china.day()))),
                     minute_of_day / 60, minute_of_day % 60);
}

std::optional<Timestamp> padded_date_at(std::string_view text) {
  // YYYY-MM-DD: ten ASCII bytes.
  if (text.size() < 10) return std::nullopt;
  auto digits = [&](std::size_t from, std::size_t n) {
    int value = 0;
    for (std::size_t k = from; k < from + n; ++k) {
      if (text[k] < '0' || text[k] > '9') return -1;
      value = value * 10 + (text[k] - '0');
    }
    return value;
  };
  const char sep = text[4];
  if ((sep != '-' && sep != '/' && sep != '.') || text[7] != sep) return std::nullopt;
  const int year = digits(0, 4), month = digits(5, 2), day = digits(8, 2);
  if (!is_date_year(year) || month < 1 || !valid_day(year, month, day)) return std::nullopt;
  return Timestamp{ymd(year, month, day), 0, 10};
}

namespace {

// The month an English name or its three-letter abbreviation names (1-12), or 0.
int english_month(std::string_view word) {
  static constexpr std::string_view kMonths[] = {"january", "february", "march",     "april",   "may",      "june",
                                                 "july",    "august",   "september", "october", "november", "december"};
  if (word.size() < 3) return 0;
  std::string lower(word);
  for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  if (lower.size() == 4 && lower == "sept") return 9;
  for (int m = 0; m < 12; ++m) {
    const std::string_view name = kMonths[m];
    if (lower == name || (lower.size() == 3 && name.starts_with(lower))) return m + 1;
  }
  return 0;
}

}  // namespace

std::optional<std::string> english_date(std::string_view text) {
  // Words and numbers, parted by spaces, commas and full stops (Dec. 29).
  std::vector<std::string_view> tokens;
  for (std::size_t i = 0; i < text.size() && tokens.size() < 5;) {
    const char c = text[i];
    if (c == ' ' || c == ',' || c == '.') {
      ++i;
      continue;
    }
    const bool letters = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    const bool digits = c >= '0' && c <= '9';
    if (!letters && !digits) break;
    std::size_t end = i;
    while (end < text.size() && (letters ? ((text[end] >= 'A' && text[end] <= 'Z') || (text[end] >= 'a' && text[end] <= 'z'))
                                         : (text[end] >= '0' && text[end] <= '9'))) {
      ++end;
    }
    tokens.push_back(text.substr(i, end - i));
    i = end;
  }
  auto number = [](std::string_view t) {
    int value = 0;
    if (t.empty() || t.size() > 4 || t[0] < '0' || t[0] > '9') return -1;
    std::from_chars(t.data(), t.data() + t.size(), value);
    return value;
  };
  std::size_t k = 0;
  // A weekday first (Fri, 29 Dec 2023): a word that names no month.
  if (k < tokens.size() && number(tokens[k]) < 0 && english_month(tokens[k]) == 0) ++k;
  if (k + 3 > tokens.size()) return std::nullopt;
  int month = 0, day = 0, year = 0;
  if (const int m = english_month(tokens[k])) {  // Dec 29 2023
    month = m;
    day = number(tokens[k + 1]);
    year = number(tokens[k + 2]);
  } else if (const int m2 = english_month(tokens[k + 1])) {  // 29 Dec 2023
    day = number(tokens[k]);
    month = m2;
    year = number(tokens[k + 2]);
  }
  if (month == 0 || !is_date_year(year) || !valid_day(year, month, day)) return std::nullopt;
  return ymd(year, month, day);
}

std::optional<DateMatch> whole_date(std::string_view text) {
  std::size_t b = 0, e = text.size();
  while (b < e && text[b] == ' ') ++b;
  while (e > b && text[e - 1] == ' ') --e;
  if (b == e) return std::nullopt;
  std::string_view core = text.substr(b, e - b);
  YearContext years;
  auto found = find_dates(core, years);
  if (found.size() != 1 || found[0].begin != 0 || found[0].end != core.size()) return std::nullopt;
  DateMatch m = found[0];
  m.begin += b;
  m.end += b;
  return m;
}

}  // namespace tongbao::detail
