// The GB18030 table decoder (converters.cc) against ICU's own converter,
// through decode_to_utf8 with the label that picks it.
#include <unicode/ucnv.h>
#include <unicode/ustring.h>

#include <catch2/catch.hpp>
#include <memory>
#include <string>
#include <vector>

#include "decode/decode.h"
#include "decode/decode_test_support.h"

using tongbao::detail::decode_to_utf8;
using tongbao::detail::Decoded;
using tongbao::test::encode;

namespace {

// GB18030 bytes to UTF-8 by ICU alone, the reference for the table decoder.
std::string icu_gb18030(const std::string& bytes) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> cnv(ucnv_open("GB18030", &status), ucnv_close);
  REQUIRE(U_SUCCESS(status));
  std::vector<UChar> utf16(bytes.size() * 2 + 4);
  const int32_t units = ucnv_toUChars(cnv.get(), utf16.data(), static_cast<int32_t>(utf16.size()), bytes.data(),
                                      static_cast<int32_t>(bytes.size()), &status);
  REQUIRE(U_SUCCESS(status));
  std::string out(static_cast<std::size_t>(units) * 3 + 4, '\0');
  int32_t length = 0;
  u_strToUTF8(out.data(), static_cast<int32_t>(out.size()), &length, utf16.data(), units, &status);
  REQUIRE(U_SUCCESS(status));
  out.resize(static_cast<std::size_t>(length));
  return out;
}

}  // namespace

TEST_CASE("GB18030 two-byte text decodes as ICU decodes it", "[decode]") {
  // Every two-byte code, each between ASCII letters, in one page.
  std::string all;
  for (unsigned lead = 0x81; lead <= 0xFE; ++lead) {
    for (unsigned trail = 0x40; trail <= 0xFE; ++trail) {
      if (trail == 0x7F) continue;
      all += static_cast<char>(lead);
      all += static_cast<char>(trail);
      all += 'a';
    }
  }
  const Decoded every = decode_to_utf8(all, "gb18030");
  CHECK(every.encoding == "GB18030");
  CHECK(every.text == icu_gb18030(all));
  // Pages of common characters, and the same with a four-byte sequence, a
  // stray lead byte or a bad trail, which take ICU's path.
  const std::string page = encode("<p>关于“三重一大”制度执行不到位的问题，整改完成率100%。</p>\n", "GB18030");
  for (const std::string& bytes :
       {page, page + "\x81\x30\x81\x30" + page, page + "\x81" + page, page + "\x81\x7F" + page, page + "\x80",
        page + "\xFF", page + std::string("\0", 1) + page, page + "\x81"}) {
    const Decoded d = decode_to_utf8(bytes, "gb18030");
    INFO(bytes);
    if (d.diagnostics.empty()) CHECK(d.text == icu_gb18030(bytes));
    CHECK(d.encoding == "GB18030");
  }
  CHECK(decode_to_utf8(page, "gb18030").text == "<p>关于“三重一大”制度执行不到位的问题，整改完成率100%。</p>\n");
}
