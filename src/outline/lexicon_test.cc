#include "outline/lexicon.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <catch2/catch.hpp>
#include <memory>

#include "text/utf8.h"

using namespace tongbao::detail;

TEST_CASE("every traditional pair agrees with ICU's Traditional-Simplified", "[lexicon]") {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Transliterator> t(
      icu::Transliterator::createInstance("Traditional-Simplified", UTRANS_FORWARD, status));
  REQUIRE(U_SUCCESS(status));
  REQUIRE(lexicon::traditional_pairs().size() > 100);
  for (auto [traditional, simplified] : lexicon::traditional_pairs()) {
    icu::UnicodeString s(static_cast<UChar32>(traditional));
    t->transliterate(s);
    INFO(static_cast<int>(traditional));
    CHECK(s == icu::UnicodeString(static_cast<UChar32>(simplified)));
  }
}

TEST_CASE("the simplified shadow keeps byte offsets", "[lexicon]") {
  const std::string text = "關於“幹部教育”的問題。整改情況：一是";
  const std::string shadow = lexicon::simplified_shadow(text);
  CHECK(shadow.size() == text.size());
  CHECK(shadow == "关于“干部教育”的问题。整改情况：一是");
  CHECK(lexicon::simplified_shadow("abc 一是") == "abc 一是");
}

TEST_CASE("tables hold simplified phrases only", "[lexicon]") {
  for (auto table : {lexicon::labels(), lexicon::closing_openers(), lexicon::footer_phrases(),
                     lexicon::info_line_keys(), lexicon::title_endings()}) {
    for (std::string_view phrase : table) {
      INFO(std::string(phrase));
      CHECK(lexicon::simplified_shadow(phrase) == phrase);
    }
  }
}

TEST_CASE("has_traditional finds what simplified_shadow would replace", "[lexicon]") {
  for (auto [traditional, simplified] : lexicon::traditional_pairs()) {
    std::string text = "ab整改";
    append_utf8(text, traditional);
    text += "。";
    INFO(static_cast<int>(traditional));
    CHECK(lexicon::has_traditional(text));
    std::string plain = "ab整改";
    append_utf8(plain, simplified);
    CHECK_FALSE(lexicon::has_traditional(plain));
  }
  const struct {
    const char* text;
    bool traditional;
  } cases[] = {
      {"", false},
      {"整改情况：一是", false},
      {"整改情況：", true},
      {"關", true},
      {"\xE9\x97\x9C", true},          // 關 itself
      {"\xE9\x97", false},             // 關 cut short
      {"\xE9\x97\x41\x9C", false},     // a lead with a broken sequence
      {"x\xE4\xB8", false},            // a truncated ideograph at the end
      {"\xE4\xB8\x80\xE9\x97\x9C", true},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    CHECK(lexicon::has_traditional(c.text) == c.traditional);
    CHECK((lexicon::simplified_shadow(c.text) != c.text) == c.traditional);
  }
}

