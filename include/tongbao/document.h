// tongbao/document.h - the record a notice becomes (format "tongbao/1").
//
// These structs mirror docs/record-format.md field for field. A field the
// notice does not state stays empty: std::nullopt for scalars, an empty
// vector for lists. The emitters write those as null / [] so that every
// record has every key.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace tongbao {

inline constexpr const char* kFormat = "tongbao/1";

// Where the record came from.
struct Source {
  std::string path = "-";              // as given; "-" for standard input
  std::string media_type = "text/plain";  // "text/plain", "text/html" or "text/markdown"
  std::string encoding = "UTF-8";      // IANA name of the encoding used
  std::uint64_t bytes = 0;             // size of the input
  std::string sha256;                  // of the input bytes, lower-case hex
};

// The marker families, in GB/T 9704 order. The tree does not take its levels
// from this order but from the order in which families appear in a document.
enum class NodeKind { Section, Subsection, Item, Subitem, Point, Measure };

// "section", "subsection", "item", "subitem", "point", "measure".
const char* to_string(NodeKind kind);

// One numbered unit of the document.
struct Node {
  std::string id;       // dotted 1-based positions from the root: "2.28.4"
  NodeKind kind = NodeKind::Section;
  std::string marker;   // exactly as written: "一、", "(一)", "12．", "五是"
  int number = 0;       // the marker's value: 二十三、 -> 23
  std::string heading;  // marker and label removed; closing 。/： dropped
  std::optional<std::string> problem;  // X of 关于“X”的问题 and kin
  std::optional<std::string> label;    // 整改情况 and kin, without colon
  std::string text;     // body of this node alone; paragraphs joined by \n
  int line = 0;         // 1-based input line where the marker stands
  int column = 0;       // 1-based column (characters) of the marker; not emitted
  std::vector<Node> children;
};

// The inspection a notice answers; every field may be unknown.
struct Inspection {
  std::optional<std::string> kind;  // 巡视 巡察 审计 其他
  std::optional<std::string> round;
  std::optional<std::string> team;
  std::optional<std::string> target;
  std::optional<std::string> start;  // ISO dates (YYYY-MM-DD, or shorter)
  std::optional<std::string> end;
  std::optional<std::string> feedback;
};

// Totals the notice itself states in words; never computed.
struct Summary {
  std::optional<std::int64_t> problems;
  std::optional<std::int64_t> completed;
  std::optional<std::int64_t> in_progress;
  std::optional<double> rate;  // 76% -> 0.76
  std::optional<std::int64_t> measures;
  std::optional<std::int64_t> rules;
  std::optional<std::int64_t> people_disciplined;
  // 组织处理, 诫勉, 批评教育 ... in the order the notice names them.
  std::vector<std::pair<std::string, std::int64_t>> people_handled;
  std::optional<double> funds_recovered_yuan;
};

struct Contact {
  std::vector<std::string> phones;
  std::vector<std::string> emails;
  std::optional<std::string> postcode;
  std::optional<std::string> address;
};

enum class EntityType { Date, Money, Percent, Document, DocNumber, Phone, Email };
const char* to_string(EntityType type);

// A normalised value: dates and texts as strings, money in yuan and
// percentages as fractions as numbers. Integral amounts stay integers so
// that 5.99万元 is written 59900, not 59900.0.
using EntityValue = std::variant<std::monostate, std::string, std::int64_t, double>;

struct Entity {
  EntityType type = EntityType::Date;
  std::string text;                 // exactly as written
  EntityValue value;                // monostate: the text could not be read (null)
  std::optional<std::string> node;  // id of the node it sits in
  int line = 0;
};

enum class Severity { Error, Warning, Note };
const char* to_string(Severity severity);

struct Diagnostic {
  Severity severity = Severity::Warning;
  std::string code;     // stable kebab-case: "numbering-gap"
  std::string message;  // one sentence quoting the offending text
  int line = 0;         // 1-based
  int column = 0;       // 1-based, in characters
  std::optional<std::string> node;
};

// Why no record could be made of an input (unreadable, not text, too big).
struct RecordError {
  std::string code;     // "unreadable", "not-text", "too-large", ...
  std::string message;
};

struct Document {
  Source source;
  std::optional<std::string> title;
  std::optional<std::string> issuer;
  std::optional<std::string> published;  // YYYY-MM-DD or YYYY-MM-DDTHH:MM
  std::optional<std::string> signed_on;  // written as "signed"
  std::optional<std::string> origin;
  std::optional<std::string> site;
  std::vector<std::string> breadcrumb;
  std::optional<Inspection> inspection;
  std::optional<Summary> summary;
  std::optional<Contact> contact;
  std::string preamble;
  std::vector<Node> outline;
  std::string closing;
  std::vector<Entity> entities;
  std::vector<Diagnostic> diagnostics;
  // Set when the input could not be made into a record; then only `source`
  // is meaningful and the emitters write the error record.
  std::optional<RecordError> error;
};

// Calls fn(node) for every node in document order (parents before children).
template <typename Fn>
void for_each_node(const std::vector<Node>& nodes, Fn&& fn) {
  for (const Node& node : nodes) {
    fn(node);
    for_each_node(node.children, fn);
  }
}
template <typename Fn>
void for_each_node(std::vector<Node>& nodes, Fn&& fn) {
  for (Node& node : nodes) {
    fn(node);
    for_each_node(node.children, fn);
  }
}

// Calls fn(node, parent) for every node in document order, `parent` being
// null for a top-level node: the flat forms (CSV rows, SQLite rows) name it.
template <typename Fn>
void for_each_node_with_parent(const std::vector<Node>& nodes, Fn&& fn, const Node* parent = nullptr) {
  for (const Node& node : nodes) {
    fn(node, parent);
    for_each_node_with_parent(node.children, fn, &node);
  }
}

}  // namespace tongbao
