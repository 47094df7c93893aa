#include "text/script.h"

#include <memory>

#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace tongbao::detail {

std::string simplified_chinese(std::string_view utf8) {
  // Making a transliterator reads its rules from ICU's data (about a
  // millisecond); a transliterator is not safe to share between threads.
  thread_local const std::unique_ptr<icu::Transliterator> transliterator = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(
        icu::Transliterator::createInstance("Traditional-Simplified", UTRANS_FORWARD, status));
    return U_SUCCESS(status) ? std::move(t) : nullptr;
  }();
  if (!transliterator) return std::string(utf8);
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  transliterator->transliterate(text);
  std::string out;
  text.toUTF8String(out);
  return out;
}

}  // namespace tongbao::detail
