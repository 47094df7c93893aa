// outline_fuzz.cc - libFuzzer target for plain text to blocks
// (src/text_blocks.h) and the outline builder (src/outline.h).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_support.h"
#include "outline/outline.h"
#include "blocks/text_blocks.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace tongbao;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto blocks = detail::text_to_blocks(text);
  detail::OutlineResult outline = detail::build_outline(blocks);
  // Spans point into the blocks: reading each one makes ASan check that.
  std::size_t total = 0;
  for (const auto& span : outline.spans) {
    for (char c : span.text) total += static_cast<unsigned char>(c);
    fuzz::require(span.line >= 0, "span lines are not negative");
  }
  (void)total;
  return 0;
}
