// emit_outline.h - the record as a tree for people at a terminal: one line
// per node, indented by depth, marker and heading, problems flagged, measure
// counts. Not a data format: its layout may change (docs/usage.md).
#pragma once

#include <string>
#include <string_view>

#include "tongbao/document.h"

namespace tongbao::detail {

// With `color`, ANSI SGR sequences highlight markers, problems and counts.
std::string record_to_outline(const Document& doc, bool color);

// Text made safe to print on a terminal: control characters (C0, DEL, C1,
// which could carry escape sequences from a hostile page) are dropped, and
// tabs and line breaks become spaces so that a node stays on one line.
std::string terminal_safe(std::string_view text);

}  // namespace tongbao::detail
