#include "emit/emit_xml.h"

#include <cmath>
#include <sstream>

#include <pugixml.hpp>

#include "emit/emit_json.h"
#include "emit/emit_text.h"
#include "text/utf8.h"

namespace tongbao::detail {

std::string xml_safe(std::string_view text) {
  // What XML 1.0 forbids: C0 controls other than tab and line ends, U+FFFE, U+FFFF.
  return filter_code_points(text, [](char32_t c) -> char32_t {
    const bool forbidden = (c < 0x20 && c != 0x09 && c != 0x0A && c != 0x0D) || c == 0xFFFE || c == 0xFFFF;
    return forbidden ? kDropCodePoint : c;
  });
}

namespace {

constexpr const char* kXsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";

void set_nil(pugi::xml_node element) { element.append_attribute("xsi:nil") = "true"; }

pugi::xml_node add_text(pugi::xml_node parent, const char* name, std::string_view value) {
  pugi::xml_node element = parent.append_child(name);
  element.text().set(xml_safe(value).c_str());
  return element;
}

void add_optional_text(pugi::xml_node parent, const char* name, const std::optional<std::string>& value) {
  if (value) add_text(parent, name, *value);
  else set_nil(parent.append_child(name));
}

template <typename Integer>
void add_optional_integer(pugi::xml_node parent, const char* name, const std::optional<Integer>& value) {
  pugi::xml_node element = parent.append_child(name);
  if (value) element.text().set(std::to_string(*value).c_str());
  else set_nil(element);
}

void add_optional_number(pugi::xml_node parent, const char* name, const std::optional<double>& value) {
  pugi::xml_node element = parent.append_child(name);
  // JSON writes a non-finite number as null; so does XML.
  if (value && std::isfinite(*value)) element.text().set(json_number(*value).c_str());
  else set_nil(element);
}

void set_attribute(pugi::xml_node element, const char* name, std::string_view value) {
  element.append_attribute(name) = xml_safe(value).c_str();
}

void set_attribute(pugi::xml_node element, const char* name, long long value) {
  element.append_attribute(name) = std::to_string(value).c_str();
}

void add_list(pugi::xml_node parent, const char* name, const char* item_name, const std::vector<std::string>& items) {
  pugi::xml_node list = parent.append_child(name);
  for (const std::string& item : items) add_text(list, item_name, item);
}

void add_source(pugi::xml_node parent, const Source& s) {
  pugi::xml_node source = parent.append_child("source");
  add_text(source, "path", s.path);
  add_text(source, "media_type", s.media_type);
  add_text(source, "encoding", s.encoding);
  source.append_child("bytes").text().set(std::to_string(s.bytes).c_str());
  add_text(source, "sha256", s.sha256);
}

void add_inspection(pugi::xml_node parent, const std::optional<Inspection>& in) {
  pugi::xml_node element = parent.append_child("inspection");
  if (!in) return set_nil(element);
  add_optional_text(element, "kind", in->kind);
  add_optional_text(element, "round", in->round);
  add_optional_text(element, "team", in->team);
  add_optional_text(element, "target", in->target);
  add_optional_text(element, "start", in->start);
  add_optional_text(element, "end", in->end);
  add_optional_text(element, "feedback", in->feedback);
}

void add_summary(pugi::xml_node parent, const std::optional<Summary>& s) {
  pugi::xml_node element = parent.append_child("summary");
  if (!s) return set_nil(element);
  add_optional_integer(element, "problems", s->problems);
  add_optional_integer(element, "completed", s->completed);
  add_optional_integer(element, "in_progress", s->in_progress);
  add_optional_number(element, "rate", s->rate);
  add_optional_integer(element, "measures", s->measures);
  add_optional_integer(element, "rules", s->rules);
  add_optional_integer(element, "people_disciplined", s->people_disciplined);
  pugi::xml_node handled = element.append_child("people_handled");
  for (const auto& [term, count] : s->people_handled) {
    pugi::xml_node entry = handled.append_child("entry");
    set_attribute(entry, "term", term);
    entry.text().set(std::to_string(count).c_str());
  }
  add_optional_number(element, "funds_recovered_yuan", s->funds_recovered_yuan);
}

void add_contact(pugi::xml_node parent, const std::optional<Contact>& c) {
  pugi::xml_node element = parent.append_child("contact");
  if (!c) return set_nil(element);
  add_list(element, "phones", "phone", c->phones);
  add_list(element, "emails", "email", c->emails);
  add_optional_text(element, "postcode", c->postcode);
  add_optional_text(element, "address", c->address);
}

void add_node(pugi::xml_node parent, const Node& n) {
  pugi::xml_node element = parent.append_child("node");
  set_attribute(element, "id", n.id);
  set_attribute(element, "kind", to_string(n.kind));
  set_attribute(element, "marker", n.marker);
  set_attribute(element, "number", n.number);
  set_attribute(element, "line", n.line);
  add_text(element, "heading", n.heading);
  add_optional_text(element, "problem", n.problem);
  add_optional_text(element, "label", n.label);
  add_text(element, "text", n.text);
  for (const Node& child : n.children) add_node(element, child);
}

void add_entity(pugi::xml_node parent, const Entity& e) {
  pugi::xml_node element = parent.append_child("entity");
  set_attribute(element, "type", to_string(e.type));
  if (const auto* s = std::get_if<std::string>(&e.value)) set_attribute(element, "value", *s);
  else if (const auto* i = std::get_if<std::int64_t>(&e.value)) set_attribute(element, "value", *i);
  else if (const auto* d = std::get_if<double>(&e.value); d && std::isfinite(*d))
    set_attribute(element, "value", json_number(*d));
  if (e.node) set_attribute(element, "node", *e.node);
  set_attribute(element, "line", e.line);
  element.text().set(xml_safe(e.text).c_str());
}

void add_diagnostic(pugi::xml_node parent, const Diagnostic& d) {
  pugi::xml_node element = parent.append_child("diagnostic");
  set_attribute(element, "severity", to_string(d.severity));
  set_attribute(element, "code", d.code);
  set_attribute(element, "line", d.line);
  set_attribute(element, "column", d.column);
  if (d.node) set_attribute(element, "node", *d.node);
  element.text().set(xml_safe(d.message).c_str());
}

}  // namespace

std::string record_to_xml(const Document& doc, unsigned depth) {
  pugi::xml_document xml;
  pugi::xml_node notice = xml.append_child("notice");
  notice.append_attribute("xmlns:xsi") = kXsiNamespace;
  notice.append_attribute("format") = kFormat;
  add_source(notice, doc.source);
  if (doc.error) {
    pugi::xml_node error = notice.append_child("error");
    add_text(error, "code", doc.error->code);
    add_text(error, "message", doc.error->message);
  } else {
    add_optional_text(notice, "title", doc.title);
    add_optional_text(notice, "issuer", doc.issuer);
    add_optional_text(notice, "published", doc.published);
    add_optional_text(notice, "signed", doc.signed_on);
    add_optional_text(notice, "origin", doc.origin);
    add_optional_text(notice, "site", doc.site);
    add_list(notice, "breadcrumb", "item", doc.breadcrumb);
    add_inspection(notice, doc.inspection);
    add_summary(notice, doc.summary);
    add_contact(notice, doc.contact);
    add_text(notice, "preamble", doc.preamble);
    pugi::xml_node outline = notice.append_child("outline");
    for (const Node& n : doc.outline) add_node(outline, n);
    add_text(notice, "closing", doc.closing);
    pugi::xml_node entities = notice.append_child("entities");
    for (const Entity& e : doc.entities) add_entity(entities, e);
    pugi::xml_node diagnostics = notice.append_child("diagnostics");
    for (const Diagnostic& d : doc.diagnostics) add_diagnostic(diagnostics, d);
  }
  std::ostringstream out;
  notice.print(out, "  ", pugi::format_indent, pugi::encoding_utf8, depth);
  return out.str();
}

}  // namespace tongbao::detail
