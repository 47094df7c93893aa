// ledger.h - how a table that lists a notice's problems names its columns
// (序号 | 反馈问题 | 整改措施 | 整改时限 | 责任单位 | 完成情况). The HTML, Markdown
// and text readers find such a table by its header row and mark its cells
// (Block::table_cell): a ledger's group rows (一、…方面) and cells (1.…；2.…)
// are data, not the notice's headings.
#pragma once

#include <string_view>

namespace tongbao::detail {

// Whether `row` (its cells parted by spaces, tabs, | or box-drawing bars)
// is a ledger's header: short labels only, three of them naming a ledger's
// columns. A row of prose, or of long cells, is none.
bool names_ledger_columns(std::string_view row);

}  // namespace tongbao::detail
