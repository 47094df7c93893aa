#include "scan/utf8_validate.h"

#include <catch2/catch.hpp>
#include <cstdint>
#include <random>
#include <string>

#include "text/utf8.h"

using tongbao::detail::is_well_formed_utf8;
using tongbao::detail::next_code_point;
using tongbao::detail::Utf8Prefix;
using tongbao::detail::well_formed_prefix;

namespace {

// The definition, one code point at a time with utf8.h's strict decoder: the
// prefix ends where a sequence does not decode to itself.
Utf8Prefix reference_prefix(const std::string& s) {
  Utf8Prefix r;
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t j = i;
    const char32_t c = next_code_point(s, j);
    const bool replacement_literal = j - i == 3 && s.compare(i, 3, "\xEF\xBF\xBD") == 0;
    if (c == 0xFFFD && !replacement_literal) break;
    r.multibyte += j - i > 1;
    r.has_nul |= c == 0;
    i = j;
  }
  r.length = i;
  return r;
}

void check_same(const std::string& s) {
  const Utf8Prefix got = well_formed_prefix(s);
  const Utf8Prefix want = reference_prefix(s);
  CHECK(got.length == want.length);
  CHECK(got.multibyte == want.multibyte);
  CHECK(got.has_nul == want.has_nul);
}

}  // namespace

TEST_CASE("well_formed_prefix stops at the first ill-formed sequence", "[utf8]") {
  struct Case {
    std::string bytes;
    std::size_t length;
    std::size_t multibyte;
    bool nul;
  };
  const Case cases[] = {
      {"", 0, 0, false},
      {"plain ASCII", 11, 0, false},
      {std::string("a\0b", 3), 3, 0, true},
      {"中文（一）", 15, 5, false},
      {"é😀", 6, 2, false},
      {"\xEF\xBF\xBD", 3, 1, false},               // U+FFFD itself is fine
      {"ab\x80", 2, 0, false},                     // stray continuation
      {"ab\xC0\xAF", 2, 0, false},                 // overlong two bytes
      {"ab\xE0\x80\xAF", 2, 0, false},             // overlong three bytes
      {"ab\xF0\x80\x80\xAF", 2, 0, false},         // overlong four bytes
      {"ab\xED\xA0\x80", 2, 0, false},             // surrogate
      {"ab\xED\x9F\xBF", 5, 1, false},             // U+D7FF, just below
      {"ab\xF4\x90\x80\x80", 2, 0, false},         // above U+10FFFF
      {"ab\xF4\x8F\xBF\xBF", 6, 1, false},         // U+10FFFF
      {"ab\xF5\x80\x80\x80", 2, 0, false},         // no such lead
      {"ab\xFF", 2, 0, false},
      {"中\xE4\xB8", 3, 1, false},                 // cut off at the end
      {"中\xE4\xB8x", 3, 1, false},                // cut off before ASCII
      {"\xC3\xA9\xC3", 2, 1, false},
  };
  for (const Case& c : cases) {
    INFO(c.bytes);
    const Utf8Prefix got = well_formed_prefix(c.bytes);
    CHECK(got.length == c.length);
    CHECK(got.multibyte == c.multibyte);
    CHECK(got.has_nul == c.nul);
    CHECK(is_well_formed_utf8(c.bytes) == (c.length == c.bytes.size()));
    check_same(c.bytes);
  }
}

TEST_CASE("well_formed_prefix agrees with the strict decoder at block edges", "[utf8]") {
  // Every troublesome sequence at every offset around the 32-byte blocks,
  // after ASCII and after CJK text, and cut at every length.
  const std::string pieces[] = {
      "\xC2\x80", "\xDF\xBF", "\xE0\xA0\x80", "\xE0\x9F\xBF", "\xED\x9F\xBF", "\xED\xA0\x80", "\xEF\xBF\xBF",
      "\xF0\x90\x80\x80", "\xF0\x8F\xBF\xBF", "\xF4\x8F\xBF\xBF", "\xF4\x90\x80\x80", "\xF5\x80\x80\x80",
      "\xC0\x80", "\xC1\xBF", "\x80", "\xBF\xBF", std::string("\0", 1), "\xFE", "\xFF"};
  for (const std::string& filler : {std::string("a"), std::string("中")}) {
    for (const std::string& piece : pieces) {
      for (std::size_t cut = 1; cut <= piece.size(); ++cut) {
        for (std::size_t before = 0; before < 70; ++before) {
          std::string s;
          while (s.size() < before) s += filler;
          s += piece.substr(0, cut);
          INFO(before << " " << cut);
          check_same(s);
          check_same(s + "xyz");
          check_same(s + "中文中文中文中文中文中文中文中文中文中文中文");
        }
      }
    }
  }
}

TEST_CASE("well_formed_prefix agrees with the strict decoder on random bytes", "[utf8]") {
  std::mt19937 random(8);
  const std::string alphabet[] = {"a", "\n", "中", "，", "é", "😀", "\x80", "\xE4", "\xE4\xB8", "\xF0\x9F", "\xED\xA0\x80"};
  for (int round = 0; round < 3000; ++round) {
    std::string s;
    const std::size_t pieces = random() % 120;
    // Mostly valid text with a rare bad piece, so that errors land anywhere.
    for (std::size_t k = 0; k < pieces; ++k) {
      const std::size_t pick = random() % 100;
      s += pick < 95 ? alphabet[pick % 6] : alphabet[6 + pick % 5];
    }
    INFO(round);
    check_same(s);
  }
}
