#include "tongbao/emit.h"

#include <array>
#include <ostream>
#include <string_view>

#include "emit/emit_csv.h"
#include "emit/emit_json.h"
#include "emit/emit_outline.h"
#include "emit/emit_xml.h"

namespace tongbao {
namespace {

struct FormatName {
  std::string_view name;
  OutputFormat format;
};
constexpr std::array<FormatName, 5> kFormatNames = {{
    {"json", OutputFormat::Json},
    {"jsonl", OutputFormat::Jsonl},
    {"xml", OutputFormat::Xml},
    {"csv", OutputFormat::Csv},
    {"outline", OutputFormat::Outline},
}};

// Any number of XML records other than one goes inside a <notices>
// element, so that the stream is one well-formed document even when it
// holds several records or none (an empty batch).
bool xml_wrapped(const WriteOptions& options) { return options.record_count != 1; }

// The JSON forms written as append_record_json writes them, without
// indent_json's layout.
bool compact_json(OutputFormat format, const WriteOptions& options) {
  return format == OutputFormat::Jsonl || (format == OutputFormat::Json && !options.pretty);
}

}  // namespace

bool parse_output_format(const std::string& name, OutputFormat& format) {
  for (const FormatName& entry : kFormatNames) {
    if (entry.name == name) {
      format = entry.format;
      return true;
    }
  }
  return false;
}

std::string render_prologue(OutputFormat format, const WriteOptions& options) {
  switch (format) {
    case OutputFormat::Xml:
      return std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n") + (xml_wrapped(options) ? "<notices>\n" : "");
    case OutputFormat::Csv:
      return detail::csv_header();
    case OutputFormat::Json:
    case OutputFormat::Jsonl:
    case OutputFormat::Outline:
      break;
  }
  return {};
}

std::string render_epilogue(OutputFormat format, const WriteOptions& options) {
  if (format == OutputFormat::Xml && xml_wrapped(options)) return "</notices>\n";
  return {};
}

std::string render_record(const Document& doc, OutputFormat format, const WriteOptions& options) {
  switch (format) {
    case OutputFormat::Xml:
      return detail::record_to_xml(doc, xml_wrapped(options) ? 1 : 0);
    case OutputFormat::Csv:
      return detail::record_to_csv(doc);
    case OutputFormat::Outline:
      // Records in a stream are set apart by an empty line.
      return detail::record_to_outline(doc, options.color) + (options.record_count > 1 ? "\n" : "");
    case OutputFormat::Json:
    case OutputFormat::Jsonl:
      break;
  }
  std::string out;
  detail::append_record_json(out, doc);
  if (!compact_json(format, options)) out = detail::indent_json(out);
  out += '\n';
  return out;
}

void write_record(std::ostream& out, const Document& doc, OutputFormat format, const WriteOptions& options) {
  if (!compact_json(format, options)) {
    out << render_record(doc, format, options);
    return;
  }
  const detail::JsonSink sink{[&out](std::string_view piece) {
    out.write(piece.data(), static_cast<std::streamsize>(piece.size()));
  }};
  std::string rest;
  detail::append_record_json(rest, doc, &sink);
  rest += '\n';
  out.write(rest.data(), static_cast<std::streamsize>(rest.size()));
}

}  // namespace tongbao
