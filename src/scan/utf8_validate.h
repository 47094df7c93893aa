// utf8_validate.h - how much of a byte string is well-formed UTF-8, checked
// 32 bytes at a time (AVX2 where the CPU has it, a scalar loop elsewhere).
// Almost every input is valid UTF-8, so the decoder and the HTML stage ask
// this first and only walk the bytes one sequence at a time past an error.
#pragma once

#include <cstddef>
#include <string_view>

namespace tongbao::detail {

struct Utf8Prefix {
  // Bytes [0, length) are complete, well-formed UTF-8 sequences (Unicode
  // Table 3-7: no overlongs, surrogates or code points above U+10FFFF), and
  // an ill-formed (or cut-off) sequence starts at length unless it is the
  // size of the input.
  std::size_t length = 0;
  std::size_t multibyte = 0;  // sequences of 2 to 4 bytes in [0, length)
  bool has_nul = false;       // a NUL byte in [0, length)
};

Utf8Prefix well_formed_prefix(std::string_view bytes);

// True when all of `bytes` is well-formed UTF-8 (NUL bytes allowed).
inline bool is_well_formed_utf8(std::string_view bytes) { return well_formed_prefix(bytes).length == bytes.size(); }

}  // namespace tongbao::detail
