#include "decode/decode.h"

#include <unicode/ustring.h>
#include <unicode/utrans.h>

#include <catch2/catch.hpp>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "decode/decode_test_support.h"
#include "text/utf8.h"

using tongbao::Diagnostic;
using tongbao::Severity;
using tongbao::detail::decode_to_utf8;
using tongbao::detail::Decoded;
using tongbao::detail::looks_like_html;
using tongbao::detail::sniff_binary;
using tongbao::test::encode;
using tongbao::test::kBig5Text;
using tongbao::test::kParagraph;
using tongbao::test::read_sample;

namespace {

// Simplified to traditional characters with ICU's Hans-Hant transliterator.
std::string to_traditional(const std::string& utf8) {
  UErrorCode status = U_ZERO_ERROR;
  std::vector<UChar> text(utf8.size() * 2 + 16);
  int32_t length = 0;
  u_strFromUTF8(text.data(), static_cast<int32_t>(text.size()), &length, utf8.data(), static_cast<int32_t>(utf8.size()),
                &status);
  std::unique_ptr<UTransliterator, decltype(&utrans_close)> trans(
      utrans_openU(u"Hans-Hant", -1, UTRANS_FORWARD, nullptr, 0, nullptr, &status), utrans_close);
  REQUIRE(U_SUCCESS(status));
  int32_t limit = length;
  utrans_transUChars(trans.get(), text.data(), &length, static_cast<int32_t>(text.size()), 0, &limit, &status);
  REQUIRE(U_SUCCESS(status));
  std::string out(static_cast<std::size_t>(length) * 4, '\0');
  int32_t bytes = 0;
  u_strToUTF8(out.data(), static_cast<int32_t>(out.size()), &bytes, text.data(), length, &status);
  REQUIRE(U_SUCCESS(status));
  out.resize(static_cast<std::size_t>(bytes));
  return out;
}

std::vector<const Diagnostic*> with_code(const Decoded& d, const std::string& code) {
  std::vector<const Diagnostic*> out;
  for (const Diagnostic& diag : d.diagnostics)
    if (diag.code == code) out.push_back(&diag);
  return out;
}

const std::string kGbText = "巡察整改—·镕基";  // — · 镕 are not in GB2312

}  // namespace

TEST_CASE("decode picks the encoding from labels, BOMs and evidence", "[decode]") {
  struct Case {
    const char* name;
    std::string bytes;
    std::string override_label;
    std::string encoding;
    std::string text;
  };
  const std::string gb_page_body = encode(kGbText, "GB18030");
  const std::vector<Case> cases = {
      {"UTF-8 without BOM", "巡察\r\nA\rB\n", "", "UTF-8", "巡察\r\nA\rB\n"},
      {"UTF-8 with BOM", "\xEF\xBB\xBF巡察\n", "", "UTF-8", "巡察\n"},
      {"pure ASCII", "plain text\n", "", "UTF-8", "plain text\n"},
      {"empty", "", "", "UTF-8", ""},
      {"UTF-16LE with BOM", "\xFF\xFE" + encode("巡察A\n", "UTF-16LE"), "", "UTF-16LE", "巡察A\n"},
      {"UTF-16BE with BOM", "\xFE\xFF" + encode("巡察A\n", "UTF-16BE"), "", "UTF-16BE", "巡察A\n"},
      {"UTF-32LE with BOM", std::string("\xFF\xFE\0\0", 4) + encode("巡𠀀\n", "UTF-32LE"), "", "UTF-32LE", "巡𠀀\n"},
      {"UTF-16LE Chinese without BOM", encode(kParagraph, "UTF-16LE"), "", "UTF-16LE", kParagraph},
      {"UTF-16BE Chinese without BOM", encode(kParagraph, "UTF-16BE"), "", "UTF-16BE", kParagraph},
      {"UTF-16LE Latin without BOM", encode("Hello, world\r\nline two", "UTF-16LE"), "", "UTF-16LE",
       "Hello, world\r\nline two"},
      {"meta charset gb2312 on GB18030 bytes", "<html><head><meta charset=\"gb2312\"></head><body>" + gb_page_body, "",
       "GB18030", "<html><head><meta charset=\"gb2312\"></head><body>" + kGbText},
      {"meta http-equiv, content first, GBK",
       "<HTML><HEAD><META CONTENT='text/html; charset=GBK' HTTP-EQUIV='Content-Type'>" + gb_page_body, "", "GB18030",
       "<HTML><HEAD><META CONTENT='text/html; charset=GBK' HTTP-EQUIV='Content-Type'>" + kGbText},
      {"meta http-equiv after a comment and a script",
       "<!-- <meta charset=utf-8> --><script a='>'></script><meta http-equiv=content-type "
       "content=\"text/html;charset=x-gbk\">" +
           gb_page_body,
       "", "GB18030",
       "<!-- <meta charset=utf-8> --><script a='>'></script><meta http-equiv=content-type "
       "content=\"text/html;charset=x-gbk\">" +
           kGbText},
      {"XML declaration", "<?xml version=\"1.0\" encoding='GB2312'?>\n<html>" + gb_page_body, "", "GB18030",
       "<?xml version=\"1.0\" encoding='GB2312'?>\n<html>" + kGbText},
      {"meta charset big5", "<meta charset=big5>\n" + encode(kBig5Text, "windows-950"), "", "Big5",
       "<meta charset=big5>\n" + kBig5Text},
      {"meta charset x-x-big5", "<meta charset=x-x-big5>" + encode(kBig5Text, "windows-950"), "", "Big5",
       "<meta charset=x-x-big5>" + kBig5Text},
      {"no label, GB18030 detected", encode(kParagraph, "GB18030"), "", "GB18030", kParagraph},
      {"labelled utf-8, bytes GB18030", "<meta charset=utf-8>\n" + encode(kParagraph, "GB18030"), "", "GB18030",
       "<meta charset=utf-8>\n" + kParagraph},
      {"labelled gb2312, bytes UTF-8", "<meta charset=gb2312>\n" + kGbText, "", "UTF-8",
       "<meta charset=gb2312>\n" + kGbText},
      {"labelled gb2312, bytes Big5", "<meta charset=gb2312>\n" + encode(to_traditional(kParagraph), "windows-950"), "",
       "Big5", "<meta charset=gb2312>\n" + to_traditional(kParagraph)},
      {"no label, Big5 detected", encode(to_traditional(kParagraph), "windows-950"), "", "Big5",
       to_traditional(kParagraph)},
      {"labelled big5, bytes GB18030", "<meta charset=big5>\n" + encode(kParagraph, "GB18030"), "", "GB18030",
       "<meta charset=big5>\n" + kParagraph},
      {"labelled iso-8859-1, bytes GB18030", "<meta charset=iso-8859-1>\n" + encode(kParagraph, "GB18030"), "",
       "GB18030", "<meta charset=iso-8859-1>\n" + kParagraph},
      {"labelled windows-1252, long Latin-1 text",
       "<meta charset=windows-1252>" + encode("café crème, déjà vu à Noël; ", "windows-1252") +
           encode("café crème, déjà vu à Noël; ", "windows-1252") +
           encode("café crème, déjà vu à Noël; ", "windows-1252") +
           encode("café crème, déjà vu à Noël; ", "windows-1252"),
       "", "windows-1252",
       "<meta charset=windows-1252>café crème, déjà vu à Noël; café crème, déjà vu à Noël; "
       "café crème, déjà vu à Noël; café crème, déjà vu à Noël; "},
      {"labelled utf-16 in ASCII markup means UTF-8", "<meta charset=utf-16>巡", "", "UTF-8",
       "<meta charset=utf-16>巡"},
      {"labelled windows-1252", "<meta charset=iso-8859-1>caf\xE9", "", "windows-1252",
       "<meta charset=iso-8859-1>café"},
      {"override beats the meta tag", "<meta charset=utf-8>" + gb_page_body, "gbk", "GB18030",
       "<meta charset=utf-8>" + kGbText},
      {"override beats UTF-8 evidence", "caf\xC3\xA9", "windows-1252", "windows-1252", "cafÃ©"},
      {"override utf-8 skips the BOM",
       "\xEF\xBB\xBF"
       "a",
       "UTF8", "UTF-8", "a"},
      {"override big5", encode(kBig5Text, "windows-950"), "Big5", "Big5", kBig5Text},
      {"override via ICU aliases", "\xE9", "latin2", "ISO-8859-2", "é"},
      {"NUL bytes are dropped", std::string("巡察\0整改\0\0。", 18), "", "UTF-8", "巡察整改。"},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    Decoded d = decode_to_utf8(c.bytes, c.override_label);
    CHECK(d.encoding == c.encoding);
    CHECK(d.text == c.text);
    CHECK(with_code(d, "invalid-bytes").empty());
  }
}

TEST_CASE("decode reads the sample in every encoding it can come in", "[decode]") {
  const std::string sample = read_sample();
  REQUIRE(sample.size() > 10000);
  struct Case {
    const char* charset;
    std::string prefix;
    std::string encoding;
  };
  const std::vector<Case> cases = {
      {"UTF-8", "", "UTF-8"},
      {"GB18030", "", "GB18030"},
      {"UTF-16LE", "\xFF\xFE", "UTF-16LE"},
      {"UTF-16BE", "", "UTF-16BE"},
      {"GB18030", "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head>\n",
       "GB18030"},
  };
  for (const Case& c : cases) {
    INFO(c.charset << " " << c.prefix);
    Decoded d = decode_to_utf8(c.prefix + encode(sample, c.charset));
    CHECK(d.encoding == c.encoding);
    CHECK(d.text == (c.encoding == "GB18030" ? c.prefix : std::string()) + sample);
    CHECK(d.diagnostics.empty());
  }
  const std::string traditional = to_traditional(sample);
  REQUIRE(traditional.find("問題整改情況") != std::string::npos);
  REQUIRE(traditional.find("關於") != std::string::npos);
  for (std::string prefix : {"", "<html><head><meta charset=\"big5\"></head>\n"}) {
    INFO("Big5 " << prefix);
    Decoded d = decode_to_utf8(prefix + encode(traditional, "windows-950"));
    CHECK(d.encoding == "Big5");
    CHECK(d.text == prefix + traditional);
    CHECK(d.diagnostics.empty());
  }
}

TEST_CASE("decode hands back a view of input that decodes to itself when let", "[decode]") {
  using tongbao::detail::TextCopy;
  struct Case {
    std::string input;
    bool borrowed;         // with TextCopy::UnlessSame
    std::size_t skipped;   // bytes before the view (a BOM)
    std::string expected;  // the text either way
  };
  const std::string gb_bytes = "\xD5\xFB\xB8\xC4";  // 整改 in GB18030
  const Case cases[] = {
      {"整改落实情况。\n2024年", true, 0, "整改落实情况。\n2024年"},
      {"\xEF\xBB\xBF整改", true, 3, "整改"},                    // after its BOM
      {"", true, 0, ""},
      {"整改\xFF情况", false, 0, "整改\xEF\xBF\xBD情况"},      // a bad byte is replaced: a new text
      {std::string("整改\0情况", 13), false, 0, "整改情况"},       // a NUL is dropped
      {"<meta charset=\"gbk\">" + gb_bytes, false, 0, "<meta charset=\"gbk\">整改"},
  };
  for (const Case& c : cases) {
    INFO(c.input);
    const auto lent = decode_to_utf8(c.input, {}, TextCopy::UnlessSame);
    CHECK(lent.borrowed.has_value() == c.borrowed);
    if (lent.borrowed) {
      CHECK(lent.borrowed->data() == c.input.data() + c.skipped);
      CHECK(lent.text.empty());
    }
    CHECK(lent.utf8() == c.expected);
    const auto copied = decode_to_utf8(c.input);  // TextCopy::Always
    CHECK_FALSE(copied.borrowed.has_value());
    CHECK(copied.text == c.expected);
    CHECK(copied.utf8() == c.expected);
    CHECK(copied.encoding == lent.encoding);
  }
}

TEST_CASE("decode notes dropped NULs once, at the first", "[decode]") {
  struct Case {
    std::string bytes;
    std::string label;
    std::string message;
    int line;
    int column;
  };
  const std::vector<Case> cases = {
      {std::string("巡察\n整\0改\0\0。", 19), "", "3 NUL characters were dropped from the text, the first here", 2, 2},
      {std::string("ab\0", 3), "", "a NUL character was dropped from the text here", 1, 3},
      {encode("巡察\n整", "GB18030") + std::string("\0", 1), "gbk", "a NUL character was dropped from the text here", 2,
       2},
      {std::string("\xFF\xFE"
                   "a\0\0\0b\0",
                   8),
       "", "a NUL character was dropped from the text here", 1, 2},
  };
  for (const Case& c : cases) {
    Decoded d = decode_to_utf8(c.bytes, c.label);
    auto notes = with_code(d, "nul-dropped");
    REQUIRE(notes.size() == 1);
    CHECK(notes[0]->severity == Severity::Note);
    CHECK(notes[0]->message == c.message);
    CHECK(notes[0]->line == c.line);
    CHECK(notes[0]->column == c.column);
  }
  CHECK(with_code(decode_to_utf8("巡察\n"), "nul-dropped").empty());
}

TEST_CASE("decode notes labels it ignores", "[decode]") {
  Decoded unknown = decode_to_utf8("巡察", "klingon");
  CHECK(unknown.encoding == "UTF-8");
  CHECK(unknown.text == "巡察");
  REQUIRE(with_code(unknown, "unknown-encoding").size() == 1);
  CHECK(with_code(unknown, "unknown-encoding")[0]->severity == Severity::Note);

  for (const std::string& label : {std::string("gb2312\0x", 8), std::string(100, 'x'), std::string("gb\x81")}) {
    Decoded odd = decode_to_utf8(encode(kParagraph, "GB18030"), label);
    CHECK(odd.encoding == "GB18030");  // detected
    CHECK(odd.text == kParagraph);
    CHECK(with_code(odd, "unknown-encoding").size() == 1);
  }

  Decoded declared = decode_to_utf8("<html>\n  <meta charset=\"x-nonsense\">\n巡察");
  CHECK(declared.encoding == "UTF-8");
  REQUIRE(with_code(declared, "unknown-encoding").size() == 1);
  CHECK(with_code(declared, "unknown-encoding")[0]->line == 2);
  CHECK(with_code(declared, "unknown-encoding")[0]->column == 18);

  Decoded lying = decode_to_utf8("<meta charset=gb2312>\n" + kGbText);
  REQUIRE(with_code(lying, "encoding-mismatch").size() == 1);
  CHECK(with_code(lying, "encoding-mismatch")[0]->message ==
        "declared charset \"gb2312\" does not fit the bytes; decoded as UTF-8");
}

TEST_CASE("undecodable bytes become U+FFFD with an invalid-bytes diagnostic", "[decode]") {
  struct Case {
    const char* name;
    std::string bytes;
    std::string override_label;
    std::string text;
    std::string message;
    int line;
    int column;
  };
  const std::vector<Case> cases = {
      {"bad byte in UTF-8",
       "巡察整改\n c\xFF"
       "d",
       "", "巡察整改\n c\uFFFDd", "byte 0xFF at byte offset 15 cannot be decoded as UTF-8; replaced by U+FFFD", 2, 3},
      {"truncated sequence at the end", "巡察\r\n整\xE6\x94", "", "巡察\r\n整\uFFFD",
       "bytes 0xE6 0x94 at byte offset 11 cannot be decoded as UTF-8; replaced by U+FFFD", 2, 2},
      {"lone CR ends a line", "巡察整改\rb\xC0", "", "巡察整改\rb\uFFFD",
       "byte 0xC0 at byte offset 14 cannot be decoded as UTF-8; replaced by U+FFFD", 2, 2},
      {"GB18030 with a bad byte",
       "<meta charset=gbk>\n" + encode("巡察", "GB18030") + "\xFF" + encode("整改", "GB18030"), "",
       "<meta charset=gbk>\n巡察\uFFFD整改",
       "byte 0xFF at byte offset 23 cannot be decoded as GB18030; replaced by U+FFFD", 2, 3},
      {"labelled gb2312, UTF-8 cut off mid-character", "<meta charset=gb2312>\n巡察整改\xE6\x83", "",
       "<meta charset=gb2312>\n巡察整改\uFFFD",
       "bytes 0xE6 0x83 at byte offset 34 cannot be decoded as UTF-8; replaced by U+FFFD", 2, 5},
      {"GB18030 cut off in a four-byte sequence", encode("巡察", "GB18030") + "\x81\x30\x81", "GB18030", "巡察\uFFFD",
       "bytes 0x81 0x30 0x81 at byte offset 4 cannot be decoded as GB18030; replaced by U+FFFD", 1, 3},
      {"Big5 with a bad trail byte",
       encode("巡察", "windows-950") + "\xA4\x0A"
                                       "x",
       "big5", "巡察\uFFFD\nx", "byte 0xA4 at byte offset 4 cannot be decoded as Big5; replaced by U+FFFD", 1, 3},
      {"UTF-16LE with a lone surrogate",
       std::string("\xFF\xFE"
                   "a\0\x00\xD8"
                   "b\0",
                   8),
       "", "a\uFFFDb", "bytes 0x00 0xD8 at byte offset 4 cannot be decoded as UTF-16LE; replaced by U+FFFD", 1, 2},
      {"UTF-16BE with an odd byte at the end", std::string("\xFE\xFF\0a\x4E", 5), "", "a\uFFFD",
       "byte 0x4E at byte offset 4 cannot be decoded as UTF-16BE; replaced by U+FFFD", 1, 2},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    Decoded d = decode_to_utf8(c.bytes, c.override_label);
    CHECK(d.text == c.text);
    auto bad = with_code(d, "invalid-bytes");
    REQUIRE(bad.size() == 1);
    CHECK(bad[0]->severity == Severity::Warning);
    CHECK(bad[0]->message == c.message);
    CHECK(bad[0]->line == c.line);
    CHECK(bad[0]->column == c.column);
  }
}

TEST_CASE("invalid-bytes diagnostics are capped with one summary", "[decode]") {
  for (const char* label : {"UTF-8", "GB18030"}) {
    INFO(label);
    std::string bytes = encode("巡察整改情况。", label);
    for (int k = 0; k < 1000; ++k) bytes += "x\xFF";
    Decoded d = decode_to_utf8(bytes, label);
    CHECK(d.encoding == label);
    auto bad = with_code(d, "invalid-bytes");
    REQUIRE(bad.size() == 21);
    if (std::string(label) == "UTF-8") {
      CHECK(bad[0]->message == "byte 0xFF at byte offset 22 cannot be decoded as UTF-8; replaced by U+FFFD");
      CHECK(bad[20]->message ==
            "980 more byte sequences from byte offset 62 on cannot be decoded as UTF-8; each was replaced by U+FFFD");
      CHECK(bad[20]->column == 49);
    }
    CHECK(bad[0]->column == 9);
    CHECK(bad[19]->column == 47);
  }
}

TEST_CASE("a GB18030 page with no charset and a long ASCII head is detected", "[decode]") {
  std::string head = "<!DOCTYPE html>\n<html><head><title>";
  std::string page = head + encode("关于巡察整改进展情况的通报", "GB18030") +
                     "</title>\n<script>var a = 1;</script></head>\n<body><div class=\"TRS_Editor\"><p>" +
                     encode(kParagraph, "GB18030") + "</p></div></body></html>\n";
  Decoded d = decode_to_utf8(page);
  CHECK(d.encoding == "GB18030");
  CHECK(d.text.find("关于巡察整改进展情况的通报") != std::string::npos);
  CHECK(d.diagnostics.empty());
}

TEST_CASE("decode survives damaged input and always yields UTF-8 without NUL", "[decode]") {
  const std::string sample = read_sample().substr(0, 6000);
  const std::vector<std::string> seeds = {
      sample,
      encode(sample, "GB18030"),
      "<meta charset=gb2312>" + encode(sample, "GB18030"),
      encode(to_traditional(sample), "windows-950"),
      "\xFF\xFE" + encode(sample, "UTF-16LE"),
      encode(sample, "UTF-16BE"),
      std::string("\xFF\xFE\0\0", 4) + encode(sample.substr(0, 300), "UTF-32LE"),
      "<?xml version='1.0' encoding='",
      "<meta http-equiv=content-type content='text/html; charset=",
      "\xEF\xBB\xBF",
      std::string("\0\0\0", 3),
  };
  const std::vector<std::string> labels = {"", "", "gbk", "big5", "utf-8", "utf-16", "latin1", "shift_jis", "bogus"};
  std::uint32_t state = 2024;
  auto next = [&state]() {
    state = state * 1664525u + 1013904223u;
    return state >> 8;
  };
  for (int round = 0; round < 300; ++round) {
    std::string bytes = seeds[next() % seeds.size()];
    const unsigned edits = next() % 12;
    for (unsigned e = 0; e < edits && !bytes.empty(); ++e) {
      std::size_t at = next() % bytes.size();
      switch (next() % 4) {
        case 0:
          bytes[at] = static_cast<char>(next() & 0xFF);
          break;  // flip a byte
        case 1:
          bytes.erase(at, 1 + next() % 7);
          break;  // drop bytes
        case 2:
          bytes.insert(at, std::string(1 + next() % 3, '\0'));
          break;  // NULs
        default:
          bytes.resize(at);
          break;  // truncate
      }
    }
    const std::string& label = labels[next() % labels.size()];
    INFO("round " << round << " label " << label);
    Decoded d = decode_to_utf8(bytes, label);
    CHECK(d.text.find('\0') == std::string::npos);
    std::size_t i = 0;
    bool valid = true;
    while (i < d.text.size()) {
      std::size_t before = i;
      char32_t c = tongbao::detail::next_code_point(d.text, i);
      if (c == 0xFFFD && d.text.compare(before, 3, "\xEF\xBF\xBD") != 0) valid = false;
    }
    CHECK(valid);
    CHECK(!d.encoding.empty());
    CHECK(with_code(d, "invalid-bytes").size() <= 21);
    (void)sniff_binary(bytes);
    (void)looks_like_html(d.text);
  }
}
