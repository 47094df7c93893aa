#include "outline/markers.h"

#include <vector>

#include "text/chars.h"
#include "text/utf8.h"

namespace tongbao::detail {

std::size_t decoration_before_marker(std::string_view text) {
  std::size_t i = 0;
  bool decorated = false;
  while (i < text.size()) {
    std::size_t next = i;
    const char32_t c = next_code_point(text, next);
    if (is_decoration(c)) {
      decorated = true;
    } else if (c != ' ' || !decorated) {
      break;
    }
    i = next;
  }
  if (!decorated || i >= text.size() || !match_marker(text.substr(i))) return 0;
  return i;
}

void drop_decoration_before_markers(Blocks& blocks) {
  std::vector<Block> list;
  for (std::size_t k = 0; k < blocks.size(); ++k) {
    if (blocks[k].table_cell) continue;  // a ledger's cells open no unit
    const std::size_t skip = decoration_before_marker(blocks[k].text);
    if (skip == 0) continue;
    if (list.empty()) list = blocks.list();
    Block& b = list[k];
    b.column += count_chars(b.text.substr(0, skip));
    b.text = b.text.substr(skip);
  }
  if (!list.empty()) blocks.replace_list(std::move(list));
}

std::size_t bracketed_word_length(std::string_view text, int max_chars) {
  constexpr std::string_view kOpen = "【", kClose = "】";
  if (!text.starts_with(kOpen)) return 0;
  const std::size_t close = text.find(kClose, kOpen.size());
  if (close == std::string_view::npos || count_chars(text.substr(kOpen.size(), close - kOpen.size())) > max_chars) return 0;
  return close + kClose.size();
}

}  // namespace tongbao::detail
