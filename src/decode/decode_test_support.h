// decode_test_support.h - what the tests of decode/ share: text encoded by
// ICU as it would come in, the sample notice, and notice texts to encode.
#pragma once

#include <unicode/ucnv.h>
#include <unicode/ustring.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

namespace tongbao::test {

// UTF-8 text to bytes in `charset`, with ICU's fromUChars; fails the test
// when a character cannot be encoded (ICU would substitute silently).
inline std::string encode(const std::string& utf8, const char* charset) {
  UErrorCode status = U_ZERO_ERROR;
  std::vector<UChar> utf16(utf8.size() + 1);
  int32_t units = 0;
  u_strFromUTF8(utf16.data(), static_cast<int32_t>(utf16.size()), &units, utf8.data(),
                static_cast<int32_t>(utf8.size()), &status);
  REQUIRE(U_SUCCESS(status));
  std::unique_ptr<UConverter, decltype(&ucnv_close)> cnv(ucnv_open(charset, &status), ucnv_close);
  REQUIRE(U_SUCCESS(status));
  ucnv_setFromUCallBack(cnv.get(), UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  std::string out(utf8.size() * 4 + 16, '\0');
  int32_t n = ucnv_fromUChars(cnv.get(), out.data(), static_cast<int32_t>(out.size()), utf16.data(), units, &status);
  REQUIRE(U_SUCCESS(status));
  out.resize(static_cast<std::size_t>(n));
  return out;
}

inline std::string read_sample() {
  std::ifstream in(std::string(TONGBAO_SOURCE_DIR) + "/data/samples/whdi-fgw-2024.txt", std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline const std::string kBig5Text = "巡察整改情況\r\n（一）關於“黨的領導”的問題。";
inline const std::string kParagraph =
    "一、巡察整改组织领导情况\n（一）提高政治站位，强化组织领导。巡察意见反馈后，市发改委党组高度重视，"
    "第一时间召开党组会议，认真学习市委巡察组反馈意见，研究部署整改工作，成立整改工作领导小组。\n";

}  // namespace tongbao::test
