// sentences.h - where a run-in heading ends.
#pragma once

#include <cstddef>
#include <string_view>

namespace tongbao::detail {

class QuoteOrStopScanner;  // byte_scan.h

enum class HeadingEnd {
  Sentence,  // the first sentence (。！？)
  Heading,   // the first sentence, or up to a colon: run-in headings of sections, items …
  Clause,    // the first sentence or clause (also ；;：:): measures
};

// Byte offset just past the first sentence (or clause) of `text`, its
// closing punctuation and quotes included; text.size() when it has one
// sentence only. Candidate breaks come from ICU's sentence BreakIterator;
// a break counts only where the punctuation before it stands outside
// quotes, so 关于“…不大。”的问题 stays whole. A quote that never closes does
// not swallow the paragraph: then the first break ICU finds is taken.
std::size_t heading_end(std::string_view text, HeadingEnd kind);

// heading_end on `text` standing `offset` bytes into the text that `stops`
// scans: a reader that scans a paragraph for quotes and stops anyway
// (the outline) lets its headings share the scan.
std::size_t heading_end(std::string_view text, HeadingEnd kind, QuoteOrStopScanner& stops, std::size_t offset);

// The heading proper: trims white space and one closing 。．.；;：: from
// text[0, end).
std::string_view trim_heading(std::string_view text);

}  // namespace tongbao::detail
