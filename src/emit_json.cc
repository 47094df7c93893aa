#include "emit_json.h"

namespace tongbao::detail {
namespace {

template <typename T>
Json optional_value(const std::optional<T>& v) {
  return v ? Json(*v) : Json(nullptr);
}

Json source_to_json(const Source& s) {
  return Json{{"path", s.path},
              {"media_type", s.media_type},
              {"encoding", s.encoding},
              {"bytes", s.bytes},
              {"sha256", s.sha256}};
}

Json inspection_to_json(const std::optional<Inspection>& in) {
  if (!in) return nullptr;
  return Json{{"kind", optional_value(in->kind)},   {"round", optional_value(in->round)},
              {"team", optional_value(in->team)},   {"target", optional_value(in->target)},
              {"start", optional_value(in->start)}, {"end", optional_value(in->end)},
              {"feedback", optional_value(in->feedback)}};
}

Json summary_to_json(const std::optional<Summary>& s) {
  if (!s) return nullptr;
  Json handled = Json::object();
  for (const auto& [term, count] : s->people_handled) handled[term] = count;
  return Json{{"problems", optional_value(s->problems)},
              {"completed", optional_value(s->completed)},
              {"in_progress", optional_value(s->in_progress)},
              {"rate", optional_value(s->rate)},
              {"measures", optional_value(s->measures)},
              {"rules", optional_value(s->rules)},
              {"people_disciplined", optional_value(s->people_disciplined)},
              {"people_handled", handled},
              {"funds_recovered_yuan", optional_value(s->funds_recovered_yuan)}};
}

Json contact_to_json(const std::optional<Contact>& c) {
  if (!c) return nullptr;
  return Json{{"phones", c->phones},
              {"emails", c->emails},
              {"postcode", optional_value(c->postcode)},
              {"address", optional_value(c->address)}};
}

Json entity_value(const EntityValue& v) {
  if (const auto* s = std::get_if<std::string>(&v)) return *s;
  if (const auto* i = std::get_if<std::int64_t>(&v)) return *i;
  if (const auto* d = std::get_if<double>(&v)) return *d;
  return nullptr;
}

Json entity_to_json(const Entity& e) {
  return Json{{"type", to_string(e.type)},
              {"text", e.text},
              {"value", entity_value(e.value)},
              {"node", optional_value(e.node)},
              {"line", e.line}};
}

}  // namespace

Json node_to_json(const Node& n) {
  Json children = Json::array();
  for (const Node& child : n.children) children.push_back(node_to_json(child));
  return Json{{"id", n.id},
              {"kind", to_string(n.kind)},
              {"marker", n.marker},
              {"number", n.number},
              {"heading", n.heading},
              {"problem", optional_value(n.problem)},
              {"label", optional_value(n.label)},
              {"text", n.text},
              {"line", n.line},
              {"children", std::move(children)}};
}

Json diagnostic_to_json(const Diagnostic& d) {
  return Json{{"severity", to_string(d.severity)},
              {"code", d.code},
              {"message", d.message},
              {"line", d.line},
              {"column", d.column},
              {"node", optional_value(d.node)}};
}

Json record_to_json(const Document& doc) {
  if (doc.error) {
    return Json{{"format", kFormat},
                {"source", source_to_json(doc.source)},
                {"error", Json{{"code", doc.error->code}, {"message", doc.error->message}}}};
  }
  Json outline = Json::array();
  for (const Node& n : doc.outline) outline.push_back(node_to_json(n));
  Json entities = Json::array();
  for (const Entity& e : doc.entities) entities.push_back(entity_to_json(e));
  Json diagnostics = Json::array();
  for (const Diagnostic& d : doc.diagnostics) diagnostics.push_back(diagnostic_to_json(d));
  return Json{{"format", kFormat},
              {"source", source_to_json(doc.source)},
              {"title", optional_value(doc.title)},
              {"issuer", optional_value(doc.issuer)},
              {"published", optional_value(doc.published)},
              {"signed", optional_value(doc.signed_on)},
              {"origin", optional_value(doc.origin)},
              {"site", optional_value(doc.site)},
              {"breadcrumb", doc.breadcrumb},
              {"inspection", inspection_to_json(doc.inspection)},
              {"summary", summary_to_json(doc.summary)},
              {"contact", contact_to_json(doc.contact)},
              {"preamble", doc.preamble},
              {"outline", std::move(outline)},
              {"closing", doc.closing},
              {"entities", std::move(entities)},
              {"diagnostics", std::move(diagnostics)}};
}

}  // namespace tongbao::detail
