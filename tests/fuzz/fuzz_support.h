// fuzz_support.h - shared checks for the libFuzzer targets in this folder.
// A failed check aborts, so libFuzzer keeps the input as a crash.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace tongbao::fuzz {

inline void require(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "fuzz check failed: %s\n", what);
    std::abort();
  }
}

// Strict UTF-8: shortest form, no surrogates, nothing above U+10FFFF.
// Every later stage assumes the decoder gives it this.
inline bool valid_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto b = static_cast<unsigned char>(s[i]);
    std::size_t n = 0;
    char32_t c = 0;
    if (b < 0x80) { ++i; continue; }
    if (b >= 0xC2 && b <= 0xDF) { n = 1; c = b & 0x1Fu; }
    else if (b >= 0xE0 && b <= 0xEF) { n = 2; c = b & 0x0Fu; }
    else if (b >= 0xF0 && b <= 0xF4) { n = 3; c = b & 0x07u; }
    else return false;
    if (i + n >= s.size()) return false;  // truncated at the end
    for (std::size_t k = 1; k <= n; ++k) {
      const auto t = static_cast<unsigned char>(s[i + k]);
      if ((t & 0xC0u) != 0x80u) return false;
      c = (c << 6) | (t & 0x3Fu);
    }
    if ((n == 2 && c < 0x800) || (n == 3 && (c < 0x10000 || c > 0x10FFFF))) return false;
    if (c >= 0xD800 && c <= 0xDFFF) return false;
    i += n + 1;
  }
  return true;
}

}  // namespace tongbao::fuzz
