// Skeleton: UTF-8 only. Replaced by the full ICU decoder (issue 3).
#include "decode.h"

#include "utf8.h"

namespace tongbao::detail {

Decoded decode_to_utf8(std::string_view bytes, std::string_view) {
  Decoded d;
  d.encoding = "UTF-8";
  if (starts_with(bytes, "\xEF\xBB\xBF")) bytes.remove_prefix(3);
  d.text.assign(bytes);
  return d;
}

std::optional<std::string> sniff_binary(std::string_view) { return std::nullopt; }

bool looks_like_html(std::string_view) { return false; }

}  // namespace tongbao::detail
