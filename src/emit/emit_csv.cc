#include "emit/emit_csv.h"

#include <array>

#include "emit/emit_text.h"

namespace tongbao::detail {
namespace {

// The columns, in order. A row is built as an array of this size so that a
// column added here cannot be forgotten in the header.
enum Column {
  kSource, kId, kParent, kKind, kMarker, kNumber, kProblem, kLabel, kHeading, kText, kLine,
  kError, kErrorMessage, kColumnCount
};
constexpr std::array<const char*, kColumnCount> kColumnNames = {
    "source", "id",   "parent", "kind",  "marker",       "number", "problem",
    "label",  "heading", "text", "line", "error", "error_message"};

using Row = std::array<std::string, kColumnCount>;

// RFC 4180: records end in CRLF.
constexpr const char* kRowEnd = "\r\n";

void append_row(std::string& out, const Row& row) {
  for (std::size_t i = 0; i < row.size(); ++i) {
    if (i > 0) out += ',';
    out += csv_field(row[i]);
  }
  out += kRowEnd;
}

void append_nodes(std::string& out, const std::string& source, const std::vector<Node>& nodes) {
  for_each_node_with_parent(nodes, [&](const Node& n, const Node* parent) {
    Row row;
    row[kSource] = source;
    row[kId] = n.id;
    row[kParent] = parent ? parent->id : std::string();
    row[kKind] = to_string(n.kind);
    row[kMarker] = n.marker;
    row[kNumber] = std::to_string(n.number);
    row[kProblem] = n.problem.value_or("");
    row[kLabel] = n.label.value_or("");
    row[kHeading] = n.heading;
    row[kText] = n.text;
    row[kLine] = std::to_string(n.line);
    append_row(out, row);
  });
}

}  // namespace

std::string csv_field(std::string_view value) {
  // The file says it is UTF-8 (its BOM): bytes that are not UTF-8 become
  // U+FFFD, as in the JSON form, rather than making the file unreadable.
  std::string valid = valid_utf8(value);
  if (valid.find_first_of(",\"\r\n") == std::string::npos) return valid;
  std::string out = "\"";
  for (char c : valid) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string csv_header() {
  std::string out = "\xEF\xBB\xBF";
  Row names;
  for (std::size_t i = 0; i < names.size(); ++i) names[i] = kColumnNames[i];
  append_row(out, names);
  return out;
}

std::string record_to_csv(const Document& doc) {
  std::string out;
  if (doc.error) {
    Row row;
    row[kSource] = doc.source.path;
    row[kError] = doc.error->code;
    row[kErrorMessage] = doc.error->message;
    append_row(out, row);
    return out;
  }
  append_nodes(out, doc.source.path, doc.outline);
  return out;
}

}  // namespace tongbao::detail
