// pipeline_fuzz.cc - libFuzzer target for the whole pipeline: parse() on raw
// bytes, then the JSON record. The record must be one line of valid JSON
// with either an outline or an error: what `tongbao parse -f jsonl` promises.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "fuzz_support.h"
#include "tongbao/emit.h"
#include "tongbao/parse.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace tongbao;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  Options options;
  // Inputs whose first byte is 0x01, 0x02 or 0x03 are read as forced text,
  // HTML or Markdown (rest of the input), so every stage sees every kind of byte.
  std::string_view body = bytes;
  if (size > 0 && data[0] >= 1 && data[0] <= 3) {
    options.input_format = data[0] == 1 ? InputFormat::Text : data[0] == 2 ? InputFormat::Html : InputFormat::Markdown;
    body = bytes.substr(1);
  }
  const Document doc = parse(body, "fuzz-input", options);
  const std::string line = render_record(doc, OutputFormat::Jsonl);
  const auto json = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
  fuzz::require(!json.is_discarded(), "the JSON Lines record parses");
  fuzz::require(json.is_object(), "the record is an object");
  fuzz::require(json.contains("outline") || json.contains("error"), "the record has an outline or an error");
  const auto newline = line.find('\n');
  fuzz::require(newline == std::string::npos || newline + 1 == line.size(), "one record is one line");
  return 0;
}
