// find_word.h - where a word stands in a text: the substring search every
// stage uses for words of Chinese text.
#pragma once

#include <cstddef>
#include <string_view>

namespace tongbao::detail {

// s.find(word) != npos, testing the word's first and last bytes together:
// faster than find() for a word of Chinese characters, whose first byte is
// everywhere.
bool contains_word(std::string_view s, std::string_view word);
// s.find(word, from), searching the same way.
std::size_t find_word(std::string_view s, std::string_view word, std::size_t from = 0);

}  // namespace tongbao::detail
