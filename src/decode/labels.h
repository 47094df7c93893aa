// labels.h - what the bytes say they are: the encoding a label names (our
// table, then ICU's aliases), a byte order mark, and the charset a page
// declares in its first KBs. Internal to decode/: decode.cc decides with
// them, the converters take the Encoding they resolve to.
#pragma once

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace tongbao::detail {

enum class Scheme { Utf8, Utf16LE, Utf16BE, Utf32LE, Utf32BE, Icu };

struct Encoding {
  Scheme scheme = Scheme::Utf8;
  std::string icu;   // converter name for Scheme::Icu
  std::string iana;  // what source.encoding says
};

Encoding utf8_encoding();
Encoding gb18030_encoding();

// What a label in kLabels stands for.
enum class Family { Utf8, Utf16, Utf16LE, Utf16BE, Utf32, Utf32LE, Utf32BE, Gb18030, Big5, Windows1252 };

Encoding encoding_of(Family family);

bool is_utf16_family(Family f);
bool is_utf32_family(Family f);

struct Resolved {
  Encoding encoding;
  std::optional<Family> family;  // set when the label is in kLabels
};

// Maps a label to an encoding: our table first, then ICU's alias table.
std::optional<Resolved> resolve_label(std::string_view raw);

// The ASCII reading of labels and tags, shared by the prescan, the markup
// test of detection and looks_like_html. is_ascii_space is HTML's ASCII
// whitespace, not text/chars.h's is_space (the spaces of a text).
inline char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

inline bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

inline bool iequals_prefix(std::string_view s, std::size_t at, std::string_view lower_prefix) {
  if (s.size() - std::min(at, s.size()) < lower_prefix.size()) return false;
  for (std::size_t k = 0; k < lower_prefix.size(); ++k)
    if (ascii_lower(s[at + k]) != lower_prefix[k]) return false;
  return true;
}

struct Bom {
  Scheme scheme;
  std::size_t length;
  std::string_view iana;
};

std::optional<Bom> find_bom(std::string_view bytes);

struct Declared {
  std::string label;
  std::size_t offset = 0;  // byte offset of the label in the input
};

// The first charset declared in the first KBs of markup: an XML
// declaration, <meta charset> or <meta http-equiv=Content-Type>.
std::optional<Declared> prescan_label(std::string_view bytes);

}  // namespace tongbao::detail
