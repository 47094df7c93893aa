#include "text/utf8.h"

#include <catch2/catch.hpp>
#include <string>
#include <utility>

using tongbao::detail::count_chars;
using tongbao::detail::count_chars_between;

namespace {
// The definition, a byte at a time: bytes that are not 10xxxxxx.
int reference_count(const std::string& s) {
  int n = 0;
  for (unsigned char b : s) n += (b & 0xC0) != 0x80;
  return n;
}
}  // namespace

TEST_CASE("count_chars counts code points, eight bytes at a time or not", "[utf8]") {
  struct Case {
    std::string text;
    int chars;
  };
  const Case cases[] = {
      {"", 0},
      {"abc", 3},
      {"中文", 2},
      {"一二三四五六七八", 8},                       // 24 bytes: three whole words
      {"ab中文cd（一）12345", 14},                   // mixed widths across word edges
      {"😀😀😀", 3},                                  // 4-byte sequences
      {std::string("\x80\x80\x80\x80\x80\x80\x80\x80\x80", 9), 0},  // stray continuation bytes
      {std::string("\xff\xfe\xc0\x7f\x40\xbf\xe4\xb8\xad", 9), 6},  // 0xBF, 0xB8, 0xAD are continuations
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(count_chars(c.text) == c.chars);
  }
  // Long runs: the sixteen-byte counters are summed before they overflow.
  for (std::size_t n : {4079u, 4080u, 4081u, 9000u}) {
    const std::string continuations(n, '\x80');
    CHECK(count_chars(continuations) == 0);
    std::string text;
    while (text.size() < n) text += "中";
    CHECK(count_chars(text) == static_cast<int>(text.size() / 3));
  }
  // Every byte value at every position of a word and its tail.
  for (int b = 0; b < 256; ++b) {
    for (std::size_t at = 0; at < 37; ++at) {
      std::string s(37, 'x');  // two blocks of sixteen, a word of eight, a tail
      s[at] = static_cast<char>(b);
      INFO(b << " at " << at);
      CHECK(count_chars(s) == reference_count(s));
    }
  }
}

TEST_CASE("count_chars_between counts a stretch of a longer text", "[utf8]") {
  // Every stretch of texts around the sixteen-byte edges, against the definition.
  const std::string texts[] = {"", "a", "中", "一二三四五六七八九十", "ab中文cd（一）12345，关于“学懂”的问题。",
                               std::string("\xff\x80\xe4\xb8\xad\xbf\x7f\xc0", 8) + "中文中文中文中文中文中文"};
  for (const std::string& text : texts) {
    for (std::size_t from = 0; from <= text.size(); ++from) {
      for (std::size_t to = from; to <= text.size(); ++to) {
        INFO(text << " " << from << ".." << to);
        CHECK(count_chars_between(text, from, to) == reference_count(text.substr(from, to - from)));
      }
    }
  }
  // Long stretches: past what the per-byte counters hold, the byte loop counts.
  for (std::size_t n : {4079u, 4080u, 4081u, 9000u}) {
    std::string text;
    while (text.size() < n) text += "中";
    CHECK(count_chars_between(text, 3, text.size()) == static_cast<int>(text.size() / 3) - 1);
  }
}

TEST_CASE("cjk_ideograph_at recognises U+4000..U+9FFF only, whole", "[utf8]") {
  using tongbao::detail::cjk_ideograph_at;
  struct Case {
    std::string text;
    std::size_t at;
    bool ideograph;
  };
  const Case cases[] = {
      {"一", 0, true},                     // U+4E00
      {"\u4000", 0, true},                 // first of the range
      {"\u9fff", 0, true},                 // last
      {"a一", 1, true},
      {"\u3fff", 0, false},                // E3: below the range
      {"\u3000", 0, false},                // ideographic space
      {"\ua000", 0, false},                // EA: above the range
      {"。", 0, false},
      {"（", 0, false},                    // EF: full-width punctuation
      {"a", 0, false},
      {"\xe4\xb8", 0, false},              // cut off
      {std::string("\xe4\xb8" "a", 3), 0, false},  // not a continuation byte
      {"一", 1, false},                    // inside a character
  };
  for (const Case& c : cases) {
    INFO(c.text << " at " << c.at);
    CHECK(cjk_ideograph_at(c.text, c.at) == c.ideograph);
  }
}

TEST_CASE("count_byte counts one byte value, eight bytes at a time or not", "[utf8]") {
  using tongbao::detail::count_byte;
  struct Case {
    std::string text;
    char byte;
    int count;
  };
  const Case cases[] = {
      {"", '\n', 0},
      {"\n", '\n', 1},
      {"a\nb\nc", '\n', 2},
      {"\n\n\n\n\n\n\n\n\n", '\n', 9},                  // a whole word and one more
      {"一\n二\n三\n四\n五\n", '\n', 5},                 // between multi-byte characters
      {std::string("\x00\x01\x7f\x80\xff\n\x8a\x0b", 8), '\n', 1},  // neighbours of 0x0A
      {std::string("\x8a\x8a\x8a\x8a\x8a\x8a\x8a\x8a", 8), '\n', 0},
      {std::string("a\0b\0", 4), '\0', 2},
      {"\xff\xff\xff\xff\xff\xff\xff\xff\xff", '\xff', 9},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(count_byte(c.text, c.byte) == c.count);
  }
  // Every byte value at every position of a word and its tail.
  for (int b = 0; b < 256; ++b) {
    for (std::size_t at = 0; at < 11; ++at) {
      std::string s(11, '\n');
      s[at] = static_cast<char>(b);
      INFO(b << " at " << at);
      CHECK(count_byte(s, '\n') == (b == '\n' ? 11 : 10));
      CHECK(count_byte(s, static_cast<char>(b)) == (b == '\n' ? 11 : 1));
    }
  }
}

TEST_CASE("well_formed_length follows Unicode Table 3-7", "[utf8]") {
  struct Case {
    std::string_view bytes;
    std::size_t expected;
  };
  const Case cases[] = {
      {"a", 1},
      {"\xC2\xA0", 2},          // U+00A0
      {"\xC1\xBF", 0},          // overlong
      {"\xE4\xB8\x80", 3},      // 一
      {"\xE0\x9F\xBF", 0},      // overlong three-byte
      {"\xE0\xA0\x80", 3},      // U+0800
      {"\xED\xA0\x80", 0},      // a surrogate
      {"\xEF\xBC\x8C", 3},      // ，
      {"\xE4\xB8", 0},          // cut short
      {"\xF0\x9F\x98\x80", 4},  // U+1F600
      {"\xF0\x8F\xBF\xBF", 0},  // overlong four-byte
      {"\xF4\x90\x80\x80", 0},  // past U+10FFFF
      {"\x80", 0},              // a lone continuation byte
      {"\xFF", 0},
  };
  for (const Case& c : cases) {
    INFO(c.bytes.size() << " bytes");
    CHECK(tongbao::detail::well_formed_length(c.bytes, 0) == c.expected);
  }
}

TEST_CASE("repair_utf8: one U+FFFD per maximal subpart of an ill-formed sequence", "[text][utf8]") {
  using tongbao::detail::repair_utf8;
  const std::string r = "\xEF\xBF\xBD";  // U+FFFD
  const std::pair<std::string, std::string> rows[] = {
      {"通报", "通报"},
      {"\xE4\xB8" "a", r + "a"},                // truncated: the two bytes are one subpart
      {"\xFF\xFE", r + r},                      // never a lead byte: one each
      {"\xE0\x80\x80", r + r + r},              // overlong: E0 takes A0..BF only
      {"\xED\xA0\x80", r + r + r},              // a surrogate: ED takes 80..9F only
      {"\xF4\x90\x80\x80", r + r + r + r},      // past U+10FFFF
      {"\xF0\x9F\x98", r},                      // cut off at the end: one
      {"a\xC3", "a" + r},
      {"\xB8\xD5\xA4", r + "\xD5\xA4"},         // a stray continuation byte, then U+0564
  };
  for (const auto& [in, want] : rows) {
    INFO(in);
    CHECK(repair_utf8(in) == want);
  }
}
