#include "outline/sentences.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <memory>

#include "scan/byte_scan.h"
#include "text/utf8.h"

namespace tongbao::detail {
namespace {

// Headings are short; looking further than this only costs time.
constexpr std::size_t kMaxHeadingBytes = 4096;
// ICU sees only the sentence-end mark and this much after it: the boundary
// after 。！？ depends on what follows, not on what precedes, and without the
// cut ICU rescans the whole heading from its start on every call.
constexpr std::size_t kBreakLookahead = 256;

// One sentence iterator per thread: creating one costs far more than a parse.
icu::BreakIterator* sentence_iterator() {
  thread_local std::unique_ptr<icu::BreakIterator> iterator = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createSentenceInstance(icu::Locale("zh"), status));
    return U_SUCCESS(status) ? std::move(it) : nullptr;
  }();
  return iterator.get();
}

bool is_opening_quote(char32_t c) {
  return c == U'“' || c == U'‘' || c == U'「' || c == U'『' || c == U'《';
}
bool is_closing_quote(char32_t c) {
  return c == U'”' || c == U'’' || c == U'」' || c == U'』' || c == U'》';
}
bool is_sentence_end(char32_t c) {
  c = fold_width(c);
  return c == U'。' || c == U'!' || c == U'?' || c == U'…';
}
bool is_clause_end(char32_t c, HeadingEnd kind) {
  c = fold_width(c);
  if (kind == HeadingEnd::Clause) return c == U';' || c == U':';
  if (kind == HeadingEnd::Heading) return c == U':';
  return false;
}

// What may follow a sentence end and still belong to it.
bool is_sentence_closer(char32_t c) {
  return is_closing_quote(c) || is_sentence_end(c) || c == U'"' || c == U')' || c == U'）';
}

}  // namespace

namespace {

// heading_end, with `next_stop(window, i)` for next_quote_or_stop(window, i).
template <class NextStop>
std::size_t heading_end_with(std::string_view text, HeadingEnd kind, NextStop next_stop) {
  const std::string_view window = text.substr(0, std::min(text.size(), kMaxHeadingBytes));

  // Punctuation at quote depth 0 ends a sentence or clause. ASCII '"' closes
  // an open “ (crawlers often write “…" ) and opens otherwise.
  std::size_t clause_end = std::string_view::npos;
  std::size_t quoted_sentence_end = std::string_view::npos;  // fallback
  std::size_t quoted_sentence_mark = 0;  // where its punctuation starts
  int depth = 0;
  bool ascii_open = false;
  std::size_t i = 0;
  std::size_t depth0_sentence_end = std::string_view::npos;
  std::size_t depth0_sentence_mark = 0;
  while (i < window.size()) {
    i = next_stop(window, i);  // ideographs and the rest are neither
    if (i == window.size()) break;
    const std::size_t at = i;
    const char32_t c = next_code_point(window, i);
    if (is_opening_quote(c)) {
      ++depth;
    } else if (is_closing_quote(c)) {
      if (depth > 0) --depth;
    } else if (c == U'"') {
      if (depth > 0 && !ascii_open) --depth;
      else if (ascii_open) { ascii_open = false; if (depth > 0) --depth; }
      else { ascii_open = true; ++depth; }
    } else if (is_sentence_end(c)) {
      if (depth == 0) {
        depth0_sentence_end = i;
        depth0_sentence_mark = at;
        break;
      }
      if (quoted_sentence_end == std::string_view::npos) {
        quoted_sentence_end = i;
        quoted_sentence_mark = at;
      }
    } else if (depth == 0 && is_clause_end(c, kind)) {
      clause_end = i;
      break;
    }
  }
  if (clause_end != std::string_view::npos) return clause_end;
  std::size_t candidate = depth0_sentence_end;
  std::size_t mark = depth0_sentence_mark;
  if (candidate == std::string_view::npos && depth > 0) {  // unclosed quote
    candidate = quoted_sentence_end;
    mark = quoted_sentence_mark;
  }
  if (candidate == std::string_view::npos) return text.size();

  // Let ICU place the break at or after the punctuation we found: it knows
  // about runs such as 。” ！？ …… that belong to the same sentence end.
  // Only a closing mark right after the punctuation can move the end, so
  // without one (the usual case) ICU has nothing to add.
  if (candidate == window.size()) return candidate;
  {
    std::size_t next = candidate;
    if (!is_sentence_closer(next_code_point(window, next))) return candidate;
  }
  icu::BreakIterator* it = sentence_iterator();
  if (it == nullptr) return candidate;
  UErrorCode status = U_ZERO_ERROR;
  std::size_t cut = std::min(window.size(), candidate + kBreakLookahead);
  while (cut < window.size() && (static_cast<unsigned char>(window[cut]) & 0xC0) == 0x80) ++cut;
  const std::string_view near = window.substr(mark, cut - mark);
  UText* ut = utext_openUTF8(nullptr, near.data(), static_cast<int64_t>(near.size()), &status);
  if (U_FAILURE(status)) return candidate;
  it->setText(ut, status);
  std::size_t result = candidate;
  if (U_SUCCESS(status)) {
    const int32_t near_boundary = it->following(static_cast<int32_t>(candidate - mark) - 1);
    const std::size_t boundary = near_boundary == icu::BreakIterator::DONE
                                     ? std::string_view::npos
                                     : mark + static_cast<std::size_t>(near_boundary);
    if (boundary != std::string_view::npos && boundary >= candidate) {
      // Keep closing quotes that directly follow; never run into the next sentence's text.
      std::size_t end = candidate;
      while (end < boundary) {
        std::size_t next = end;
        const char32_t c = next_code_point(window, next);
        if (!is_sentence_closer(c)) break;
        end = next;
      }
      result = end;
    }
  }
  utext_close(ut);
  return result;
}

}  // namespace

std::size_t heading_end(std::string_view text, HeadingEnd kind) {
  return heading_end_with(text, kind, [](std::string_view window, std::size_t i) { return next_quote_or_stop(window, i); });
}

std::size_t heading_end(std::string_view text, HeadingEnd kind, QuoteOrStopScanner& stops, std::size_t offset) {
  return heading_end_with(text, kind, [&](std::string_view window, std::size_t i) {
    return std::min(stops.next(offset + i) - offset, window.size());
  });
}

std::string_view trim_heading(std::string_view text) {
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  // One closing 。 . ; : (or full-width ．；：), compared as bytes: a
  // complete sequence at the end is that character.
  for (std::string_view stop : {"。", ".", ";", ":", "．", "；", "："}) {
    if (ends_with(text, stop)) {
      text.remove_suffix(stop.size());
      break;
    }
  }
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  return text;
}

}  // namespace tongbao::detail
