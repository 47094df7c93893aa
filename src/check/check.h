// check.h - the diagnostics catalogue: what looks wrong in a notice.
//
// Every code the checker (and the decoder) can emit has one row in
// catalogue(): its code, default severity, a one-line summary and whether it
// is opt-in (Options::pedantic). The checks, `tongbao check --select/--ignore`
// validation, the SARIF rules and docs/diagnostics.md all follow that table.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "blocks/block.h"
#include "tongbao/document.h"
#include "tongbao/options.h"

namespace tongbao::detail {

struct CheckInfo {
  std::string_view code;     // stable kebab-case
  Severity severity;         // default severity
  std::string_view summary;  // one line, for SARIF rules and help texts
  bool opt_in;               // only with Options::pedantic (or --select)
};

// The whole catalogue, in the order of docs/diagnostics.md.
std::span<const CheckInfo> catalogue();

// The row for `code`, or nullptr when no check has that code.
const CheckInfo* find_check(std::string_view code);

// Appends the catalogue's diagnostics for `doc` to doc.diagnostics (after
// whatever the decoder and HTML stage put there; order within what check
// adds: by check, then by position). `spans` are the document's text pieces
// in document order, as the outline stage made them.
void check(Document& doc, const std::vector<Span>& spans, const Options& options);

}  // namespace tongbao::detail
