// tongbao/tongbao.h - everything a program needs to turn notices into records.
//
// tongbao reads a published rectification notice (巡视/巡察整改进展情况的通报
// and its kin) as text or HTML in UTF-8, GB18030/GBK/GB2312, Big5 or UTF-16,
// finds its numbered structure and facts, and writes `tongbao/1` records.
//
//   #include <tongbao/tongbao.h>
//
//   tongbao::Options options;           // see options.h; defaults sniff everything
//   auto bytes = tongbao::read_file("notice.html", options.max_bytes);
//   if (!bytes) { report(bytes.error()); return; }
//   tongbao::Document doc = tongbao::parse(*bytes, "notice.html", options);
//   std::cout << tongbao::render_record(doc, tongbao::OutputFormat::Jsonl);
//
// Headers by purpose:
//   document.h  the record: Document, Node, Entity, Diagnostic ...
//   options.h   Options: input format, encoding override, size limit
//   parse.h     parse(), parse_with_text(), read_file()
//   emit.h      render_record() and friends for every output format
//   error.h     Error and Result<T>, recoverable errors as values
#pragma once

#include "tongbao/document.h"
#include "tongbao/emit.h"
#include "tongbao/error.h"
#include "tongbao/options.h"
#include "tongbao/parse.h"
