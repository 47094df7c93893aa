#include "text_blocks.h"

#include <algorithm>
#include <cstring>

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
  // Kept text is copied a run at a time, not a character at a time: appends
  // of 3 bytes were most of this function's cost.
  std::size_t run = std::string_view::npos;  // start of kept bytes not yet in out
  auto flush = [&](std::size_t upto) {
    if (run == std::string_view::npos) return;
    out.append(s, run, upto - run);
    run = std::string_view::npos;
  };
  auto keep = [&](std::size_t start) {
    if (pending_space && !out.empty()) out += ' ';  // a space or drop flushed the run before
    pending_space = false;
    if (run == std::string_view::npos) run = start;
  };
  std::size_t i = 0;
  while (i < s.size()) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b >= 0x21 && b < 0x7F) {  // the common ASCII case, byte at a time
      keep(i);
      ++i;
      continue;
    }
    if (cjk_ideograph_at(s, i)) {  // never space nor dropped
      keep(i);
      i += 3;
      continue;
    }
    const std::size_t start = i;
    const char32_t c = next_code_point(s, i);
    if (is_space(c) || c == '\n' || c == '\r') {
      flush(start);
      pending_space = true;
      if (out.empty()) ++leading;
      continue;
    }
    if (is_dropped(c)) {
      flush(start);
      if (out.empty()) ++leading;
      continue;
    }
    keep(start);
  }
  flush(s.size());
  if (leading_chars) *leading_chars = leading;
  return out;
}

std::vector<Block> text_to_blocks(std::string_view s) {
  std::vector<Block> blocks;
  int line = 1;
  std::size_t begin = 0;
  // The next LF and the next CR at or after `begin` (s.size() when none),
  // found with memchr and searched again only once passed, so every byte is
  // looked at once per kind (a byte loop here cost 5% of a parse).
  auto find_from = [&](char c, std::size_t from) {
    if (from >= s.size()) return s.size();
    const void* at = std::memchr(s.data() + from, c, s.size() - from);
    return at ? static_cast<std::size_t>(static_cast<const char*>(at) - s.data()) : s.size();
  };
  std::size_t next_lf = find_from('\n', 0), next_cr = find_from('\r', 0);
  while (begin <= s.size()) {
    if (next_lf < begin) next_lf = find_from('\n', begin);
    if (next_cr < begin) next_cr = find_from('\r', begin);
    const std::size_t end = std::min(next_lf, next_cr);
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
