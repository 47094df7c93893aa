#include "tongbao/document.h"

namespace tongbao {

const char* to_string(NodeKind kind) {
  switch (kind) {
    case NodeKind::Section: return "section";
    case NodeKind::Subsection: return "subsection";
    case NodeKind::Item: return "item";
    case NodeKind::Subitem: return "subitem";
    case NodeKind::Point: return "point";
    case NodeKind::Measure: return "measure";
  }
  return "section";
}

const char* to_string(EntityType type) {
  switch (type) {
    case EntityType::Date: return "date";
    case EntityType::Money: return "money";
    case EntityType::Percent: return "percent";
    case EntityType::Document: return "document";
    case EntityType::DocNumber: return "doc_number";
    case EntityType::Phone: return "phone";
    case EntityType::Email: return "email";
  }
  return "date";
}

const char* to_string(Severity severity) {
  switch (severity) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Note: return "note";
  }
  return "warning";
}

}  // namespace tongbao
