// mhtml.h - a page saved whole as MHTML (.mht, .mhtml: a MIME
// multipart/related message, as a browser's "save as single file" or an
// archive tool writes it): the page's HTML part, its transfer encoding
// undone. Declared for the pipeline through decode/decode.h.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace tongbao::detail {

struct MhtmlPart {
  std::string bytes;    // the HTML part's bytes, quoted-printable or base64 undone
  std::string charset;  // the part's charset= parameter, or empty
};

// The first text/html part of an MHTML archive; nullopt when `bytes` is no
// such archive (its headers, before the first blank line, name no
// MIME-Version and no multipart/related type with a boundary, or no part is
// HTML).
std::optional<MhtmlPart> unpack_mhtml(std::string_view bytes);

}  // namespace tongbao::detail
