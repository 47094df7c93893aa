#include "text_blocks.h"

#include "utf8.h"

namespace tongbao::detail {
namespace {

// Spaces that archives use for indentation and justification.
bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == 0x00A0 || c == 0x3000 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F || c == '\v' || c == '\f';
}

// Invisible characters that only get in the way of matching markers.
bool is_dropped(char32_t c) {
  return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF ||
         (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F;
}

}  // namespace

std::string fold_space(std::string_view s, int* leading_chars) {
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  int leading = 0;
  std::size_t i = 0;
  while (i < s.size()) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b >= 0x21 && b < 0x7F) {  // the common ASCII case, byte at a time
      if (pending_space && !out.empty()) out += ' ';
      pending_space = false;
      out += static_cast<char>(b);
      ++i;
      continue;
    }
    const std::size_t start = i;
    const char32_t c = next_code_point(s, i);
    if (is_space(c) || c == '\n' || c == '\r') {
      pending_space = true;
      if (out.empty()) ++leading;
      continue;
    }
    if (is_dropped(c)) {
      if (out.empty()) ++leading;
      continue;
    }
    if (pending_space && !out.empty()) out += ' ';
    pending_space = false;
    out.append(s.substr(start, i - start));
  }
  if (leading_chars) *leading_chars = leading;
  return out;
}

std::vector<Block> text_to_blocks(std::string_view s) {
  std::vector<Block> blocks;
  int line = 1;
  std::size_t begin = 0;
  while (begin <= s.size()) {
    std::size_t end = begin;
    while (end < s.size() && s[end] != '\n' && s[end] != '\r') ++end;
    int leading = 0;
    std::string text = fold_space(s.substr(begin, end - begin), &leading);
    if (!text.empty()) blocks.push_back(Block{std::move(text), line, leading + 1});
    if (end >= s.size()) break;
    // CRLF is one line end; a lone CR (old Mac files) is one too.
    begin = end + ((s[end] == '\r' && end + 1 < s.size() && s[end + 1] == '\n') ? 2 : 1);
    ++line;
  }
  return blocks;
}

int column_at(const Block& block, std::size_t byte_offset) {
  return block.column + count_chars(std::string_view(block.text).substr(0, byte_offset));
}

}  // namespace tongbao::detail
