// tongbao/options.h - how a notice is read.
#pragma once

#include <cstddef>
#include <string>

namespace tongbao {

enum class InputFormat {
  Auto,  // a .md or .markdown name is Markdown; else by content: markup that opens like a page is HTML
  Text,
  Html,
  Markdown,  // CommonMark, with YAML or TOML front matter
};

struct Options {
  // How to read the input. Default: Auto (Markdown by the name's extension,
  // else sniffed from the bytes).
  InputFormat input_format = InputFormat::Auto;

  // An encoding label ("gb2312", "big5", "utf-8", ...) that overrides every
  // declaration and detection. Default: empty, i.e. BOM, then the page's own
  // declaration, then UTF-8 if valid, then ICU's charset detector.
  std::string encoding;

  // Inputs larger than this give an error record instead of a parse.
  // Default: 64 MiB.
  std::size_t max_bytes = std::size_t{64} << 20;

  // Opt-in checks that fire on most archived notices (half-width
  // punctuation and the like). Default: false.
  bool pedantic = false;
};

}  // namespace tongbao
