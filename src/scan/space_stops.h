// space_stops.h - the next place in a text where a space, an invisible or a
// control character may start: what folding white space (blocks'
// fold_space) steps to, over the runs of ideographs, printable ASCII and
// marks it keeps as they are.
#pragma once

#include <cstddef>
#include <string_view>

namespace tongbao::detail {

// The first position at or after i where a space or control character
// (ASCII below 0x21, DEL, U+00A0, U+1680, U+2000..U+200A, U+202F, U+205F,
// U+3000) or an invisible one (U+200B..U+200D, U+2060, U+FEFF) may start,
// or s.size(). A
// filter: it may stop at a few other characters sharing their first bytes
// (E2 81, EF BB, E1 9A), never miss one of these. Fastest takes the best
// form the processor runs (SSSE3 nibble tables, else SSE2); Sse2 and the
// byte-by-byte definition (Bytes) are there for the tests.
enum class SpaceScan { Fastest, Sse2, Bytes };
std::size_t next_space_or_invisible(std::string_view s, std::size_t i, SpaceScan how = SpaceScan::Fastest);

}  // namespace tongbao::detail
