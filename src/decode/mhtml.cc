#include "decode/mhtml.h"

#include <algorithm>
#include <cstddef>

namespace tongbao::detail {

namespace {

// A message's headers are ASCII and short: an archive's are read from its
// first bytes only.
constexpr std::size_t kMaxHeaderBytes = 16 * 1024;

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Where `needle` (lowercase) occurs in `s` regardless of case, from `from`.
std::size_t find_ci(std::string_view s, std::string_view needle, std::size_t from = 0) {
  if (needle.empty() || s.size() < needle.size()) return std::string_view::npos;
  for (std::size_t i = from; i + needle.size() <= s.size(); ++i) {
    std::size_t k = 0;
    while (k < needle.size() && lower(s[i + k]) == needle[k]) ++k;
    if (k == needle.size()) return i;
  }
  return std::string_view::npos;
}

// The header block at the start of `s`: up to its first blank line (CRLF or
// LF), and where the body after it starts; npos when there is none.
std::size_t header_end(std::string_view s, std::size_t& body) {
  const std::size_t limit = std::min(s.size(), kMaxHeaderBytes);
  for (std::size_t i = s.find('\n'); i != std::string_view::npos && i + 1 < limit; i = s.find('\n', i + 1)) {
    if (s[i + 1] == '\n') {
      body = i + 2;
      return i + 1;
    }
    if (s[i + 1] == '\r' && i + 2 < s.size() && s[i + 2] == '\n') {
      body = i + 3;
      return i + 1;
    }
  }
  return std::string_view::npos;
}

// The value of header `name` (lowercase, without the colon) in a header
// block, its folded continuation lines joined; empty when it is absent.
std::string header_value(std::string_view headers, std::string_view name) {
  for (std::size_t at = 0; at < headers.size();) {
    const std::size_t line_end = std::min(headers.find('\n', at), headers.size());
    const std::string_view line = headers.substr(at, line_end - at);
    if (line.size() > name.size() && line[name.size()] == ':' && find_ci(line.substr(0, name.size()), name) == 0) {
      std::string value(line.substr(name.size() + 1));
      // Folded: the lines after it that open with a space or a tab go on.
      for (std::size_t next = line_end + 1; next < headers.size() && (headers[next] == ' ' || headers[next] == '\t');) {
        const std::size_t end = std::min(headers.find('\n', next), headers.size());
        value += ' ';
        value += headers.substr(next, end - next);
        next = end + 1;
      }
      std::erase(value, '\r');
      return value;
    }
    at = line_end + 1;
  }
  return {};
}

// A parameter of a header's value (boundary="…", charset=utf-8), unquoted.
std::string parameter(std::string_view value, std::string_view name) {
  for (std::size_t at = find_ci(value, name); at != std::string_view::npos; at = find_ci(value, name, at + 1)) {
    const std::size_t eq = at + name.size();
    if (eq >= value.size() || value[eq] != '=') continue;
    if (at > 0 && value[at - 1] != ';' && value[at - 1] != ' ' && value[at - 1] != '\t') continue;
    std::string_view rest = value.substr(eq + 1);
    if (rest.starts_with('"')) {
      rest.remove_prefix(1);
      return std::string(rest.substr(0, rest.find('"')));
    }
    return std::string(rest.substr(0, rest.find_first_of("; \t")));
  }
  return {};
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c = lower(c);
  return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

// Quoted-printable undone: =XX is a byte, = at a line's end joins it to the
// next (a soft break, which may split a character's bytes).
std::string from_quoted_printable(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '=') {
      out += s[i];
      continue;
    }
    if (i + 1 < s.size() && s[i + 1] == '\n') {
      i += 1;
    } else if (i + 2 < s.size() && s[i + 1] == '\r' && s[i + 2] == '\n') {
      i += 2;
    } else if (i + 2 < s.size() && hex_value(s[i + 1]) >= 0 && hex_value(s[i + 2]) >= 0) {
      out += static_cast<char>(hex_value(s[i + 1]) * 16 + hex_value(s[i + 2]));
      i += 2;
    } else {
      out += '=';  // not an escape: kept as written
    }
  }
  return out;
}

// Base64 undone; line ends and spaces between its lines skipped.
std::string from_base64(std::string_view s) {
  std::string out;
  out.reserve(s.size() / 4 * 3);
  unsigned bits = 0;
  int count = 0;
  for (char c : s) {
    int v = -1;
    if (c >= 'A' && c <= 'Z') v = c - 'A';
    else if (c >= 'a' && c <= 'z') v = c - 'a' + 26;
    else if (c >= '0' && c <= '9') v = c - '0' + 52;
    else if (c == '+') v = 62;
    else if (c == '/') v = 63;
    else if (c == '=') break;
    if (v < 0) continue;
    bits = (bits << 6) | static_cast<unsigned>(v);
    count += 6;
    if (count >= 8) {
      count -= 8;
      out += static_cast<char>((bits >> count) & 0xFF);
    }
  }
  return out;
}

}  // namespace

std::optional<MhtmlPart> unpack_mhtml(std::string_view bytes) {
  // A message opens with a header's name (From:, MIME-Version:): a page
  // (<…) or a notice's text is told at its first byte.
  if (bytes.empty() || !((bytes[0] >= 'A' && bytes[0] <= 'Z') || (bytes[0] >= 'a' && bytes[0] <= 'z'))) {
    return std::nullopt;
  }
  std::size_t body = 0;
  const std::size_t end = header_end(bytes, body);
  if (end == std::string_view::npos) return std::nullopt;
  const std::string_view headers = bytes.substr(0, end);
  if (header_value(headers, "mime-version").empty()) return std::nullopt;
  const std::string type = header_value(headers, "content-type");
  if (find_ci(type, "multipart/related") == std::string_view::npos) return std::nullopt;
  const std::string boundary = parameter(type, "boundary");
  if (boundary.empty()) return std::nullopt;
  const std::string delimiter = "--" + boundary;
  for (std::size_t at = bytes.find(delimiter, body); at != std::string_view::npos;) {
    std::size_t part = at + delimiter.size();
    if (bytes.substr(part).starts_with("--")) break;  // the closing delimiter
    part = bytes.find('\n', part);
    if (part == std::string_view::npos) break;
    ++part;
    const std::size_t next = bytes.find(delimiter, part);
    const std::string_view whole = bytes.substr(part, (next == std::string_view::npos ? bytes.size() : next) - part);
    std::size_t content = 0;
    const std::size_t part_headers_end = header_end(whole, content);
    if (part_headers_end != std::string_view::npos) {
      const std::string_view part_headers = whole.substr(0, part_headers_end);
      const std::string part_type = header_value(part_headers, "content-type");
      if (find_ci(part_type, "text/html") != std::string_view::npos) {
        const std::string encoding = header_value(part_headers, "content-transfer-encoding");
        const std::string_view raw = whole.substr(content);
        MhtmlPart out;
        out.charset = parameter(part_type, "charset");
        if (find_ci(encoding, "quoted-printable") != std::string_view::npos) {
          out.bytes = from_quoted_printable(raw);
        } else if (find_ci(encoding, "base64") != std::string_view::npos) {
          out.bytes = from_base64(raw);
        } else {
          out.bytes = std::string(raw);
        }
        return out;
      }
    }
    at = next;
  }
  return std::nullopt;
}

}  // namespace tongbao::detail
