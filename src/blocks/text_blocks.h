// text_blocks.h - plain text to paragraphs.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "blocks/block.h"

namespace tongbao::detail {

// Splits decoded text at LF, CRLF or CR and returns each non-blank line as
// a Block (white space folded, trimmed), numbered as in the input. Blocks
// of lines that folding leaves as they are point into `utf8`, which must
// outlive them.
Blocks text_to_blocks(std::string_view utf8);

// Folds U+3000, NBSP, tabs and other spaces to one ASCII space, drops
// zero-width characters and control characters, and trims both ends.
// `leading_chars`, if given, receives how many characters were trimmed at
// the start (for the block's column).
std::string fold_space(std::string_view utf8, int* leading_chars = nullptr);

}  // namespace tongbao::detail
