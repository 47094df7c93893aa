#include "emit/record_fields.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <pugixml.hpp>
#include <sstream>
#include <string>
#include <vector>

// The description that every writer walks, held to the JSON Schema and the
// XSD that ship with the tool (data/): the same fields, in the same order,
// each in the XSD as the role the description gives it.

namespace {

using tongbao::detail::FieldName;

enum class Role { Attribute, Element, Content };

struct Field {
  std::string name;
  Role role;
};

// Records the fields describe() gives an object, without going into them.
struct NamesForm {
  std::vector<Field> fields;

  void add(std::string_view name, Role role) { fields.push_back({std::string(name), role}); }

  template <FieldName Name, typename T>
  void attribute(const T&) {
    add(Name.view(), Role::Attribute);
  }
  template <FieldName Name, typename T>
  void element(const T&) {
    add(Name.view(), Role::Element);
  }
  template <FieldName Name>
  void content(std::string_view) {
    add(Name.view(), Role::Content);
  }
  template <FieldName Name, typename T>
  void object(const T&) {
    add(Name.view(), Role::Element);
  }
  template <FieldName Name, FieldName Item>
  void strings(const std::vector<std::string>&) {
    add(Name.view(), Role::Element);
  }
  template <FieldName Name, FieldName Item, typename T>
  void objects(const std::vector<T>&) {
    add(Name.view(), Role::Element);
  }
  // In XML the children are elements named Item inside the node.
  std::string child_item;
  template <FieldName Name, FieldName Item>
  void children(const std::vector<tongbao::Node>&) {
    add(Name.view(), Role::Element);
    child_item = Item.c_str();
  }
  template <FieldName Name, FieldName Item, FieldName Key>
  void counts(const std::vector<std::pair<std::string, std::int64_t>>&) {
    add(Name.view(), Role::Element);
  }
};

template <typename T>
NamesForm fields_of(const T& value) {
  NamesForm form;
  tongbao::detail::describe(form, value);
  return form;
}

std::vector<std::string> names(const NamesForm& form) {
  std::vector<std::string> out;
  for (const Field& f : form.fields) out.push_back(f.name);
  return out;
}

std::vector<std::string> names_with_role(const NamesForm& form, Role role) {
  std::vector<std::string> out;
  for (const Field& f : form.fields) {
    if (f.role == role) out.push_back(f.name);
  }
  return out;
}

std::string read_data(const char* name) {
  std::ifstream in(std::filesystem::path(TONGBAO_SOURCE_DIR) / "data" / name, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::vector<std::string> schema_properties(const nlohmann::ordered_json& schema, const char* def) {
  std::vector<std::string> out;
  for (const auto& [key, value] : schema.at("$defs").at(def).at("properties").items()) out.push_back(key);
  return out;
}

// The xs:element (or xs:attribute) names declared for `type`, in order,
// not counting those of the types nested in its own elements.
void collect(pugi::xml_node node, const char* what, std::vector<std::string>& out) {
  for (pugi::xml_node child : node.children()) {
    if (std::string_view(child.name()) == what) {
      out.push_back(child.attribute("name").value());
      continue;  // not into an element's own type
    }
    if (std::string_view(child.name()) == "xs:element") continue;
    collect(child, what, out);
  }
}

std::vector<std::string> xsd_names(pugi::xml_node type, const char* what) {
  std::vector<std::string> out;
  collect(type, what, out);
  return out;
}

tongbao::Document error_document() {
  tongbao::Document doc;
  doc.error = tongbao::RecordError{"not-text", "binary data"};
  return doc;
}

}  // namespace

TEST_CASE("the record's description names the JSON Schema's fields in order", "[emit]") {
  const auto schema = nlohmann::ordered_json::parse(read_data("tongbao-1.schema.json"));
  CHECK(names(fields_of(tongbao::Document{})) == schema_properties(schema, "record"));
  CHECK(names(fields_of(error_document())) == schema_properties(schema, "error_record"));
  CHECK(names(fields_of(tongbao::Source{})) == schema_properties(schema, "source"));
  CHECK(names(fields_of(tongbao::Inspection{})) == schema_properties(schema, "inspection"));
  CHECK(names(fields_of(tongbao::Summary{})) == schema_properties(schema, "summary"));
  CHECK(names(fields_of(tongbao::Contact{})) == schema_properties(schema, "contact"));
  CHECK(names(fields_of(tongbao::Node{})) == schema_properties(schema, "node"));
  CHECK(names(fields_of(tongbao::Entity{})) == schema_properties(schema, "entity"));
  CHECK(names(fields_of(tongbao::Diagnostic{})) == schema_properties(schema, "diagnostic"));
  const auto error = schema.at("$defs").at("error_record").at("properties").at("error").at("properties");
  std::vector<std::string> error_fields;
  for (const auto& [key, value] : error.items()) error_fields.push_back(key);
  CHECK(names(fields_of(tongbao::RecordError{})) == error_fields);
}

TEST_CASE("the record's description gives the XSD's elements and attributes", "[emit]") {
  pugi::xml_document xsd;
  REQUIRE(xsd.load_string(read_data("tongbao-1.xsd").c_str()));
  const pugi::xml_node root = xsd.child("xs:schema");
  auto type = [&](const char* name) { return root.find_child_by_attribute("xs:complexType", "name", name); };
  auto element_type = [&](const char* list, const char* element) {
    return type(list).child("xs:sequence").find_child_by_attribute("xs:element", "name", element).child("xs:complexType");
  };
  struct Case {
    const char* what;
    NamesForm fields;
    pugi::xml_node type;
  };
  const std::vector<Case> cases = {
      {"source", fields_of(tongbao::Source{}), type("sourceType")},
      {"error", fields_of(tongbao::RecordError{}), type("errorType")},
      {"inspection", fields_of(tongbao::Inspection{}), type("inspectionType")},
      {"summary", fields_of(tongbao::Summary{}), type("summaryType")},
      {"contact", fields_of(tongbao::Contact{}), type("contactType")},
      {"entity", fields_of(tongbao::Entity{}), element_type("entitiesType", "entity")},
      {"diagnostic", fields_of(tongbao::Diagnostic{}), element_type("diagnosticsType", "diagnostic")},
  };
  for (const Case& c : cases) {
    INFO(c.what);
    REQUIRE(c.type);
    CHECK(names_with_role(c.fields, Role::Element) == xsd_names(c.type, "xs:element"));
    CHECK(names_with_role(c.fields, Role::Attribute) == xsd_names(c.type, "xs:attribute"));
  }

  // A node: its scalars as attributes, its texts as elements, then its
  // children, nested as elements of their own name.
  const NamesForm node = fields_of(tongbao::Node{});
  std::vector<std::string> node_elements = names_with_role(node, Role::Element);
  REQUIRE(node_elements.back() == "children");
  node_elements.back() = node.child_item;
  CHECK(node_elements == xsd_names(type("nodeType"), "xs:element"));
  CHECK(names_with_role(node, Role::Attribute) == xsd_names(type("nodeType"), "xs:attribute"));

  // The notice: the source, then the error or the record's fields.
  std::vector<std::string> notice_elements = names_with_role(fields_of(error_document()), Role::Element);
  for (const std::string& name : names_with_role(fields_of(tongbao::Document{}), Role::Element)) {
    if (name != "source") notice_elements.push_back(name);
  }
  CHECK(notice_elements == xsd_names(type("noticeType"), "xs:element"));
  CHECK(names_with_role(fields_of(tongbao::Document{}), Role::Attribute) ==
        xsd_names(type("noticeType"), "xs:attribute"));
  // An object's own text is the element's content, not a field of its own.
  CHECK(names_with_role(fields_of(tongbao::Entity{}), Role::Content) == std::vector<std::string>{"text"});
  CHECK(names_with_role(fields_of(tongbao::Diagnostic{}), Role::Content) == std::vector<std::string>{"message"});
}
