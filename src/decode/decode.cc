// decode.cc - decides the encoding of raw bytes and decodes them to UTF-8.
// UTF-8, UTF-16 and UTF-32 are decoded by hand (exact byte offsets, and the
// UTF-8 fast path costs one scan and one copy); every other encoding goes
// through an ICU converter whose callback records where bytes were bad
// (GB18030 pages of ASCII and two-byte codes through a table made from it).
// docs/encodings.md describes the rules; keep the two in step.
#include "decode/decode.h"

#include <fmt/format.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucsdet.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <memory>

#include "scan/byte_count.h"
#include "scan/utf16_units.h"
#include "scan/utf8_validate.h"
#include "text/utf8.h"

namespace tongbao::detail {
namespace {

// ---------------------------------------------------------------------------
// Encodings and labels

enum class Scheme { Utf8, Utf16LE, Utf16BE, Utf32LE, Utf32BE, Icu };

struct Encoding {
  Scheme scheme = Scheme::Utf8;
  std::string icu;   // converter name for Scheme::Icu
  std::string iana;  // what source.encoding says
};

Encoding utf8_encoding() { return {Scheme::Utf8, "", "UTF-8"}; }
Encoding gb18030_encoding() { return {Scheme::Icu, "GB18030", "GB18030"}; }

// Big5 is decoded with ICU's Big5-HKSCS table (ibm-1375), a superset of
// Big5 that also reads the Hong Kong characters; source.encoding says "Big5".
constexpr std::string_view kBig5Converter = "Big5-HKSCS";

// What a label in kLabels stands for.
enum class Family { Utf8, Utf16, Utf16LE, Utf16BE, Utf32, Utf32LE, Utf32BE, Gb18030, Big5, Windows1252 };

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

char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool iequals_prefix(std::string_view s, std::size_t at, std::string_view lower_prefix) {
  if (s.size() - std::min(at, s.size()) < lower_prefix.size()) return false;
  for (std::size_t k = 0; k < lower_prefix.size(); ++k)
    if (ascii_lower(s[at + k]) != lower_prefix[k]) return false;
  return true;
}

// Lower case without spaces and quotes; empty (unknown) when the label has
// a byte no encoding name has, or is longer than any name.
std::string normalize_label(std::string_view label) {
  constexpr std::size_t kMaxLabel = 64;
  std::string out;
  for (char c : label) {
    if (is_space(c) || c == '"' || c == '\'') continue;
    if (c <= 0x20 || c >= 0x7F || out.size() >= kMaxLabel) return {};
    out += ascii_lower(c);
  }
  return out;
}

bool is_utf16_family(Family f) { return f == Family::Utf16 || f == Family::Utf16LE || f == Family::Utf16BE; }
bool is_utf32_family(Family f) { return f == Family::Utf32 || f == Family::Utf32LE || f == Family::Utf32BE; }

struct Resolved {
  Encoding encoding;
  std::optional<Family> family;  // set when the label is in kLabels
};

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

}  // namespace

bool is_known_encoding(std::string_view label) { return resolve_label(label).has_value(); }

namespace {

// ---------------------------------------------------------------------------
// Byte order marks

struct Bom {
  Scheme scheme;
  std::size_t length;
  std::string_view iana;
};

// UTF-32LE before UTF-16LE: FF FE 00 00 starts both.
constexpr std::array<std::pair<std::string_view, Bom>, 5> kBoms{{
    {std::string_view("\xEF\xBB\xBF", 3), {Scheme::Utf8, 3, "UTF-8"}},
    {std::string_view("\xFF\xFE\x00\x00", 4), {Scheme::Utf32LE, 4, "UTF-32LE"}},
    {std::string_view("\x00\x00\xFE\xFF", 4), {Scheme::Utf32BE, 4, "UTF-32BE"}},
    {std::string_view("\xFF\xFE", 2), {Scheme::Utf16LE, 2, "UTF-16LE"}},
    {std::string_view("\xFE\xFF", 2), {Scheme::Utf16BE, 2, "UTF-16BE"}},
}};

std::optional<Bom> find_bom(std::string_view bytes) {
  for (const auto& [magic, bom] : kBoms)
    if (starts_with(bytes, magic)) return bom;
  return std::nullopt;
}

// ---------------------------------------------------------------------------
// Prescan of markup for a declared charset

struct Declared {
  std::string label;
  std::size_t offset = 0;  // byte offset of the label in the input
};

constexpr std::size_t kPrescanBytes = 8192;

struct Attribute {
  std::string name;  // lower case
  std::string_view value;
  std::size_t value_offset = 0;
};

// Reads one attribute at s[i] (HTML's rules, simplified); false at '>' or end.
bool next_attribute(std::string_view s, std::size_t& i, Attribute& attr) {
  while (i < s.size() && (is_space(s[i]) || s[i] == '/')) ++i;
  if (i >= s.size() || s[i] == '>') return false;
  attr.name.clear();
  while (i < s.size() && !is_space(s[i]) && s[i] != '=' && s[i] != '>' && s[i] != '/') attr.name += ascii_lower(s[i++]);
  while (i < s.size() && is_space(s[i])) ++i;
  attr.value = {};
  attr.value_offset = i;
  if (i >= s.size() || s[i] != '=') return true;
  ++i;
  while (i < s.size() && is_space(s[i])) ++i;
  if (i < s.size() && (s[i] == '"' || s[i] == '\'')) {
    char quote = s[i++];
    std::size_t end = s.find(quote, i);
    if (end == std::string_view::npos) end = s.size();
    attr.value = s.substr(i, end - i);
    attr.value_offset = i;
    i = std::min(end + 1, s.size());
  } else {
    std::size_t start = i;
    while (i < s.size() && !is_space(s[i]) && s[i] != '>') ++i;
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
    while (i < content.size() && is_space(content[i])) ++i;
    if (i >= content.size() || content[i] != '=') continue;
    ++i;
    while (i < content.size() && (is_space(content[i]) || content[i] == '"' || content[i] == '\'')) ++i;
    std::size_t start = i;
    while (i < content.size() && !is_space(content[i]) && content[i] != ';' && content[i] != '"' && content[i] != '\'')
      ++i;
    if (i > start) return std::make_pair(content.substr(start, i - start), start);
  }
  return std::nullopt;
}

std::optional<Declared> xml_declaration_label(std::string_view head) {
  std::size_t i = 0;
  while (i < head.size() && is_space(head[i])) ++i;
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
        iequals_prefix(head, i, "<meta") && i + 5 < head.size() && (is_space(head[i + 5]) || head[i + 5] == '/');
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
      while (j < head.size() && !is_space(head[j]) && head[j] != '>') ++j;
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

// ---------------------------------------------------------------------------
// UTF-8 validation: the common case, so it must cost almost nothing.

struct Utf8Scan {
  std::size_t multibyte = 0;    // well-formed sequences of 2-4 bytes
  std::size_t invalid = 0;      // ill-formed subsequences (each one U+FFFD)
  bool truncated_tail = false;  // the last invalid one is a cut-off sequence at the end
  bool has_nul = false;
  bool complete = true;  // false: stopped early, the bytes are clearly not UTF-8
};

constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;
constexpr std::uint64_t kLowBits = 0x0101010101010101ULL;

// The sequence at s[i] of n bytes (text/utf8.h): its length, or 0 and the
// length of its maximal subpart in `maximal`.
inline std::size_t utf8_sequence(const unsigned char* s, std::size_t i, std::size_t n, std::size_t& maximal) {
  return well_formed_length(std::string_view(reinterpret_cast<const char*>(s), n), i, &maximal);
}

// Once invalid sequences outnumber valid ones by this many, the bytes are
// not UTF-8 by any rule below and the scan stops (`complete` is false).
constexpr std::size_t kClearlyNotUtf8 = 64;

// Four bytes as a little-endian number (one load on little-endian machines).
inline std::uint32_t load_le32(const unsigned char* p) {
  if constexpr (std::endian::native == std::endian::little) {
    std::uint32_t v;
    std::memcpy(&v, p, 4);
    return v;
  } else {
    return std::uint32_t{p[0]} | (std::uint32_t{p[1]} << 8) | (std::uint32_t{p[2]} << 16) | (std::uint32_t{p[3]} << 24);
  }
}

Utf8Scan scan_utf8(std::string_view bytes) {
  Utf8Scan scan;
  // Well-formed UTF-8 is checked 32 bytes at a time; the loop below only
  // counts what follows the first ill-formed sequence.
  const Utf8Prefix prefix = well_formed_prefix(bytes);
  scan.multibyte = prefix.multibyte;
  scan.has_nul = prefix.has_nul;
  const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
  const std::size_t n = bytes.size();
  std::size_t i = prefix.length;
  while (i < n) {
    unsigned char b = s[i];
    if (b < 0x80) {
      if (b == 0) scan.has_nul = true;
      ++i;
      // Eight ASCII bytes without NUL at a time.
      while (i + 8 <= n) {
        std::uint64_t v;
        std::memcpy(&v, s + i, 8);
        if ((v & kHighBits) || ((v - kLowBits) & ~v & kHighBits)) break;
        i += 8;
      }
      continue;
    }
    // Runs of three-byte sequences (CJK text), checked with one mask each;
    // E0 and ED have narrower second bytes and take the general path.
    if (b >= 0xE1) {
      std::size_t start = i;
      while (i + 4 <= n) {
        const std::uint32_t v = load_le32(s + i);
        const std::uint32_t lead = v & 0xFF;
        if ((v & 0x00C0C0F0u) != 0x008080E0u || lead == 0xE0 || lead == 0xED) break;
        i += 3;
      }
      if (i != start) {
        scan.multibyte += (i - start) / 3;
        continue;
      }
    }
    std::size_t maximal = 0;
    std::size_t len = utf8_sequence(s, i, n, maximal);
    if (len) {
      ++scan.multibyte;
      i += len;
    } else {
      ++scan.invalid;
      scan.truncated_tail = i + maximal == n && b >= 0xC2 && b <= 0xF4;
      i += maximal;
      if (scan.invalid >= scan.multibyte + kClearlyNotUtf8) {
        scan.complete = false;
        break;
      }
    }
  }
  return scan;
}

// ---------------------------------------------------------------------------
// UTF-16 without BOM

struct Utf16Guess {
  bool likely = false;
  Scheme scheme = Scheme::Utf16LE;
};

constexpr std::size_t kSniffBytes = 4096;
constexpr std::size_t kMinUtf16Units = 4;  // fewer is too little to tell

// Reads the first KBs as UTF-16 in both byte orders. UTF-16 text yields
// code units of text classes (ASCII, Latin-1, CJK, CJK and full-width
// punctuation) almost only, and many of them could not be two ASCII bytes
// (ASCII read as UTF-16 also looks like CJK, so such units prove nothing).
Utf16Guess guess_utf16(std::string_view bytes) {
  std::string_view sample = bytes.substr(0, kSniffBytes);
  const std::size_t units = sample.size() / 2;
  Utf16Guess guess;
  if (units < kMinUtf16Units) return guess;
  double best = 0;
  for (Scheme scheme : {Scheme::Utf16LE, Scheme::Utf16BE}) {
    std::size_t plausible = 0, evidence = 0;
    // The share needs 9 units in 10 plausible: once the implausible ones
    // pass a tenth, the answer is known (UTF-8 text gets there early).
    // Checked every eight units or every unit: either way the answer is
    // the same, as the count of implausible units only grows.
    const auto most_implausible = static_cast<std::size_t>(0.1 * static_cast<double>(units));
    std::size_t k = 0;
    while (k < units) {
      if (k - plausible > most_implausible) break;
      if (k + 8 <= units &&
          count_eight_utf16_units(sample.data() + 2 * k, scheme == Scheme::Utf16BE, plausible, evidence)) {
        k += 8;
        continue;
      }
      auto b0 = static_cast<unsigned char>(sample[2 * k]);
      auto b1 = static_cast<unsigned char>(sample[2 * k + 1]);
      auto u = static_cast<std::uint16_t>(scheme == Scheme::Utf16LE ? (b1 << 8) | b0 : (b0 << 8) | b1);
      ++k;
      if (u >= 0xD800 && u <= 0xDBFF && k < units) {  // a surrogate pair counts as two text units
        auto c0 = static_cast<unsigned char>(sample[2 * k]);
        auto c1 = static_cast<unsigned char>(sample[2 * k + 1]);
        auto low = static_cast<std::uint16_t>(scheme == Scheme::Utf16LE ? (c1 << 8) | c0 : (c0 << 8) | c1);
        if (low >= 0xDC00 && low <= 0xDFFF) {
          plausible += 2;
          evidence += 2;
          ++k;
          continue;
        }
      }
      if (!plausible_utf16_text_unit(u)) continue;
      ++plausible;
      if (!(ascii_text_byte(b0) && ascii_text_byte(b1))) ++evidence;
    }
    double share = static_cast<double>(plausible) / static_cast<double>(units);
    if (share >= 0.9 && static_cast<double>(evidence) >= 0.3 * static_cast<double>(units) && share > best) {
      best = share;
      guess = {true, scheme};
    }
  }
  return guess;
}

// ---------------------------------------------------------------------------
// Decoding with invalid-bytes bookkeeping

constexpr std::size_t kMaxInvalidDiagnostics = 20;

struct BadBytes {
  std::size_t byte_offset = 0;
  std::array<unsigned char, 4> bytes{};
  std::size_t count = 0;       // number of bytes shown
  std::size_t out_offset = 0;  // where U+FFFD lands in the UTF-8 output
};

struct Sink {
  std::string text;
  // TextCopy::UnlessSame: input that decodes to itself is not copied into
  // `text` but viewed here.
  bool may_borrow = false;
  std::optional<std::string_view> borrowed;
  std::vector<BadBytes> bad;  // the first kMaxInvalidDiagnostics + 1
  std::size_t bad_total = 0;
  std::size_t nuls_dropped = 0;
  std::size_t first_nul_out = 0;  // where the first dropped NUL would have been

  void nul(std::size_t out_offset) {
    if (nuls_dropped++ == 0) first_nul_out = out_offset;
  }

  // Records bad bytes whose U+FFFD lands at text offset `out_offset`.
  void note_invalid(std::string_view input, std::size_t offset, std::size_t length, std::size_t out_offset) {
    if (bad.size() <= kMaxInvalidDiagnostics) {
      BadBytes b;
      b.byte_offset = offset;
      b.count = std::min<std::size_t>({length, 4, input.size() - std::min(offset, input.size())});
      for (std::size_t k = 0; k < b.count; ++k) b.bytes[k] = static_cast<unsigned char>(input[offset + k]);
      b.out_offset = out_offset;
      bad.push_back(b);
    }
    ++bad_total;
  }
  // Records bad bytes and appends U+FFFD to the text.
  void invalid(std::string_view input, std::size_t offset, std::size_t length) {
    note_invalid(input, offset, length, text.size());
    text += "\xEF\xBF\xBD";
  }
};

// The hand decoders write through a cursor into text grown beforehand to
// the worst case, then cut it to size: far faster than appending bytes.
inline char* put_utf8(char* p, char32_t c) {
  if (c < 0x80) {
    *p++ = static_cast<char>(c);
  } else if (c < 0x800) {
    *p++ = static_cast<char>(0xC0 | (c >> 6));
    *p++ = static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    *p++ = static_cast<char>(0xE0 | (c >> 12));
    *p++ = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    *p++ = static_cast<char>(0x80 | (c & 0x3F));
  } else {
    *p++ = static_cast<char>(0xF0 | (c >> 18));
    *p++ = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    *p++ = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    *p++ = static_cast<char>(0x80 | (c & 0x3F));
  }
  return p;
}

// Grows sink.text by `more` bytes and returns a cursor at the old end.
char* grow(Sink& sink, std::size_t used, std::size_t more) {
  sink.text.resize(used + more);
  return sink.text.data() + used;
}

// Appends UTF-8 bytes[begin, end), replacing ill-formed subsequences.
void decode_utf8(std::string_view input, std::size_t begin, const Utf8Scan& scan, Sink& sink) {
  std::string_view body = input.substr(begin);
  if (scan.invalid == 0 && !scan.has_nul) {
    if (sink.may_borrow) {
      sink.borrowed = body;
    } else {
      sink.text.assign(body);
    }
    return;
  }
  sink.text.reserve(body.size());
  const auto* s = reinterpret_cast<const unsigned char*>(input.data());
  const std::size_t n = input.size();
  std::size_t i = begin;
  std::size_t run = i;  // start of bytes to copy verbatim
  while (i < n) {
    unsigned char b = s[i];
    if (b == 0) {
      sink.text.append(input, run, i - run);
      sink.nul(sink.text.size());
      run = ++i;
      continue;
    }
    if (b < 0x80) {
      ++i;
      continue;
    }
    if (b >= 0xE1 && b <= 0xEC && i + 2 < n && (s[i + 1] & 0xC0) == 0x80 && (s[i + 2] & 0xC0) == 0x80) {
      i += 3;
      continue;
    }
    std::size_t maximal = 0;
    std::size_t len = utf8_sequence(s, i, n, maximal);
    if (len) {
      i += len;
      continue;
    }
    sink.text.append(input, run, i - run);
    sink.invalid(input, i, maximal);
    i += maximal;
    run = i;
  }
  sink.text.append(input, run, n - run);
}

void decode_utf16(std::string_view input, std::size_t begin, bool big_endian, Sink& sink) {
  const std::size_t n = input.size();
  char* const base = grow(sink, 0, (n - begin) / 2 * 3 + 3);
  char* p = base;
  auto unit_at = [&](std::size_t i) {
    auto b0 = static_cast<unsigned char>(input[i]);
    auto b1 = static_cast<unsigned char>(input[i + 1]);
    return static_cast<char32_t>(big_endian ? (b0 << 8) | b1 : (b1 << 8) | b0);
  };
  auto bad = [&](std::size_t at, std::size_t length) {
    sink.note_invalid(input, at, length, static_cast<std::size_t>(p - base));
    p = put_utf8(p, 0xFFFD);
  };
  std::size_t i = begin;
  while (i + 1 < n) {
    char32_t u = unit_at(i);
    if (u >= 0xD800 && u <= 0xDFFF) {
      char32_t low = u <= 0xDBFF && i + 3 < n ? unit_at(i + 2) : 0;
      if (low >= 0xDC00 && low <= 0xDFFF) {
        p = put_utf8(p, 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00));
        i += 4;
      } else {
        bad(i, 2);
        i += 2;
      }
      continue;
    }
    if (u == 0) {
      sink.nul(static_cast<std::size_t>(p - base));
    } else {
      p = put_utf8(p, u);
    }
    i += 2;
  }
  if (i < n) bad(i, 1);  // odd byte at the end
  sink.text.resize(static_cast<std::size_t>(p - base));
}

void decode_utf32(std::string_view input, std::size_t begin, bool big_endian, Sink& sink) {
  const std::size_t n = input.size();
  char* const base = grow(sink, 0, n - begin + 3);
  char* p = base;
  std::size_t i = begin;
  auto bad = [&](std::size_t at, std::size_t length) {
    sink.note_invalid(input, at, length, static_cast<std::size_t>(p - base));
    p = put_utf8(p, 0xFFFD);
  };
  for (; i + 3 < n; i += 4) {
    const auto* b = reinterpret_cast<const unsigned char*>(input.data() + i);
    char32_t c = big_endian ? (char32_t{b[0]} << 24) | (char32_t{b[1]} << 16) | (char32_t{b[2]} << 8) | b[3]
                            : (char32_t{b[3]} << 24) | (char32_t{b[2]} << 16) | (char32_t{b[1]} << 8) | b[0];
    if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
      bad(i, 4);
    } else if (c == 0) {
      sink.nul(static_cast<std::size_t>(p - base));
    } else {
      p = put_utf8(p, c);
    }
  }
  if (i < n) bad(i, n - i);
  sink.text.resize(static_cast<std::size_t>(p - base));
}

// The ICU callback sees where the converter is; this is what it needs to
// turn that into a byte offset and an output position.
struct IcuProgress {
  std::string_view input;
  const UChar* buffer = nullptr;  // start of the UTF-16 buffer being filled
  std::size_t units_before = 0;   // UTF-16 units emitted before `buffer`
  struct Pending {
    std::size_t unit;  // index of the U+FFFD in the UTF-16 stream
    std::size_t offset;
    std::size_t length;
  };
  std::vector<Pending> pending;  // the first kMaxInvalidDiagnostics + 1
  std::size_t total = 0;
};

void record_bad_bytes(const void* context, UConverterToUnicodeArgs* args, const char*, int32_t length,
                      UConverterCallbackReason reason, UErrorCode* status) {
  if (reason > UCNV_IRREGULAR) return;  // reset, close, clone
  auto* progress = static_cast<IcuProgress*>(const_cast<void*>(context));
  std::size_t consumed = static_cast<std::size_t>(args->source - progress->input.data());
  std::size_t len = static_cast<std::size_t>(std::max<int32_t>(length, 1));
  if (progress->pending.size() <= kMaxInvalidDiagnostics) {
    std::size_t unit = progress->units_before + static_cast<std::size_t>(args->target - progress->buffer);
    progress->pending.push_back({unit, consumed - std::min(consumed, len), len});
  }
  ++progress->total;
  // Always U+FFFD: some single-byte converters would substitute U+001A.
  *status = U_ZERO_ERROR;
  static const UChar replacement = 0xFFFD;
  ucnv_cbToUWriteUChars(args, &replacement, 1, 0, status);
}

bool decode_icu(std::string_view input, std::size_t begin, const std::string& converter_name, Sink& sink) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(ucnv_open(converter_name.c_str(), &status), ucnv_close);
  if (U_FAILURE(status) || !converter) return false;
  IcuProgress progress;
  progress.input = input;
  status = U_ZERO_ERROR;
  ucnv_setToUCallBack(converter.get(), record_bad_bytes, &progress, nullptr, nullptr, &status);
  if (U_FAILURE(status)) return false;

  // Double-byte encodings grow by half in UTF-8; reserve that much (plus
  // one buffer's worst case) so the text is allocated once.
  std::vector<UChar> buffer(64 * 1024);
  sink.text.reserve(input.size() - begin + (input.size() - begin) / 2 + buffer.size() * 3 + 8);
  const char* source = input.data() + begin;
  const char* source_end = input.data() + input.size();
  std::size_t next_pending = 0;
  std::size_t used = 0;
  char32_t high = 0;  // a high surrogate waiting for its pair across buffers
  for (;;) {
    UChar* target = buffer.data();
    progress.buffer = buffer.data();
    status = U_ZERO_ERROR;
    ucnv_toUnicode(converter.get(), &target, buffer.data() + buffer.size(), &source, source_end, nullptr, true,
                   &status);
    if (U_FAILURE(status) && status != U_BUFFER_OVERFLOW_ERROR) return false;
    const std::size_t produced = static_cast<std::size_t>(target - buffer.data());
    grow(sink, used, produced * 3 + 3);
    char* const base = sink.text.data();
    char* p = base + used;
    // Index of the next U+FFFD the callback wrote, or past this buffer.
    std::size_t stop =
        next_pending < progress.pending.size() ? progress.pending[next_pending].unit - progress.units_before : produced;
    for (std::size_t k = 0; k < produced; ++k) {
      char32_t u = buffer[k];
      if (k == stop) {
        const auto& bad = progress.pending[next_pending++];
        sink.note_invalid(input, bad.offset, bad.length, static_cast<std::size_t>(p - base));
        p = put_utf8(p, 0xFFFD);
        stop = next_pending < progress.pending.size() ? progress.pending[next_pending].unit - progress.units_before
                                                      : produced;
        continue;
      }
      if (u < 0xD800 || u > 0xDFFF) {
        if (high) {  // unpaired high surrogate
          p = put_utf8(p, 0xFFFD);
          high = 0;
        }
        if (u == 0) {
          sink.nul(static_cast<std::size_t>(p - base));
        } else {
          p = put_utf8(p, u);
        }
      } else if (u <= 0xDBFF) {
        if (high) p = put_utf8(p, 0xFFFD);
        high = u;
      } else if (high) {
        p = put_utf8(p, 0x10000 + ((high - 0xD800) << 10) + (u - 0xDC00));
        high = 0;
      } else {
        p = put_utf8(p, 0xFFFD);
      }
    }
    used = static_cast<std::size_t>(p - base);
    sink.text.resize(used);
    progress.units_before += produced;
    if (status != U_BUFFER_OVERFLOW_ERROR) break;
  }
  if (high) sink.text += "\xEF\xBF\xBD";
  // The callback counted every bad sequence; those past the cap were not
  // written through sink.invalid, so add them to the total here.
  sink.bad_total += progress.total - std::min(progress.total, next_pending);
  return true;
}

// ---------------------------------------------------------------------------
// GB18030 pages without ICU's per-character cost

// GB18030 pages are ASCII and two-byte characters, almost always. Those are
// decoded here through a table of every two-byte code (lead 81..FE, trail
// 40..7E or 80..FE), filled once from ICU's own GB18030 converter, so the
// text is what ICU gives; a page with anything else (a four-byte sequence,
// a stray byte, a code ICU would not map, a NUL) goes to ICU whole.
struct GbTable {
  // By lead byte 80..FF and any trail byte: the character's UTF-8 bytes,
  // first byte lowest, and their count in the top byte (2 or 3: the codes
  // are BMP characters from U+0080 on); 0 where no two-byte code is
  // decoded here (lead 80 or FF, trail outside 40..7E and 80..FE).
  std::array<std::uint32_t, 0x80 * 0x100> utf8{};

  static std::size_t index(unsigned char lead, unsigned char trail) {
    return static_cast<std::size_t>(lead - 0x80) << 8 | trail;
  }
};

// Converts every two-byte code at once; a code is kept when ICU made exactly
// one BMP character of it, starting at its lead byte and taking its trail.
std::unique_ptr<GbTable> make_gb_table() {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(ucnv_open("GB18030", &status), ucnv_close);
  if (U_FAILURE(status) || !converter) return nullptr;
  // ASCII is copied as it is: make sure ICU reads it so.
  std::array<char, 0x7F> ascii{};
  std::array<UChar, 0x7F * 2> ascii_units{};
  for (std::size_t k = 0; k < ascii.size(); ++k) ascii[k] = static_cast<char>(k + 1);
  const int32_t ascii_length = ucnv_toUChars(converter.get(), ascii_units.data(), static_cast<int32_t>(ascii_units.size()),
                                             ascii.data(), static_cast<int32_t>(ascii.size()), &status);
  if (U_FAILURE(status) || ascii_length != static_cast<int32_t>(ascii.size())) return nullptr;
  for (std::size_t k = 0; k < ascii.size(); ++k)
    if (ascii_units[k] != k + 1) return nullptr;
  ucnv_reset(converter.get());
  std::string codes;
  for (unsigned lead = 0x81; lead <= 0xFE; ++lead) {
    for (unsigned trail = 0x40; trail <= 0xFE; ++trail) {
      codes += static_cast<char>(lead);
      codes += static_cast<char>(trail == 0x7F ? 0x40 : trail);  // 7F is no trail: a placeholder, never used
    }
  }
  std::vector<UChar> units(codes.size() * 2);
  std::vector<int32_t> offsets(units.size());
  UChar* target = units.data();
  const char* source = codes.data();
  ucnv_toUnicode(converter.get(), &target, units.data() + units.size(), &source, codes.data() + codes.size(),
                 offsets.data(), true, &status);
  if (U_FAILURE(status) || source != codes.data() + codes.size()) return nullptr;
  const auto produced = static_cast<std::size_t>(target - units.data());
  std::vector<unsigned char> made(codes.size(), 0);  // units made from each source byte
  std::vector<char16_t> first(codes.size(), 0);
  for (std::size_t k = 0; k < produced; ++k) {
    const auto at = static_cast<std::size_t>(offsets[k]);
    if (at >= codes.size()) return nullptr;
    if (made[at]++ == 0) first[at] = units[k];
  }
  auto table = std::make_unique<GbTable>();
  for (std::size_t at = 0; at < codes.size(); at += 2) {
    const auto lead = static_cast<unsigned char>(codes[at]);
    const auto trail = static_cast<unsigned char>(0x40 + (at / 2) % (0xFF - 0x40));
    const char16_t u = first[at];
    const bool one_character = made[at] == 1 && made[at + 1] == 0;
    if (trail != 0x7F && one_character && u >= 0x80 && u != 0xFFFD && (u < 0xD800 || u > 0xDFFF)) {
      char bytes[4] = {};
      const auto length = static_cast<std::uint32_t>(put_utf8(bytes, u) - bytes);
      table->utf8[GbTable::index(lead, trail)] = std::uint32_t{static_cast<unsigned char>(bytes[0])} |
                                                 std::uint32_t{static_cast<unsigned char>(bytes[1])} << 8 |
                                                 std::uint32_t{static_cast<unsigned char>(bytes[2])} << 16 |
                                                 length << 24;
    }
  }
  return table;
}

const GbTable* gb_table() {
  static const std::unique_ptr<GbTable> table = make_gb_table();
  return table.get();
}

// Decodes bytes[begin, end) as GB18030 through the table; false (sink
// untouched) when the page holds anything the table does not decode.
bool decode_gb18030_two_byte(std::string_view input, std::size_t begin, Sink& sink) {
  const GbTable* table = gb_table();
  if (!table) return false;
  const auto* s = reinterpret_cast<const unsigned char*>(input.data());
  const std::size_t n = input.size();
  std::string text;
  text.resize((n - begin) / 2 * 3 + (n - begin) % 2 + 8);  // two bytes give at most three, plus a spare
  char* const base = text.data();
  char* p = base;
  std::size_t i = begin;
  while (i < n) {
    const unsigned char b = s[i];
    if (b < 0x80) {
      if (b == 0) return false;  // ICU's path drops NULs and notes them
      *p++ = static_cast<char>(b);
      ++i;
      while (i + 8 <= n) {  // eight ASCII bytes without NUL at a time
        std::uint64_t v;
        std::memcpy(&v, s + i, 8);
        if ((v & kHighBits) || ((v - kLowBits) & ~v & kHighBits)) break;
        std::memcpy(p, &v, 8);
        p += 8;
        i += 8;
      }
      continue;
    }
    if (i + 1 >= n) return false;
    const std::uint32_t utf8 = table->utf8[GbTable::index(b, s[i + 1])];
    if (utf8 == 0) return false;
    p[0] = static_cast<char>(utf8 & 0xFF);  // a two-byte character writes a spare third byte
    p[1] = static_cast<char>((utf8 >> 8) & 0xFF);
    p[2] = static_cast<char>((utf8 >> 16) & 0xFF);
    p += utf8 >> 24;
    i += 2;
  }
  text.resize(static_cast<std::size_t>(p - base));
  sink.text = std::move(text);
  return true;
}

// ---------------------------------------------------------------------------
// Charset detection (ICU's ucsdet), restricted to what the archives hold

// ucsdet costs about 0.5 ms per KB here, and 8 KB of CJK text is plenty.
constexpr std::size_t kDetectBytes = 8 * 1024;

struct DetectorMatch {
  std::string name;
  int confidence;
};

bool is_chinese(std::string_view name) { return name == "GB18030" || name == "Big5"; }
bool is_other_cjk(std::string_view name) {
  return name == "EUC-JP" || name == "EUC-KR" || name == "Shift_JIS" || starts_with(name, "ISO-2022");
}

// Of ICU's ranked guesses, keeps the encodings notices come in. When a CJK
// encoding leads, the answer is GB18030 or Big5 (whichever ICU rates
// higher, GB18030 on a tie): Japanese and Korean guesses on Chinese bytes
// are ICU being unsure, not a Japanese notice.
Encoding choose_detected(const std::vector<DetectorMatch>& matches) {
  const DetectorMatch* gb = nullptr;
  const DetectorMatch* big5 = nullptr;
  const DetectorMatch* other = nullptr;
  for (const DetectorMatch& m : matches) {
    if (m.name == "GB18030" && !gb) gb = &m;
    if (m.name == "Big5" && !big5) big5 = &m;
    bool unicode =
        m.name == "UTF-8" || ((starts_with(m.name, "UTF-16") || starts_with(m.name, "UTF-32")) && m.confidence >= 60);
    if (!other && (unicode || m.name == "ISO-8859-1" || m.name == "windows-1252")) other = &m;
  }
  auto chinese = [&]() -> Encoding {
    if (big5 && (!gb || big5->confidence > gb->confidence)) return encoding_of(Family::Big5);
    return gb18030_encoding();
  };
  if (matches.empty()) return gb18030_encoding();
  const std::string& top = matches.front().name;
  if (is_chinese(top) || is_other_cjk(top) || !other) return chinese();
  if (other->name == "UTF-8") return utf8_encoding();
  if (other->name == "UTF-16LE") return encoding_of(Family::Utf16LE);
  if (other->name == "UTF-16BE") return encoding_of(Family::Utf16BE);
  if (other->name == "UTF-32LE") return encoding_of(Family::Utf32LE);
  if (other->name == "UTF-32BE") return encoding_of(Family::Utf32BE);
  return encoding_of(Family::Windows1252);
}

bool starts_as_markup(std::string_view bytes) {
  std::size_t i = 0;
  while (i < bytes.size() && i < 1024 && is_space(bytes[i])) ++i;
  return i < bytes.size() && bytes[i] == '<';
}

Encoding detect(std::string_view bytes) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> detector(ucsdet_open(&status), ucsdet_close);
  if (U_FAILURE(status)) return gb18030_encoding();
  // Start at the first non-ASCII byte: the head of a page is ASCII and tells
  // the detector nothing, and an ASCII byte before it means no character is cut.
  std::size_t start = 0;
  while (start < bytes.size() && static_cast<unsigned char>(bytes[start]) < 0x80) ++start;
  if (start == bytes.size()) start = 0;
  std::string_view sample = bytes.substr(start, kDetectBytes);
  ucsdet_setText(detector.get(), sample.data(), static_cast<int32_t>(sample.size()), &status);
  ucsdet_enableInputFilter(detector.get(), starts_as_markup(bytes));  // ignore tags
  int32_t count = 0;
  const UCharsetMatch** found = ucsdet_detectAll(detector.get(), &count, &status);
  std::vector<DetectorMatch> matches;
  for (int32_t k = 0; U_SUCCESS(status) && k < count; ++k) {
    const char* name = ucsdet_getName(found[k], &status);
    int confidence = ucsdet_getConfidence(found[k], &status);
    if (U_SUCCESS(status) && name) matches.push_back({name, confidence});
  }
  return choose_detected(matches);
}

// ---------------------------------------------------------------------------
// Putting it together

void run_decoder(std::string_view bytes, std::size_t begin, const Encoding& encoding, const Utf8Scan* scan,
                 Sink& sink) {
  switch (encoding.scheme) {
    case Scheme::Utf8:
      if (scan && begin == 0) {
        decode_utf8(bytes, begin, *scan, sink);
      } else {
        Utf8Scan rescan = scan_utf8(bytes.substr(begin));
        decode_utf8(bytes, begin, rescan, sink);
      }
      return;
    case Scheme::Utf16LE:
      decode_utf16(bytes, begin, false, sink);
      return;
    case Scheme::Utf16BE:
      decode_utf16(bytes, begin, true, sink);
      return;
    case Scheme::Utf32LE:
      decode_utf32(bytes, begin, false, sink);
      return;
    case Scheme::Utf32BE:
      decode_utf32(bytes, begin, true, sink);
      return;
    case Scheme::Icu:
      if (encoding.icu == "GB18030" && decode_gb18030_two_byte(bytes, begin, sink)) return;
      if (!decode_icu(bytes, begin, encoding.icu, sink)) {
        // The converter would not open or failed outright: read as UTF-8
        // so the readable part survives.
        sink = Sink{};
        Utf8Scan rescan = scan_utf8(bytes.substr(begin));
        decode_utf8(bytes, begin, rescan, sink);
      }
      return;
  }
}

// Walks the decoded text to give 1-based line and column (in code points)
// of byte offsets, which must come in ascending order.
struct TextCursor {
  std::string_view text;
  std::size_t i = 0;
  int line = 1;
  int column = 1;

  void advance_to(std::size_t offset) {
    for (; i < offset && i < text.size(); ++i) {
      char c = text[i];
      if (c == '\n' || (c == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) {
        ++line;
        column = 1;
      } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80 && c != '\r') {
        ++column;
      }
    }
  }
};

// The invalid-bytes diagnostics (first kMaxInvalidDiagnostics, then one
// summary) and a note on dropped NULs, placed in one pass over the text.
void attach_positions(const Sink& sink, const std::string& iana, std::vector<Diagnostic>& out) {
  TextCursor cursor{sink.text};
  for (std::size_t k = 0; k < sink.bad.size(); ++k) {
    const BadBytes& b = sink.bad[k];
    cursor.advance_to(b.out_offset);
    Diagnostic d;
    d.severity = Severity::Warning;
    d.code = "invalid-bytes";
    d.line = cursor.line;
    d.column = cursor.column;
    if (k == kMaxInvalidDiagnostics) {
      d.message = fmt::format(
          "{} more byte sequences from byte offset {} on cannot be decoded as {}; each was "
          "replaced by U+FFFD",
          sink.bad_total - kMaxInvalidDiagnostics, b.byte_offset, iana);
    } else {
      std::string hex;
      for (std::size_t j = 0; j < b.count; ++j) hex += fmt::format("{}0x{:02X}", j ? " " : "", b.bytes[j]);
      d.message = fmt::format("byte{} {} at byte offset {} cannot be decoded as {}; replaced by U+FFFD",
                              b.count == 1 ? "" : "s", hex, b.byte_offset, iana);
    }
    out.push_back(std::move(d));
  }
  if (sink.nuls_dropped) {
    TextCursor at_nul{sink.text};
    at_nul.advance_to(sink.first_nul_out);
    Diagnostic d;
    d.severity = Severity::Note;
    d.code = "nul-dropped";
    d.line = at_nul.line;
    d.column = at_nul.column;
    d.message = sink.nuls_dropped == 1
                    ? std::string("a NUL character was dropped from the text here")
                    : fmt::format("{} NUL characters were dropped from the text, the first here", sink.nuls_dropped);
    out.push_back(std::move(d));
  }
}

Diagnostic label_note(std::string code, std::string message, std::string_view bytes, std::optional<std::size_t> at) {
  Diagnostic d;
  d.severity = Severity::Note;
  d.code = std::move(code);
  d.message = std::move(message);
  d.line = 1;
  d.column = 1;
  if (at) {  // the head of a page is ASCII: count lines and bytes
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < *at && i < bytes.size(); ++i) {
      if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.size() || bytes[i + 1] != '\n'))) {
        ++d.line;
        line_start = i + 1;
      }
    }
    d.column = static_cast<int>(*at - line_start) + 1;
  }
  return d;
}

bool plausibly_utf8(const Utf8Scan& scan) {
  std::size_t invalid = scan.invalid - (scan.truncated_tail ? 1 : 0);
  return invalid == 0 || scan.multibyte >= 4 * invalid;
}

// GB and Big5 both pair a lead byte 0x81-0xFE with a trail byte, but the
// trail of a GB2312 character is always 0xA1-0xFE, while about 40 % of Big5
// characters have a trail of 0x40-0x7E. The share of such trails among
// double-byte pairs (in the first 64 KB) tells the two apart; nullopt when
// there are too few pairs to say.
constexpr double kBig5LowTrailShare = 0.25;  // above: Big5, not GB
constexpr double kGbLowTrailShare = 0.05;    // below: GB, not Big5
constexpr std::size_t kMinPairs = 20;

std::optional<double> low_trail_share(std::string_view bytes) {
  std::string_view sample = bytes.substr(0, 64 * 1024);
  std::size_t pairs = 0, low = 0;
  for (std::size_t i = 0; i + 1 < sample.size();) {
    auto lead = static_cast<unsigned char>(sample[i]);
    if (lead < 0x81 || lead == 0xFF) {
      ++i;
      while (i + 8 <= sample.size()) {  // eight ASCII bytes at a time
        std::uint64_t v;
        std::memcpy(&v, sample.data() + i, 8);
        if (v & kHighBits) break;
        i += 8;
      }
      continue;
    }
    auto trail = static_cast<unsigned char>(sample[i + 1]);
    if (trail >= 0x30 && trail <= 0x39) {  // GB18030 four-byte sequence
      i += 4;
      continue;
    }
    ++pairs;
    low += trail >= 0x40 && trail <= 0x7E;
    i += 2;
  }
  if (pairs < kMinPairs) return std::nullopt;
  return static_cast<double>(low) / static_cast<double>(pairs);
}

// Latin-1 text has lone accented letters between ASCII ones; CJK text in a
// double-byte encoding has runs of high bytes. True when at least 20 high
// bytes in the first 64 KB and 80 % of them sit next to another one.
bool cjk_shaped(std::string_view bytes) {
  std::string_view sample = bytes.substr(0, 64 * 1024);
  auto high = [&](std::size_t i) { return static_cast<unsigned char>(sample[i]) >= 0x80; };
  std::size_t total = 0, paired = 0;
  for (std::size_t i = 0; i < sample.size(); ++i) {
    if (!high(i)) continue;
    ++total;
    paired += (i > 0 && high(i - 1)) || (i + 1 < sample.size() && high(i + 1));
  }
  return total >= 20 && paired * 5 >= total * 4;
}

std::size_t count_non_ascii(std::string_view bytes) {
  std::size_t n = 0, i = 0;
  for (; i + 8 <= bytes.size(); i += 8) {  // eight bytes at a time: the multiply adds their high bits
    std::uint64_t v;
    std::memcpy(&v, bytes.data() + i, 8);
    n += static_cast<std::size_t>((((v & kHighBits) >> 7) * kLowBits) >> 56);
  }
  for (; i < bytes.size(); ++i) n += static_cast<unsigned char>(bytes[i]) >= 0x80;
  return n;
}

}  // namespace

Decoded decode_to_utf8(std::string_view bytes, std::string_view override_label, TextCopy copy) {
  Decoded result;
  std::vector<Diagnostic> notes;
  const std::optional<Bom> bom = find_bom(bytes);
  auto new_sink = [&] {
    Sink sink;
    sink.may_borrow = copy == TextCopy::UnlessSame;
    return sink;
  };
  auto take_text = [&](Sink& sink) {
    result.text = std::move(sink.text);
    result.borrowed = sink.borrowed;
  };
  auto finish = [&](const Encoding& encoding, std::size_t begin, const Utf8Scan* scan) {
    Sink sink = new_sink();
    run_decoder(bytes, begin, encoding, scan, sink);
    result.encoding = encoding.iana;
    result.diagnostics = std::move(notes);
    attach_positions(sink, encoding.iana, result.diagnostics);
    take_text(sink);
    return std::move(result);
  };

  // 1. The caller's label wins, BOM or not; a BOM of the same encoding is skipped.
  if (!override_label.empty()) {
    if (auto resolved = resolve_label(override_label)) {
      Encoding enc = resolved->encoding;
      // "utf-16" and "utf-32" take their byte order from a BOM, else LE.
      if (resolved->family == Family::Utf16 && bom && bom->scheme == Scheme::Utf16BE)
        enc = encoding_of(Family::Utf16BE);
      if (resolved->family == Family::Utf32 && bom && bom->scheme == Scheme::Utf32BE)
        enc = encoding_of(Family::Utf32BE);
      std::size_t begin = bom && bom->scheme == enc.scheme && enc.scheme != Scheme::Icu ? bom->length : 0;
      return finish(enc, begin, nullptr);
    }
    notes.push_back(
        label_note("unknown-encoding",
                   fmt::format("encoding label \"{}\" is not known; the encoding was detected instead", override_label),
                   bytes, std::nullopt));
  }

  // 2. A byte order mark.
  if (bom) return finish(Encoding{bom->scheme, "", std::string(bom->iana)}, bom->length, nullptr);

  const Utf8Scan scan = scan_utf8(bytes);

  // 3. A charset declared in the markup, unless the bytes contradict it.
  if (auto declared = prescan_label(bytes)) {
    auto resolved = resolve_label(declared->label);
    if (!resolved) {
      notes.push_back(label_note("unknown-encoding",
                                 fmt::format("declared charset \"{}\" is not known; the encoding was detected "
                                             "instead",
                                             declared->label),
                                 bytes, declared->offset));
    } else {
      Encoding enc = resolved->encoding;
      // A label read through ASCII cannot be UTF-16 or UTF-32 (HTML's rule).
      if (resolved->family && (is_utf16_family(*resolved->family) || is_utf32_family(*resolved->family)))
        enc = utf8_encoding();
      auto mismatch = [&](std::string_view used) {
        notes.push_back(label_note(
            "encoding-mismatch",
            fmt::format("declared charset \"{}\" does not fit the bytes; decoded as {}", declared->label, used), bytes,
            declared->offset));
      };
      if (enc.scheme == Scheme::Utf8) {
        if (scan.invalid <= scan.multibyte) return finish(enc, 0, &scan);
        Encoding detected = detect(bytes);
        mismatch(detected.iana);
        return finish(detected, 0, nullptr);
      }
      if (plausibly_utf8(scan) && scan.multibyte > 0) {  // a cut-off UTF-8 page is still UTF-8
        mismatch("UTF-8");
        return finish(utf8_encoding(), 0, &scan);
      }
      // A legacy label is suspect when decoding by it leaves many bytes
      // undecodable, or when a GB label sits on Big5-shaped bytes or the
      // reverse; then the detector's answer wins if it decodes as cleanly.
      Sink sink = new_sink();
      run_decoder(bytes, 0, enc, nullptr, sink);
      // At least 3 bad sequences are tolerated: below that, no need to count.
      const bool many_bad =
          sink.bad_total > 3 && sink.bad_total > std::max<std::size_t>(3, count_non_ascii(bytes) / 100);
      const bool chinese = resolved->family == Family::Gb18030 || resolved->family == Family::Big5;
      const std::optional<double> low_trails = chinese ? low_trail_share(bytes) : std::nullopt;
      const bool suspect = many_bad || (resolved->family == Family::Windows1252 && cjk_shaped(bytes)) ||
                           (low_trails && resolved->family == Family::Gb18030 && *low_trails > kBig5LowTrailShare) ||
                           (low_trails && resolved->family == Family::Big5 && *low_trails < kGbLowTrailShare);
      if (suspect) {
        Encoding detected = detect(bytes);
        if (detected.iana != enc.iana) {
          Sink other = new_sink();
          run_decoder(bytes, 0, detected, &scan, other);
          if (other.bad_total <= sink.bad_total) {
            mismatch(detected.iana);
            result.encoding = detected.iana;
            result.diagnostics = std::move(notes);
            attach_positions(other, detected.iana, result.diagnostics);
            take_text(other);
            return result;
          }
        }
      }
      result.encoding = enc.iana;
      result.diagnostics = std::move(notes);
      attach_positions(sink, enc.iana, result.diagnostics);
      take_text(sink);
      return result;
    }
  }

  // 4. UTF-16 without a BOM (before the UTF-8 test: Latin UTF-16 is ASCII
  // and NUL bytes, which is valid UTF-8).
  if (Utf16Guess guess = guess_utf16(bytes); guess.likely)
    return finish(Encoding{guess.scheme, "", guess.scheme == Scheme::Utf16LE ? "UTF-16LE" : "UTF-16BE"}, 0, nullptr);

  // 5. Valid UTF-8 is UTF-8 (a cut-off last character or a rare bad byte does
  // not change that), 6. otherwise ask the detector.
  if (plausibly_utf8(scan)) return finish(utf8_encoding(), 0, &scan);
  return finish(detect(bytes), 0, &scan);
}

std::string_view bomless_utf16(std::string_view bytes) {
  const Utf16Guess guess = guess_utf16(bytes);
  if (!guess.likely) return {};
  return guess.scheme == Scheme::Utf16LE ? "UTF-16LE" : "UTF-16BE";
}

// ---------------------------------------------------------------------------
// Binary sniffing

namespace {

struct Magic {
  std::size_t offset;
  std::string_view bytes;
  std::string_view what;
  std::string_view prefix = {};  // required at offset 0 when the magic sits further in
};

constexpr Magic kMagics[] = {
    {0, std::string_view("\x89PNG\r\n\x1A\n", 8), "a PNG image"},
    {0, std::string_view("\xFF\xD8\xFF", 3), "a JPEG image"},
    {0, "GIF87a", "a GIF image"},
    {0, "GIF89a", "a GIF image"},
    {8, "WEBP", "a WebP image", "RIFF"},
    {0, std::string_view("II*\0", 4), "a TIFF image"},
    {0, std::string_view("MM\0*", 4), "a TIFF image"},
    {0, "%PDF-", "a PDF document"},
    {0, std::string_view("PK\x03\x04", 4), "a ZIP archive (or a .docx/.xlsx document)"},
    {0, std::string_view("PK\x05\x06", 4), "a ZIP archive (or a .docx/.xlsx document)"},
    {0, std::string_view("\x1F\x8B", 2), "a gzip archive"},
    {4, std::string_view("\x31\x41\x59\x26\x53\x59", 6), "a bzip2 archive", "BZh"},
    {0, std::string_view("7z\xBC\xAF\x27\x1C", 6), "a 7z archive"},
    {0,
     std::string_view("\xFD"
                      "7zXZ\0",
                      6),
     "an xz archive"},
    {0, std::string_view("\x28\xB5\x2F\xFD", 4), "a Zstandard archive"},
    {0, std::string_view("Rar!\x1A\x07", 6), "a RAR archive"},
    {0,
     std::string_view("\x7F"
                      "ELF",
                      4),
     "an ELF executable"},
    {0, std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8),
     "a Microsoft Office document (OLE2: .doc, .xls, .ppt)"},
    {0, std::string_view("SQLite format 3\0", 16), "an SQLite database"},
    {0, "OggS", "an Ogg media file"},
    {4, "ftyp", "an MP4 or QuickTime media file"},
    {0, "wOFF", "a WOFF font"},
    {0, "wOF2", "a WOFF2 font"},
};

}  // namespace

// Well-formed multi-byte UTF-8 characters that make a sample text however
// many NUL or control bytes it holds.
constexpr std::size_t kTextInBinaryMultibyte = 32;

std::optional<std::string> sniff_binary(std::string_view bytes) {
  for (const Magic& magic : kMagics) {
    if (bytes.size() >= magic.offset + magic.bytes.size() &&
        bytes.compare(magic.offset, magic.bytes.size(), magic.bytes) == 0 && starts_with(bytes, magic.prefix))
      return std::string(magic.what);
  }
  if (find_bom(bytes)) return std::nullopt;
  std::string_view sample = bytes.substr(0, kSniffBytes);
  const auto [nuls, controls] = count_control_bytes(sample);
  // A stray NUL or control character is damage to a text, not a binary:
  // more than 1 % NUL bytes, or more than 5 % other C0 controls, is.
  const std::size_t n = sample.size();
  if ((nuls >= 8 && nuls * 100 > n) || (controls >= 8 && controls * 20 > n)) {
    // UTF-16 text is mostly NUL bytes when it is ASCII. Asked only here, as
    // the answer matters only here (it was a third of sniffing a text).
    if (guess_utf16(sample).likely) return std::nullopt;
    // UTF-8 text padded or sprinkled with NULs (a download cut short, a bad
    // copy) keeps its readable part: binary data is not plausible UTF-8
    // with dozens of well-formed multi-byte characters.
    const Utf8Scan scan = scan_utf8(sample);
    if (scan.multibyte >= kTextInBinaryMultibyte && plausibly_utf8(scan)) return std::nullopt;
    return std::string("binary data");
  }
  return std::nullopt;
}

// ---------------------------------------------------------------------------
// HTML or plain text

namespace {

// Openings that make a page: checked at the start, after space and comments.
constexpr std::string_view kPageOpenings[] = {"<!doctype html", "<html", "<head", "<meta", "<body", "<title"};

// Tags that plain notices never contain; several in the first KBs make HTML.
constexpr std::string_view kBodyTags[] = {"p",     "div",    "br",      "table",   "tr",     "td",    "span", "a",
                                          "img",   "font",   "li",      "ul",      "ol",     "h1",    "h2",   "h3",
                                          "h4",    "b",      "strong",  "center",  "script", "style", "link", "form",
                                          "input", "iframe", "section", "article", "em",     "hr",    "tbody"};

constexpr std::size_t kHtmlTagsNeeded = 3;

bool tag_at(std::string_view s, std::size_t i) {
  // s[i] == '<'; accepts "<name" or "</name" followed by space, '>' or '/'.
  std::size_t j = i + 1;
  if (j < s.size() && s[j] == '/') ++j;
  for (std::string_view name : kBodyTags) {
    if (!iequals_prefix(s, j, name)) continue;
    std::size_t after = j + name.size();
    if (after < s.size() && (is_space(s[after]) || s[after] == '>' || s[after] == '/')) return true;
  }
  return false;
}

}  // namespace

bool looks_like_html(std::string_view utf8) {
  std::string_view head = utf8.substr(0, kSniffBytes);
  std::size_t i = 0;
  if (starts_with(head, "\xEF\xBB\xBF")) i = 3;
  for (;;) {
    while (i < head.size() && is_space(head[i])) ++i;
    if (head.compare(i, 4, "<!--") != 0) break;
    std::size_t end = head.find("-->", i + 4);
    if (end == std::string_view::npos) return false;
    i = end + 3;
  }
  for (std::string_view opening : kPageOpenings)
    if (iequals_prefix(head, i, opening)) return true;
  if (iequals_prefix(head, i, "<?xml")) {
    for (std::size_t k = i; k + 5 <= head.size(); ++k)
      if (iequals_prefix(head, k, "xhtml") || iequals_prefix(head, k, "<html")) return true;
    return false;
  }
  std::size_t tags = 0;
  for (std::size_t k = head.find('<'); k != std::string_view::npos; k = head.find('<', k + 1))
    if (tag_at(head, k) && ++tags >= kHtmlTagsNeeded) return true;
  return false;
}

}  // namespace tongbao::detail
