// `tongbao schema json|xml`: the JSON Schema and the XSD that records are
// checked against, compiled into the binary (see CMakeLists.txt) so that
// they ship with it and always match the build.
#include <array>
#include <string_view>

#include <CLI/CLI.hpp>

#include "cli/archive.h"
#include "cli/cli.h"

namespace tongbao::detail {
// Defined in the generated embedded_schemas.cc.
extern const std::string_view kJsonSchema;
extern const std::string_view kXmlSchema;
}  // namespace tongbao::detail

namespace tongbao::cli {
namespace {

struct SchemaEntry {
  const char* name;
  const std::string_view* text;
};
const std::array<SchemaEntry, 3> kSchemas = {{
    {"json", &detail::kJsonSchema},      // data/tongbao-1.schema.json, JSON Schema draft 2020-12
    {"xml", &detail::kXmlSchema},        // data/tongbao-1.xsd, XML Schema 1.0
    {"sqlite", &detail::kArchiveSchema},  // the DDL of --format sqlite (cli/archive.cc)
}};

}  // namespace

Runner add_schema_command(CLI::App& app, Io& io) {
  auto* cmd = app.add_subcommand("schema", "Print the JSON Schema (json), XSD (xml) or SQLite DDL (sqlite) of tongbao/1 records");
  auto which = std::make_shared<std::string>();
  cmd->add_option("which", *which, "json, xml or sqlite")->required()->check(one_of({"json", "xml", "sqlite"}));
  return [which, &io]() {
    for (const SchemaEntry& schema : kSchemas) {
      if (*which == schema.name) {
        io.out << *schema.text;
        return int{kOk};
      }
    }
    print_error(io, "unknown schema '" + *which + "'; use json, xml or sqlite");
    return int{kUsage};
  };
}

}  // namespace tongbao::cli
