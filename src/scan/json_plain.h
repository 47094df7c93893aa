// json_plain.h - how far a text may be written into a JSON string as it is:
// the scan that lets the JSON writer append most texts whole.
#pragma once

#include <cstddef>
#include <string_view>

namespace tongbao::detail {

// Where, from s[i] (a character boundary), the bytes of s stop being ones a
// JSON string holds as they are: the first byte that needs an escape (a
// control byte below 0x20, '"' or '\\') or that starts no well-formed UTF-8
// sequence (text/utf8.h's well_formed_length), or s.size(). Sixteen bytes
// are tested at a time (SSE2); other targets, and the rare character the
// block test leaves to it, go byte by byte.
std::size_t json_plain_end(std::string_view s, std::size_t i = 0);

}  // namespace tongbao::detail
