// text_marks.cc - the text checks: quotes and brackets paired over a
// paragraph, the checks of single characters (stray spaces, placeholders,
// run-together dates, 第 without a number) and, opt-in, half- and full-width
// forms. check_paragraph is the hot loop of check, run on every paragraph:
// it and all it calls stay in this file, for the compiler to inline.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstddef>
#include <iterator>
#include <string>
#include <string_view>
#include <utility>

#include "check/checker.h"
#include "scan/stop_chars.h"
#include "text/chars.h"
#include "text/utf8.h"

namespace tongbao::detail::checks {
namespace {

// Characters of Chinese text: ideographs, CJK and full-width punctuation,
// and the curly quotes Chinese text uses.
bool is_chinese(char32_t c) {
  return is_ideograph(c) || (c >= 0x3001 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF0F) ||
         (c >= 0xFF1A && c <= 0xFF20) || (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65) || c == 0x2018 ||
         c == 0x2019 || c == 0x201C || c == 0x201D || c == 0x2014 || c == 0x2026 || c == 0x00B7 ||
         (c >= 0xFE30 && c <= 0xFE4F);
}


// Spans of one paragraph: those of one line. The spans of a block (a
// run-in heading and its body) all carry the block's line.
bool same_paragraph(const Span& a, const Span& b) { return a.line == b.line; }

}  // namespace

// Up to `chars` characters of `s` starting at byte `from`, with "…" when cut.
std::string excerpt_after(std::string_view s, std::size_t from, int chars) {
  std::size_t i = from;
  for (int n = 0; n < chars && i < s.size(); ++n) next_code_point(s, i);
  std::string out(s.substr(from, i - from));
  if (i < s.size()) out += "…";
  return out;
}

// Up to `before` characters before byte `at` and `after` from it.
std::string excerpt_around(std::string_view s, std::size_t at, int before, int after) {
  std::size_t start = at;
  for (int n = 0; n < before && start > 0; ++n) prev_code_point(s, start);
  std::string out = start > 0 ? "…" : "";
  out.append(s.substr(start, at - start));
  out += excerpt_after(s, at, after);
  return out;
}

// Paired marks: what opens, what closes it, and which code reports it.
struct Pair {
  char32_t open;
  char32_t close;
  bool quote;  // unbalanced-quote, else unbalanced-bracket
};

namespace {

constexpr Pair kPairs[] = {
    {U'“', U'”', true},    {U'‘', U'’', true},    {U'「', U'」', true}, {U'『', U'』', true},
    {U'《', U'》', false}, {U'〈', U'〉', false}, {U'(', U')', false},  // （） fold to ()
    {U'【', U'】', false}, {U'〔', U'〕', false}, {U'[', U']', false},
};
constexpr Pair kAsciiQuote{U'"', U'"', true};
// Sentence punctuation that belongs outside quotes the sentence goes on after.
constexpr char32_t kInnerStops[] = {U'。', U'，', U'；', U'：', U',', U';', U':'};
// The last byte of each in UTF-8: a character that ends in another byte is
// none of them, and is not decoded back from the closing quote.
constexpr auto kInnerStopLastBytes = [] {
  std::array<bool, 256> last{};
  for (char32_t c : kInnerStops) last[c < 0x80 ? c : 0x80 | (c & 0x3F)] = true;
  return last;
}();
// What shows that the sentence goes on after a closing quote: the quotation
// is part of a phrase (…不大。”的问题), not a full sentence quoted before the
// next one starts (…基层社。”全国政协…).
constexpr std::string_view kContinuations[] = {"的", "等",   "问题", "方面", "之",   "中",   "和",  "与",
                                               "及", "相关", "有关", "精神", "要求", "工作", "情况"};

constexpr std::size_t kMaxDepth = 8;

// The characters the pairing looks at: the marks of kPairs, the straight
// quote, and the full-width forms that fold_width makes ASCII (＂ （ ） ［ ］).
constexpr std::u32string_view kPairChars = U"\"()[]＂（）［］“”‘’「」『』《》〈〉【】〔〕";
// The characters where a character check can start: a space, an ASCII
// digit, a placeholder mark (x X * ×, and ｘ Ｘ ＊, which fold_width makes
// x X *), 第. 日 and 月 matter only after digits, which are looked at anyway.
constexpr std::u32string_view kCharacterChars = U" 0123456789xX*×ｘＸ＊第";

constexpr StopChars<3> kPairStops(kPairChars);
static_assert(std::all_of(std::begin(kPairs), std::end(kPairs),
                          [](const Pair& p) { return kPairStops.holds(p.open) && kPairStops.holds(p.close); }));
static_assert(std::all_of(std::begin(kPairs), std::end(kPairs), [](const Pair& p) {
  return p.open >= 0x80 || (kPairStops.holds(p.open + 0xFEE0) && kPairStops.holds(p.close + 0xFEE0));
}));
static_assert(std::none_of(kCharacterChars.begin(), kCharacterChars.end(),
                           [](char32_t c) { return kPairStops.holds(c); }),
              "a character is either a pair's or a character check's: check_paragraph tells them apart so");

// Which pair a mark (folded) is of, and whether it opens it: looked up in
// a table for each of the three ranges the marks lie in, not searched for in
// kPairs at every mark.
struct PairMark {
  const Pair* pair = nullptr;
  bool opens = false;
};
constexpr char32_t kMarkRanges[][2] = {{0, 0x7F}, {U'‘', U'”'}, {U'〈', U'〕'}};
constexpr auto kMarkTables = [] {
  std::array<std::array<PairMark, 128>, std::size(kMarkRanges)> tables{};
  for (const Pair& pair : kPairs) {
    for (const bool opens : {true, false}) {
      const char32_t c = opens ? pair.open : pair.close;
      std::size_t r = 0;
      while (r < std::size(kMarkRanges) && !(c >= kMarkRanges[r][0] && c <= kMarkRanges[r][1])) ++r;
      if (r == std::size(kMarkRanges) || c - kMarkRanges[r][0] >= 128) throw "kMarkRanges: a mark outside them";
      tables[r][c - kMarkRanges[r][0]] = PairMark{&pair, opens};
    }
  }
  return tables;
}();
constexpr PairMark pair_mark_of(char32_t c) {
  for (std::size_t r = 0; r < std::size(kMarkRanges); ++r) {
    if (c >= kMarkRanges[r][0] && c <= kMarkRanges[r][1]) return kMarkTables[r][c - kMarkRanges[r][0]];
  }
  return PairMark{};
}

// Whether c (folded by fold_width) is a mark the pairing looks at: what
// kPairStops holds, by comparisons instead of its table.
constexpr bool is_pair_mark(char32_t c) {
  if (c < 0x80) return c == '"' || c == '(' || c == ')' || c == '[' || c == ']';
  return (c >= U'‘' && c <= U'”' && c != U'‚' && c != U'‛') || (c >= U'〈' && c <= U'】') || c == U'〔' || c == U'〕';
}
// For every BMP character: is_pair_mark agrees with kPairStops, and every
// mark but the straight quote is of a pair in kPairs. Checked 4096
// characters to a constant expression: clang stops one after about a
// million steps, and all 65536 at once take more.
template <char32_t First>
constexpr bool kPairMarksAgree = [] {
  for (char32_t c = First; c < First + 0x1000; ++c) {
    if (is_pair_mark(fold_width(c)) != kPairStops.holds(c)) return false;
    if (is_pair_mark(c) && c != '"' && pair_mark_of(c).pair == nullptr) return false;
  }
  return true;
}();
template <std::size_t... Chunk>
constexpr bool pair_marks_agree(std::index_sequence<Chunk...>) {
  return (kPairMarksAgree<static_cast<char32_t>(Chunk * 0x1000)> && ...);
}
static_assert(pair_marks_agree(std::make_index_sequence<0x10000 / 0x1000>{}),
              "is_pair_mark and kPairStops disagree, or a mark is of no pair in kPairs");

// Both sets, for the one scan of check_paragraph.
constexpr auto kTextChars = [] {
  std::array<char32_t, kPairChars.size() + kCharacterChars.size()> chars{};
  std::copy(kPairChars.begin(), kPairChars.end(), chars.begin());
  std::copy(kCharacterChars.begin(), kCharacterChars.end(), chars.begin() + kPairChars.size());
  return chars;
}();
constexpr StopChars<6> kTextStops(std::u32string_view(kTextChars.data(), kTextChars.size()));

}  // namespace

void Checker::check_text() {
  std::size_t i = 0;
  while (i < spans_.size()) {
    if (!is_text_role(spans_[i].role)) {
      ++i;
      continue;
    }
    std::size_t j = i + 1;
    while (j < spans_.size() && is_text_role(spans_[j].role) && same_paragraph(spans_[j - 1], spans_[j])) ++j;
    check_paragraph(i, j);
    if (options_.pedantic) check_width(i, j);
    i = j;
  }
}

// Quotes and brackets, matched over the paragraph, and the checks of single
// characters (spaces, placeholders, dates, 第), in one scan of each span
// that steps over what neither looks at. Diagnostics: the pairs' first, then
// the characters', each in text order.
void Checker::check_paragraph(std::size_t first, std::size_t last) {
  open_quotes_.clear();
  open_brackets_.clear();
  ascii_quote_open_ = false;
  later_.clear();
  for (std::size_t s = first; s < last; ++s) {
    const Span& span = spans_[s];
    const std::string_view text = span.text;
    CharacterRun run;
    std::size_t i = 0;
    while (i < text.size()) {
      if (!run.under_way()) {
        i = kTextStops.next(text, i);
        if (i == text.size()) break;
      }
      const std::size_t at = i;
      const char32_t raw = next_code_point(text, i);
      const char32_t c = fold_width(raw);
      const bool pair_mark = is_pair_mark(c);
      if (pair_mark) check_pair_mark(s, at, i, c);
      // A stop that is not a pair's mark is a character check's.
      if (!pair_mark || run.under_way()) check_character(span, run, at, raw, c, i);
    }
    finish_characters(span, run);
  }
  for (const Open& open : open_quotes_) report_unclosed(open);
  for (const Open& open : open_brackets_) report_unclosed(open);
  if (ascii_quote_open_) report_unclosed(ascii_quote_);
  for (Later& d : later_) add_at(d.code, std::move(d.message), *d.span, d.offset);
}

namespace {

// Whether the ’ at `at` is an apostrophe (don’t): it follows a letter or digit.
bool apostrophe_at(std::string_view text, std::size_t at) {
  if (at == 0) return false;
  return is_ascii_alnum(fold_width(prev_code_point(text, at)));
}

}  // namespace

void Checker::report_unclosed(const Open& open) {
  const Span& span = spans_[open.span];
  std::string open_mark;
  append_utf8(open_mark, open.pair->open);
  add_at(open.pair->quote ? "unbalanced-quote" : "unbalanced-bracket",
         fmt::format("opening {} {} is never closed: {}", open.pair->quote ? "quote" : "bracket", open_mark,
                     excerpt_after(span.text, open.offset, 16)),
         span, open.offset);
}

// The quote or bracket c (folded) from `at` to `after` in span s. A closer
// that matches an opener further down its stack closes it and reports those
// above.
void Checker::check_pair_mark(std::size_t s, std::size_t at, std::size_t after, char32_t c) {
  const Span& span = spans_[s];
  const std::string_view text = span.text;
  std::vector<Open>& quotes = open_quotes_;
  std::vector<Open>& brackets = open_brackets_;
  if (c == '"') {  // straight quotes: close an open “ (crawlers fold ” to "), else pair up
    if (!quotes.empty() && quotes.back().pair->open == U'“')
      quotes.pop_back();
    else if (ascii_quote_open_)
      ascii_quote_open_ = false;
    else {
      ascii_quote_open_ = true;
      ascii_quote_ = Open{&kAsciiQuote, s, at};
    }
    return;
  }
  const PairMark mark = pair_mark_of(c);  // a mark of kPairs: is_pair_mark said so, and '"' is done
  const Pair& pair = *mark.pair;
  if (mark.opens) {
    (pair.quote ? quotes : brackets).push_back(Open{&pair, s, at});
    return;
  }
  if (c == U'’' && apostrophe_at(text, at)) return;  // don’t
  auto& stack = pair.quote ? quotes : brackets;
  // Look a few openers deep only: enough for real nesting, and it keeps
  // a run of thousands of unmatched marks linear.
  const auto floor = stack.rbegin() + static_cast<std::ptrdiff_t>(std::min(stack.size(), kMaxDepth));
  auto match = std::find_if(stack.rbegin(), floor, [&](const Open& o) { return o.pair == &pair; });
  if (match == floor) {
    std::string close_mark;
    append_utf8(close_mark, c);
    add_at(pair.quote ? "unbalanced-quote" : "unbalanced-bracket",
           fmt::format("closing {} {} has no opening one: {}", pair.quote ? "quote" : "bracket", close_mark,
                       excerpt_around(text, at, 12, 4)),
           span, at);
    return;
  }
  const std::size_t keep = static_cast<std::size_t>(stack.rend() - match) - 1;
  for (std::size_t k = keep + 1; k < stack.size(); ++k) report_unclosed(stack[k]);
  stack.resize(keep);
  // 。 just inside a closing quote that the sentence goes on after.
  if (pair.quote && at > 0 && after < text.size() && kInnerStopLastBytes[static_cast<unsigned char>(text[at - 1])]) {
    std::size_t p = at;
    const char32_t inner = prev_code_point(text, p);
    const std::string_view rest = text.substr(after);
    if (std::find(std::begin(kInnerStops), std::end(kInnerStops), inner) != std::end(kInnerStops) &&
        std::any_of(std::begin(kContinuations), std::end(kContinuations),
                    [&](std::string_view w) { return starts_with(rest, w); })) {
      std::string inner_mark;
      append_utf8(inner_mark, inner);
      add_at("punctuation-in-quotes",
             fmt::format("“{}” ends the quotation although the sentence goes on: {}; remove it and "
                         "punctuate after the quotation",
                         inner_mark, excerpt_around(text, p, 10, 6)),
             span, p);
    }
  }
}

// Checks character by character: stray spaces, placeholders, run-together
// dates and numbers left out after 第. The character `raw` (folded: c) runs
// from `at` to i; a run of digits moves i on past its end.
void Checker::check_character(const Span& span, CharacterRun& run, std::size_t at, char32_t raw, char32_t c,
                              std::size_t& i) {
  const std::string_view text = span.text;
  const bool prose = span.role == Role::Preamble || span.role == Role::Heading || span.role == Role::Body;
  // Words that need a number after 第: 第巡察组 lost its 七.
  static constexpr std::string_view kCounted[] = {"巡察组", "巡视组", "轮", "批", "届", "季度"};
  // Brings prev and prev_raw up to the character before `at`, decoding back
  // only when a skip passed it: the few checks that look back are rare.
  auto look_back = [&](std::size_t to) {
    if (run.prev_end == to) return;
    std::size_t p = to;
    run.prev_raw = prev_code_point(text, p);  // to > 0: a skip moved past something
    run.prev = fold_width(run.prev_raw);
    run.prev_end = to;
  };
  if (c == ' ' && prose && i < text.size() && (look_back(at), is_chinese(run.prev_raw))) {
    std::size_t n = i;
    const char32_t next = next_code_point(text, n);
    if (is_chinese(next)) {
      // Between two ideographs a space is often a separator people mean
      // (a title and a name, two halves of a slogan); next to punctuation
      // it never is.
      const bool both_ideographs = is_ideograph(run.prev_raw) && is_ideograph(next);
      add_later(both_ideographs ? "ideograph-space" : "stray-space",
                fmt::format("stray space in “{}”", excerpt_around(text, at, 6, 7)), span, at);
    }
  }
  if ((c == U'日' || c == U'月') && run.digits >= 3) {
    add_later(
        "malformed-date",
        fmt::format("“{}” is not a date: its digits ran together", text.substr(run.digits_at, i - run.digits_at)),
        span, run.digits_at);
  }
  if (c == U'第') {
    for (std::string_view word : kCounted) {
      if (starts_with(text.substr(i), word)) {
        add_later("missing-number",
                  fmt::format("a number is missing between “第” and “{}”: {}", word, excerpt_around(text, at, 6, 6)),
                  span, at);
        break;
      }
    }
  }
  const bool mark = c == 'x' || c == 'X' || c == U'×' || c == '*';
  if (mark) {
    if (run.placeholder == 0) {
      run.placeholder_at = at;
      look_back(at);
      run.before_placeholder = run.prev;
    }
    ++run.placeholder;
  } else {
    if (run.placeholder >= 2 && !is_ascii_alnum(c) && !is_ascii_alnum(run.before_placeholder)) {
      add_later("placeholder",
                fmt::format("placeholder “{}” left in the text: {}",
                            text.substr(run.placeholder_at, at - run.placeholder_at),
                            excerpt_around(text, run.placeholder_at, 6, 8)),
                span, run.placeholder_at);
    }
    run.placeholder = 0;
  }
  if (c >= '0' && c <= '9' && raw == c) {
    if (run.digits == 0) run.digits_at = at;
    ++run.digits;
    // The rest of a run of digits only counts: step over it at once.
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
      ++run.digits;
      ++i;
    }
    run.prev = run.prev_raw = static_cast<unsigned char>(text[i - 1]);
    run.prev_end = i;
    return;
  }
  run.digits = 0;
  run.prev = c;
  run.prev_raw = raw;
  run.prev_end = i;
}

// A placeholder that runs to the end of the span.
void Checker::finish_characters(const Span& span, const CharacterRun& run) {
  if (run.placeholder >= 2 && !is_ascii_alnum(run.before_placeholder)) {
    add_later("placeholder",
              fmt::format("placeholder “{}” left in the text: {}", span.text.substr(run.placeholder_at),
                          excerpt_around(span.text, run.placeholder_at, 6, 8)),
              span, run.placeholder_at);
  }
}

// Opt-in: half-width punctuation next to Chinese text, full-width digits and
// letters. One diagnostic per paragraph, at the first, with a count: archived
// notices have hundreds.
void Checker::check_width(std::size_t first, std::size_t last) {
  static constexpr std::string_view kHalfwidth = ",:;()?!\"";
  struct Found {
    int count = 0;
    std::size_t span = 0, offset = 0;
    char32_t mark = 0;
  } half, full;
  for (std::size_t s = first; s < last; ++s) {
    const std::string_view text = spans_[s].text;
    std::size_t i = 0;
    char32_t prev = 0;
    while (i < text.size()) {
      const std::size_t at = i;
      const char32_t c = next_code_point(text, i);
      Found* found = nullptr;
      if (c < 0x80 && kHalfwidth.find(static_cast<char>(c)) != std::string_view::npos) {
        std::size_t n = i;
        const char32_t next = i < text.size() ? next_code_point(text, n) : 0;
        if (is_chinese(prev) || is_chinese(next)) found = &half;
      } else if ((c >= 0xFF10 && c <= 0xFF19) || (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A)) {
        found = &full;
      }
      if (found != nullptr && found->count++ == 0) *found = Found{1, s, at, c};
      prev = c;
    }
  }
  auto report = [&](std::string_view code, const Found& f, std::string_view what) {
    if (f.count == 0) return;
    const Span& span = spans_[f.span];
    std::string mark;
    append_utf8(mark, f.mark);
    add_at(code,
           fmt::format("{} “{}” in Chinese text: {}{}", what, mark, excerpt_around(span.text, f.offset, 6, 6),
                       f.count > 1 ? fmt::format(" (and {} more in this paragraph)", f.count - 1) : std::string()),
           span, f.offset);
  };
  report("halfwidth-punctuation", half, "half-width");
  report("fullwidth-alphanumeric", full, "full-width");
}

}  // namespace tongbao::detail::checks
