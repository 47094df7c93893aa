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

// True when decoded text that is no page reads as Markdown rather than
// plain text: it opens with front matter (---, +++), or its opening lines
// use Markdown's syntax in two ways or more among ATX headings (# 一、…),
// lines set in bold (**一、…**), links ([首页](/)) and setext underlines
// (====), three times in all.
bool looks_like_markdown(std::string_view utf8);

}  // namespace tongbao::detail
