// text_weights.h - how much of a paragraph is prose: its ideographs, clause
// marks and sentence ends, counted sixteen bytes at a time. The HTML body
// finder weighs each paragraph of a page by them.
#pragma once

#include <string_view>

namespace tongbao::detail {

// Ideographs U+4E00..U+9FFF and U+20000..U+2FFFF, clause marks (, : and
// their full-width forms ， ：, and 、) and sentence ends (; ； 。). Valid
// UTF-8 is assumed (each character is told by its first two or three
// bytes).
struct TextWeights {
  int cjk = 0;
  int punct = 0;
  int full_stops = 0;
  bool operator==(const TextWeights&) const = default;
};
TextWeights text_weights(std::string_view utf8);

}  // namespace tongbao::detail
