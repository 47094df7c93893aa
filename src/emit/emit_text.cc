#include "emit/emit_text.h"

#include "emit/emit_json.h"
#include "scan/utf8_validate.h"
#include "text/utf8.h"

namespace tongbao::detail {
std::string valid_utf8(std::string_view text) {
  // A literal U+FFFD is well-formed: only ill-formed bytes take the slow path.
  if (is_well_formed_utf8(text)) return std::string(text);
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
