// emit_text.h - text as every output form writes it.
#pragma once

#include <string>
#include <string_view>

namespace tongbao::detail {

// `text` with every ill-formed UTF-8 sequence replaced by U+FFFD as the
// decoder and the JSON form replace it (one U+FFFD per maximal ill-formed
// subpart, the Unicode practice nlohmann::json follows: repair_utf8 in
// text/utf8.h), so that JSON, XML and CSV carry the same text even if bytes
// that are not UTF-8 reach the emitters. Decoding normally guarantees valid
// UTF-8; this is the safety net.
std::string valid_utf8(std::string_view text);

// What a filter_code_points rule returns to drop a code point (U+0000 is a
// code point like any other).
inline constexpr char32_t kDropCodePoint = 0xFFFFFFFF;

// valid_utf8(text) with each code point passed through `rule`: it returns
// the code point to keep, a replacement (such as ' '), or kDropCodePoint.
// What the XML form and the terminal outline share; each keeps its own rule.
std::string filter_code_points(std::string_view text, char32_t (*rule)(char32_t));

}  // namespace tongbao::detail
