// emit_json.h - the record as a JSON value, keys in record-format.md order.
#pragma once

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
void append_record_json(std::string& out, const Document& doc);

}  // namespace tongbao::detail
