#include "emit_json.h"

#include <charconv>
#include <cstdio>

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

namespace {

constexpr auto kReplaceInvalid = Json::error_handler_t::replace;

// Length of the well-formed UTF-8 sequence at s[i] (Unicode table 3-7: no
// overlongs, no surrogates, the set nlohmann's decoder accepts), 0 if none.
std::size_t utf8_sequence_length(std::string_view s, std::size_t i) {
  const auto b = static_cast<unsigned char>(s[i]);
  auto cont = [&](std::size_t k, unsigned char lo = 0x80, unsigned char hi = 0xBF) {
    if (i + k >= s.size()) return false;
    const auto c = static_cast<unsigned char>(s[i + k]);
    return c >= lo && c <= hi;
  };
  if (b >= 0xE1 && b <= 0xEC) return cont(1) && cont(2) ? 3 : 0;  // most Chinese first
  if (b >= 0xC2 && b <= 0xDF) return cont(1) ? 2 : 0;
  if (b == 0xE0) return cont(1, 0xA0) && cont(2) ? 3 : 0;
  if (b == 0xED) return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;
  if (b == 0xEE || b == 0xEF) return cont(1) && cont(2) ? 3 : 0;
  if (b == 0xF0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b >= 0xF1 && b <= 0xF3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b == 0xF4) return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

// A JSON string as nlohmann's dump writes it without ensure_ascii, checking
// UTF-8 in the same pass.
void append_string(std::string& out, std::string_view s) {
  const std::size_t rollback = out.size();
  out += '"';
  std::size_t run = 0;  // start of the bytes not yet copied
  std::size_t i = 0;
  auto continuation = [&](std::size_t k) { return (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80; };
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    // Most of a notice: a three-byte character with lead E1..EC, whose
    // continuation bytes may be any of 80..BF. Checked here in a few
    // instructions; utf8_sequence_length does the same for all leads.
    if (c >= 0xE1 && c <= 0xEC && i + 2 < s.size() && continuation(i + 1) && continuation(i + 2)) {
      i += 3;
      continue;
    }
    if (c >= 0x80) {
      const std::size_t length = utf8_sequence_length(s, i);
      if (length == 0) {  // rare: let nlohmann do its replacement
        out.resize(rollback);
        out += Json(std::string(s)).dump(-1, ' ', false, kReplaceInvalid);
        return;
      }
      i += length;
      continue;
    }
    if (c >= 0x20 && c != '"' && c != '\\') {
      ++i;
      continue;
    }
    out.append(s, run, i - run);
    run = ++i;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default: {
        char buffer[8];
        std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned>(c));
        out += buffer;
      }
    }
  }
  out.append(s, run, std::string_view::npos);
  out += '"';
}

template <typename Int>
void append_int(std::string& out, Int value) {
  char buffer[24];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  out.append(buffer, result.ptr);
}

void append_optional(std::string& out, const std::optional<std::string>& s) {
  if (s) append_string(out, *s);
  else out += "null";
}

// Opens "key": after a comma unless it is the first member. A string_view,
// so that the literal names' lengths are known at compile time (no strlen),
// and three appends instead of four.
void key(std::string& out, std::string_view name, bool first = false) {
  out.append(first ? "\"" : ",\"", first ? 1 : 2);
  out.append(name);
  out.append("\":", 2);
}

void append_node(std::string& out, const Node& n) {
  out += '{';
  key(out, "id", true);
  append_string(out, n.id);
  key(out, "kind");
  append_string(out, to_string(n.kind));
  key(out, "marker");
  append_string(out, n.marker);
  key(out, "number");
  append_int(out, n.number);
  key(out, "heading");
  append_string(out, n.heading);
  key(out, "problem");
  append_optional(out, n.problem);
  key(out, "label");
  append_optional(out, n.label);
  key(out, "text");
  append_string(out, n.text);
  key(out, "line");
  append_int(out, n.line);
  key(out, "children");
  out += '[';
  for (std::size_t i = 0; i < n.children.size(); ++i) {
    if (i > 0) out += ',';
    append_node(out, n.children[i]);
  }
  out += "]}";
}

void append_entity(std::string& out, const Entity& e) {
  out += '{';
  key(out, "type", true);
  append_string(out, to_string(e.type));
  key(out, "text");
  append_string(out, e.text);
  key(out, "value");
  if (const auto* s = std::get_if<std::string>(&e.value)) append_string(out, *s);
  else if (const auto* i = std::get_if<std::int64_t>(&e.value)) append_int(out, *i);
  else if (const auto* d = std::get_if<double>(&e.value)) out += Json(*d).dump();  // nlohmann's shortest form
  else out += "null";
  key(out, "node");
  append_optional(out, e.node);
  key(out, "line");
  append_int(out, e.line);
  out += '}';
}

void append_diagnostic(std::string& out, const Diagnostic& d) {
  out += '{';
  key(out, "severity", true);
  append_string(out, to_string(d.severity));
  key(out, "code");
  append_string(out, d.code);
  key(out, "message");
  append_string(out, d.message);
  key(out, "line");
  append_int(out, d.line);
  key(out, "column");
  append_int(out, d.column);
  key(out, "node");
  append_optional(out, d.node);
  out += '}';
}

template <typename T, typename Fn>
void append_array(std::string& out, const std::vector<T>& items, Fn&& append_item) {
  out += '[';
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += ',';
    append_item(out, items[i]);
  }
  out += ']';
}

}  // namespace

void append_record_json(std::string& out, const Document& doc) {
  if (doc.error) {  // rare and small: the tree is fine
    out += record_to_json(doc).dump(-1, ' ', false, kReplaceInvalid);
    return;
  }
  // The small fixed objects go through their Json builders; the texts that
  // make up the bulk of a record are written directly.
  auto small = [&](const Json& j) { out += j.dump(-1, ' ', false, kReplaceInvalid); };
  out += '{';
  key(out, "format", true);
  append_string(out, kFormat);
  key(out, "source");
  small(source_to_json(doc.source));
  key(out, "title");
  append_optional(out, doc.title);
  key(out, "issuer");
  append_optional(out, doc.issuer);
  key(out, "published");
  append_optional(out, doc.published);
  key(out, "signed");
  append_optional(out, doc.signed_on);
  key(out, "origin");
  append_optional(out, doc.origin);
  key(out, "site");
  append_optional(out, doc.site);
  key(out, "breadcrumb");
  append_array(out, doc.breadcrumb, [](std::string& o, const std::string& s) { append_string(o, s); });
  key(out, "inspection");
  small(inspection_to_json(doc.inspection));
  key(out, "summary");
  small(summary_to_json(doc.summary));
  key(out, "contact");
  small(contact_to_json(doc.contact));
  key(out, "preamble");
  append_string(out, doc.preamble);
  key(out, "outline");
  append_array(out, doc.outline, append_node);
  key(out, "closing");
  append_string(out, doc.closing);
  key(out, "entities");
  append_array(out, doc.entities, append_entity);
  key(out, "diagnostics");
  append_array(out, doc.diagnostics, append_diagnostic);
  out += '}';
}

}  // namespace tongbao::detail
