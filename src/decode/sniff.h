// sniff.h - what an input is before it is decoded and after: a binary
// format rather than text, and a page rather than plain text. Declared for
// the pipeline through decode/decode.h.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace tongbao::detail {

// What a non-text input is ("a PNG image", "a PDF document", "binary data"),
// or nullopt when the bytes can be text in some encoding we read.
std::optional<std::string> sniff_binary(std::string_view bytes);

// True when decoded text looks like an HTML page rather than plain text.
bool looks_like_html(std::string_view utf8);

}  // namespace tongbao::detail
