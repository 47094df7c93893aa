// converters.h - bytes of a known encoding to UTF-8, with the bad bytes
// recorded: the Sink the text and its bookkeeping go to, and run_decoder,
// which picks the decoder for an Encoding. Internal to decode/.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "decode/labels.h"
#include "decode/unicode_guess.h"

namespace tongbao::detail {

constexpr std::size_t kMaxInvalidDiagnostics = 20;

struct BadBytes {
  std::size_t byte_offset = 0;
  std::array<unsigned char, 4> bytes{};
  std::size_t count = 0;       // number of bytes shown
  std::size_t out_offset = 0;  // where U+FFFD lands in the UTF-8 output
};

struct Sink {
  std::string text;
  // TextCopy::UnlessSame: input that decodes to itself is not copied into
  // `text` but viewed here.
  bool may_borrow = false;
  std::optional<std::string_view> borrowed;
  std::vector<BadBytes> bad;  // the first kMaxInvalidDiagnostics + 1
  std::size_t bad_total = 0;
  std::size_t nuls_dropped = 0;
  std::size_t first_nul_out = 0;  // where the first dropped NUL would have been

  void nul(std::size_t out_offset) {
    if (nuls_dropped++ == 0) first_nul_out = out_offset;
  }

  // Records bad bytes whose U+FFFD lands at text offset `out_offset`.
  void note_invalid(std::string_view input, std::size_t offset, std::size_t length, std::size_t out_offset) {
    if (bad.size() <= kMaxInvalidDiagnostics) {
      BadBytes b;
      b.byte_offset = offset;
      b.count = std::min<std::size_t>({length, 4, input.size() - std::min(offset, input.size())});
      for (std::size_t k = 0; k < b.count; ++k) b.bytes[k] = static_cast<unsigned char>(input[offset + k]);
      b.out_offset = out_offset;
      bad.push_back(b);
    }
    ++bad_total;
  }
  // Records bad bytes and appends U+FFFD to the text.
  void invalid(std::string_view input, std::size_t offset, std::size_t length) {
    note_invalid(input, offset, length, text.size());
    text += "\xEF\xBF\xBD";
  }
};


// Decodes bytes[begin, end) as `encoding` into `sink`. `scan` is scan_utf8
// of all the bytes when the caller has it (used for UTF-8 from offset 0).
void run_decoder(std::string_view bytes, std::size_t begin, const Encoding& encoding, const Utf8Scan* scan,
                 Sink& sink);

}  // namespace tongbao::detail
