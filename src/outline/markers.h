// markers.h - what stands before and around a heading's marker: symbols set
// for show (■ 一、…), and words in lenticular brackets (【整改】). The markers
// themselves are text/markers.h's.
#pragma once

#include <cstddef>
#include <string_view>

#include "blocks/block.h"
#include "text/markers.h"

namespace tongbao::detail {

// Bytes of the symbols set for show before a heading's marker (■ 一、,
// 🔷二、, ◆（一）), with the spaces after them, or 0 when no marker follows.
std::size_t decoration_before_marker(std::string_view text);

// Takes those symbols off the paragraphs they stand before, as an indent is:
// the paragraph starts at its marker, a column further on.
void drop_decoration_before_markers(Blocks& blocks);

// Bytes of a word in lenticular brackets at the start of `text` (【整改】,
// 【巡察整改】), through the closing bracket, when it holds at most
// `max_chars` characters; 0 otherwise.
std::size_t bracketed_word_length(std::string_view text, int max_chars);

}  // namespace tongbao::detail
