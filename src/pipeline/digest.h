// digest.h - the SHA-256 that names an input's bytes (source.sha256). The
// batch asks it before parsing, to skip an input an archive already holds.
#pragma once

#include <string>
#include <string_view>

namespace tongbao::detail {

// SHA-256 of `bytes`, lower-case hex (64 characters).
std::string sha256_hex(std::string_view bytes);

}  // namespace tongbao::detail
