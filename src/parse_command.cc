// `tongbao parse`: inputs to records. (Sequential skeleton; batch, -j and
// streaming come with issue 7.)
#include <iostream>

#include <CLI/CLI.hpp>

#include "cli.h"
#include "tongbao/tongbao.h"

namespace tongbao::cli {

Runner add_parse_command(CLI::App& app, Io& io) {
  auto* cmd = app.add_subcommand("parse", "Parse notices and write tongbao/1 records");
  struct State {
    std::vector<std::string> inputs;
    std::string format = "json";
    std::string input_format = "auto";
    std::string encoding;
    bool pretty = false, compact = false;
  };
  auto state = std::make_shared<State>();
  cmd->add_option("inputs", state->inputs, "Files to parse ('-' for standard input)")->required();
  cmd->add_option("--format,-f", state->format, "Output: json, jsonl, xml, csv, outline");
  cmd->add_option("--input-format", state->input_format, "auto, text or html")
      ->check(CLI::IsMember({"auto", "text", "html"}));
  cmd->add_option("--encoding", state->encoding, "Decode with this encoding label, whatever the input declares");
  cmd->add_flag("--pretty", state->pretty, "Indent JSON");
  cmd->add_flag("--compact", state->compact, "One line per JSON record");
  return [state, &io]() {
    OutputFormat format;
    if (!parse_output_format(state->format, format)) {
      print_error(io, "unknown --format '" + state->format + "'; use json, jsonl, xml, csv or outline");
      return int{kUsage};
    }
    Options options;
    options.encoding = state->encoding;
    options.input_format = state->input_format == "text"   ? InputFormat::Text
                           : state->input_format == "html" ? InputFormat::Html
                                                           : InputFormat::Auto;
    WriteOptions write;
    write.pretty = state->pretty || (io.out_is_terminal && !state->compact);
    write.color = io.out_is_terminal && !io.no_color;
    write.record_count = state->inputs.size();
    int status = kOk;
    io.out << render_prologue(format, write);
    for (const std::string& path : state->inputs) {
      Document doc;
      if (path == "-") {
        std::string bytes((std::istreambuf_iterator<char>(io.in)), std::istreambuf_iterator<char>());
        doc = parse(bytes, path, options);
      } else if (auto bytes = read_file(path, options.max_bytes)) {
        doc = parse(*bytes, path, options);
      } else {
        doc.source.path = path;
        doc.error = RecordError{bytes.error().code, bytes.error().message};
      }
      if (doc.error) {
        print_error(io, doc.error->message);
        status = kInputFailed;
      }
      io.out << render_record(doc, format, write);
    }
    io.out << render_epilogue(format, write);
    return status;
  };
}

}  // namespace tongbao::cli
