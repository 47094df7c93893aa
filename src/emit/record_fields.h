// record_fields.h - the tongbao/1 record's fields, described once.
//
// Every form that writes records (JSON, JSON Lines and pretty JSON, XML,
// CSV) walks this description: `describe(form, object)` calls one member of
// `form` per field, in the record's order (record-format.md), with the
// field's name and its role. A form is any type with these members (each a
// template on the field's name, a FieldName):
//
//   attribute<Name>(value)   a scalar that says what the object is (a node's
//                            id, kind, marker, number, line; an entity's
//                            type and value): XML writes it as an attribute.
//                            value: string_view, integer, optional string,
//                            or an EntityValue.
//   element<Name>(value)     a field of its own: string_view, optional
//                            string, integer, optional integer or number.
//   content<Name>(text)      the text an object carries (an entity's text, a
//                            diagnostic's message): XML writes it as the
//                            element's own text.
//   object<Name>(value)      a nested object (Source, RecordError) or an
//                            optional one (Inspection, Summary, Contact);
//                            the form describes it in turn.
//   strings<Name, Item>(v)   a list of texts; Item names one in XML.
//   objects<Name, Item>(v)   a list of objects (nodes, entities, diagnostics).
//   children<Name, Item>(v)  a node's children: a list in JSON, XML nests
//                            them in the node itself.
//   counts<Name, Item, Key>(pairs)  terms and their counts (people_handled).
//
// A test (emit/record_fields_test.cc) holds the names and their order to
// the JSON Schema and the XSD, so that neither can drift from the writers.
#pragma once

#include <cstddef>
#include <string_view>

#include "tongbao/document.h"

namespace tongbao::detail {

// A field's name as a compile-time constant, so that a writer can build
// what it writes around the name once (JSON's `,"name":`).
template <std::size_t N>
struct FieldName {
  char text[N] = {};
  consteval FieldName(const char (&name)[N]) {
    for (std::size_t i = 0; i < N; ++i) text[i] = name[i];
  }
  static constexpr std::size_t size = N - 1;
  constexpr std::string_view view() const { return {text, N - 1}; }
  constexpr const char* c_str() const { return text; }
};

template <typename Form>
void describe(Form& f, const Source& s) {
  f.template element<"path">(std::string_view(s.path));
  f.template element<"media_type">(std::string_view(s.media_type));
  f.template element<"encoding">(std::string_view(s.encoding));
  f.template element<"bytes">(s.bytes);
  f.template element<"sha256">(std::string_view(s.sha256));
}

template <typename Form>
void describe(Form& f, const RecordError& e) {
  f.template element<"code">(std::string_view(e.code));
  f.template element<"message">(std::string_view(e.message));
}

template <typename Form>
void describe(Form& f, const Inspection& in) {
  f.template element<"kind">(in.kind);
  f.template element<"round">(in.round);
  f.template element<"team">(in.team);
  f.template element<"target">(in.target);
  f.template element<"start">(in.start);
  f.template element<"end">(in.end);
  f.template element<"feedback">(in.feedback);
}

template <typename Form>
void describe(Form& f, const Summary& s) {
  f.template element<"problems">(s.problems);
  f.template element<"completed">(s.completed);
  f.template element<"in_progress">(s.in_progress);
  f.template element<"rate">(s.rate);
  f.template element<"measures">(s.measures);
  f.template element<"rules">(s.rules);
  f.template element<"people_disciplined">(s.people_disciplined);
  f.template counts<"people_handled", "entry", "term">(s.people_handled);
  f.template element<"funds_recovered_yuan">(s.funds_recovered_yuan);
}

template <typename Form>
void describe(Form& f, const Contact& c) {
  f.template strings<"phones", "phone">(c.phones);
  f.template strings<"emails", "email">(c.emails);
  f.template element<"postcode">(c.postcode);
  f.template element<"address">(c.address);
}

template <typename Form>
void describe(Form& f, const Node& n) {
  f.template attribute<"id">(std::string_view(n.id));
  f.template attribute<"kind">(std::string_view(to_string(n.kind)));
  f.template attribute<"marker">(std::string_view(n.marker));
  f.template attribute<"number">(n.number);
  f.template element<"heading">(std::string_view(n.heading));
  f.template element<"problem">(n.problem);
  f.template element<"label">(n.label);
  f.template element<"text">(std::string_view(n.text));
  f.template attribute<"line">(n.line);
  f.template children<"children", "node">(n.children);
}

template <typename Form>
void describe(Form& f, const Entity& e) {
  f.template attribute<"type">(std::string_view(to_string(e.type)));
  f.template content<"text">(std::string_view(e.text));
  f.template attribute<"value">(e.value);
  f.template attribute<"node">(e.node);
  f.template attribute<"line">(e.line);
}

template <typename Form>
void describe(Form& f, const Diagnostic& d) {
  f.template attribute<"severity">(std::string_view(to_string(d.severity)));
  f.template attribute<"code">(std::string_view(d.code));
  f.template content<"message">(std::string_view(d.message));
  f.template attribute<"line">(d.line);
  f.template attribute<"column">(d.column);
  f.template attribute<"node">(d.node);
}

// The record, or the error record when no record could be made.
template <typename Form>
void describe(Form& f, const Document& doc) {
  f.template attribute<"format">(std::string_view(kFormat));
  f.template object<"source">(doc.source);
  if (doc.error) {
    f.template object<"error">(*doc.error);
    return;
  }
  f.template element<"title">(doc.title);
  f.template element<"issuer">(doc.issuer);
  f.template element<"published">(doc.published);
  f.template element<"signed">(doc.signed_on);
  f.template element<"origin">(doc.origin);
  f.template element<"site">(doc.site);
  f.template strings<"breadcrumb", "item">(doc.breadcrumb);
  f.template object<"inspection">(doc.inspection);
  f.template object<"summary">(doc.summary);
  f.template object<"contact">(doc.contact);
  f.template element<"preamble">(std::string_view(doc.preamble));
  f.template objects<"outline", "node">(doc.outline);
  f.template element<"closing">(std::string_view(doc.closing));
  f.template objects<"entities", "entity">(doc.entities);
  f.template objects<"diagnostics", "diagnostic">(doc.diagnostics);
}

}  // namespace tongbao::detail
