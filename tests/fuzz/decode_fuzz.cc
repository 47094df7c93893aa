// decode_fuzz.cc - libFuzzer target for the decoding stage (src/decode.h):
// sniff_binary, decode_to_utf8 (detected, and with a label taken from the
// input) and looks_like_html. The decoded text must be valid UTF-8.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "decode/decode.h"
#include "fuzz_support.h"

namespace {

// Labels the CLI's --encoding accepts, good and bad: the first input byte
// picks one, so the override path is fuzzed too.
constexpr std::string_view kLabels[] = {"", "utf-8", "gb18030", "gbk", "gb2312", "big5", "utf-16le",
                                        "utf-16be", "shift_jis", "latin1", "x-no-such-charset", "utf-16"};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace tongbao;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  (void)detail::sniff_binary(bytes);

  detail::Decoded detected = detail::decode_to_utf8(bytes);
  fuzz::require(fuzz::valid_utf8(detected.text), "detected decode gives valid UTF-8");
  fuzz::require(!detected.encoding.empty(), "decode names the encoding it used");
  (void)detail::looks_like_html(detected.text);

  if (size > 0) {
    const std::string_view label = kLabels[data[0] % std::size(kLabels)];
    detail::Decoded labelled = detail::decode_to_utf8(bytes.substr(1), label);
    fuzz::require(fuzz::valid_utf8(labelled.text), "labelled decode gives valid UTF-8");
  }
  return 0;
}
