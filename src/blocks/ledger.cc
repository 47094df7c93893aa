#include "blocks/ledger.h"

#include <string_view>

#include "text/chars.h"
#include "text/utf8.h"

namespace tongbao::detail {
namespace {

// The words a ledger's header names its columns by, one of them in a cell.
constexpr std::string_view kLedgerColumnWords[] = {"序号", "问题", "措施", "时限", "责任", "完成",
                                                   "进展", "整改情况", "整改目标", "备注"};
// A header names three columns at least, each in a few characters.
constexpr int kMinLedgerColumns = 3;
constexpr int kMaxLedgerColumnChars = 10;

// What parts a header's cells: white space, bars and the box-drawing
// characters text tools draw tables with (U+2500–U+257F).
bool parts_cells(char32_t c) {
  return c == U' ' || c == U'\t' || c == U'\u3000' || c == U'\u00a0' || c == U'|' || c == U'｜' ||
         is_box_drawing(c);
}

}  // namespace

bool names_ledger_columns(std::string_view row) {
  int columns = 0;
  std::size_t i = 0;
  while (i < row.size()) {
    std::size_t start = i;
    char32_t c = 0;
    while (start < row.size()) {  // past the parting
      std::size_t next = start;
      c = next_code_point(row, next);
      if (!parts_cells(c)) break;
      start = next;
    }
    std::size_t end = start;
    while (end < row.size()) {
      std::size_t next = end;
      c = next_code_point(row, next);
      if (parts_cells(c)) break;
      end = next;
    }
    i = end;
    const std::string_view cell = row.substr(start, end - start);
    if (cell.empty()) continue;
    if (count_chars(cell) > kMaxLedgerColumnChars) return false;
    for (std::string_view word : kLedgerColumnWords) {
      if (cell.find(word) != std::string_view::npos) {
        ++columns;
        break;
      }
    }
  }
  return columns >= kMinLedgerColumns;
}

}  // namespace tongbao::detail
