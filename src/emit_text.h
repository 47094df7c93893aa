// emit_text.h - text as every output form writes it.
#pragma once

#include <string>
#include <string_view>

namespace tongbao::detail {

// `text` with every ill-formed UTF-8 sequence replaced by U+FFFD exactly as
// the JSON form replaces it (one U+FFFD per maximal ill-formed subpart, the
// Unicode practice nlohmann::json follows), so that JSON, XML and CSV carry
// the same text even if bytes that are not UTF-8 reach the emitters.
// Decoding normally guarantees valid UTF-8; this is the safety net.
std::string valid_utf8(std::string_view text);

}  // namespace tongbao::detail
