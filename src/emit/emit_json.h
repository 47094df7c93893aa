// emit_json.h - the record as JSON, members in record-format.md's order.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "tongbao/document.h"

namespace tongbao::detail {

// Appends the record as compact JSON (a line of JSON Lines without its
// newline), in the form nlohmann::ordered_json's dump() gives: members in
// record-format.md's order, strings escaped as it escapes them (invalid
// UTF-8 replaced by U+FFFD), numbers in its shortest form. The one writer of
// the record as JSON: pretty JSON is this text laid out by indent_json.
//
// With a sink, what is written is handed to it whenever `out` has grown past
// chunk_bytes (between members) and `out` starts again, so that a big record
// (45 MB of JSON for a 20 MB notice) is never held whole; the rest is left
// in `out` for the caller.
struct JsonSink {
  std::function<void(std::string_view)> write;
  std::size_t chunk_bytes = 1 << 18;
};
void append_record_json(std::string& out, const Document& doc, const JsonSink* sink = nullptr);

// A number as the record's JSON writes it: the shortest form that reads
// back the same (59900.0, 0.76, 4.7e-05), `null` for NaN and infinities.
// The XML form writes its numbers with it, so that the two agree digit for
// digit.
std::string json_number(double value);

// Compact JSON laid out as nlohmann's dump(2) lays it out: each member and
// element on its own line, two spaces a level, ": " after a key, `{}` and
// `[]` when empty. The text is not checked: it must be valid JSON.
std::string indent_json(std::string_view compact);

}  // namespace tongbao::detail
