#include "tongbao/emit.h"

#include "emit_json.h"

namespace tongbao {

bool parse_output_format(const std::string& name, OutputFormat& format) {
  if (name == "json") format = OutputFormat::Json;
  else if (name == "jsonl") format = OutputFormat::Jsonl;
  else return false;
  return true;
}

std::string render_prologue(OutputFormat, const WriteOptions&) { return {}; }
std::string render_epilogue(OutputFormat, const WriteOptions&) { return {}; }

std::string render_record(const Document& doc, OutputFormat format, const WriteOptions& options) {
  // Invalid UTF-8 cannot reach here (decoding replaces it), but a dump must
  // never throw mid-batch: replace rather than abort.
  const auto handler = nlohmann::ordered_json::error_handler_t::replace;
  if (format == OutputFormat::Json && options.pretty) {
    return detail::record_to_json(doc).dump(2, ' ', false, handler) + "\n";
  }
  std::string out;
  detail::append_record_json(out, doc);  // the same bytes as the compact dump, faster
  out += '\n';
  return out;
}

}  // namespace tongbao
