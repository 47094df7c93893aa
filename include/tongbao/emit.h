// tongbao/emit.h - writing records: JSON, JSON Lines, XML, CSV, outline.
//
// Each record is rendered to a string on its own, so that a batch can render
// in worker threads and still write in input order. A stream of records is
//   prologue(format) + record(doc1) + record(doc2) + ... + epilogue(format)
// e.g. the CSV header line, or the XML <notices> wrapper around many records.
#pragma once

#include <iosfwd>
#include <string>

#include "tongbao/document.h"

namespace tongbao {

enum class OutputFormat { Json, Jsonl, Xml, Csv, Outline };

struct WriteOptions {
  // JSON: indent (default false: one compact line). The CLI turns it on
  // when standard output is a terminal.
  bool pretty = false;
  // Outline: ANSI colour. Default false; the CLI sets it only on a terminal
  // and never when NO_COLOR is set.
  bool color = false;
  // How many records the stream will hold, when known (XML wraps any number
  // but one, none included, in <notices>). Default 1.
  std::size_t record_count = 1;
};

std::string render_prologue(OutputFormat format, const WriteOptions& options = {});
std::string render_record(const Document& doc, OutputFormat format, const WriteOptions& options = {});
std::string render_epilogue(OutputFormat format, const WriteOptions& options = {});

// Writes render_record(doc, format, options) to `out`, the same bytes; a
// compact JSON or JSON Lines record goes out in pieces of about 256 KB as
// it is rendered, so that a big notice's record is never held whole. On an
// exception (out of memory) part of the record may have been written.
void write_record(std::ostream& out, const Document& doc, OutputFormat format, const WriteOptions& options = {});

// "json", "jsonl", "xml", "csv", "outline"; false if the name is unknown.
bool parse_output_format(const std::string& name, OutputFormat& format);

}  // namespace tongbao
