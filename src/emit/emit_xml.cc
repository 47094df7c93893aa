#include "emit/emit_xml.h"

#include <cmath>
#include <concepts>
#include <sstream>

#include <pugixml.hpp>

#include "emit/emit_json.h"
#include "emit/emit_text.h"
#include "emit/record_fields.h"
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

// The record written by walking its description (record_fields.h) into
// `element`: attributes as attributes, fields as child elements, an
// object's text as the element's own text.
class XmlForm {
 public:
  explicit XmlForm(pugi::xml_node element) : element_(element) {}

  template <FieldName Name>
  void attribute(std::string_view value) {
    set_attribute(element_, Name.c_str(), value);
  }
  template <FieldName Name, std::integral Int>
  void attribute(Int value) {
    set_attribute(element_, Name.c_str(), static_cast<long long>(value));
  }
  template <FieldName Name>
  void attribute(const std::optional<std::string>& value) {  // absent, not nil
    if (value) set_attribute(element_, Name.c_str(), *value);
  }
  template <FieldName Name>
  void attribute(const EntityValue& value) {
    if (const auto* s = std::get_if<std::string>(&value)) set_attribute(element_, Name.c_str(), *s);
    else if (const auto* i = std::get_if<std::int64_t>(&value)) set_attribute(element_, Name.c_str(), *i);
    else if (const auto* d = std::get_if<double>(&value); d && std::isfinite(*d))
      set_attribute(element_, Name.c_str(), json_number(*d));
  }

  template <FieldName Name>
  void element(std::string_view value) {
    add_text(element_, Name.c_str(), value);
  }
  template <FieldName Name>
  void element(const std::optional<std::string>& value) {
    add_optional_text(element_, Name.c_str(), value);
  }
  template <FieldName Name, std::integral Int>
  void element(Int value) {
    element_.append_child(Name.c_str()).text().set(std::to_string(value).c_str());
  }
  template <FieldName Name>
  void element(const std::optional<std::int64_t>& value) {
    add_optional_integer(element_, Name.c_str(), value);
  }
  template <FieldName Name>
  void element(const std::optional<double>& value) {
    add_optional_number(element_, Name.c_str(), value);
  }

  template <FieldName Name>
  void content(std::string_view text) {
    element_.text().set(xml_safe(text).c_str());
  }

  template <FieldName Name, typename T>
  void object(const T& value) {
    XmlForm inner(element_.append_child(Name.c_str()));
    describe(inner, value);
  }
  template <FieldName Name, typename T>
  void object(const std::optional<T>& value) {
    pugi::xml_node child = element_.append_child(Name.c_str());
    if (!value) return set_nil(child);
    XmlForm inner(child);
    describe(inner, *value);
  }

  template <FieldName Name, FieldName Item>
  void strings(const std::vector<std::string>& items) {
    pugi::xml_node list = element_.append_child(Name.c_str());
    for (const std::string& item : items) add_text(list, Item.c_str(), item);
  }
  template <FieldName Name, FieldName Item, typename T>
  void objects(const std::vector<T>& items) {
    pugi::xml_node list = element_.append_child(Name.c_str());
    for (const T& item : items) {
      XmlForm inner(list.append_child(Item.c_str()));
      describe(inner, item);
    }
  }
  // A node's children are nested in the node, without a list around them.
  template <FieldName Name, FieldName Item>
  void children(const std::vector<Node>& nodes) {
    for (const Node& node : nodes) {
      XmlForm inner(element_.append_child(Item.c_str()));
      describe(inner, node);
    }
  }
  template <FieldName Name, FieldName Item, FieldName Key>
  void counts(const std::vector<std::pair<std::string, std::int64_t>>& pairs) {
    pugi::xml_node list = element_.append_child(Name.c_str());
    for (const auto& [term, count] : pairs) {
      pugi::xml_node entry = list.append_child(Item.c_str());
      set_attribute(entry, Key.c_str(), term);
      entry.text().set(std::to_string(count).c_str());
    }
  }

 private:
  pugi::xml_node element_;
};

}  // namespace

std::string record_to_xml(const Document& doc, unsigned depth) {
  pugi::xml_document xml;
  pugi::xml_node notice = xml.append_child("notice");
  notice.append_attribute("xmlns:xsi") = kXsiNamespace;
  XmlForm form(notice);
  describe(form, doc);
  std::ostringstream out;
  notice.print(out, "  ", pugi::format_indent, pugi::encoding_utf8, depth);
  return out.str();
}

}  // namespace tongbao::detail
