// sniff_binary: the formats it names, the texts it leaves alone, and its
// thresholds with the NUL and control bytes anywhere in the sample (inside
// the blocks it counts sixteen bytes at a time and in the bytes after the
// last block); looks_like_html: pages told from plain notices.
#include "decode/sniff.h"

#include <catch2/catch.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "decode/decode_test_support.h"

using tongbao::detail::looks_like_html;
using tongbao::detail::looks_like_markdown;
using tongbao::detail::sniff_binary;
using tongbao::test::encode;
using tongbao::test::kBig5Text;
using tongbao::test::kParagraph;
using tongbao::test::read_sample;

namespace {

// `length` bytes of ASCII text with `count` copies of `mark`, spread from
// `from` to the end.
std::string text_with(std::size_t length, std::size_t count, char mark, std::size_t from = 0) {
  std::string text;
  while (text.size() < length) text += "notice line\n";
  text.resize(length);
  for (std::size_t k = 0; k < count; ++k) text[from + k * (length - from) / count] = mark;
  return text;
}

}  // namespace

TEST_CASE("sniff_binary counts NUL and control bytes wherever they fall", "[sniff]") {
  const std::optional<std::string> binary = "binary data";
  struct Row {
    const char* name;
    std::string bytes;
    std::optional<std::string> what;
  } rows[] = {
      // 4096 bytes: more than 1 % NULs (41) or 5 % controls (205) make a binary.
      {"40 NULs", text_with(4096, 40, '\0'), std::nullopt},
      {"41 NULs", text_with(4096, 41, '\0'), binary},
      {"204 controls", text_with(4096, 204, '\x01'), std::nullopt},
      {"205 controls", text_with(4096, 205, '\x01'), binary},
      {"205 DELs", text_with(4096, 205, '\x7F'), binary},
      {"205 escapes", text_with(4096, 205, '\x1B'), std::nullopt},
      {"tabs and form feeds", text_with(4096, 2000, '\t') + std::string(1000, '\f'), std::nullopt},
      {"vertical tabs and returns", text_with(4096, 2000, '\v') + std::string(1000, '\r'), std::nullopt},
      {"controls past the sample", text_with(4096, 0, 'x') + std::string(1000, '\x02'), std::nullopt},
      // 1000 bytes (62 blocks and 8 bytes): NULs only in the last eight.
      {"8 NULs at the end", text_with(1000, 8, '\0', 992), std::nullopt},  // 8 is not more than 1 %
      {"11 NULs at the end", text_with(1000, 11, '\0', 989), binary},
      {"7 bytes, all NUL", std::string(7, '\0'), std::nullopt},  // fewer than 8
      {"8 bytes, all NUL", std::string(8, '\0'), binary},
      {"15 bytes, all control", std::string(15, '\x03'), binary},
  };
  for (const Row& row : rows) {
    INFO(row.name);
    CHECK(sniff_binary(row.bytes) == row.what);
  }
}

TEST_CASE("sniff_binary names binary formats and leaves text alone", "[decode]") {
  std::string random;
  std::uint32_t state = 12345;
  for (int k = 0; k < 4096; ++k) {
    state = state * 1103515245u + 12345u;
    random += static_cast<char>((state >> 16) & 0xFF);
  }
  struct Case {
    const char* name;
    std::string bytes;
    std::optional<std::string> what;
  };
  const std::vector<Case> cases = {
      {"PNG", std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16), "a PNG image"},
      {"JPEG", std::string("\xFF\xD8\xFF\xE0\0\x10JFIF", 10), "a JPEG image"},
      {"PDF", "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n", "a PDF document"},
      {"ZIP", std::string("PK\x03\x04\x14\0\x06\0", 8), "a ZIP archive (or a .docx/.xlsx document)"},
      {"GIF", "GIF89a\x01\x00", "a GIF image"},
      {"WebP", std::string("RIFF\x24\0\0\0WEBPVP8 ", 16), "a WebP image"},
      {"gzip", std::string("\x1F\x8B\x08\0", 4), "a gzip archive"},
      {"OLE2", "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "a Microsoft Office document (OLE2: .doc, .xls, .ppt)"},
      {"ELF",
       "\x7F"
       "ELF\x02\x01",
       "an ELF executable"},
      {"random bytes", random, "binary data"},
      {"text with a stray NUL", std::string("一、巡察整改\n\0（一）提高政治站位。\n", 50), std::nullopt},
      // Regression (fuzz/hostile): more than 1 % NULs made readable UTF-8 text "binary data".
      {"UTF-8 text padded with NULs (a cut download)", read_sample().substr(0, 1500) + std::string(2000, '\0'),
       std::nullopt},
      {"ASCII padded with NULs", std::string(1500, 'x') + std::string(2000, '\0'), "binary data"},
      {"text with a form feed and a bell", "page one\f\apage two\n", std::nullopt},
      {"UTF-16LE without BOM", encode(kParagraph, "UTF-16LE"), std::nullopt},
      {"UTF-16BE Latin without BOM", encode("Hello, world\nline two\n", "UTF-16BE"), std::nullopt},
      {"GB18030", encode(kParagraph, "GB18030"), std::nullopt},
      {"Big5", encode(kBig5Text, "windows-950"), std::nullopt},
      {"the sample", read_sample(), std::nullopt},
      {"empty", "", std::nullopt},
      {"text starting with BZh", "BZh is not bzip2 here\n", std::nullopt},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    CHECK(sniff_binary(c.bytes) == c.what);
  }
}

TEST_CASE("looks_like_html tells pages from plain notices", "[decode]") {
  struct Case {
    const char* name;
    std::string text;
    bool html;
  };
  const std::vector<Case> cases = {
      {"doctype", "<!DOCTYPE html>\n<html><body>巡察</body></html>", true},
      {"old doctype, upper case", "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\">", true},
      {"BOM, space and comment first", "\xEF\xBB\xBF  \n<!-- saved from url=(0040) -->\n<HTML>", true},
      {"bare head", "<head><title>通报</title></head>", true},
      {"bare meta", "<meta charset=\"gb2312\">", true},
      {"XHTML with XML declaration", "<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0//EN\">",
       true},
      {"XML that is not XHTML", "<?xml version=\"1.0\"?>\n<notice><title>通报</title></notice>", false},
      {"fragment of tags", "巡察整改\n<p>一、总体情况</p>\n<div class=\"x\">正文<br/>第二行</div>", true},
      {"plain notice", "关于巡察整改进展情况的通报\n\n一、总体情况\n（一）提高政治站位。", false},
      {"angle brackets that are no tags", "《条例》规定 a<b 且 c>d，<p 不是标签", false},
      {"one tag only", "see <b>this</b>", false},
      {"the sample", read_sample(), false},
      {"empty", "", false},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    CHECK(looks_like_html(c.text) == c.html);
  }
}

TEST_CASE("looks_like_markdown tells Markdown saved as text from plain notices", "[decode]") {
  struct Case {
    const char* text;
    bool markdown;
  };
  const Case cases[] = {
      // front matter
      {"---\ntitle: 某局关于巡察整改情况的通报\ndate: 2024-05-10\n---\n正文。\n", true},
      {"+++\ntitle = \"某局\"\n+++\n正文。\n", true},
      // html2text's and a reader's output: links, an ATX heading, bold lines
      {"[某局](/) > [巡察整改](/col/)\n\n# 某局关于巡察整改情况的通报\n\n**一、整改情况**\n\n正文。\n", true},
      {"某局关于巡察整改情况的通报\n==========\n\n**一、整改情况**\n\n**二、下一步打算**\n", true},
      // plain notices: a separator line, one bold line, a 【】 column
      {"某局关于巡察整改情况的通报\n---\n一、整改情况\n正文。\n", false},
      {"**一、整改情况**\n正文。\n二、下一步打算\n", false},
      {"【巡察整改】某局关于巡察整改情况的通报\n# 号楼改造完成\n一、整改情况\n", false},
      {"---\n未闭合的分隔线\n正文。\n", false},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(looks_like_markdown(c.text) == c.markdown);
  }
}
