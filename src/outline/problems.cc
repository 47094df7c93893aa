#include "outline/problems.h"

#include "scan/byte_scan.h"
#include "scan/find_word.h"
#include "outline/lexicon.h"
#include "text/chars.h"
#include "text/utf8.h"

namespace tongbao::detail {

using namespace std::string_view_literals;
namespace {

// The lead bytes of the quotes closing_for knows (“” E2, 「」『』 E3) and '"'.
constexpr ByteStops kQuoteStops("\"", {0xE2, 0xE3, 0xE3});

// How far into a heading its introducer (关于, 针对) may start.
constexpr std::size_t kMaxIntroducerOffset = 12;

char32_t closing_for(char32_t open) {
  switch (open) {
    case U'“': return U'”';
    case U'「': return U'」';
    case U'『': return U'』';
    case U'"': return U'"';
    default: return 0;
  }
}

// Offset of the quote that closes the one opened just before `from`,
// skipping nested quotes of the same kind; npos if it never closes. An ASCII
// '"' also closes “ (crawlers mix them).
std::size_t find_closing_quote(std::string_view s, std::size_t from, char32_t open, bool ascii_closes = true) {
  const char32_t close = closing_for(open);
  int depth = 1;
  std::size_t i = from;
  while (i < s.size()) {
    i = kQuoteStops.next(s, i);  // the rest is neither quote
    if (i == s.size()) break;
    const std::size_t at = i;
    const char32_t c = next_code_point(s, i);
    if (c == open && open != close) {
      ++depth;
    } else if (c == close || (ascii_closes && open == U'“' && c == U'"')) {
      if (--depth == 0) return at;
    }
  }
  return std::string_view::npos;
}

// Past the spaces from i on: crawlers and converters put them around quotes
// (关于 “X” 的问题).
std::size_t skip_spaces(std::string_view s, std::size_t i) {
  while (i < s.size()) {
    std::size_t next = i;
    if (!is_space(next_code_point(s, next))) break;
    i = next;
  }
  return i;
}

// Length of the problem suffix (的问题, 问题 …) that `s` starts with, or 0.
std::size_t suffix_at(std::string_view s) {
  for (std::string_view suffix : lexicon::problem_suffixes()) {
    if (starts_with(s, suffix)) return suffix.size();
  }
  return 0;
}

// Offset of the last problem suffix in s (searching the shadow), or npos.
std::size_t last_suffix(std::string_view shadow) {
  for (std::size_t pos = shadow.rfind("问题"); pos != std::string_view::npos && pos > 0;
       pos = shadow.rfind("问题", pos - 1)) {
    // Prefer the longest suffix that ends here: 的问题 / 等问题 / 方面的问题.
    for (std::string_view suffix : lexicon::problem_suffixes()) {
      const std::size_t start = pos + 6 >= suffix.size() ? pos + 6 - suffix.size() : std::string_view::npos;
      if (start != std::string_view::npos && shadow.compare(start, suffix.size(), suffix) == 0) return start;
    }
  }
  return std::string_view::npos;
}

std::string_view trim_trailing_stop(std::string_view s) {
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

// A heading's shadow without its trailing spaces and closing stop (。 ：).
std::string_view without_closing_stop(std::string_view shadow) {
  shadow = trim_trailing_stop(shadow);
  for (std::string_view stop : {std::string_view("。"), std::string_view("："), std::string_view(":")}) {
    if (ends_with(shadow, stop)) shadow.remove_suffix(stop.size());
  }
  return shadow;
}

// Whether a problem suffix at `at` of the shadow closes the quoted problem
// before it: it ends the heading or its clause, what follows is the
// rectification of that problem (“X”问题的整改情况, “X”问题整改情况), or no
// other suffix comes after it. In 关于“四风”问题整治不彻底的问题 the 问题
// after the quotes is inside the problem, which runs on to the last 的问题.
bool suffix_closes_problem(std::string_view shadow, std::size_t at) {
  const std::size_t length = suffix_at(shadow.substr(at));
  if (length == 0) return false;
  if (last_suffix(shadow.substr(at + length)) == std::string_view::npos) return true;
  std::size_t rest = skip_spaces(shadow, at + length);
  if (rest >= shadow.size()) return true;
  const std::string_view tail = shadow.substr(rest);
  // “X”问题的整改情况: the rectification of X follows. But 关于“X”问题整改
  // 不到位的问题 (a 回头看's finding) names the rectification's own
  // problem, which runs on to the 的问题 ending the heading.
  if (starts_with(tail, "的整改") || starts_with(tail, "整改")) {
    return !without_closing_stop(tail).ends_with("的问题");
  }
  std::size_t after = rest;
  const char32_t next = fold_width(next_code_point(shadow, after));
  return next == U',' || next == U'。' || next == U'.' || next == U';' || next == U':' || next == U'、' ||
         next == U'!' || next == U'?';
}

// Whether the problem suffix at `at` of the shadow ends what the heading
// names: the heading or its clause ends there, or the rectification of the
// problem follows (的问题整改情况, 问题及整改情况).
bool suffix_ends_name(std::string_view shadow, std::size_t at) {
  const std::size_t rest = skip_spaces(shadow, at + suffix_at(shadow.substr(at)));
  if (rest >= shadow.size()) return true;
  const std::string_view tail = shadow.substr(rest);
  for (std::string_view joined : {"的整改"sv, "整改"sv, "及"sv, "和"sv, "与"sv, "的"sv}) {
    if (starts_with(tail, joined)) return true;
  }
  std::size_t after = rest;
  const char32_t next = fold_width(next_code_point(shadow, after));
  return !is_ideograph(next);
}

// 关于上轮巡察反馈问题整改不彻底方面, 在X方面存在的主要问题: an area heading,
// whatever 问题 stands inside it. Read in the shadow, closing stop removed.
bool is_area_heading(std::string_view shadow) {
  shadow = without_closing_stop(shadow);
  for (std::string_view ending : lexicon::area_endings()) {
    if (ends_with(shadow, ending)) return true;
  }
  return false;
}

}  // namespace

namespace {

std::optional<std::string> find_problem_text(std::string_view heading, std::string_view shadow);

}  // namespace

std::optional<std::string> find_problem(std::string_view heading, std::string_view shadow) {
  if (is_area_heading(shadow)) return std::nullopt;
  auto problem = find_problem_text(heading, shadow);
  if (problem && problem->empty()) return std::nullopt;  // 关于“”的问题 names nothing
  return problem;
}

namespace {

std::optional<std::string> find_problem_text(std::string_view heading, std::string_view shadow) {
  // The introducer opens the heading, possibly after a short lead such as 在 or 问题1:.
  std::size_t intro = std::string_view::npos, intro_length = 0;
  for (std::string_view word : lexicon::problem_introducers()) {
    const std::size_t pos = shadow.substr(0, kMaxIntroducerOffset + word.size()).find(word);
    if (pos != std::string_view::npos && pos < intro) {
      intro = pos;
      intro_length = word.size();
    }
  }
  if (intro == std::string_view::npos) {
    // “X”的问题 without an introducer: the quotes hold the problem when the
    // heading opens with them and a problem's suffix follows them.
    std::size_t after_open = 0;
    const char32_t open = heading.empty() ? 0 : next_code_point(heading, after_open);
    if (closing_for(open) == 0) return std::nullopt;
    const std::size_t close = find_closing_quote(heading, after_open, open);
    if (close == std::string_view::npos) return std::nullopt;
    std::size_t after_close = close;
    next_code_point(heading, after_close);
    if (!suffix_closes_problem(shadow, skip_spaces(heading, after_close))) return std::nullopt;
    return std::string(heading.substr(after_open, close - after_open));
  }
  const std::size_t body = skip_spaces(heading, intro + intro_length);
  if (body >= heading.size()) return std::nullopt;

  std::size_t after_open = body;
  const char32_t open = next_code_point(heading, after_open);
  if (closing_for(open) != 0) {
    std::size_t close = find_closing_quote(heading, after_open, open);
    // 针对“…存在"回潮"现象”问题: ASCII quotes inside, the curly one closes.
    if (close != std::string_view::npos && heading[close] == '"') {
      std::size_t after = close + 1;
      if (!suffix_closes_problem(shadow, skip_spaces(heading, after))) {
        if (const std::size_t strict = find_closing_quote(heading, after_open, open, false); strict != std::string_view::npos) {
          close = strict;
        }
      }
    }
    if (close != std::string_view::npos) {
      std::size_t after_close = close;
      next_code_point(heading, after_close);
      after_close = skip_spaces(heading, after_close);
      // 关于“X”的问题 / “X”问题的整改 / “X”问题: the quotes hold the problem.
      if (suffix_closes_problem(shadow, after_close) || after_close >= trim_trailing_stop(heading).size()) {
        return std::string(heading.substr(after_open, close - after_open));
      }
      // 关于“学懂”环节有偏差的问题: quotes inside an unquoted problem.
    } else {
      // 关于“X的问题: the closing quote is missing.
      const std::size_t suffix = last_suffix(shadow.substr(after_open));
      if (suffix != std::string_view::npos && suffix > 0) {
        return std::string(heading.substr(after_open, suffix));
      }
      return std::nullopt;
    }
  }
  // Unquoted: 关于X的问题. The suffix ends what the heading names: in
  // 关于巡视移交问题线索办理情况 the 问题 begins another noun (问题线索).
  const std::size_t suffix = last_suffix(shadow.substr(body));
  if (suffix == std::string_view::npos || suffix == 0) return std::nullopt;
  if (!suffix_ends_name(shadow, body + suffix)) return std::nullopt;
  if (lexicon::ends_with_any(shadow.substr(body, suffix), lexicon::problem_source_verbs())) return std::nullopt;
  return std::string(heading.substr(body, suffix));
}

}  // namespace
bool heads_problem_area(std::string_view heading) {
  // Most headings hold no 方面: they are passed over before the fold.
  return find_word(heading, "方面") != std::string_view::npos &&
         lexicon::ends_with_any(lexicon::simplified_shadow(heading), lexicon::area_problem_endings());
}

}  // namespace tongbao::detail
