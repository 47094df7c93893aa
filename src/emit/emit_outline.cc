#include "emit/emit_outline.h"

#include <unordered_map>

#include "emit/emit_text.h"
#include "text/utf8.h"

namespace tongbao::detail {

std::string terminal_safe(std::string_view text) {
  // Controls (C0, DEL, C1) could drive the terminal; tabs and line ends
  // would break the tree's layout.
  return filter_code_points(text, [](char32_t c) -> char32_t {
    if (c == '\t' || c == '\n' || c == '\r') return ' ';
    return c >= 0x20 && (c < 0x7F || c > 0x9F) ? c : kDropCodePoint;
  });
}

namespace {

// What each part of the view looks like in colour (ANSI SGR parameters).
enum class Part { Title, Meta, Marker, MeasureMarker, Flag, Problem, Count, Preview, Error };
struct PartStyle {
  Part part;
  const char* sgr;
};
constexpr PartStyle kStyles[] = {
    {Part::Title, "1"},          // bold
    {Part::Meta, "2"},           // faint
    {Part::Marker, "36"},        // cyan
    {Part::MeasureMarker, "32"}, // green
    {Part::Flag, "1;31"},        // bold red
    {Part::Problem, "1;33"},     // bold yellow
    {Part::Count, "2"},          // faint
    {Part::Preview, "2"},        // faint: the start of the text where there is no heading
    {Part::Error, "1;31"},       // bold red
};

// Lines of problem nodes start with this flag, others with as many spaces,
// so that `grep '^!'` lists the problems even without colour.
constexpr std::string_view kProblemFlag = "! ";
constexpr std::string_view kNoFlag = "  ";
constexpr std::string_view kIndent = "  ";
// A node without a heading shows the start of its text, this many characters.
constexpr int kTextPreviewChars = 30;

class Painter {
 public:
  explicit Painter(bool color) : color_(color) {}
  void paint(std::string& out, Part part, std::string_view text) const {
    if (text.empty()) return;
    if (!color_) {
      out += text;
      return;
    }
    for (const PartStyle& style : kStyles) {
      if (style.part != part) continue;
      out += "\x1b[";
      out += style.sgr;
      out += 'm';
      out += text;
      out += "\x1b[0m";
      return;
    }
    out += text;
  }

 private:
  bool color_;
};

using MeasureCounts = std::unordered_map<const Node*, int>;

// Counts the measures anywhere below each node, in one pass over the tree;
// returns the number of measures among and below `nodes`.
int count_measures(const std::vector<Node>& nodes, MeasureCounts& counts) {
  int total = 0;
  for (const Node& node : nodes) {
    const int below = count_measures(node.children, counts);
    counts[&node] = below;
    total += below + (node.kind == NodeKind::Measure);
  }
  return total;
}

std::string plural(int count, const char* singular, const char* plural_form) {
  return std::to_string(count) + " " + (count == 1 ? singular : plural_form);
}

std::string preview(std::string_view text) {
  std::string out;
  std::size_t i = 0;
  int chars = 0;
  while (i < text.size() && chars < kTextPreviewChars) {
    next_code_point(text, i);
    ++chars;
  }
  out = terminal_safe(text.substr(0, i));
  if (i < text.size()) out += "…";
  return out;
}

// The heading, with the problem it names highlighted where it occurs in it.
void paint_heading(std::string& out, const Painter& painter, const Node& node) {
  const std::string heading = terminal_safe(node.heading);
  if (heading.empty()) {
    painter.paint(out, Part::Preview, preview(node.text));
    return;
  }
  if (!node.problem) {
    out += heading;
    return;
  }
  const std::string problem = terminal_safe(*node.problem);
  const std::size_t at = problem.empty() ? std::string::npos : heading.find(problem);
  if (at == std::string::npos) {
    painter.paint(out, Part::Problem, heading);
    return;
  }
  out += heading.substr(0, at);
  painter.paint(out, Part::Problem, problem);
  out += heading.substr(at + problem.size());
}

void paint_nodes(std::string& out, const Painter& painter, const MeasureCounts& counts, const std::vector<Node>& nodes,
                 int depth) {
  for (const Node& node : nodes) {
    if (node.problem) painter.paint(out, Part::Flag, kProblemFlag);
    else out += kNoFlag;
    for (int i = 0; i < depth; ++i) out += kIndent;
    painter.paint(out, node.kind == NodeKind::Measure ? Part::MeasureMarker : Part::Marker, terminal_safe(node.marker));
    paint_heading(out, painter, node);
    if (node.kind != NodeKind::Measure) {
      if (const int measures = counts.at(&node); measures > 0) {
        out += "  ";
        painter.paint(out, Part::Count, "[" + plural(measures, "measure", "measures") + "]");
      }
    }
    out += '\n';
    paint_nodes(out, painter, counts, node.children, depth + 1);
  }
}

}  // namespace

std::string record_to_outline(const Document& doc, bool color) {
  const Painter painter(color);
  std::string out;
  if (doc.error) {
    out += terminal_safe(doc.source.path) + ": ";
    painter.paint(out, Part::Error, "error");
    out += " (" + terminal_safe(doc.error->code) + "): " + terminal_safe(doc.error->message) + "\n";
    return out;
  }
  painter.paint(out, Part::Title, doc.title ? terminal_safe(*doc.title) : "(no title)");
  out += '\n';
  int nodes = 0, problems = 0, measures = 0;
  for_each_node(doc.outline, [&](const Node& node) {
    ++nodes;
    problems += node.problem.has_value();
    measures += node.kind == NodeKind::Measure;
  });
  std::string meta = terminal_safe(doc.source.path);
  for (const std::string& part : {plural(nodes, "node", "nodes"), plural(problems, "problem", "problems"),
                                  plural(measures, "measure", "measures"),
                                  plural(static_cast<int>(doc.diagnostics.size()), "diagnostic", "diagnostics")})
    meta += " · " + part;
  painter.paint(out, Part::Meta, meta);
  out += '\n';
  if (!doc.outline.empty()) out += '\n';
  MeasureCounts counts;
  count_measures(doc.outline, counts);
  paint_nodes(out, painter, counts, doc.outline, 0);
  return out;
}

}  // namespace tongbao::detail
