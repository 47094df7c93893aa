// html_input.cc - a page's text made safe and cheap for libxml2
// (html_input.h).
#include "blocks/html_input.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <utility>
#include <vector>

#include "scan/utf8_validate.h"
#include "text/utf8.h"

namespace tongbao::detail {
// libxml2 reads invalid UTF-8 as Latin-1 from there on and stops at NUL:
// replace both (the decoder normally leaves neither).
std::string_view sanitise(std::string_view in, std::string& storage) {
  // Fast check first: most pages are clean and are parsed in place.
  const Utf8Prefix prefix = well_formed_prefix(in);
  const bool clean = prefix.length == in.size() && !prefix.has_nul;
  if (clean) return in;
  storage.reserve(in.size() + 16);
  std::size_t i = 0;
  while (i < in.size()) {
    const std::size_t start = i;
    const char32_t c = next_code_point(in, i);
    if (c == 0)
      storage += ' ';
    else if (c == 0xFFFD)
      storage += "\xEF\xBF\xBD";
    else
      storage.append(in.substr(start, i - start));
  }
  return storage;
}

namespace {

// libxml2 looks up every end tag in its stack of open elements, so a page
// nested N deep followed by N stray end tags costs N² (100 000 each: 20 s).
// Before parsing, start tags beyond kMaxDepth open elements and their end
// tags are blanked to spaces (line ends kept, so lines stay right). The
// count is a cheap approximation of libxml2's stack: void elements and
// elements libxml2 closes by itself (p, li, td...) do not count.

// Elements that do not stay open: void, or closed by their next sibling.
constexpr std::string_view kNotNesting[] = {
    "area",  "base",     "br",       "col",    "embed",   "hr",     "img",   "input",
    "link",  "meta",     "param",    "source", "track",   "wbr",    "p",     "li",
    "dt",    "dd",       "tr",       "td",     "th",      "option", "thead", "tbody",
    "tfoot", "colgroup", "basefont", "frame",  "isindex", "keygen"};
// Elements whose content is raw text up to their end tag.
constexpr std::string_view kRawText[] = {"script", "style", "textarea",
                                         "title",  "xmp",   "plaintext"};

enum class TagKind { Nesting, NotNesting, RawText };

// What cap_depth needs to know of a tag, by its lower-case name: the names
// of both tables grouped by length, so that a lookup (once per tag of the
// page) compares a few names of the right length and hashes nothing.
TagKind tag_kind(std::string_view lower_name) {
  struct Named {
    std::string_view name;
    TagKind kind;
  };
  static constexpr std::size_t kLongest = 16;
  static const auto* by_length = [] {
    auto* table = new std::array<std::vector<Named>, kLongest + 1>;
    for (std::string_view name : kNotNesting) (*table)[name.size()].push_back({name, TagKind::NotNesting});
    for (std::string_view name : kRawText) (*table)[name.size()].push_back({name, TagKind::RawText});
    return table;
  }();
  if (lower_name.size() > kLongest) return TagKind::Nesting;
  for (const Named& n : (*by_length)[lower_name.size()]) {
    if (n.name == lower_name) return n.kind;
  }
  return TagKind::Nesting;
}

bool is_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ':' ||
         c == '-' || c == '_';
}

}  // namespace

std::string_view cap_depth(std::string_view in, std::string& storage, int* capped_line) {
  std::string* out = nullptr;  // made on the first tag to blank
  auto blank = [&](std::size_t from, std::size_t to) {
    if (!out) {
      if (in.data() != storage.data()) storage.assign(in);
      out = &storage;
    }
    for (std::size_t k = from; k < to; ++k) {
      if ((*out)[k] != '\n' && (*out)[k] != '\r') (*out)[k] = ' ';
    }
  };
  int depth = 0, blanked = 0;
  std::size_t i = 0;
  while (i < in.size()) {
    const void* hit = std::memchr(in.data() + i, '<', in.size() - i);
    if (!hit) break;
    const std::size_t lt = static_cast<std::size_t>(static_cast<const char*>(hit) - in.data());
    i = lt + 1;
    if (in.compare(lt, 4, "<!--") == 0) {
      const std::size_t end = in.find("-->", lt + 4);
      i = end == std::string_view::npos ? in.size() : end + 3;
      continue;
    }
    const bool closing = i < in.size() && in[i] == '/';
    const std::size_t name_start = i + (closing ? 1 : 0);
    std::size_t name_end = name_start;
    while (name_end < in.size() && is_name_char(in[name_end]) && name_end - name_start < 16)
      ++name_end;
    if (name_end == name_start) continue;
    char lower[16];
    for (std::size_t k = name_start; k < name_end; ++k) {
      const char c = in[k];
      lower[k - name_start] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    const std::string_view name(lower, name_end - name_start);
    const TagKind kind = tag_kind(name);
    const std::size_t gt = in.find('>', name_end);
    const std::size_t tag_end = gt == std::string_view::npos ? in.size() : gt + 1;
    i = tag_end;
    const bool nesting = kind != TagKind::NotNesting && !(tag_end >= 2 && in[tag_end - 2] == '/');
    if (closing) {
      if (!nesting) continue;
      if (blanked > 0) {
        --blanked;
        blank(lt, tag_end);
      } else if (depth > 0) {
        --depth;
      }
      continue;
    }
    if (kind == TagKind::RawText) {
      // skip to the matching end tag, case-insensitively
      std::size_t k = tag_end;
      while (k < in.size()) {
        const std::size_t at = in.find("</", k);
        if (at == std::string_view::npos) {
          k = in.size();
          break;
        }
        if (equals_ascii_ci(in.substr(at + 2, name.size()), name)) {
          k = at;
          break;
        }
        k = at + 2;
      }
      i = k;
      continue;
    }
    if (!nesting) continue;
    if (depth < kMaxDepth) {
      ++depth;
    } else {
      if (*capped_line == 0)
        *capped_line = 1 + static_cast<int>(std::count(
                               in.begin(), in.begin() + static_cast<std::ptrdiff_t>(lt), '\n'));
      ++blanked;
      blank(lt, tag_end);
    }
  }
  return out ? std::string_view(*out) : in;
}

namespace {

// libxml2 finds a named character reference by a linear search of its 253
// HTML 4 entities, and the quotes and dashes of Chinese pages are near the
// end: each &ldquo; costs about 250 string compares (a tenth of libxml2's
// time on pages that use them). The same character as a numeric reference
// of the same length costs a few instructions, and libxml2 reports both
// alike (one characters() call, the cursor after the ';'), in text and in
// attribute values; same length, so lines and columns stay. Not rewritten
// inside script and style, whose text libxml2 passes on as written.
constexpr NumericReference kNumericReferences[] = {
    {"&ldquo;", "&#8220;"}, {"&rdquo;", "&#8221;"}, {"&lsquo;", "&#8216;"},  {"&rsquo;", "&#8217;"},
    {"&mdash;", "&#8212;"}, {"&ndash;", "&#8211;"}, {"&hellip;", "&#08230;"},
};

const NumericReference* numeric_reference_at(std::string_view in, std::size_t amp) {
  for (const NumericReference& r : kNumericReferences)
    if (in.compare(amp, r.named.size(), r.named) == 0) return &r;
  return nullptr;
}

// The next script or style element at or after `from`, from its '<' to the
// '<' of its end tag (or the end of the page), found as libxml2 finds them:
// the name followed by a character that cannot continue it, and the first
// "</name" after it, in any case. {npos, npos} when there is none.
std::pair<std::size_t, std::size_t> next_script_or_style(std::string_view in, std::size_t from) {
  for (std::size_t lt = in.find('<', from); lt != std::string_view::npos; lt = in.find('<', lt + 1)) {
    if (lt + 1 >= in.size() || (in[lt + 1] | 0x20) != 's') continue;  // both names start with s
    for (std::string_view name : {std::string_view("script"), std::string_view("style")}) {
      const std::size_t after = lt + 1 + name.size();
      if (!equals_ascii_ci(in.substr(lt + 1, name.size()), name) ||
          (after < in.size() && (is_name_char(in[after]) || in[after] == '.')))
        continue;
      for (std::size_t end = in.find("</", after); end != std::string_view::npos; end = in.find("</", end + 2))
        if (equals_ascii_ci(in.substr(end + 2, name.size()), name)) return {lt, end};
      return {lt, in.size()};
    }
  }
  return {std::string_view::npos, std::string_view::npos};
}

}  // namespace

std::string_view numeric_references(std::string_view in, std::string& storage) {
  std::size_t amp = in.find('&');
  while (amp != std::string_view::npos && !numeric_reference_at(in, amp)) amp = in.find('&', amp + 1);
  if (amp == std::string_view::npos) return in;  // nothing to rewrite: parse in place
  if (in.data() != storage.data()) storage.assign(in);
  auto raw = next_script_or_style(storage, 0);
  for (; amp != std::string_view::npos; amp = storage.find('&', amp + 1)) {
    while (raw.first != std::string_view::npos && raw.second <= amp) raw = next_script_or_style(storage, raw.second);
    if (raw.first != std::string_view::npos && raw.first <= amp) continue;  // inside script or style
    if (const NumericReference* r = numeric_reference_at(storage, amp)) storage.replace(amp, r->numeric.size(), r->numeric);
  }
  return storage;
}

std::span<const NumericReference> numeric_reference_table() { return kNumericReferences; }

std::string_view word_conditionals(std::string_view in, std::string& storage) {
  constexpr std::string_view kOpen = "<![if", kEnd = "<![endif]>";
  // Looked for by their "![": a page has a '<' at every tag, a '!' seldom.
  std::size_t at = in.find("![");
  while (at != std::string_view::npos &&
         !(at > 0 && (in.substr(at - 1).starts_with(kOpen) || in.substr(at - 1).starts_with(kEnd)))) {
    at = in.find("![", at + 2);
  }
  if (at == std::string_view::npos) return in;  // nearly every page
  if (in.data() != storage.data()) storage.assign(in);
  auto raw = next_script_or_style(storage, 0);
  std::size_t comment_end = 0;  // where the last comment seen ends
  for (at = storage.find("<!"); at != std::string::npos; at = storage.find("<!", at + 2)) {
    if (at < comment_end) continue;
    while (raw.first != std::string_view::npos && raw.second <= at) raw = next_script_or_style(storage, raw.second);
    if (raw.first != std::string_view::npos && raw.first <= at) continue;  // inside script or style
    const std::string_view rest = std::string_view(storage).substr(at);
    if (rest.starts_with("<!--")) {
      const std::size_t close = storage.find("-->", at + 4);
      comment_end = close == std::string::npos ? storage.size() : close + 3;
      continue;
    }
    std::size_t length = 0;
    if (rest.starts_with(kEnd)) {
      length = kEnd.size();
    } else if (rest.starts_with(kOpen)) {
      const std::size_t close = rest.find("]>");
      if (close == std::string_view::npos || rest.substr(1, close - 1).find_first_of("<\n") != std::string_view::npos) continue;
      length = close + 2;
    } else {
      continue;
    }
    // <!-- and --> around spaces: the same length, so lines and columns stay.
    storage.replace(at, length, std::string("<!--").append(length - 7, ' ').append("-->"));
    at += length - 2;
  }
  return storage;
}

}  // namespace tongbao::detail
