// spaced_words.h - a word set out with spaces between its characters, as a
// table sets its short labels to the width of its long ones (标　　题,
// 索 引 号). Read by the page's labels (blocks) and the header's (outline).
#pragma once

#include <cstddef>
#include <string_view>

namespace tongbao::detail {

// Bytes of `word` at the start of `text` when it stands there whole or set
// out with spaces between its characters, the spaces after its last
// character not included; 0 when it does not. The blocks fold U+3000 to a
// space, so 标　　题 arrives as 标  题.
std::size_t spaced_word_length(std::string_view text, std::string_view word);  // the slow part
inline std::size_t spaced_prefix_length(std::string_view text, std::string_view word) {
  if (text.starts_with(word)) return word.size();
  // Lines are asked about every key: a space after the word's first
  // character, which most have not, is the quick test.
  if (word.empty()) return 0;
  const auto lead = static_cast<unsigned char>(word[0]);
  const std::size_t first = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  if (text.size() <= first || text[first] != ' ' || text.compare(0, first, word, 0, first) != 0) return 0;
  return spaced_word_length(text, word);
}

}  // namespace tongbao::detail
