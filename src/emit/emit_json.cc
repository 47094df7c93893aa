#include "emit/emit_json.h"

#include <algorithm>
#include <array>
#include <concepts>
#include <bit>
#include <charconv>
#include <cstdio>
#include <cstring>

#include <nlohmann/json.hpp>

#include "emit/record_fields.h"
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

// Hands what is written so far to the sink once it passes the sink's size;
// called between members, never inside a string.
void maybe_flush(std::string& out, const JsonSink* sink) {
  if (sink && out.size() >= sink->chunk_bytes) {
    sink->write(out);
    out.clear();
  }
}

// The record written by walking its description (record_fields.h).
class JsonForm {
 public:
  JsonForm(std::string& out, const JsonSink* sink) : out_(out), sink_(sink) {}

  // The members of an object, between its braces.
  template <typename T>
  void members(const T& value) {
    opening_ = true;  // the brace is written with the first member's key
    describe(*this, value);
    if (opening_) {  // an object without members
      out_ += '{';
      opening_ = false;
    }
    out_ += '}';
  }

  template <FieldName Name, typename T>
  void attribute(const T& value) {
    key<Name>();
    write(value);
  }
  template <FieldName Name, typename T>
  void element(const T& value) {
    key<Name>();
    write(value);
  }
  template <FieldName Name>
  void content(std::string_view text) {
    key<Name>();
    append_string(out_, text);
  }
  template <FieldName Name, typename T>
  void object(const T& value) {
    key<Name>();
    members(value);
  }
  template <FieldName Name, typename T>
  void object(const std::optional<T>& value) {
    key<Name>();
    if (value) members(*value);
    else out_ += "null";
  }
  template <FieldName Name, FieldName Item>
  void strings(const std::vector<std::string>& items) {
    key<Name>();
    out_ += '[';
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (i > 0) out_ += ',';
      append_string(out_, items[i]);
    }
    out_ += ']';
  }
  template <FieldName Name, FieldName Item, typename T>
  void objects(const std::vector<T>& items) {
    key<Name>();
    out_ += '[';
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (i > 0) out_ += ',';
      members(items[i]);
      maybe_flush(out_, sink_);
    }
    out_ += ']';
  }
  template <FieldName Name, FieldName Item>
  void children(const std::vector<Node>& nodes) {
    objects<Name, Item>(nodes);
  }
  template <FieldName Name, FieldName Item, FieldName Key>
  void counts(const std::vector<std::pair<std::string, std::int64_t>>& pairs) {
    key<Name>();
    append_people_handled(out_, pairs);
  }

 private:
  // `,"name":` built at compile time, so that a member opens with one
  // append of a known length.
  template <FieldName Name, char Before = ','>
  static constexpr auto kKey = [] {
    std::array<char, Name.size + 4> k{};
    k[0] = Before;
    k[1] = '"';
    for (std::size_t i = 0; i < Name.size; ++i) k[2 + i] = Name.text[i];
    k[Name.size + 2] = '"';
    k[Name.size + 3] = ':';
    return k;
  }();
  // `{"name":`, opening an object with its first member.
  template <FieldName Name>
  static constexpr auto kOpeningKey = kKey<Name, '{'>;

  template <FieldName Name>
  void key() {
    const auto& k = opening_ ? kOpeningKey<Name> : kKey<Name>;
    out_.append(k.data(), k.size());
    opening_ = false;
  }

  void write(std::string_view s) { append_string(out_, s); }
  void write(const std::optional<std::string>& s) { append_optional(out_, s); }
  void write(const std::optional<std::int64_t>& value) { append_optional(out_, value); }
  void write(const std::optional<double>& value) { append_optional(out_, value); }
  template <std::integral Int>
  void write(Int value) {
    append_int(out_, value);
  }
  void write(const EntityValue& value) {
    if (const auto* s = std::get_if<std::string>(&value)) append_string(out_, *s);
    else if (const auto* i = std::get_if<std::int64_t>(&value)) append_int(out_, *i);
    else if (const auto* d = std::get_if<double>(&value)) append_double(out_, *d);
    else out_ += "null";
  }

  std::string& out_;
  const JsonSink* sink_;
  bool opening_ = false;  // the next key is its object's first
};

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
  if (!doc.error) {
    const std::size_t estimate = estimated_size(doc);
    // With a sink the text is let go chunk by chunk: room for one chunk and
    // the member that passes it.
    out.reserve(out.size() + (sink ? std::min(estimate, 2 * sink->chunk_bytes) : estimate));
  }
  JsonForm(out, sink).members(doc);
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
