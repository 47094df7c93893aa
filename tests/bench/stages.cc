// stages.cc - where parse time goes: each pipeline stage timed on its own,
// in one process, over files held in memory (no disk, no threads).
//
//   cmake --build build --target tongbao_stages
//   build/tongbao_stages [--runs N] PATH...     (files, or folders read flat)
//
// Prints milliseconds per pass over all files and MB/s of input bytes per
// stage, then the whole parse() and the JSON Lines rendering. Times are the
// thread's CPU time, which other work on a shared machine disturbs far less
// than wall time. The stages are
// run a second time inside parse(), so "parse()" is the sum that counts; the
// per-stage lines say which part of it to work on. A profiling aid for
// docs/performance.md, not a test: nothing here fails on slow figures.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "annotate/annotate.h"
#include "check/check.h"
#include "decode/decode.h"
#include "blocks/html.h"
#include "outline/markers.h"
#include "outline/outline.h"
#include "outline/unwrap.h"
#include "blocks/text_blocks.h"
#include "tongbao/emit.h"
#include "tongbao/parse.h"

namespace {

double thread_cpu_seconds() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

enum Stage { Sniff, Decode, Blocks, Outline, Annotate, Check, Parse, Render, StageCount };
constexpr const char* kStageNames[StageCount] = {
    "sniff binary", "decode", "blocks (text/HTML)", "outline", "annotate", "check", "parse() in all", "render JSONL"};

std::vector<std::string> input_paths(int argc, char** argv, int& runs) {
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (arg == "--runs" && i + 1 < argc) {
      runs = std::max(1, std::atoi(argv[++i]));
    } else if (std::filesystem::is_directory(arg)) {
      for (const auto& entry : std::filesystem::directory_iterator(arg)) {
        if (entry.is_regular_file()) paths.push_back(entry.path().string());
      }
    } else {
      paths.emplace_back(arg);
    }
  }
  std::sort(paths.begin(), paths.end());
  return paths;
}

}  // namespace

int main(int argc, char** argv) {
  int runs = 3;
  const std::vector<std::string> paths = input_paths(argc, argv, runs);
  if (paths.empty()) {
    std::fprintf(stderr, "usage: tongbao_stages [--runs N] PATH...\n");
    return 2;
  }
  std::vector<std::string> inputs;
  std::size_t total_bytes = 0;
  for (const auto& path : paths) {
    auto bytes = tongbao::read_file(path, std::size_t{1} << 30);
    if (!bytes) {
      std::fprintf(stderr, "tongbao_stages: %s\n", bytes.error().message.c_str());
      return 1;
    }
    total_bytes += bytes->size();
    inputs.push_back(std::move(*bytes));
  }

  double seconds[StageCount] = {};
  const tongbao::Options options;
  for (int run = 0; run < runs; ++run) {
    for (std::size_t i = 0; i < inputs.size(); ++i) {
      namespace d = tongbao::detail;
      double t[StageCount + 1];
      t[0] = thread_cpu_seconds();
      auto binary = d::sniff_binary(inputs[i]);
      t[1] = thread_cpu_seconds();
      auto decoded = d::decode_to_utf8(inputs[i]);
      t[2] = thread_cpu_seconds();
      const bool html = d::looks_like_html(decoded.text);
      d::Blocks blocks = html ? d::html_to_blocks(decoded.text).blocks : d::text_to_blocks(decoded.text);
      d::unwrap_fixed_width(blocks, html ? d::LineSource::Markup : d::LineSource::Text);  // as parse() does
      d::drop_decoration_before_markers(blocks);
      d::join_broken_headings(blocks);
      t[3] = thread_cpu_seconds();
      d::OutlineResult outline = d::build_outline(blocks);
      t[4] = thread_cpu_seconds();
      tongbao::Document doc;
      doc.title = outline.title;
      doc.preamble = outline.preamble;
      doc.outline = std::move(outline.outline);
      doc.closing = outline.closing;
      d::annotate(doc, outline.spans);
      t[5] = thread_cpu_seconds();
      d::check(doc, outline.spans, options);
      t[6] = thread_cpu_seconds();
      tongbao::Document full = tongbao::parse(inputs[i], paths[i], options);
      t[7] = thread_cpu_seconds();
      std::string line = tongbao::render_record(full, tongbao::OutputFormat::Jsonl);
      t[8] = thread_cpu_seconds();
      for (int s = 0; s < StageCount; ++s) seconds[s] += t[s + 1] - t[s];
      if (binary && line.empty()) return 1;  // keeps the results alive
    }
  }
  const double megabytes = static_cast<double>(total_bytes) * runs / 1e6;
  std::printf("%zu files, %.1f MB, %d runs\n", inputs.size(), static_cast<double>(total_bytes) / 1e6, runs);
  std::printf("%-20s %10s %10s\n", "stage", "ms/pass", "MB/s");
  for (int s = 0; s < StageCount; ++s) {
    std::printf("%-20s %10.1f %10.1f\n", kStageNames[s], seconds[s] * 1000 / runs, megabytes / seconds[s]);
  }
  return 0;
}
