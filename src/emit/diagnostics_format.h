// diagnostics_format.h - how `tongbao check` writes diagnostics: text with a
// caret under the source, JSON, SARIF 2.1.0 and GitHub workflow commands.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tongbao/document.h"

namespace tongbao::detail {

// What check found in one input.
struct CheckedFile {
  std::string path;
  std::string text;                     // decoded text the positions refer to
  std::vector<Diagnostic> diagnostics;  // filtered and sorted by position
  std::optional<RecordError> error;     // set when the input could not be read
};

// Terminal columns a character takes: 2 for East Asian wide and full-width
// characters, 0 for combining marks and format characters, else 1.
int display_width(char32_t c);

// Line `line` (1-based) of `text`, without its line end (LF, CRLF or CR, as
// the text stage counts them); empty when there is no such line.
std::string_view source_line(std::string_view text, int line);

// The source line (cut to a window of about max_width columns around
// `column`, "..." marking the cuts) and the line with a caret under the
// character at `column` (1-based, characters), padded by display width and
// keeping tabs so that it lines up in a terminal.
struct CaretLines {
  std::string source;
  std::string caret;
};
CaretLines caret_lines(std::string_view line, int column, int max_width = 100);

// `path:line:col: severity: message [code]`, source line, caret; one block
// per diagnostic. `color` adds ANSI colours.
std::string render_text(const CheckedFile& file, bool color);

// `::warning file=…,line=…,col=…,title=code::message`, one line each.
std::string render_github(const CheckedFile& file);

// [{"path":…, "diagnostics":[…]}, …]; an unreadable input has "error".
nlohmann::ordered_json render_json(const std::vector<CheckedFile>& files);

// One SARIF 2.1.0 log: one run, the catalogue as rules, one result each.
nlohmann::ordered_json render_sarif(const std::vector<CheckedFile>& files);

}  // namespace tongbao::detail
