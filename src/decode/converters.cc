// converters.cc - the decoders, one for each scheme. UTF-8, UTF-16 and
// UTF-32 are decoded by hand (exact byte offsets, and the UTF-8 fast path
// costs one scan and one copy); every other encoding goes through an ICU
// converter whose callback records where bytes were bad (GB18030 pages of
// ASCII and two-byte codes through a table made from it).
#include "decode/converters.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>

namespace tongbao::detail {
namespace {

// ---------------------------------------------------------------------------
// Decoding with invalid-bytes bookkeeping

// The hand decoders write through a cursor into text grown beforehand to
// the worst case, then cut it to size: far faster than appending bytes.
inline char* put_utf8(char* p, char32_t c) {
  if (c < 0x80) {
    *p++ = static_cast<char>(c);
  } else if (c < 0x800) {
    *p++ = static_cast<char>(0xC0 | (c >> 6));
    *p++ = static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    *p++ = static_cast<char>(0xE0 | (c >> 12));
    *p++ = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    *p++ = static_cast<char>(0x80 | (c & 0x3F));
  } else {
    *p++ = static_cast<char>(0xF0 | (c >> 18));
    *p++ = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    *p++ = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    *p++ = static_cast<char>(0x80 | (c & 0x3F));
  }
  return p;
}

// Grows sink.text by `more` bytes and returns a cursor at the old end.
char* grow(Sink& sink, std::size_t used, std::size_t more) {
  sink.text.resize(used + more);
  return sink.text.data() + used;
}

// Appends UTF-8 bytes[begin, end), replacing ill-formed subsequences.
void decode_utf8(std::string_view input, std::size_t begin, const Utf8Scan& scan, Sink& sink) {
  std::string_view body = input.substr(begin);
  if (scan.invalid == 0 && !scan.has_nul) {
    if (sink.may_borrow) {
      sink.borrowed = body;
    } else {
      sink.text.assign(body);
    }
    return;
  }
  sink.text.reserve(body.size());
  const auto* s = reinterpret_cast<const unsigned char*>(input.data());
  const std::size_t n = input.size();
  std::size_t i = begin;
  std::size_t run = i;  // start of bytes to copy verbatim
  while (i < n) {
    unsigned char b = s[i];
    if (b == 0) {
      sink.text.append(input, run, i - run);
      sink.nul(sink.text.size());
      run = ++i;
      continue;
    }
    if (b < 0x80) {
      ++i;
      continue;
    }
    if (b >= 0xE1 && b <= 0xEC && i + 2 < n && (s[i + 1] & 0xC0) == 0x80 && (s[i + 2] & 0xC0) == 0x80) {
      i += 3;
      continue;
    }
    std::size_t maximal = 0;
    std::size_t len = utf8_sequence(s, i, n, maximal);
    if (len) {
      i += len;
      continue;
    }
    sink.text.append(input, run, i - run);
    sink.invalid(input, i, maximal);
    i += maximal;
    run = i;
  }
  sink.text.append(input, run, n - run);
}

void decode_utf16(std::string_view input, std::size_t begin, bool big_endian, Sink& sink) {
  const std::size_t n = input.size();
  char* const base = grow(sink, 0, (n - begin) / 2 * 3 + 3);
  char* p = base;
  auto unit_at = [&](std::size_t i) {
    auto b0 = static_cast<unsigned char>(input[i]);
    auto b1 = static_cast<unsigned char>(input[i + 1]);
    return static_cast<char32_t>(big_endian ? (b0 << 8) | b1 : (b1 << 8) | b0);
  };
  auto bad = [&](std::size_t at, std::size_t length) {
    sink.note_invalid(input, at, length, static_cast<std::size_t>(p - base));
    p = put_utf8(p, 0xFFFD);
  };
  std::size_t i = begin;
  while (i + 1 < n) {
    char32_t u = unit_at(i);
    if (u >= 0xD800 && u <= 0xDFFF) {
      char32_t low = u <= 0xDBFF && i + 3 < n ? unit_at(i + 2) : 0;
      if (low >= 0xDC00 && low <= 0xDFFF) {
        p = put_utf8(p, 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00));
        i += 4;
      } else {
        bad(i, 2);
        i += 2;
      }
      continue;
    }
    if (u == 0) {
      sink.nul(static_cast<std::size_t>(p - base));
    } else {
      p = put_utf8(p, u);
    }
    i += 2;
  }
  if (i < n) bad(i, 1);  // odd byte at the end
  sink.text.resize(static_cast<std::size_t>(p - base));
}

void decode_utf32(std::string_view input, std::size_t begin, bool big_endian, Sink& sink) {
  const std::size_t n = input.size();
  char* const base = grow(sink, 0, n - begin + 3);
  char* p = base;
  std::size_t i = begin;
  auto bad = [&](std::size_t at, std::size_t length) {
    sink.note_invalid(input, at, length, static_cast<std::size_t>(p - base));
    p = put_utf8(p, 0xFFFD);
  };
  for (; i + 3 < n; i += 4) {
    const auto* b = reinterpret_cast<const unsigned char*>(input.data() + i);
    char32_t c = big_endian ? (char32_t{b[0]} << 24) | (char32_t{b[1]} << 16) | (char32_t{b[2]} << 8) | b[3]
                            : (char32_t{b[3]} << 24) | (char32_t{b[2]} << 16) | (char32_t{b[1]} << 8) | b[0];
    if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
      bad(i, 4);
    } else if (c == 0) {
      sink.nul(static_cast<std::size_t>(p - base));
    } else {
      p = put_utf8(p, c);
    }
  }
  if (i < n) bad(i, n - i);
  sink.text.resize(static_cast<std::size_t>(p - base));
}

// The ICU callback sees where the converter is; this is what it needs to
// turn that into a byte offset and an output position.
struct IcuProgress {
  std::string_view input;
  const UChar* buffer = nullptr;  // start of the UTF-16 buffer being filled
  std::size_t units_before = 0;   // UTF-16 units emitted before `buffer`
  struct Pending {
    std::size_t unit;  // index of the U+FFFD in the UTF-16 stream
    std::size_t offset;
    std::size_t length;
  };
  std::vector<Pending> pending;  // the first kMaxInvalidDiagnostics + 1
  std::size_t total = 0;
};

void record_bad_bytes(const void* context, UConverterToUnicodeArgs* args, const char*, int32_t length,
                      UConverterCallbackReason reason, UErrorCode* status) {
  if (reason > UCNV_IRREGULAR) return;  // reset, close, clone
  auto* progress = static_cast<IcuProgress*>(const_cast<void*>(context));
  std::size_t consumed = static_cast<std::size_t>(args->source - progress->input.data());
  std::size_t len = static_cast<std::size_t>(std::max<int32_t>(length, 1));
  if (progress->pending.size() <= kMaxInvalidDiagnostics) {
    std::size_t unit = progress->units_before + static_cast<std::size_t>(args->target - progress->buffer);
    progress->pending.push_back({unit, consumed - std::min(consumed, len), len});
  }
  ++progress->total;
  // Always U+FFFD: some single-byte converters would substitute U+001A.
  *status = U_ZERO_ERROR;
  static const UChar replacement = 0xFFFD;
  ucnv_cbToUWriteUChars(args, &replacement, 1, 0, status);
}

bool decode_icu(std::string_view input, std::size_t begin, const std::string& converter_name, Sink& sink) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(ucnv_open(converter_name.c_str(), &status), ucnv_close);
  if (U_FAILURE(status) || !converter) return false;
  IcuProgress progress;
  progress.input = input;
  status = U_ZERO_ERROR;
  ucnv_setToUCallBack(converter.get(), record_bad_bytes, &progress, nullptr, nullptr, &status);
  if (U_FAILURE(status)) return false;

  // Double-byte encodings grow by half in UTF-8; reserve that much (plus
  // one buffer's worst case) so the text is allocated once.
  std::vector<UChar> buffer(64 * 1024);
  sink.text.reserve(input.size() - begin + (input.size() - begin) / 2 + buffer.size() * 3 + 8);
  const char* source = input.data() + begin;
  const char* source_end = input.data() + input.size();
  std::size_t next_pending = 0;
  std::size_t used = 0;
  char32_t high = 0;  // a high surrogate waiting for its pair across buffers
  for (;;) {
    UChar* target = buffer.data();
    progress.buffer = buffer.data();
    status = U_ZERO_ERROR;
    ucnv_toUnicode(converter.get(), &target, buffer.data() + buffer.size(), &source, source_end, nullptr, true,
                   &status);
    if (U_FAILURE(status) && status != U_BUFFER_OVERFLOW_ERROR) return false;
    const std::size_t produced = static_cast<std::size_t>(target - buffer.data());
    grow(sink, used, produced * 3 + 3);
    char* const base = sink.text.data();
    char* p = base + used;
    // Index of the next U+FFFD the callback wrote, or past this buffer.
    std::size_t stop =
        next_pending < progress.pending.size() ? progress.pending[next_pending].unit - progress.units_before : produced;
    for (std::size_t k = 0; k < produced; ++k) {
      char32_t u = buffer[k];
      if (k == stop) {
        const auto& bad = progress.pending[next_pending++];
        sink.note_invalid(input, bad.offset, bad.length, static_cast<std::size_t>(p - base));
        p = put_utf8(p, 0xFFFD);
        stop = next_pending < progress.pending.size() ? progress.pending[next_pending].unit - progress.units_before
                                                      : produced;
        continue;
      }
      if (u < 0xD800 || u > 0xDFFF) {
        if (high) {  // unpaired high surrogate
          p = put_utf8(p, 0xFFFD);
          high = 0;
        }
        if (u == 0) {
          sink.nul(static_cast<std::size_t>(p - base));
        } else {
          p = put_utf8(p, u);
        }
      } else if (u <= 0xDBFF) {
        if (high) p = put_utf8(p, 0xFFFD);
        high = u;
      } else if (high) {
        p = put_utf8(p, 0x10000 + ((high - 0xD800) << 10) + (u - 0xDC00));
        high = 0;
      } else {
        p = put_utf8(p, 0xFFFD);
      }
    }
    used = static_cast<std::size_t>(p - base);
    sink.text.resize(used);
    progress.units_before += produced;
    if (status != U_BUFFER_OVERFLOW_ERROR) break;
  }
  if (high) sink.text += "\xEF\xBF\xBD";
  // The callback counted every bad sequence; those past the cap were not
  // written through sink.invalid, so add them to the total here.
  sink.bad_total += progress.total - std::min(progress.total, next_pending);
  return true;
}

// ---------------------------------------------------------------------------
// GB18030 pages without ICU's per-character cost

// GB18030 pages are ASCII and two-byte characters, almost always. Those are
// decoded here through a table of every two-byte code (lead 81..FE, trail
// 40..7E or 80..FE), filled once from ICU's own GB18030 converter, so the
// text is what ICU gives; a page with anything else (a four-byte sequence,
// a stray byte, a code ICU would not map, a NUL) goes to ICU whole.
struct GbTable {
  // By lead byte 80..FF and any trail byte: the character's UTF-8 bytes,
  // first byte lowest, and their count in the top byte (2 or 3: the codes
  // are BMP characters from U+0080 on); 0 where no two-byte code is
  // decoded here (lead 80 or FF, trail outside 40..7E and 80..FE).
  std::array<std::uint32_t, 0x80 * 0x100> utf8{};

  static std::size_t index(unsigned char lead, unsigned char trail) {
    return static_cast<std::size_t>(lead - 0x80) << 8 | trail;
  }
};

// Converts every two-byte code at once; a code is kept when ICU made exactly
// one BMP character of it, starting at its lead byte and taking its trail.
std::unique_ptr<GbTable> make_gb_table() {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(ucnv_open("GB18030", &status), ucnv_close);
  if (U_FAILURE(status) || !converter) return nullptr;
  // ASCII is copied as it is: make sure ICU reads it so.
  std::array<char, 0x7F> ascii{};
  std::array<UChar, 0x7F * 2> ascii_units{};
  for (std::size_t k = 0; k < ascii.size(); ++k) ascii[k] = static_cast<char>(k + 1);
  const int32_t ascii_length = ucnv_toUChars(converter.get(), ascii_units.data(), static_cast<int32_t>(ascii_units.size()),
                                             ascii.data(), static_cast<int32_t>(ascii.size()), &status);
  if (U_FAILURE(status) || ascii_length != static_cast<int32_t>(ascii.size())) return nullptr;
  for (std::size_t k = 0; k < ascii.size(); ++k)
    if (ascii_units[k] != k + 1) return nullptr;
  ucnv_reset(converter.get());
  std::string codes;
  for (unsigned lead = 0x81; lead <= 0xFE; ++lead) {
    for (unsigned trail = 0x40; trail <= 0xFE; ++trail) {
      codes += static_cast<char>(lead);
      codes += static_cast<char>(trail == 0x7F ? 0x40 : trail);  // 7F is no trail: a placeholder, never used
    }
  }
  std::vector<UChar> units(codes.size() * 2);
  std::vector<int32_t> offsets(units.size());
  UChar* target = units.data();
  const char* source = codes.data();
  ucnv_toUnicode(converter.get(), &target, units.data() + units.size(), &source, codes.data() + codes.size(),
                 offsets.data(), true, &status);
  if (U_FAILURE(status) || source != codes.data() + codes.size()) return nullptr;
  const auto produced = static_cast<std::size_t>(target - units.data());
  std::vector<unsigned char> made(codes.size(), 0);  // units made from each source byte
  std::vector<char16_t> first(codes.size(), 0);
  for (std::size_t k = 0; k < produced; ++k) {
    const auto at = static_cast<std::size_t>(offsets[k]);
    if (at >= codes.size()) return nullptr;
    if (made[at]++ == 0) first[at] = units[k];
  }
  auto table = std::make_unique<GbTable>();
  for (std::size_t at = 0; at < codes.size(); at += 2) {
    const auto lead = static_cast<unsigned char>(codes[at]);
    const auto trail = static_cast<unsigned char>(0x40 + (at / 2) % (0xFF - 0x40));
    const char16_t u = first[at];
    const bool one_character = made[at] == 1 && made[at + 1] == 0;
    if (trail != 0x7F && one_character && u >= 0x80 && u != 0xFFFD && (u < 0xD800 || u > 0xDFFF)) {
      char bytes[4] = {};
      const auto length = static_cast<std::uint32_t>(put_utf8(bytes, u) - bytes);
      table->utf8[GbTable::index(lead, trail)] = std::uint32_t{static_cast<unsigned char>(bytes[0])} |
                                                 std::uint32_t{static_cast<unsigned char>(bytes[1])} << 8 |
                                                 std::uint32_t{static_cast<unsigned char>(bytes[2])} << 16 |
                                                 length << 24;
    }
  }
  return table;
}

const GbTable* gb_table() {
  static const std::unique_ptr<GbTable> table = make_gb_table();
  return table.get();
}

// Decodes bytes[begin, end) as GB18030 through the table; false (sink
// untouched) when the page holds anything the table does not decode.
bool decode_gb18030_two_byte(std::string_view input, std::size_t begin, Sink& sink) {
  const GbTable* table = gb_table();
  if (!table) return false;
  const auto* s = reinterpret_cast<const unsigned char*>(input.data());
  const std::size_t n = input.size();
  std::string text;
  text.resize((n - begin) / 2 * 3 + (n - begin) % 2 + 8);  // two bytes give at most three, plus a spare
  char* const base = text.data();
  char* p = base;
  std::size_t i = begin;
  while (i < n) {
    const unsigned char b = s[i];
    if (b < 0x80) {
      if (b == 0) return false;  // ICU's path drops NULs and notes them
      *p++ = static_cast<char>(b);
      ++i;
      while (i + 8 <= n) {  // eight ASCII bytes without NUL at a time
        std::uint64_t v;
        std::memcpy(&v, s + i, 8);
        if ((v & kHighBits) || ((v - kLowBits) & ~v & kHighBits)) break;
        std::memcpy(p, &v, 8);
        p += 8;
        i += 8;
      }
      continue;
    }
    if (i + 1 >= n) return false;
    const std::uint32_t utf8 = table->utf8[GbTable::index(b, s[i + 1])];
    if (utf8 == 0) return false;
    p[0] = static_cast<char>(utf8 & 0xFF);  // a two-byte character writes a spare third byte
    p[1] = static_cast<char>((utf8 >> 8) & 0xFF);
    p[2] = static_cast<char>((utf8 >> 16) & 0xFF);
    p += utf8 >> 24;
    i += 2;
  }
  text.resize(static_cast<std::size_t>(p - base));
  sink.text = std::move(text);
  return true;
}

}  // namespace

void run_decoder(std::string_view bytes, std::size_t begin, const Encoding& encoding, const Utf8Scan* scan,
                 Sink& sink) {
  switch (encoding.scheme) {
    case Scheme::Utf8:
      if (scan && begin == 0) {
        decode_utf8(bytes, begin, *scan, sink);
      } else {
        Utf8Scan rescan = scan_utf8(bytes.substr(begin));
        decode_utf8(bytes, begin, rescan, sink);
      }
      return;
    case Scheme::Utf16LE:
      decode_utf16(bytes, begin, false, sink);
      return;
    case Scheme::Utf16BE:
      decode_utf16(bytes, begin, true, sink);
      return;
    case Scheme::Utf32LE:
      decode_utf32(bytes, begin, false, sink);
      return;
    case Scheme::Utf32BE:
      decode_utf32(bytes, begin, true, sink);
      return;
    case Scheme::Icu:
      if (encoding.icu == "GB18030" && decode_gb18030_two_byte(bytes, begin, sink)) return;
      if (!decode_icu(bytes, begin, encoding.icu, sink)) {
        // The converter would not open or failed outright: read as UTF-8
        // so the readable part survives.
        sink = Sink{};
        Utf8Scan rescan = scan_utf8(bytes.substr(begin));
        decode_utf8(bytes, begin, rescan, sink);
      }
      return;
  }
}

}  // namespace tongbao::detail
