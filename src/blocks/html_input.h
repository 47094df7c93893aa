// html_input.h - a page's text made safe and cheap for libxml2 before it
// parses: what libxml2 would misread (invalid UTF-8, NUL), what would make
// it quadratic (nesting beyond kMaxDepth), and what makes it slow (named
// references it looks up linearly).
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace tongbao::detail {

// `in` with NUL and invalid UTF-8 replaced (libxml2 reads invalid UTF-8 as
// Latin-1 from there on and stops at NUL); `in` itself when it is clean,
// else a view of `storage`.
std::string_view sanitise(std::string_view in, std::string& storage);

// How deep elements may nest before cap_depth blanks their tags.
inline constexpr int kMaxDepth = 1000;

// `in` with the start tags beyond kMaxDepth open elements, and their end
// tags, blanked to spaces (lines kept); `capped_line` gets the line of the
// first one blanked. A view of `in` or of `storage`.
std::string_view cap_depth(std::string_view in, std::string& storage, int* capped_line);

// `in` with the named character references of numeric_reference_table()
// rewritten as their numeric forms of the same length, outside script and
// style. A view of `in` or of `storage`.
std::string_view numeric_references(std::string_view in, std::string& storage);

// `in` with Word's revealed conditionals (<![if !supportLists]>, <![endif]>,
// which HTML has no syntax for and libxml2 passes on as text) rewritten as
// comments of the same length, outside comments, script and style: what
// they enclose (a list's marker, （一）) is shown, they are not. A view of
// `in` or of `storage`.
std::string_view word_conditionals(std::string_view in, std::string& storage);

// The named character references html_to_blocks hands libxml2 as numeric
// ones of the same length ({"&ldquo;", "&#8220;"}, ...), for tests.
struct NumericReference {
  std::string_view named;
  std::string_view numeric;
};
std::span<const NumericReference> numeric_reference_table();

}  // namespace tongbao::detail
