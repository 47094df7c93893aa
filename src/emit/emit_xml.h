// emit_xml.h - the record as XML (record-format.md's XML section; the
// choices it leaves open are in docs/usage.md and data/tongbao-1.xsd).
#pragma once

#include <string>
#include <string_view>

#include "tongbao/document.h"

namespace tongbao::detail {

// The <notice> element of one record, indented `depth` levels, ending in a
// newline; no XML declaration (the stream's prologue writes it).
std::string record_to_xml(const Document& doc, unsigned depth = 0);

// Text made safe for XML 1.0: code points the standard forbids (C0 controls
// other than tab, LF and CR; U+FFFE and U+FFFF) are dropped, and bytes that
// are not UTF-8 become U+FFFD (as in JSON, see valid_utf8), so that no input
// can make the output ill-formed.
std::string xml_safe(std::string_view text);

}  // namespace tongbao::detail
