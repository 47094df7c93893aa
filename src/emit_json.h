// emit_json.h - the record as a JSON value, keys in record-format.md order.
#pragma once

#include <nlohmann/json.hpp>

#include "tongbao/document.h"

namespace tongbao::detail {

using Json = nlohmann::ordered_json;

Json record_to_json(const Document& doc);
Json node_to_json(const Node& node);
Json diagnostic_to_json(const Diagnostic& diagnostic);

}  // namespace tongbao::detail
