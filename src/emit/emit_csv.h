// emit_csv.h - outline nodes as CSV rows (RFC 4180), for spreadsheets and
// data frames. Columns and the error row are described in docs/usage.md.
#pragma once

#include <string>
#include <string_view>

#include "tongbao/document.h"

namespace tongbao::detail {

// A UTF-8 byte order mark (so that spreadsheet programs read the file as
// UTF-8 and show Chinese) and the header row.
std::string csv_header();

// One row per outline node in document order; for an error record, one row
// with `error` and `error_message` set; nothing for a record without nodes.
std::string record_to_csv(const Document& doc);

// One field, quoted when it holds a comma, a double quote, CR or LF.
std::string csv_field(std::string_view value);

}  // namespace tongbao::detail
