// tongbao/parse.h - from bytes to a Document.
//
//   std::string bytes = ...;                     // a file's raw contents
//   tongbao::Options options;                    // defaults: sniff, detect
//   tongbao::Document doc = tongbao::parse(bytes, "notice.html", options);
//   if (doc.error) { ... }                       // not text, too large, ...
//   for (const auto& node : doc.outline) { ... }
//
// parse() never throws for bad input and never returns nothing: an input
// that cannot be read as a notice gives a Document whose `error` is set.
// The stages behind it (decode, HTML to blocks, outline, annotate, check)
// are in src/ and each is tested on its own.
#pragma once

#include <iosfwd>
#include <string>
#include <string_view>

#include "tongbao/document.h"
#include "tongbao/error.h"
#include "tongbao/options.h"

namespace tongbao {

// Parses one input. `path` is recorded in source.path ("-" for stdin).
Document parse(std::string_view bytes, std::string_view path, const Options& options = {});

// As parse(), and also hands back the decoded UTF-8 text (line ends kept as
// in the input) that the lines and columns of the record refer to: what
// `tongbao check` quotes under each diagnostic.
struct Parsed {
  Document document;
  std::string text;
};
Parsed parse_with_text(std::string_view bytes, std::string_view path, const Options& options = {});

// Reads a whole file ("-": the process's standard input), refusing more
// than max_bytes without reading further. Errors name the file.
Result<std::string> read_file(const std::string& path, std::size_t max_bytes);

// Reads a whole stream (the CLI's standard input), refusing more than
// max_bytes without reading further. Errors call it `name` ("-").
Result<std::string> read_stream(std::istream& in, const std::string& name, std::size_t max_bytes);

}  // namespace tongbao
