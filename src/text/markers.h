// markers.h - the numbering markers of GB/T 9704 headings, and measures:
// what opens a unit, wherever a stage needs to know (the outline, and the
// Markdown reader deciding where a soft line break ends a paragraph).
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "tongbao/document.h"
#include "text/utf8.h"

namespace tongbao::detail {

struct Marker {
  NodeKind kind = NodeKind::Section;
  int number = 0;
  std::size_t length = 0;  // bytes of the marker itself in the text
  // For items: the separator written ('.', '．', '、') folded to its ASCII or
  // CJK form, so siblings written differently can be told apart.
  char32_t style = 0;
  // The marker's words say that it names a problem (问题1: 反馈问题一:,
  // notice-anatomy.md): an item of a level of its own, whose heading is the
  // problem.
  bool names_problem = false;
};


// A heading marker at the very start of `text` (a paragraph already trimmed
// of its indentation): 一、 （一） (一) 1. 1． 1、 １． （1） ① …, or a measure
// 一是, or a problem's marker 问题1: 反馈问题一:. Prose that merely starts
// like one (1.4万亿元, 2023年, 统一是, 问题1个) is not.
std::optional<Marker> match_marker(std::string_view text);

// A measure (一是 … 九十九是) at the start of `text`.
std::optional<Marker> match_measure(std::string_view text);

// True when the code point can end the clause before a measure: 。；;：:
// (full- or half-width) and the sentence enders ！？!?. Inline: the outline
// asks at every quote and stop of the text.
inline bool opens_clause_after(char32_t c) {
  switch (fold_width(c)) {
    case U'。':
    case U';':
    case U':':
    case U'!':
    case U'?':
      return true;
    default:
      return false;
  }
}

// True when the code point may end the clause before a measure that
// continues an enumeration (会议要求,一是…,二是…): a comma, full- or
// half-width. The outline takes a measure there only when the numbering
// bears it out, since a comma joins clauses far more often than it opens a
// measure.
inline bool opens_enumerated_clause_after(char32_t c) { return fold_width(c) == U','; }

}  // namespace tongbao::detail
