// labels.cc - encoding labels, byte order marks and the prescan of markup
// for a declared charset: what the bytes say they are, before decode.cc
// asks whether the bytes agree. docs/encodings.md describes the rules.
#include "decode/labels.h"

#include <unicode/ucnv.h>

#include <algorithm>
#include <array>
#include <memory>
#include <utility>

#include "decode/decode.h"
#include "text/utf8.h"

namespace tongbao::detail {
namespace {

// ---------------------------------------------------------------------------
// Encodings and labels

// Big5 is decoded with ICU's Big5-HKSCS table (ibm-1375), a superset of
// Big5 that also reads the Hong Kong characters; source.encoding says "Big5".
constexpr std::string_view kBig5Converter = "Big5-HKSCS";

struct LabelEntry {
  std::string_view label;  // lower case, as normalised by normalize_label
  Family family;
};

// Labels that we map ourselves; anything else goes to ICU's alias table.
// Every GB label means GB18030: pages labelled gb2312 contain GBK-only
// characters, and GB18030 is a superset of both. Latin-1 labels mean
// windows-1252, as browsers read them.
constexpr LabelEntry kLabels[] = {
    {"utf-8", Family::Utf8},
    {"utf8", Family::Utf8},
    {"unicode-1-1-utf-8", Family::Utf8},
    {"x-unicode20utf8", Family::Utf8},
    {"utf-16", Family::Utf16},
    {"utf16", Family::Utf16},
    {"unicode", Family::Utf16},
    {"ucs-2", Family::Utf16},
    {"csunicode", Family::Utf16},
    {"iso-10646-ucs-2", Family::Utf16},
    {"utf-16le", Family::Utf16LE},
    {"utf16le", Family::Utf16LE},
    {"utf-16be", Family::Utf16BE},
    {"utf16be", Family::Utf16BE},
    {"utf-32", Family::Utf32},
    {"utf32", Family::Utf32},
    {"utf-32le", Family::Utf32LE},
    {"utf-32be", Family::Utf32BE},
    {"gb2312", Family::Gb18030},
    {"gb_2312", Family::Gb18030},
    {"gb_2312-80", Family::Gb18030},
    {"gb2312-80", Family::Gb18030},
    {"gbk", Family::Gb18030},
    {"x-gbk", Family::Gb18030},
    {"csgbk", Family::Gb18030},
    {"gb18030", Family::Gb18030},
    {"gb18030-2000", Family::Gb18030},
    {"gb18030-2005", Family::Gb18030},
    {"gb18030-2022", Family::Gb18030},
    {"cp936", Family::Gb18030},
    {"ms936", Family::Gb18030},
    {"windows-936", Family::Gb18030},
    {"euc-cn", Family::Gb18030},
    {"x-euc-cn", Family::Gb18030},
    {"csgb2312", Family::Gb18030},
    {"chinese", Family::Gb18030},
    {"csiso58gb231280", Family::Gb18030},
    {"iso-ir-58", Family::Gb18030},
    {"big5", Family::Big5},
    {"big-5", Family::Big5},
    {"x-x-big5", Family::Big5},
    {"x-big5", Family::Big5},
    {"csbig5", Family::Big5},
    {"cn-big5", Family::Big5},
    {"cp950", Family::Big5},
    {"ms950", Family::Big5},
    {"windows-950", Family::Big5},
    {"x-windows-950", Family::Big5},
    {"big5-hkscs", Family::Big5},
    {"big5hkscs", Family::Big5},
    {"big5hk", Family::Big5},
    {"hkscs-big5", Family::Big5},
    {"iso-8859-1", Family::Windows1252},
    {"iso8859-1", Family::Windows1252},
    {"iso_8859-1", Family::Windows1252},
    {"latin1", Family::Windows1252},
    {"l1", Family::Windows1252},
    {"us-ascii", Family::Windows1252},
    {"ascii", Family::Windows1252},
    {"cp819", Family::Windows1252},
    {"ibm819", Family::Windows1252},
    {"cp1252", Family::Windows1252},
    {"windows-1252", Family::Windows1252},
    {"x-cp1252", Family::Windows1252},
};

}  // namespace

Encoding utf8_encoding() { return {Scheme::Utf8, "", "UTF-8"}; }
Encoding gb18030_encoding() { return {Scheme::Icu, "GB18030", "GB18030"}; }

Encoding encoding_of(Family family) {
  switch (family) {
    case Family::Utf8:
      return utf8_encoding();
    case Family::Utf16:
    case Family::Utf16LE:
      return {Scheme::Utf16LE, "", "UTF-16LE"};
    case Family::Utf16BE:
      return {Scheme::Utf16BE, "", "UTF-16BE"};
    case Family::Utf32:
    case Family::Utf32LE:
      return {Scheme::Utf32LE, "", "UTF-32LE"};
    case Family::Utf32BE:
      return {Scheme::Utf32BE, "", "UTF-32BE"};
    case Family::Gb18030:
      return gb18030_encoding();
    case Family::Big5:
      return {Scheme::Icu, std::string(kBig5Converter), "Big5"};
    case Family::Windows1252:
      return {Scheme::Icu, "windows-1252", "windows-1252"};
  }
  return utf8_encoding();
}

namespace {

// Lower case without spaces and quotes; empty (unknown) when the label has
// a byte no encoding name has, or is longer than any name.
std::string normalize_label(std::string_view label) {
  constexpr std::size_t kMaxLabel = 64;
  std::string out;
  for (char c : label) {
    if (is_ascii_space(c) || c == '"' || c == '\'') continue;
    if (c <= 0x20 || c >= 0x7F || out.size() >= kMaxLabel) return {};
    out += ascii_lower(c);
  }
  return out;
}

}  // namespace

bool is_utf16_family(Family f) { return f == Family::Utf16 || f == Family::Utf16LE || f == Family::Utf16BE; }
bool is_utf32_family(Family f) { return f == Family::Utf32 || f == Family::Utf32LE || f == Family::Utf32BE; }

// Maps a label to an encoding: our table first, then ICU's alias table.
std::optional<Resolved> resolve_label(std::string_view raw) {
  std::string label = normalize_label(raw);
  if (label.empty()) return std::nullopt;
  for (const LabelEntry& entry : kLabels)
    if (entry.label == label) return Resolved{encoding_of(entry.family), entry.family};
  UErrorCode status = U_ZERO_ERROR;
  const char* canonical = ucnv_getCanonicalName(label.c_str(), "", &status);
  if (U_FAILURE(status) || !canonical) {
    status = U_ZERO_ERROR;
    canonical = ucnv_getAlias(label.c_str(), 0, &status);
    if (U_FAILURE(status) || !canonical) return std::nullopt;
  }
  std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(ucnv_open(canonical, &status), ucnv_close);
  if (U_FAILURE(status) || !converter) return std::nullopt;
  status = U_ZERO_ERROR;
  // IANA's preferred MIME name ("ISO-8859-2"), else its primary name.
  const char* iana = ucnv_getStandardName(canonical, "MIME", &status);
  if (U_FAILURE(status) || !iana) {
    status = U_ZERO_ERROR;
    iana = ucnv_getStandardName(canonical, "IANA", &status);
  }
  Encoding enc{Scheme::Icu, canonical, U_SUCCESS(status) && iana ? iana : canonical};
  return Resolved{enc, std::nullopt};
}

bool is_known_encoding(std::string_view label) { return resolve_label(label).has_value(); }

namespace {

// ---------------------------------------------------------------------------
// Byte order marks

// UTF-32LE before UTF-16LE: FF FE 00 00 starts both.
constexpr std::array<std::pair<std::string_view, Bom>, 5> kBoms{{
    {std::string_view("\xEF\xBB\xBF", 3), {Scheme::Utf8, 3, "UTF-8"}},
    {std::string_view("\xFF\xFE\x00\x00", 4), {Scheme::Utf32LE, 4, "UTF-32LE"}},
    {std::string_view("\x00\x00\xFE\xFF", 4), {Scheme::Utf32BE, 4, "UTF-32BE"}},
    {std::string_view("\xFF\xFE", 2), {Scheme::Utf16LE, 2, "UTF-16LE"}},
    {std::string_view("\xFE\xFF", 2), {Scheme::Utf16BE, 2, "UTF-16BE"}},
}};

}  // namespace

std::optional<Bom> find_bom(std::string_view bytes) {
  for (const auto& [magic, bom] : kBoms)
    if (starts_with(bytes, magic)) return bom;
  return std::nullopt;
}

namespace {

// ---------------------------------------------------------------------------
// Prescan of markup for a declared charset

constexpr std::size_t kPrescanBytes = 8192;

struct Attribute {
  std::string name;  // lower case
  std::string_view value;
  std::size_t value_offset = 0;
};

// Reads one attribute at s[i] (HTML's rules, simplified); false at '>' or end.
bool next_attribute(std::string_view s, std::size_t& i, Attribute& attr) {
  while (i < s.size() && (is_ascii_space(s[i]) || s[i] == '/')) ++i;
  if (i >= s.size() || s[i] == '>') return false;
  attr.name.clear();
  while (i < s.size() && !is_ascii_space(s[i]) && s[i] != '=' && s[i] != '>' && s[i] != '/')
    attr.name += ascii_lower(s[i++]);
  while (i < s.size() && is_ascii_space(s[i])) ++i;
  attr.value = {};
  attr.value_offset = i;
  if (i >= s.size() || s[i] != '=') return true;
  ++i;
  while (i < s.size() && is_ascii_space(s[i])) ++i;
  if (i < s.size() && (s[i] == '"' || s[i] == '\'')) {
    char quote = s[i++];
    std::size_t end = s.find(quote, i);
    if (end == std::string_view::npos) end = s.size();
    attr.value = s.substr(i, end - i);
    attr.value_offset = i;
    i = std::min(end + 1, s.size());
  } else {
    std::size_t start = i;
    while (i < s.size() && !is_ascii_space(s[i]) && s[i] != '>') ++i;
    attr.value = s.substr(start, i - start);
    attr.value_offset = start;
  }
  return true;
}

// The charset in a Content-Type value: "text/html; charset=gb2312".
std::optional<std::pair<std::string_view, std::size_t>> charset_in_content(std::string_view content) {
  for (std::size_t at = 0; at + 7 <= content.size(); ++at) {
    if (!iequals_prefix(content, at, "charset")) continue;
    std::size_t i = at + 7;
    while (i < content.size() && is_ascii_space(content[i])) ++i;
    if (i >= content.size() || content[i] != '=') continue;
    ++i;
    while (i < content.size() && (is_ascii_space(content[i]) || content[i] == '"' || content[i] == '\'')) ++i;
    std::size_t start = i;
    while (i < content.size() && !is_ascii_space(content[i]) && content[i] != ';' && content[i] != '"' &&
           content[i] != '\'')
      ++i;
    if (i > start) return std::make_pair(content.substr(start, i - start), start);
  }
  return std::nullopt;
}

std::optional<Declared> xml_declaration_label(std::string_view head) {
  std::size_t i = 0;
  while (i < head.size() && is_ascii_space(head[i])) ++i;
  if (!iequals_prefix(head, i, "<?xml")) return std::nullopt;
  std::size_t end = head.find("?>", i);
  if (end == std::string_view::npos) end = head.size();
  std::size_t j = i + 5;
  Attribute attr;
  std::string_view decl = head.substr(0, end);
  while (next_attribute(decl, j, attr))
    if (attr.name == "encoding" && !attr.value.empty()) return Declared{std::string(attr.value), attr.value_offset};
  return std::nullopt;
}

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

}  // namespace

std::optional<Declared> prescan_label(std::string_view bytes) {
  std::string_view head = bytes.substr(0, kPrescanBytes);
  if (auto xml = xml_declaration_label(head)) return xml;
  std::size_t i = 0;
  while (i < head.size()) {
    i = head.find('<', i);
    if (i == std::string_view::npos) break;
    if (head.compare(i, 4, "<!--") == 0) {
      std::size_t end = head.find("-->", i + 4);
      if (end == std::string_view::npos) break;
      i = end + 3;
      continue;
    }
    bool meta =
        iequals_prefix(head, i, "<meta") && i + 5 < head.size() && (is_ascii_space(head[i + 5]) || head[i + 5] == '/');
    if (meta) {
      std::size_t j = i + 5;
      Attribute attr;
      bool content_type = false;
      std::optional<Declared> from_content;
      while (next_attribute(head, j, attr)) {
        if (attr.name == "charset" && !attr.value.empty()) return Declared{std::string(attr.value), attr.value_offset};
        if (attr.name == "http-equiv" && normalize_label(attr.value) == "content-type") content_type = true;
        if (attr.name == "content")
          if (auto cs = charset_in_content(attr.value))
            from_content = Declared{std::string(cs->first), attr.value_offset + cs->second};
      }
      if (content_type && from_content) return from_content;
      i = j + 1;
    } else if (i + 1 < head.size() &&
               (is_alpha(head[i + 1]) || (head[i + 1] == '/' && i + 2 < head.size() && is_alpha(head[i + 2])))) {
      // Another tag: skip its name and attributes so a '>' inside quotes
      // does not end it early.
      std::size_t j = i + 1;
      while (j < head.size() && !is_ascii_space(head[j]) && head[j] != '>') ++j;
      Attribute attr;
      while (next_attribute(head, j, attr)) {
      }
      i = j + 1;
    } else if (i + 1 < head.size() && (head[i + 1] == '!' || head[i + 1] == '?')) {
      std::size_t end = head.find('>', i);
      if (end == std::string_view::npos) break;
      i = end + 1;
    } else {
      ++i;
    }
  }
  return std::nullopt;
}

}  // namespace tongbao::detail
