// sniff_binary's thresholds, with the NUL and control bytes anywhere in the
// sample: inside the blocks it counts sixteen bytes at a time and in the
// bytes after the last block.
#include <catch2/catch.hpp>
#include <optional>
#include <string>

#include "decode/decode.h"

using tongbao::detail::sniff_binary;

namespace {

// `length` bytes of ASCII text with `count` copies of `mark`, spread from
// `from` to the end.
std::string text_with(std::size_t length, std::size_t count, char mark, std::size_t from = 0) {
  std::string text;
  while (text.size() < length) text += "notice line\n";
  text.resize(length);
  for (std::size_t k = 0; k < count; ++k) text[from + k * (length - from) / count] = mark;
  return text;
}

}  // namespace

TEST_CASE("sniff_binary counts NUL and control bytes wherever they fall", "[sniff]") {
  const std::optional<std::string> binary = "binary data";
  struct Row {
    const char* name;
    std::string bytes;
    std::optional<std::string> what;
  } rows[] = {
      // 4096 bytes: more than 1 % NULs (41) or 5 % controls (205) make a binary.
      {"40 NULs", text_with(4096, 40, '\0'), std::nullopt},
      {"41 NULs", text_with(4096, 41, '\0'), binary},
      {"204 controls", text_with(4096, 204, '\x01'), std::nullopt},
      {"205 controls", text_with(4096, 205, '\x01'), binary},
      {"205 DELs", text_with(4096, 205, '\x7F'), binary},
      {"205 escapes", text_with(4096, 205, '\x1B'), std::nullopt},
      {"tabs and form feeds", text_with(4096, 2000, '\t') + std::string(1000, '\f'), std::nullopt},
      {"vertical tabs and returns", text_with(4096, 2000, '\v') + std::string(1000, '\r'), std::nullopt},
      {"controls past the sample", text_with(4096, 0, 'x') + std::string(1000, '\x02'), std::nullopt},
      // 1000 bytes (62 blocks and 8 bytes): NULs only in the last eight.
      {"8 NULs at the end", text_with(1000, 8, '\0', 992), std::nullopt},  // 8 is not more than 1 %
      {"11 NULs at the end", text_with(1000, 11, '\0', 989), binary},
      {"7 bytes, all NUL", std::string(7, '\0'), std::nullopt},  // fewer than 8
      {"8 bytes, all NUL", std::string(8, '\0'), binary},
      {"15 bytes, all control", std::string(15, '\x03'), binary},
  };
  for (const Row& row : rows) {
    INFO(row.name);
    CHECK(sniff_binary(row.bytes) == row.what);
  }
}
