#include "emit/emit_csv.h"

#include <array>
#include <string_view>

#include "emit/emit_text.h"
#include "emit/record_fields.h"

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

// A node's fields (record_fields.h) into the columns of its row; the
// children are rows of their own.
class CsvNodeForm {
 public:
  explicit CsvNodeForm(Row& row) : row_(row) {}

  template <FieldName Name, typename T>
  void attribute(const T& value) {
    row_[column<Name>()] = cell(value);
  }
  template <FieldName Name, typename T>
  void element(const T& value) {
    row_[column<Name>()] = cell(value);
  }
  template <FieldName Name, FieldName Item>
  void children(const std::vector<Node>&) {}

 private:
  // The column of a node's field; a field without one does not compile.
  template <FieldName Name>
  static constexpr std::size_t column() {
    constexpr std::size_t found = [] {
      for (std::size_t i = 0; i < kColumnNames.size(); ++i) {
        if (std::string_view(kColumnNames[i]) == Name.view()) return i;
      }
      return kColumnNames.size();
    }();
    static_assert(found < kColumnNames.size(), "a node field without a CSV column");
    return found;
  }

  static std::string cell(std::string_view s) { return std::string(s); }
  static std::string cell(const std::optional<std::string>& s) { return s.value_or(""); }
  static std::string cell(int value) { return std::to_string(value); }

  Row& row_;
};

void append_nodes(std::string& out, const std::string& source, const std::vector<Node>& nodes) {
  for_each_node_with_parent(nodes, [&](const Node& n, const Node* parent) {
    Row row;
    row[kSource] = source;
    row[kParent] = parent ? parent->id : std::string();
    CsvNodeForm form(row);
    describe(form, n);
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
