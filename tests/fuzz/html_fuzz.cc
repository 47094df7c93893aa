// html_fuzz.cc - libFuzzer target for the HTML stage (src/html.h). The input
// is taken as already-decoded UTF-8, as parse() hands it over; invalid bytes
// are fuzzed too, since html_to_blocks must not trust its caller blindly.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_support.h"
#include "blocks/html.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace tongbao;
  const std::string_view page(reinterpret_cast<const char*>(data), size);
  detail::HtmlPage result = detail::html_to_blocks(page);
  for (const auto& block : result.blocks) {
    fuzz::require(block.line >= 1, "blocks have a 1-based line");
    fuzz::require(!block.text.empty(), "no empty block");
  }
  return 0;
}
