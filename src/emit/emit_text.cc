#include "emit/emit_text.h"

#include "emit/emit_json.h"
#include "text/utf8.h"

namespace tongbao::detail {
namespace {

bool is_valid_utf8(std::string_view text) {
  constexpr std::string_view kReplacement = "\xEF\xBF\xBD";
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t start = i;
    // next_code_point reads an ill-formed byte as U+FFFD.
    if (next_code_point(text, i) == 0xFFFD && text.substr(start, i - start) != kReplacement) return false;
  }
  return true;
}

}  // namespace

std::string valid_utf8(std::string_view text) {
  if (is_valid_utf8(text)) return std::string(text);
  // Rare (decoding replaces bad bytes before here): let the JSON writer do
  // the replacing and read its string back, so the forms cannot differ.
  const std::string literal = Json(std::string(text)).dump(-1, ' ', false, Json::error_handler_t::replace);
  return Json::parse(literal).get<std::string>();
}

std::string filter_code_points(std::string_view text, char32_t (*rule)(char32_t)) {
  const std::string valid = valid_utf8(text);
  std::string out;
  out.reserve(valid.size());
  std::size_t i = 0;
  while (i < valid.size()) {
    const std::size_t start = i;
    const char32_t c = next_code_point(valid, i);
    const char32_t kept = rule(c);
    if (kept == c) out.append(valid, start, i - start);
    else if (kept != kDropCodePoint) append_utf8(out, kept);
  }
  return out;
}

}  // namespace tongbao::detail
