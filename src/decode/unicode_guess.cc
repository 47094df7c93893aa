// unicode_guess.cc - the UTF-8 scan and the guess at UTF-16 without a BOM:
// whether bytes read as Unicode, asked before any detector.
#include "decode/unicode_guess.h"

#include <bit>
#include <cstring>

#include "scan/utf16_units.h"
#include "scan/utf8_validate.h"

namespace tongbao::detail {
namespace {

// ---------------------------------------------------------------------------
// UTF-8 validation: the common case, so it must cost almost nothing.

// Once invalid sequences outnumber valid ones by this many, the bytes are
// not UTF-8 by any rule below and the scan stops (`complete` is false).
constexpr std::size_t kClearlyNotUtf8 = 64;

// Four bytes as a little-endian number (one load on little-endian machines).
inline std::uint32_t load_le32(const unsigned char* p) {
  if constexpr (std::endian::native == std::endian::little) {
    std::uint32_t v;
    std::memcpy(&v, p, 4);
    return v;
  } else {
    return std::uint32_t{p[0]} | (std::uint32_t{p[1]} << 8) | (std::uint32_t{p[2]} << 16) | (std::uint32_t{p[3]} << 24);
  }
}

}  // namespace

Utf8Scan scan_utf8(std::string_view bytes) {
  Utf8Scan scan;
  // Well-formed UTF-8 is checked 32 bytes at a time; the loop below only
  // counts what follows the first ill-formed sequence.
  const Utf8Prefix prefix = well_formed_prefix(bytes);
  scan.multibyte = prefix.multibyte;
  scan.has_nul = prefix.has_nul;
  const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
  const std::size_t n = bytes.size();
  std::size_t i = prefix.length;
  while (i < n) {
    unsigned char b = s[i];
    if (b < 0x80) {
      if (b == 0) scan.has_nul = true;
      ++i;
      // Eight ASCII bytes without NUL at a time.
      while (i + 8 <= n) {
        std::uint64_t v;
        std::memcpy(&v, s + i, 8);
        if ((v & kHighBits) || ((v - kLowBits) & ~v & kHighBits)) break;
        i += 8;
      }
      continue;
    }
    // Runs of three-byte sequences (CJK text), checked with one mask each;
    // E0 and ED have narrower second bytes and take the general path.
    if (b >= 0xE1) {
      std::size_t start = i;
      while (i + 4 <= n) {
        const std::uint32_t v = load_le32(s + i);
        const std::uint32_t lead = v & 0xFF;
        if ((v & 0x00C0C0F0u) != 0x008080E0u || lead == 0xE0 || lead == 0xED) break;
        i += 3;
      }
      if (i != start) {
        scan.multibyte += (i - start) / 3;
        continue;
      }
    }
    std::size_t maximal = 0;
    std::size_t len = utf8_sequence(s, i, n, maximal);
    if (len) {
      ++scan.multibyte;
      i += len;
    } else {
      ++scan.invalid;
      scan.truncated_tail = i + maximal == n && b >= 0xC2 && b <= 0xF4;
      i += maximal;
      if (scan.invalid >= scan.multibyte + kClearlyNotUtf8) {
        scan.complete = false;
        break;
      }
    }
  }
  return scan;
}

// ---------------------------------------------------------------------------
// UTF-16 without BOM

namespace {

constexpr std::size_t kMinUtf16Units = 4;  // fewer is too little to tell

}  // namespace

Utf16Guess guess_utf16(std::string_view bytes) {
  std::string_view sample = bytes.substr(0, kSniffBytes);
  const std::size_t units = sample.size() / 2;
  Utf16Guess guess;
  if (units < kMinUtf16Units) return guess;
  double best = 0;
  for (Scheme scheme : {Scheme::Utf16LE, Scheme::Utf16BE}) {
    std::size_t plausible = 0, evidence = 0;
    // The share needs 9 units in 10 plausible: once the implausible ones
    // pass a tenth, the answer is known (UTF-8 text gets there early).
    // Checked every eight units or every unit: either way the answer is
    // the same, as the count of implausible units only grows.
    const auto most_implausible = static_cast<std::size_t>(0.1 * static_cast<double>(units));
    std::size_t k = 0;
    while (k < units) {
      if (k - plausible > most_implausible) break;
      if (k + 8 <= units &&
          count_eight_utf16_units(sample.data() + 2 * k, scheme == Scheme::Utf16BE, plausible, evidence)) {
        k += 8;
        continue;
      }
      auto b0 = static_cast<unsigned char>(sample[2 * k]);
      auto b1 = static_cast<unsigned char>(sample[2 * k + 1]);
      auto u = static_cast<std::uint16_t>(scheme == Scheme::Utf16LE ? (b1 << 8) | b0 : (b0 << 8) | b1);
      ++k;
      if (u >= 0xD800 && u <= 0xDBFF && k < units) {  // a surrogate pair counts as two text units
        auto c0 = static_cast<unsigned char>(sample[2 * k]);
        auto c1 = static_cast<unsigned char>(sample[2 * k + 1]);
        auto low = static_cast<std::uint16_t>(scheme == Scheme::Utf16LE ? (c1 << 8) | c0 : (c0 << 8) | c1);
        if (low >= 0xDC00 && low <= 0xDFFF) {
          plausible += 2;
          evidence += 2;
          ++k;
          continue;
        }
      }
      if (!plausible_utf16_text_unit(u)) continue;
      ++plausible;
      if (!(ascii_text_byte(b0) && ascii_text_byte(b1))) ++evidence;
    }
    double share = static_cast<double>(plausible) / static_cast<double>(units);
    if (share >= 0.9 && static_cast<double>(evidence) >= 0.3 * static_cast<double>(units) && share > best) {
      best = share;
      guess = {true, scheme};
    }
  }
  return guess;
}

std::string_view bomless_utf16(std::string_view bytes) {
  const Utf16Guess guess = guess_utf16(bytes);
  if (!guess.likely) return {};
  return guess.scheme == Scheme::Utf16LE ? "UTF-16LE" : "UTF-16BE";
}

}  // namespace tongbao::detail
