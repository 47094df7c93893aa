// decode.h - raw bytes to UTF-8 text, in every encoding the archives hold.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "decode/mhtml.h"  // unpack_mhtml, asked before decoding
#include "decode/sniff.h"  // sniff_binary and looks_like_html, asked with decoding
#include "tongbao/document.h"

namespace tongbao::detail {

struct Decoded {
  std::string text;      // UTF-8 without BOM; line ends exactly as in the input
  std::string encoding;  // IANA name of what was used: "UTF-8", "GB18030", "Big5", "UTF-16LE"...
  // invalid-bytes warnings: undecodable bytes became U+FFFD; the message
  // gives the byte offset, line/column point at the replacement character
  // (the first 20, then one summary). Notes: unknown-encoding and
  // encoding-mismatch (a label was ignored), nul-dropped (NULs removed).
  std::vector<Diagnostic> diagnostics;
  // Set instead of `text` when the caller let decode_to_utf8() borrow
  // (TextCopy::UnlessSame) and the text is the input itself: valid UTF-8
  // without NUL bytes, after any BOM. A view of the caller's bytes.
  std::optional<std::string_view> borrowed;

  // The decoded text, wherever it is.
  std::string_view utf8() const { return borrowed ? *borrowed : std::string_view(text); }
};

// Whether decode_to_utf8() always copies the text into Decoded::text or may
// hand back a view of the input when nothing changes (the caller keeping
// the input alive as long as it reads the text): most notices are valid
// UTF-8, and a copy of a 20 MB one is 20 MB more to hold.
enum class TextCopy { Always, UnlessSame };

// Decides the encoding and decodes. Order: `override_label` if not empty;
// a BOM; for markup, <meta charset>, <meta http-equiv=Content-Type> or an
// XML declaration (GB labels all mean GB18030; Big5 labels Big5-HKSCS where
// ICU has it); UTF-16 without BOM; then valid UTF-8 is UTF-8; otherwise
// ICU's charset detector. A declared label that the bytes contradict is not
// trusted. NUL characters are dropped. Rules: docs/encodings.md.
Decoded decode_to_utf8(std::string_view bytes, std::string_view override_label = {},
                       TextCopy copy = TextCopy::Always);

// True when `label` names an encoding we can decode: our own table, or any
// name or alias ICU's converters know (ucnv_open succeeds). For --encoding.
bool is_known_encoding(std::string_view label);

// The labels a usage message offers: "UTF-8, GB18030, GBK, GB2312, Big5, ...".
constexpr std::string_view kCommonEncodings =
    "UTF-8, GB18030, GBK, GB2312, Big5, Big5-HKSCS, UTF-16LE, UTF-16BE, windows-1252";

}  // namespace tongbao::detail
