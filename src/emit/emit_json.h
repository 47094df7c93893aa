// emit_json.h - the record as a JSON value, keys in record-format.md order.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "tongbao/document.h"

namespace tongbao::detail {

using Json = nlohmann::ordered_json;

Json record_to_json(const Document& doc);
Json node_to_json(const Node& node);
Json diagnostic_to_json(const Diagnostic& diagnostic);

// Appends exactly record_to_json(doc).dump() (compact, invalid UTF-8
// replaced) without building the tree: the tree copied every text and its
// building and dumping took a third of a parse. emit_json_test holds the two
// to the same bytes; a field added to record_to_json goes here too.
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

}  // namespace tongbao::detail
