// test_support.h - helpers shared by the integration tests.
#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "tongbao/document.h"

namespace tongbao::test {

inline std::string read_all(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// The longest run of whole characters in the first n bytes of `filler`
// repeated: text of every length, to put a mark at every offset of the
// sixteen-byte blocks the scanners test.
inline std::string whole_characters(const std::string& filler, std::size_t n) {
  std::string text;
  while (text.size() < n) text += filler;
  text.resize(n);
  while (!text.empty() && (static_cast<unsigned char>(text.back()) & 0xC0) == 0x80) text.pop_back();
  while (!text.empty() && static_cast<unsigned char>(text.back()) >= 0xC0) text.pop_back();
  return text;
}

inline std::string sample_path() { return std::string(TONGBAO_SOURCE_DIR) + "/data/samples/whdi-fgw-2024.txt"; }

// The outline as the golden files write it: one node a line,
// id kind marker number line heading problem label, tab-separated, "-" for null.
inline void dump_outline(const std::vector<Node>& nodes, std::ostringstream& out, bool with_lines = true) {
  for (const Node& n : nodes) {
    out << n.id << '\t' << to_string(n.kind) << '\t' << n.marker << '\t' << n.number << '\t';
    if (with_lines) out << n.line;
    out << '\t' << n.heading << '\t' << n.problem.value_or("-") << '\t' << n.label.value_or("-") << '\n';
    dump_outline(n.children, out, with_lines);
  }
}

inline std::string dump_outline(const std::vector<Node>& nodes, bool with_lines = true) {
  std::ostringstream out;
  dump_outline(nodes, out, with_lines);
  return out.str();
}

inline const Node* find_node(const std::vector<Node>& nodes, const std::string& id) {
  const Node* found = nullptr;
  for_each_node(nodes, [&](const Node& n) {
    if (n.id == id) found = &n;
  });
  return found;
}

inline int count_kind(const std::vector<Node>& nodes, NodeKind kind) {
  int n = 0;
  for_each_node(nodes, [&](const Node& node) { n += node.kind == kind; });
  return n;
}

}  // namespace tongbao::test
