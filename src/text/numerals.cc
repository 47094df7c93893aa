// numerals.cc - Chinese numerals, read one way for every stage.
#include "text/numerals.h"

#include "text/utf8.h"

namespace tongbao::detail {

std::optional<std::int64_t> read_chinese_number(std::string_view s, std::size_t begin, std::size_t& end,
                                                bool& has_unit) {
  std::int64_t total = 0, section = 0, number = 0;
  bool any = false;
  has_unit = false;
  std::size_t i = begin;
  for (int n = 0; i < s.size() && n < kMaxChineseNumberChars; ++n) {
    std::size_t j = i;
    char32_t c = next_code_point(s, j);
    int d = chinese_digit_value(c);
    if (d >= 0) {
      number = d;
    } else if (c == U'十' || c == U'百' || c == U'千') {
      if (!any && c != U'十') break;  // 百元, 千元 alone are not numerals
      std::int64_t unit = c == U'十' ? 10 : c == U'百' ? 100 : 1000;
      section += (number == 0 ? 1 : number) * unit;
      number = 0;
      has_unit = true;
    } else if ((c == U'万' || c == U'萬') && any) {
      total += (section + number) * 10000;
      section = number = 0;
      has_unit = true;
    } else if ((c == U'亿' || c == U'億') && any) {
      total = (total + section + number) * 100000000;
      section = number = 0;
      has_unit = true;
    } else {
      break;
    }
    any = true;
    i = j;
  }
  if (!any) return std::nullopt;
  end = i;
  return total + section + number;
}

}  // namespace tongbao::detail
