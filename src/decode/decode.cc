// decode.cc - decides the encoding of raw bytes and decodes them to UTF-8:
// the caller's label, a BOM, a declared charset the bytes do not contradict
// (labels.h), UTF-16 or UTF-8 by their shape (unicode_guess.h), else ICU's
// charset detector; converters.h does the decoding, and the bad bytes it
// recorded become diagnostics here.
// docs/encodings.md describes the rules; keep the two in step.
#include "decode/decode.h"

#include <fmt/format.h>
#include <unicode/ucsdet.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>

#include "decode/converters.h"
#include "decode/labels.h"
#include "decode/unicode_guess.h"
#include "text/utf8.h"

namespace tongbao::detail {
namespace {

// ---------------------------------------------------------------------------
// Charset detection (ICU's ucsdet), restricted to what the archives hold

// ucsdet costs about 0.5 ms per KB here, and 8 KB of CJK text is plenty.
constexpr std::size_t kDetectBytes = 8 * 1024;

struct DetectorMatch {
  std::string name;
  int confidence;
};

bool is_chinese(std::string_view name) { return name == "GB18030" || name == "Big5"; }
bool is_other_cjk(std::string_view name) {
  return name == "EUC-JP" || name == "EUC-KR" || name == "Shift_JIS" || starts_with(name, "ISO-2022");
}

// Of ICU's ranked guesses, keeps the encodings notices come in. When a CJK
// encoding leads, the answer is GB18030 or Big5 (whichever ICU rates
// higher, GB18030 on a tie): Japanese and Korean guesses on Chinese bytes
// are ICU being unsure, not a Japanese notice.
Encoding choose_detected(const std::vector<DetectorMatch>& matches) {
  const DetectorMatch* gb = nullptr;
  const DetectorMatch* big5 = nullptr;
  const DetectorMatch* other = nullptr;
  for (const DetectorMatch& m : matches) {
    if (m.name == "GB18030" && !gb) gb = &m;
    if (m.name == "Big5" && !big5) big5 = &m;
    bool unicode =
        m.name == "UTF-8" || ((starts_with(m.name, "UTF-16") || starts_with(m.name, "UTF-32")) && m.confidence >= 60);
    if (!other && (unicode || m.name == "ISO-8859-1" || m.name == "windows-1252")) other = &m;
  }
  auto chinese = [&]() -> Encoding {
    if (big5 && (!gb || big5->confidence > gb->confidence)) return encoding_of(Family::Big5);
    return gb18030_encoding();
  };
  if (matches.empty()) return gb18030_encoding();
  const std::string& top = matches.front().name;
  if (is_chinese(top) || is_other_cjk(top) || !other) return chinese();
  if (other->name == "UTF-8") return utf8_encoding();
  if (other->name == "UTF-16LE") return encoding_of(Family::Utf16LE);
  if (other->name == "UTF-16BE") return encoding_of(Family::Utf16BE);
  if (other->name == "UTF-32LE") return encoding_of(Family::Utf32LE);
  if (other->name == "UTF-32BE") return encoding_of(Family::Utf32BE);
  return encoding_of(Family::Windows1252);
}

bool starts_as_markup(std::string_view bytes) {
  std::size_t i = 0;
  while (i < bytes.size() && i < 1024 && is_ascii_space(bytes[i])) ++i;
  return i < bytes.size() && bytes[i] == '<';
}

Encoding detect(std::string_view bytes) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> detector(ucsdet_open(&status), ucsdet_close);
  if (U_FAILURE(status)) return gb18030_encoding();
  // Start at the first non-ASCII byte: the head of a page is ASCII and tells
  // the detector nothing, and an ASCII byte before it means no character is cut.
  std::size_t start = 0;
  while (start < bytes.size() && static_cast<unsigned char>(bytes[start]) < 0x80) ++start;
  if (start == bytes.size()) start = 0;
  std::string_view sample = bytes.substr(start, kDetectBytes);
  ucsdet_setText(detector.get(), sample.data(), static_cast<int32_t>(sample.size()), &status);
  ucsdet_enableInputFilter(detector.get(), starts_as_markup(bytes));  // ignore tags
  int32_t count = 0;
  const UCharsetMatch** found = ucsdet_detectAll(detector.get(), &count, &status);
  std::vector<DetectorMatch> matches;
  for (int32_t k = 0; U_SUCCESS(status) && k < count; ++k) {
    const char* name = ucsdet_getName(found[k], &status);
    int confidence = ucsdet_getConfidence(found[k], &status);
    if (U_SUCCESS(status) && name) matches.push_back({name, confidence});
  }
  return choose_detected(matches);
}

// ---------------------------------------------------------------------------
// Diagnostics: where the bad bytes and the ignored labels were

// Walks the decoded text to give 1-based line and column (in code points)
// of byte offsets, which must come in ascending order.
struct TextCursor {
  std::string_view text;
  std::size_t i = 0;
  int line = 1;
  int column = 1;

  void advance_to(std::size_t offset) {
    for (; i < offset && i < text.size(); ++i) {
      char c = text[i];
      if (c == '\n' || (c == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) {
        ++line;
        column = 1;
      } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80 && c != '\r') {
        ++column;
      }
    }
  }
};

// The invalid-bytes diagnostics (first kMaxInvalidDiagnostics, then one
// summary) and a note on dropped NULs, placed in one pass over the text.
void attach_positions(const Sink& sink, const std::string& iana, std::vector<Diagnostic>& out) {
  TextCursor cursor{sink.text};
  for (std::size_t k = 0; k < sink.bad.size(); ++k) {
    const BadBytes& b = sink.bad[k];
    cursor.advance_to(b.out_offset);
    Diagnostic d;
    d.severity = Severity::Warning;
    d.code = "invalid-bytes";
    d.line = cursor.line;
    d.column = cursor.column;
    if (k == kMaxInvalidDiagnostics) {
      d.message = fmt::format(
          "{} more byte sequences from byte offset {} on cannot be decoded as {}; each was "
          "replaced by U+FFFD",
          sink.bad_total - kMaxInvalidDiagnostics, b.byte_offset, iana);
    } else {
      std::string hex;
      for (std::size_t j = 0; j < b.count; ++j) hex += fmt::format("{}0x{:02X}", j ? " " : "", b.bytes[j]);
      d.message = fmt::format("byte{} {} at byte offset {} cannot be decoded as {}; replaced by U+FFFD",
                              b.count == 1 ? "" : "s", hex, b.byte_offset, iana);
    }
    out.push_back(std::move(d));
  }
  if (sink.nuls_dropped) {
    TextCursor at_nul{sink.text};
    at_nul.advance_to(sink.first_nul_out);
    Diagnostic d;
    d.severity = Severity::Note;
    d.code = "nul-dropped";
    d.line = at_nul.line;
    d.column = at_nul.column;
    d.message = sink.nuls_dropped == 1
                    ? std::string("a NUL character was dropped from the text here")
                    : fmt::format("{} NUL characters were dropped from the text, the first here", sink.nuls_dropped);
    out.push_back(std::move(d));
  }
}

Diagnostic label_note(std::string code, std::string message, std::string_view bytes, std::optional<std::size_t> at) {
  Diagnostic d;
  d.severity = Severity::Note;
  d.code = std::move(code);
  d.message = std::move(message);
  d.line = 1;
  d.column = 1;
  if (at) {  // the head of a page is ASCII: count lines and bytes
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < *at && i < bytes.size(); ++i) {
      if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.size() || bytes[i + 1] != '\n'))) {
        ++d.line;
        line_start = i + 1;
      }
    }
    d.column = static_cast<int>(*at - line_start) + 1;
  }
  return d;
}

// ---------------------------------------------------------------------------
// Evidence against a declared label

// GB and Big5 both pair a lead byte 0x81-0xFE with a trail byte, but the
// trail of a GB2312 character is always 0xA1-0xFE, while about 40 % of Big5
// characters have a trail of 0x40-0x7E. The share of such trails among
// double-byte pairs (in the first 64 KB) tells the two apart; nullopt when
// there are too few pairs to say.
constexpr double kBig5LowTrailShare = 0.25;  // above: Big5, not GB
constexpr double kGbLowTrailShare = 0.05;    // below: GB, not Big5
constexpr std::size_t kMinPairs = 20;

std::optional<double> low_trail_share(std::string_view bytes) {
  std::string_view sample = bytes.substr(0, 64 * 1024);
  std::size_t pairs = 0, low = 0;
  for (std::size_t i = 0; i + 1 < sample.size();) {
    auto lead = static_cast<unsigned char>(sample[i]);
    if (lead < 0x81 || lead == 0xFF) {
      ++i;
      while (i + 8 <= sample.size()) {  // eight ASCII bytes at a time
        std::uint64_t v;
        std::memcpy(&v, sample.data() + i, 8);
        if (v & kHighBits) break;
        i += 8;
      }
      continue;
    }
    auto trail = static_cast<unsigned char>(sample[i + 1]);
    if (trail >= 0x30 && trail <= 0x39) {  // GB18030 four-byte sequence
      i += 4;
      continue;
    }
    ++pairs;
    low += trail >= 0x40 && trail <= 0x7E;
    i += 2;
  }
  if (pairs < kMinPairs) return std::nullopt;
  return static_cast<double>(low) / static_cast<double>(pairs);
}

// Latin-1 text has lone accented letters between ASCII ones; CJK text in a
// double-byte encoding has runs of high bytes. True when at least 20 high
// bytes in the first 64 KB and 80 % of them sit next to another one.
bool cjk_shaped(std::string_view bytes) {
  std::string_view sample = bytes.substr(0, 64 * 1024);
  auto high = [&](std::size_t i) { return static_cast<unsigned char>(sample[i]) >= 0x80; };
  std::size_t total = 0, paired = 0;
  for (std::size_t i = 0; i < sample.size(); ++i) {
    if (!high(i)) continue;
    ++total;
    paired += (i > 0 && high(i - 1)) || (i + 1 < sample.size() && high(i + 1));
  }
  return total >= 20 && paired * 5 >= total * 4;
}

std::size_t count_non_ascii(std::string_view bytes) {
  std::size_t n = 0, i = 0;
  for (; i + 8 <= bytes.size(); i += 8) {  // eight bytes at a time: the multiply adds their high bits
    std::uint64_t v;
    std::memcpy(&v, bytes.data() + i, 8);
    n += static_cast<std::size_t>((((v & kHighBits) >> 7) * kLowBits) >> 56);
  }
  for (; i < bytes.size(); ++i) n += static_cast<unsigned char>(bytes[i]) >= 0x80;
  return n;
}

}  // namespace

// ---------------------------------------------------------------------------
// Putting it together

Decoded decode_to_utf8(std::string_view bytes, std::string_view override_label, TextCopy copy) {
  Decoded result;
  std::vector<Diagnostic> notes;
  const std::optional<Bom> bom = find_bom(bytes);
  auto new_sink = [&] {
    Sink sink;
    sink.may_borrow = copy == TextCopy::UnlessSame;
    return sink;
  };
  auto take_text = [&](Sink& sink) {
    result.text = std::move(sink.text);
    result.borrowed = sink.borrowed;
  };
  auto finish = [&](const Encoding& encoding, std::size_t begin, const Utf8Scan* scan) {
    Sink sink = new_sink();
    run_decoder(bytes, begin, encoding, scan, sink);
    result.encoding = encoding.iana;
    result.diagnostics = std::move(notes);
    attach_positions(sink, encoding.iana, result.diagnostics);
    take_text(sink);
    return std::move(result);
  };

  // 1. The caller's label wins, BOM or not; a BOM of the same encoding is skipped.
  if (!override_label.empty()) {
    if (auto resolved = resolve_label(override_label)) {
      Encoding enc = resolved->encoding;
      // "utf-16" and "utf-32" take their byte order from a BOM, else LE.
      if (resolved->family == Family::Utf16 && bom && bom->scheme == Scheme::Utf16BE)
        enc = encoding_of(Family::Utf16BE);
      if (resolved->family == Family::Utf32 && bom && bom->scheme == Scheme::Utf32BE)
        enc = encoding_of(Family::Utf32BE);
      std::size_t begin = bom && bom->scheme == enc.scheme && enc.scheme != Scheme::Icu ? bom->length : 0;
      return finish(enc, begin, nullptr);
    }
    notes.push_back(
        label_note("unknown-encoding",
                   fmt::format("encoding label \"{}\" is not known; the encoding was detected instead", override_label),
                   bytes, std::nullopt));
  }

  // 2. A byte order mark.
  if (bom) return finish(Encoding{bom->scheme, "", std::string(bom->iana)}, bom->length, nullptr);

  const Utf8Scan scan = scan_utf8(bytes);

  // 3. A charset declared in the markup, unless the bytes contradict it.
  if (auto declared = prescan_label(bytes)) {
    auto resolved = resolve_label(declared->label);
    if (!resolved) {
      notes.push_back(label_note("unknown-encoding",
                                 fmt::format("declared charset \"{}\" is not known; the encoding was detected "
                                             "instead",
                                             declared->label),
                                 bytes, declared->offset));
    } else {
      Encoding enc = resolved->encoding;
      // A label read through ASCII cannot be UTF-16 or UTF-32 (HTML's rule).
      if (resolved->family && (is_utf16_family(*resolved->family) || is_utf32_family(*resolved->family)))
        enc = utf8_encoding();
      auto mismatch = [&](std::string_view used) {
        notes.push_back(label_note(
            "encoding-mismatch",
            fmt::format("declared charset \"{}\" does not fit the bytes; decoded as {}", declared->label, used), bytes,
            declared->offset));
      };
      if (enc.scheme == Scheme::Utf8) {
        if (scan.invalid <= scan.multibyte) return finish(enc, 0, &scan);
        Encoding detected = detect(bytes);
        mismatch(detected.iana);
        return finish(detected, 0, nullptr);
      }
      if (plausibly_utf8(scan) && scan.multibyte > 0) {  // a cut-off UTF-8 page is still UTF-8
        mismatch("UTF-8");
        return finish(utf8_encoding(), 0, &scan);
      }
      // A legacy label is suspect when decoding by it leaves many bytes
      // undecodable, or when a GB label sits on Big5-shaped bytes or the
      // reverse; then the detector's answer wins if it decodes as cleanly.
      Sink sink = new_sink();
      run_decoder(bytes, 0, enc, nullptr, sink);
      // At least 3 bad sequences are tolerated: below that, no need to count.
      const bool many_bad =
          sink.bad_total > 3 && sink.bad_total > std::max<std::size_t>(3, count_non_ascii(bytes) / 100);
      const bool chinese = resolved->family == Family::Gb18030 || resolved->family == Family::Big5;
      const std::optional<double> low_trails = chinese ? low_trail_share(bytes) : std::nullopt;
      const bool suspect = many_bad || (resolved->family == Family::Windows1252 && cjk_shaped(bytes)) ||
                           (low_trails && resolved->family == Family::Gb18030 && *low_trails > kBig5LowTrailShare) ||
                           (low_trails && resolved->family == Family::Big5 && *low_trails < kGbLowTrailShare);
      if (suspect) {
        Encoding detected = detect(bytes);
        if (detected.iana != enc.iana) {
          Sink other = new_sink();
          run_decoder(bytes, 0, detected, &scan, other);
          if (other.bad_total <= sink.bad_total) {
            mismatch(detected.iana);
            result.encoding = detected.iana;
            result.diagnostics = std::move(notes);
            attach_positions(other, detected.iana, result.diagnostics);
            take_text(other);
            return result;
          }
        }
      }
      result.encoding = enc.iana;
      result.diagnostics = std::move(notes);
      attach_positions(sink, enc.iana, result.diagnostics);
      take_text(sink);
      return result;
    }
  }

  // 4. UTF-16 without a BOM (before the UTF-8 test: Latin UTF-16 is ASCII
  // and NUL bytes, which is valid UTF-8).
  if (Utf16Guess guess = guess_utf16(bytes); guess.likely)
    return finish(Encoding{guess.scheme, "", guess.scheme == Scheme::Utf16LE ? "UTF-16LE" : "UTF-16BE"}, 0, nullptr);

  // 5. Valid UTF-8 is UTF-8 (a cut-off last character or a rare bad byte does
  // not change that), 6. otherwise ask the detector.
  if (plausibly_utf8(scan)) return finish(utf8_encoding(), 0, &scan);
  return finish(detect(bytes), 0, &scan);
}

}  // namespace tongbao::detail
