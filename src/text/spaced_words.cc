#include "text/spaced_words.h"

#include "text/utf8.h"

namespace tongbao::detail {

std::size_t spaced_word_length(std::string_view text, std::string_view word) {
  std::size_t i = 0, k = 0;
  while (k < word.size()) {
    if (k > 0) {
      while (i < text.size() && text[i] == ' ') ++i;
    }
    const std::size_t from = k;
    next_code_point(word, k);
    if (text.substr(i, k - from) != word.substr(from, k - from)) return 0;
    i += k - from;
  }
  return i;
}

}  // namespace tongbao::detail
