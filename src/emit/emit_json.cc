#include "emit/emit_json.h"

#include <algorithm>
#include <bit>
#include <charconv>
#include <cstdio>
#include <cstring>

#include "scan/json_plain.h"

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

// A JSON string as nlohmann's dump writes it without ensure_ascii, checking
// UTF-8 in the same pass.
void append_string(std::string& out, std::string_view s) {
  std::size_t i = json_plain_end(s, 0);
  if (i == s.size()) {  // most texts: the bytes as they are, between quotes, in one append
    const std::size_t at = out.size();
    out.append(s.size() + 2, '"');
    std::memcpy(out.data() + at + 1, s.data(), s.size());
    return;
  }
  const std::size_t rollback = out.size();
  out += '"';
  std::size_t run = 0;  // start of the bytes not yet copied
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {  // not well-formed UTF-8, rare: let nlohmann do its replacement
      out.resize(rollback);
      out += Json(std::string(s)).dump(-1, ' ', false, kReplaceInvalid);
      return;
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
    i = json_plain_end(s, i);
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

// `,"name":` built at compile time, so that a member opens with one append
// of a known length.
template <std::size_t N>
struct KeyText {
  char text[N + 3] = {};  // N - 1 characters of name, the comma, two quotes, the colon
  consteval KeyText(const char (&name)[N]) {
    text[0] = ',';
    text[1] = '"';
    for (std::size_t k = 0; k + 1 < N; ++k) text[2 + k] = name[k];
    text[N + 1] = '"';
    text[N + 2] = ':';
  }
};

// Opens "name": after a comma.
template <KeyText K>
void key(std::string& out) {
  out.append(K.text, sizeof K.text);
}

// Opens an object with its first member: {"name":
template <KeyText K>
void open_object(std::string& out) {
  out.append(K.text, sizeof K.text);
  out[out.size() - sizeof K.text] = '{';
}

// Hands what is written so far to the sink once it passes the sink's size;
// called between members, never inside a string.
void maybe_flush(std::string& out, const JsonSink* sink) {
  if (sink && out.size() >= sink->chunk_bytes) {
    sink->write(out);
    out.clear();
  }
}

void append_node(std::string& out, const Node& n, const JsonSink* sink) {
  open_object<"id">(out);
  append_string(out, n.id);
  key<"kind">(out);
  append_string(out, to_string(n.kind));
  key<"marker">(out);
  append_string(out, n.marker);
  key<"number">(out);
  append_int(out, n.number);
  key<"heading">(out);
  append_string(out, n.heading);
  key<"problem">(out);
  append_optional(out, n.problem);
  key<"label">(out);
  append_optional(out, n.label);
  key<"text">(out);
  append_string(out, n.text);
  key<"line">(out);
  append_int(out, n.line);
  key<"children">(out);
  out += '[';
  for (std::size_t i = 0; i < n.children.size(); ++i) {
    if (i > 0) out += ',';
    append_node(out, n.children[i], sink);
    maybe_flush(out, sink);
  }
  out += "]}";
}

void append_entity(std::string& out, const Entity& e) {
  open_object<"type">(out);
  append_string(out, to_string(e.type));
  key<"text">(out);
  append_string(out, e.text);
  key<"value">(out);
  if (const auto* s = std::get_if<std::string>(&e.value)) append_string(out, *s);
  else if (const auto* i = std::get_if<std::int64_t>(&e.value)) append_int(out, *i);
  else if (const auto* d = std::get_if<double>(&e.value)) out += Json(*d).dump();  // nlohmann's shortest form
  else out += "null";
  key<"node">(out);
  append_optional(out, e.node);
  key<"line">(out);
  append_int(out, e.line);
  out += '}';
}

void append_diagnostic(std::string& out, const Diagnostic& d) {
  open_object<"severity">(out);
  append_string(out, to_string(d.severity));
  key<"code">(out);
  append_string(out, d.code);
  key<"message">(out);
  append_string(out, d.message);
  key<"line">(out);
  append_int(out, d.line);
  key<"column">(out);
  append_int(out, d.column);
  key<"node">(out);
  append_optional(out, d.node);
  out += '}';
}

template <typename T, typename Fn>
void append_array(std::string& out, const std::vector<T>& items, Fn&& append_item, const JsonSink* sink = nullptr) {
  out += '[';
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += ',';
    append_item(out, items[i]);
    maybe_flush(out, sink);
  }
  out += ']';
}

void append_strings(std::string& out, const std::vector<std::string>& items) {
  append_array(out, items, [](std::string& o, const std::string& s) { append_string(o, s); });
}

// The small objects, written directly as their Json builders above would be
// dumped: building a tree for them cost as much as the rest of a record.
void append_source(std::string& out, const Source& s) {
  open_object<"path">(out);
  append_string(out, s.path);
  key<"media_type">(out);
  append_string(out, s.media_type);
  key<"encoding">(out);
  append_string(out, s.encoding);
  key<"bytes">(out);
  append_int(out, s.bytes);
  key<"sha256">(out);
  append_string(out, s.sha256);
  out += '}';
}

void append_inspection(std::string& out, const std::optional<Inspection>& in) {
  if (!in) {
    out += "null";
    return;
  }
  open_object<"kind">(out);
  append_optional(out, in->kind);
  key<"round">(out);
  append_optional(out, in->round);
  key<"team">(out);
  append_optional(out, in->team);
  key<"target">(out);
  append_optional(out, in->target);
  key<"start">(out);
  append_optional(out, in->start);
  key<"end">(out);
  append_optional(out, in->end);
  key<"feedback">(out);
  append_optional(out, in->feedback);
  out += '}';
}

void append_contact(std::string& out, const std::optional<Contact>& c) {
  if (!c) {
    out += "null";
    return;
  }
  open_object<"phones">(out);
  append_strings(out, c->phones);
  key<"emails">(out);
  append_strings(out, c->emails);
  key<"postcode">(out);
  append_optional(out, c->postcode);
  key<"address">(out);
  append_optional(out, c->address);
  out += '}';
}

// About the length of a record: its texts and a little for each member's
// keys, so that the output is allocated once instead of doubling its way up.
std::size_t estimated_size(const Document& doc) {
  std::size_t n = 1024 + doc.preamble.size() + doc.closing.size();
  for_each_node(doc.outline, [&](const Node& node) {
    n += 128 + node.id.size() + node.marker.size() + node.heading.size() + node.text.size() +
         (node.problem ? node.problem->size() : 0) + (node.label ? node.label->size() : 0);
  });
  for (const Entity& e : doc.entities) n += 64 + 2 * e.text.size() + (e.node ? e.node->size() : 0);
  for (const Diagnostic& d : doc.diagnostics) n += 96 + d.code.size() + d.message.size() + (d.node ? d.node->size() : 0);
  return n;
}

}  // namespace

void append_record_json(std::string& out, const Document& doc, const JsonSink* sink) {
  if (doc.error) {  // rare and small: the tree is fine
    out += record_to_json(doc).dump(-1, ' ', false, kReplaceInvalid);
    return;
  }
  // Everything but the summary (numbers in nlohmann's own format) is
  // written directly.
  auto small = [&](const Json& j) { out += j.dump(-1, ' ', false, kReplaceInvalid); };
  const std::size_t estimate = estimated_size(doc);
  // With a sink the text is let go chunk by chunk: room for one chunk and
  // the member that passes it.
  out.reserve(out.size() + (sink ? std::min(estimate, 2 * sink->chunk_bytes) : estimate));
  open_object<"format">(out);
  append_string(out, kFormat);
  key<"source">(out);
  append_source(out, doc.source);
  key<"title">(out);
  append_optional(out, doc.title);
  key<"issuer">(out);
  append_optional(out, doc.issuer);
  key<"published">(out);
  append_optional(out, doc.published);
  key<"signed">(out);
  append_optional(out, doc.signed_on);
  key<"origin">(out);
  append_optional(out, doc.origin);
  key<"site">(out);
  append_optional(out, doc.site);
  key<"breadcrumb">(out);
  append_strings(out, doc.breadcrumb);
  key<"inspection">(out);
  append_inspection(out, doc.inspection);
  key<"summary">(out);
  small(summary_to_json(doc.summary));
  key<"contact">(out);
  append_contact(out, doc.contact);
  key<"preamble">(out);
  append_string(out, doc.preamble);
  key<"outline">(out);
  append_array(
      out, doc.outline, [sink](std::string& o, const Node& n) { append_node(o, n, sink); }, sink);
  key<"closing">(out);
  append_string(out, doc.closing);
  key<"entities">(out);
  append_array(out, doc.entities, append_entity, sink);
  key<"diagnostics">(out);
  append_array(out, doc.diagnostics, append_diagnostic, sink);
  out += '}';
}

}  // namespace tongbao::detail
