// entities.cc - one pass over each span for everything but dates (dates.cc
// has its own pass), each recogniser reading a bounded number of bytes.
#include "annotate/entities.h"

#include <algorithm>
#include <array>

#include "annotate/money.h"
#include "annotate/terms.h"
#include "text/chars.h"
#include "text/dates.h"
#include "text/utf8.h"

namespace tongbao::detail {
namespace {

// Longest 《title》 read; an unclosed 《 stops there.
constexpr std::size_t kMaxTitleBytes = 1200;
// Longest 文号 issuer prefix, in characters (武发改投资).
constexpr int kMaxPrefixChars = 12;

char32_t peek(std::string_view s, std::size_t i, std::size_t* after = nullptr) { return peek_code_point(s, i, after); }

bool is_email_local(char c) { return is_ascii_alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'; }
bool is_email_domain(char c) { return is_ascii_alnum(c) || c == '.' || c == '-'; }

// Every closed 《…》, nesting allowed (《关于印发《X》的通知》 gives both), in
// one pass with a stack: an unclosed 《 costs nothing later. Titles longer
// than kMaxTitleBytes are dropped; the stack is bounded by kMaxTitleDepth.
constexpr std::size_t kMaxTitleDepth = 16;
// Appends the titles to `out` in order of their start (a title nested in
// another after it). No allocation but out's: the open marks are a fixed
// stack, the titles go straight into out.
void append_document_titles(std::string_view s, const StopBits& stops, std::vector<FoundEntity>& out) {
  const std::size_t first = out.size();
  std::array<std::size_t, kMaxTitleDepth> open;
  std::size_t depth = 0;
  std::size_t i = 0;
  while (i < s.size()) {
    i = stops.next(i);  // what lies between holds no bracket, no full stop
    if (i >= s.size()) break;
    std::size_t at = i;
    char32_t c = next_char(s, i);
    if (c == U'《') {
      if (depth == kMaxTitleDepth) {  // the oldest mark gives way
        std::move(open.begin() + 1, open.end(), open.begin());
        --depth;
      }
      open[depth++] = at;
    } else if (c == U'》' && depth > 0) {
      const std::size_t begin = open[--depth];
      if (i - begin <= kMaxTitleBytes) {
        out.push_back({EntityType::Document, begin, i, std::string(s.substr(begin, i - begin)), false});
      }
    } else if (is_sentence_end(c) && c != U'；' && c != U';') {
      depth = 0;  // a title does not run across a full stop
    }
  }
  // Closed inner first: by start, as the titles stand in the text.
  std::sort(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(),
            [](const FoundEntity& a, const FoundEntity& b) { return a.begin < b.begin; });
}

bool is_year_open(char32_t c) {
  return c == U'〔' || c == U'[' || c == U'［' || c == U'（' || c == U'(' || c == U'【' || c == U'〖';
}
bool is_year_close(char32_t c) {
  return c == U'〕' || c == U']' || c == U'］' || c == U'）' || c == U')' || c == U'】' || c == U'〗';
}

// The 文号 lead words (terms::doc_number_lead_words()) by their last byte,
// built once: the issuer prefix is cut after the last one it holds, and
// the search from its end tries at each byte only the words ending there.
class LeadWordsByLastByte {
 public:
  LeadWordsByLastByte() {
    for (std::string_view lead : terms::doc_number_lead_words()) {
      if (!lead.empty()) by_last_[static_cast<unsigned char>(lead.back())].push_back(lead);
    }
  }
  // Does a lead word end at `end` in s?
  bool ends_at(std::string_view s, std::size_t end) const {
    for (std::string_view lead : by_last_[static_cast<unsigned char>(s[end - 1])]) {
      if (lead.size() <= end && s.compare(end - lead.size(), lead.size(), lead) == 0) return true;
    }
    return false;
  }

 private:
  std::vector<std::string_view> by_last_[256];
};

// 武发改投资〔2023〕374号: `open` is the bracket; returns [begin, end).
std::optional<std::pair<std::size_t, std::size_t>> doc_number_at(std::string_view s, std::size_t open) {
  std::size_t i = 0;
  peek(s, open, &i);
  DigitRun year = read_digits(s, i);
  if (year.count != 4 || !is_date_year(year.value)) return std::nullopt;
  std::size_t j = 0;
  if (!is_year_close(peek(s, year.end, &j))) return std::nullopt;
  if (peek(s, j) == U'第') peek(s, j, &j);
  DigitRun number = read_digits(s, j);
  if (number.count == 0 || number.count > 6) return std::nullopt;
  std::size_t end = 0;
  char32_t mark = peek(s, number.end, &end);
  if (mark != U'号' && mark != U'號') return std::nullopt;
  // The issuer prefix: ideographs before the bracket, cut after a lead word.
  std::size_t begin = open;
  for (int n = 0; n < kMaxPrefixChars && begin > 0; ++n) {
    std::size_t k = begin;
    if (!is_ideograph(prev_code_point(s, k))) break;
    begin = k;
  }
  // The cut is after the last lead word in the prefix: the largest offset
  // at which one ends (what the largest prefix.rfind(lead) + lead.size()
  // would give), found from the end, last bytes compared first.
  static const LeadWordsByLastByte lead_words;
  std::string_view prefix = s.substr(begin, open - begin);
  std::size_t cut = 0;
  for (std::size_t e = prefix.size(); e > 0 && cut == 0; --e) {
    if (lead_words.ends_at(prefix, e)) cut = e;
  }
  begin += cut;
  if (begin == open) return std::nullopt;
  return std::make_pair(begin, end);
}

// name@domain.tld around the '@' at `at`.
std::optional<std::pair<std::size_t, std::size_t>> email_at(std::string_view s, std::size_t at) {
  std::size_t b = at;
  while (b > 0 && at - b < 64 && is_email_local(s[b - 1])) --b;
  while (b < at && s[b] == '.') ++b;
  std::size_t e = at + 1;
  while (e < s.size() && e - at < 255 && is_email_domain(s[e])) ++e;
  while (e > at + 1 && (s[e - 1] == '.' || s[e - 1] == '-')) --e;
  if (b == at) return std::nullopt;
  std::string_view domain = s.substr(at + 1, e - at - 1);
  std::size_t dot = domain.rfind('.');
  if (dot == std::string_view::npos || dot == 0 || domain.size() - dot - 1 < 2) return std::nullopt;
  for (std::size_t k = dot + 1; k < domain.size(); ++k) {
    if (!((domain[k] >= 'a' && domain[k] <= 'z') || (domain[k] >= 'A' && domain[k] <= 'Z'))) return std::nullopt;
  }
  return std::make_pair(b, e);
}

// A phone number at a digit run or an opening parenthesis: (0760)23226773,
// 0760-88882215, 010-64610077-9717, 18055436628; a bare 7-8 digit number
// only right after a phone label (`labelled`). `label_decides`, if given,
// is set when a label would make the number a phone and its absence not.
std::optional<std::size_t> phone_at(std::string_view s, std::size_t i, bool labelled,
                                    bool* label_decides = nullptr) {
  std::size_t j = 0;
  char32_t c = peek(s, i, &j);
  if (c == U'(' || c == U'（') {
    DigitRun area = read_digits(s, j);
    std::size_t k = 0;
    char32_t close = peek(s, area.end, &k);
    if (area.count < 3 || area.count > 4 || (close != U')' && close != U'）')) return std::nullopt;
    if (s[j] != '0') return std::nullopt;
    DigitRun local = read_digits(s, k);
    if (local.count < 7 || local.count > 8) return std::nullopt;
    return local.end;
  }
  DigitRun run = read_digits(s, i);
  if (run.too_long) return std::nullopt;
  char32_t next = peek(s, run.end, &j);
  // Part of an e-mail address or an identifier, not a number of its own.
  if (next == U'@' || next == U'_' || is_ascii_alnum(next)) {
    return std::nullopt;
  }
  if ((next == U'-' || next == U'－') && run.count >= 3 && run.count <= 4 && s[i] == '0') {
    DigitRun local = read_digits(s, j);
    if (local.count >= 7 && local.count <= 8) {
      std::size_t end = local.end;
      std::size_t k = 0;
      if (peek(s, end, &k) == U'-') {
        DigitRun ext = read_digits(s, k);
        if (ext.count >= 1 && ext.count <= 5) end = ext.end;
      }
      return end;
    }
    return std::nullopt;
  }
  if (run.count == 11 && s[i] == '1' && s[i + 1] >= '3' && s[i + 1] <= '9') return run.end;
  if (run.count >= 7 && run.count <= 8) {
    if (label_decides) *label_decides = true;
    if (labelled) return run.end;
  }
  return std::nullopt;
}

// After a phone label: an optional colon and space.
std::size_t skip_label_tail(std::string_view s, std::size_t i) {
  for (int n = 0; n < 3; ++n) {
    std::size_t j = 0;
    char32_t c = peek(s, i, &j);
    if (c == U':' || c == U'：' || c == U' ') {
      i = j;
    } else {
      break;
    }
  }
  return i;
}

// The ideographs that may start something here: Chinese digits (amounts)
// and the first characters of phone labels. One bit per ideograph, built
// once, so that the scan steps over all others with one lookup; the same
// for ASCII characters apart.
class IdeographStarts {
 public:
  IdeographStarts() {
    for (char32_t c = kFirst; c <= kLast; ++c) {
      if (chinese_digit_value(c) >= 0 || c == U'十') set(c);
    }
    for (std::string_view label : terms::phone_labels()) {
      std::size_t i = 0;
      char32_t c = next_code_point(label, i);
      if (c >= kFirst && c <= kLast) {
        set(c);
      } else if (c >= 0x80) {
        other_label_starts_ = true;
      } else {
        ascii_[c >> 6] |= std::uint64_t{1} << (c & 63);
      }
    }
    // What else an ASCII character can start: an e-mail address, a phone
    // in parentheses, a document number, a number.
    for (char c : std::string_view("@([.0123456789")) ascii_[c >> 6] |= std::uint64_t{1} << (c & 63);
  }
  // May the ASCII character c (< 0x80) start something? Most ASCII in a
  // notice is punctuation and space, which start nothing.
  bool ascii_may_start(char32_t c) const { return (ascii_[c >> 6] >> (c & 63)) & 1u; }
  // Only for kFirst <= c <= kLast.
  bool test(char32_t c) const { return (bits_[(c - kFirst) >> 6] >> ((c - kFirst) & 63)) & 1u; }
  // Does a phone label start with neither an ASCII letter nor an ideograph?
  bool other_label_starts() const { return other_label_starts_; }
  static constexpr char32_t kFirst = 0x4E00;
  static constexpr char32_t kLast = 0x9FFF;

 private:
  void set(char32_t c) { bits_[(c - kFirst) >> 6] |= std::uint64_t{1} << ((c - kFirst) & 63); }
  std::uint64_t bits_[(kLast - kFirst + 64) / 64] = {};
  std::uint64_t ascii_[2] = {};
  bool other_label_starts_ = false;
};

const IdeographStarts& ideograph_starts() {
  static const IdeographStarts starts;
  return starts;
}

// Does a phone label start with `c`? Asked of most characters that are not
// plain ideographs, so the first characters are read out of the table once.
bool is_label_start(char32_t c) {
  static const std::vector<char32_t> firsts = [] {
    std::vector<char32_t> out;
    for (std::string_view label : terms::phone_labels()) {
      std::size_t i = 0;
      out.push_back(next_code_point(label, i));
    }
    return out;
  }();
  return std::find(firsts.begin(), firsts.end(), c) != firsts.end();
}

// Usually in order already (dates come first only when there are no
// others); stable_sort would allocate a buffer even then. A paragraph has
// few entities: a stable insertion sort needs no buffer at all.
void sort_by_begin(std::vector<FoundEntity>& out) {
  auto by_begin = [](const FoundEntity& a, const FoundEntity& b) { return a.begin < b.begin; };
  if (std::is_sorted(out.begin(), out.end(), by_begin)) return;
  constexpr std::size_t kMaxInsertionSort = 64;
  if (out.size() > kMaxInsertionSort) {
    std::stable_sort(out.begin(), out.end(), by_begin);
    return;
  }
  for (std::size_t k = 1; k < out.size(); ++k) {
    if (out[k - 1].begin <= out[k].begin) continue;
    FoundEntity moving = std::move(out[k]);
    std::size_t at = k;
    for (; at > 0 && out[at - 1].begin > moving.begin; --at) out[at] = std::move(out[at - 1]);
    out[at] = std::move(moving);
  }
}

// The numbers (phones, amounts, percentages), document numbers and e-mail
// addresses of s, appended to out. With `byte_scan`, only characters that
// are ASCII or led by E3 or EF are read (labels_allow_byte_scan() and no
// `money` required); it returns false, having given up, when a number's
// reading depends on a phone label before it.
bool scan_numbers(std::string_view s, const StopBits& stops, bool money, bool percent, bool byte_scan,
                  std::vector<FoundEntity>& out) {
  const IdeographStarts& starts = ideograph_starts();
  std::size_t labelled_at = std::string_view::npos;  // where a labelled phone may start
  bool after_digit = false;
  std::size_t i = 0;
  while (i < s.size()) {
    // Most characters are ideographs that start nothing: step over them.
    const auto starts_something = [&](char32_t c) { return c < IdeographStarts::kFirst || starts.test(c); };
    // The byte scan also steps over the stops that start nothing it reads
    // (may_start_number(), which must hold for every character tested
    // below but labels and Chinese digits): the commonest punctuation. They
    // would only have ended a run of digits (after_digit), as here.
    std::size_t next = i;
    if (byte_scan) {
      for (next = stops.next(i); next < s.size() && !may_start_number(s, next);) next = stops.next(next + 1);
    } else {
      next = skip_ideographs(s, i, starts_something);
    }
    if (next != i) {
      after_digit = false;
      i = next;
      continue;
    }
    std::size_t j = i;
    char32_t c = next_char(s, j);
    if (c < 0x80 && !starts.ascii_may_start(c)) {
      after_digit = false;
      i = j;
      continue;
    }
    if (c == U'@') {
      if (auto range = email_at(s, i)) {
        out.push_back({EntityType::Email, range->first, range->second,
                       std::string(s.substr(range->first, range->second - range->first)), false});
        i = range->second;
        after_digit = false;
        continue;
      }
    } else if (c == U'(' || c == U'（') {
      if (auto end = phone_at(s, i, false)) {
        out.push_back({EntityType::Phone, i, *end, std::string(s.substr(i, *end - i)), false});
        i = *end;
        continue;
      }
    }
    if (is_year_open(c)) {
      if (auto range = doc_number_at(s, i)) {
        out.push_back({EntityType::DocNumber, range->first, range->second,
                       std::string(s.substr(range->first, range->second - range->first)), false});
        i = range->second;
        after_digit = false;
        continue;
      }
    }
    if (digit_value(c) >= 0) {
      if (!after_digit) {
        bool label_decides = false;  // 7 or 8 digits: a phone only right after a label
        std::optional<std::size_t> end = phone_at(s, i, !byte_scan && i == labelled_at, &label_decides);
        if (byte_scan && label_decides) return false;  // the labels were stepped over
        if (end) {
          out.push_back({EntityType::Phone, i, *end, std::string(s.substr(i, *end - i)), false});
          // A list of numbers after one label: 举报电话:2886133 2893039.
          std::size_t k = 0;
          char32_t sep = peek(s, *end, &k);
          labelled_at = (i == labelled_at && (sep == U' ' || sep == U'、' || sep == U'/' || sep == U'或'))
                            ? k
                            : std::string_view::npos;
          i = *end;
          continue;
        }
        if (auto amount = money ? read_money(s, i) : std::nullopt) {
          out.push_back({EntityType::Money, i, amount->end, amount->value, false});
          i = amount->end;
          continue;
        }
        if (auto pct = percent ? read_percent(s, i) : std::nullopt) {
          out.push_back({EntityType::Percent, i, pct->end, pct->value, false});
          i = pct->end;
          continue;
        }
      }
      i = read_digits(s, i).end;
      after_digit = true;
      continue;
    }
    after_digit = after_digit && (c == U'.' || c == U'．');
    if (money && (chinese_digit_value(c) >= 0 || c == U'十')) {
      if (auto amount = read_money(s, i)) {
        out.push_back({EntityType::Money, i, amount->end, amount->value, false});
        i = amount->end;
        continue;
      }
    }
    // Label starts are in `starts` (or ASCII): the test spares the lookup
    // for punctuation, the most common character left here.
    const bool may_start_label = c < 0x80 || starts.other_label_starts() ||
                                 (c >= IdeographStarts::kFirst && c <= IdeographStarts::kLast && starts.test(c));
    if (may_start_label && is_label_start(c)) {
      for (std::string_view label : terms::phone_labels()) {
        if (starts_with(s.substr(i), label)) {
          labelled_at = skip_label_tail(s, i + label.size());
          j = i + label.size();
          break;
        }
      }
    }
    i = j;
  }
  return true;
}

// Can scan_numbers() step over what is not ASCII, E3 or EF without
// missing anything but phone labels? Each label must be read whole where
// the scan reads its first character (ASCII letters), or hold no character
// the scan would stop at (Chinese labels): else the scan could stop inside
// a label that a full reading steps over.
bool labels_allow_byte_scan() {
  static const bool allowed = [] {
    for (std::string_view label : terms::phone_labels()) {
      bool letters = true, no_stops = true;
      for (char ch : label) {
        const auto b = static_cast<unsigned char>(ch);
        letters = letters && ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z'));
        no_stops = no_stops && b >= 0x80 && b != 0xE3 && b != 0xEF;
      }
      if (!letters && !no_stops) return false;
    }
    return true;
  }();
  return allowed;
}

// scan_entities() into `out` (cleared first), whose buffer find_entities()
// reuses from span to span.
void scan_entities_into(std::string_view s, std::span<const DateMatch> dates, const StopBits& stops,
                        std::vector<FoundEntity>& out);

}  // namespace

std::vector<FoundEntity> scan_entities(std::string_view s, YearContext& years) {
  return scan_entities(s, find_dates(s, years));
}

std::vector<FoundEntity> scan_entities(std::string_view s, const std::vector<DateMatch>& dates) {
  return scan_entities(s, dates, StopBits(s));
}

std::vector<FoundEntity> scan_entities(std::string_view s, const std::vector<DateMatch>& dates,
                                       const StopBits& stops) {
  std::vector<FoundEntity> out;
  scan_entities_into(s, dates, stops, out);
  return out;
}

namespace {

void scan_entities_into(std::string_view s, std::span<const DateMatch> dates, const StopBits& stops,
                        std::vector<FoundEntity>& out) {
  out.clear();
  for (const DateMatch& d : dates) {
    FoundEntity e{EntityType::Date, d.begin, d.end, {}, d.day_precise};
    if (d.value) e.value = *d.value;
    out.push_back(std::move(e));
  }
  // Most paragraphs name no document, state no amount and no percentage:
  // what the span holds (StopBits) spares the attempts.
  if (stops.may_hold_title()) append_document_titles(s, stops, out);
  // Without a digit (ASCII or full-width) or an '@', and without 元
  // (amounts in Chinese numerals), no entity but a document title can
  // stand in s.
  const bool money = stops.may_hold_money();
  if (!money && !stops.may_hold_number_or_email()) {
    sort_by_begin(out);
    return;
  }
  const bool percent = stops.may_hold_percent();
  // Without amounts in Chinese numerals, every character that starts a
  // number, a bracket or an e-mail address is ASCII or led by E3 or EF: the
  // scan steps over all others sixteen bytes at a time, and goes back to
  // reading each character only if a number turns out to depend on a phone
  // label (the labels it stepped over).
  const std::size_t before = out.size();
  if (money || !labels_allow_byte_scan() || !scan_numbers(s, stops, false, percent, true, out)) {
    out.erase(out.begin() + static_cast<std::ptrdiff_t>(before), out.end());
    scan_numbers(s, stops, money, percent, false, out);
  }
  sort_by_begin(out);
}

}  // namespace

std::vector<Entity> find_entities(const std::vector<Span>& spans) {
  const SpanStops span_stops(spans);
  return find_entities(spans, dates_by_span(spans, span_stops), span_stops);
}

std::vector<Entity> find_entities(const std::vector<Span>& spans,
                                  const SpanDates& span_dates) {
  return find_entities(spans, span_dates, SpanStops(spans));
}

std::vector<Entity> find_entities(const std::vector<Span>& spans,
                                  const SpanDates& span_dates,
                                  const SpanStops& span_stops) {
  std::vector<Entity> out;
  out.reserve(spans.size());  // about one entity a paragraph
  std::vector<FoundEntity> found;
  for (std::size_t k = 0; k < spans.size(); ++k) {
    const Span& span = spans[k];
    if (span.role == Role::Chrome) continue;
    scan_entities_into(span.text, span_dates[k], span_stops[k], found);
    for (FoundEntity& f : found) {
      Entity e;
      e.type = f.type;
      e.text = std::string(span.text.substr(f.begin, f.end - f.begin));
      e.value = std::move(f.value);
      if (!span.node.empty()) e.node = span.node;
      e.line = span.line;
      out.push_back(std::move(e));
    }
  }
  return out;
}

}  // namespace tongbao::detail
