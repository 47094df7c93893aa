#include "emit/emit_json.h"

#include <algorithm>
#include <bit>
#include <charconv>
#include <cstdio>
#include <cstring>

#include <nlohmann/json.hpp>

#include "scan/json_plain.h"

namespace tongbao::detail {

std::string json_number(double value) { return nlohmann::ordered_json(value).dump(); }

namespace {

using Json = nlohmann::ordered_json;

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

void append_double(std::string& out, double value) { out += json_number(value); }

void append_optional(std::string& out, const std::optional<std::int64_t>& value) {
  if (value) append_int(out, *value);
  else out += "null";
}

void append_optional(std::string& out, const std::optional<double>& value) {
  if (value) append_double(out, *value);
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
  else if (const auto* d = std::get_if<double>(&e.value)) append_double(out, *d);
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

// The small objects. (Written directly: building a tree for them and
// dumping it cost as much as the rest of a record.)
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

// people_handled is an object: a term named twice keeps its first place
// and takes its last count, as a JSON object built member by member would.
void append_people_handled(std::string& out, const std::vector<std::pair<std::string, std::int64_t>>& handled) {
  out += '{';
  for (std::size_t i = 0; i < handled.size(); ++i) {
    const std::string& term = handled[i].first;
    bool seen = false;
    for (std::size_t j = 0; j < i && !seen; ++j) seen = handled[j].first == term;
    if (seen) continue;
    std::int64_t count = handled[i].second;
    for (std::size_t j = i + 1; j < handled.size(); ++j) {
      if (handled[j].first == term) count = handled[j].second;
    }
    if (out.back() != '{') out += ',';
    append_string(out, term);
    out += ':';
    append_int(out, count);
  }
  out += '}';
}

void append_summary(std::string& out, const std::optional<Summary>& s) {
  if (!s) {
    out += "null";
    return;
  }
  open_object<"problems">(out);
  append_optional(out, s->problems);
  key<"completed">(out);
  append_optional(out, s->completed);
  key<"in_progress">(out);
  append_optional(out, s->in_progress);
  key<"rate">(out);
  append_optional(out, s->rate);
  key<"measures">(out);
  append_optional(out, s->measures);
  key<"rules">(out);
  append_optional(out, s->rules);
  key<"people_disciplined">(out);
  append_optional(out, s->people_disciplined);
  key<"people_handled">(out);
  append_people_handled(out, s->people_handled);
  key<"funds_recovered_yuan">(out);
  append_optional(out, s->funds_recovered_yuan);
  out += '}';
}

// A record that could not be made: what was read, and why not.
void append_error_record(std::string& out, const Document& doc) {
  open_object<"format">(out);
  append_string(out, kFormat);
  key<"source">(out);
  append_source(out, doc.source);
  key<"error">(out);
  open_object<"code">(out);
  append_string(out, doc.error->code);
  key<"message">(out);
  append_string(out, doc.error->message);
  out += "}}";
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
  if (doc.error) {
    append_error_record(out, doc);
    return;
  }
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
  append_summary(out, doc.summary);
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

std::string indent_json(std::string_view compact) {
  std::string out;
  out.reserve(compact.size() + compact.size() / 4);
  std::size_t depth = 0;
  auto new_line = [&] {
    out += '\n';
    out.append(2 * depth, ' ');
  };
  std::size_t i = 0;
  while (i < compact.size()) {
    const char c = compact[i];
    switch (c) {
      case '"': {  // a string, copied as it is up to its closing quote
        std::size_t end = i + 1;
        for (;;) {
          end = compact.find_first_of("\"\\", end);
          if (end == std::string_view::npos) {
            end = compact.size();
            break;
          }
          if (compact[end] == '"') {
            ++end;
            break;
          }
          end += 2;  // a backslash and the character it escapes
        }
        out.append(compact, i, end - i);
        i = end;
        continue;
      }
      case '{':
      case '[':
        out += c;
        if (i + 1 < compact.size() && (compact[i + 1] == '}' || compact[i + 1] == ']')) {
          out += compact[++i];
        } else {
          ++depth;
          new_line();
        }
        break;
      case '}':
      case ']':
        --depth;
        new_line();
        out += c;
        break;
      case ',':
        out += ',';
        new_line();
        break;
      case ':':
        out += ": ";
        break;
      default:
        out += c;
    }
    ++i;
  }
  return out;
}

}  // namespace tongbao::detail
