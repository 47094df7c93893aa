// numerals.h - the Chinese digits, read one way everywhere.
#pragma once

namespace tongbao::detail {

// 0-9 for a Chinese digit character (〇 ○ 零 一 二 两 ... 九; O and О only when
// `allow_latin_o`, as in 二OO五年), else -1.
inline int chinese_digit_value(char32_t c, bool allow_latin_o = false) {
  switch (c) {
    case U'〇': case U'○': case U'零': case U'◯': return 0;
    case U'O': case U'О': return allow_latin_o ? 0 : -1;  // Latin O, Cyrillic O
    case U'一': return 1;
    case U'二': case U'两': case U'兩': return 2;
    case U'三': return 3;
    case U'四': return 4;
    case U'五': return 5;
    case U'六': return 6;
    case U'七': return 7;
    case U'八': return 8;
    case U'九': return 9;
    default: return -1;
  }
}

// A character that can stand in a Chinese numeral: the digits, 〇/零 and 十.
inline bool is_chinese_numeral_char(char32_t c) { return chinese_digit_value(c) >= 0 || c == U'十'; }

}  // namespace tongbao::detail
