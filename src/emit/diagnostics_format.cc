#include "emit/diagnostics_format.h"

#include <fmt/format.h>
#include <unicode/uchar.h>

#include <algorithm>

#include "check/check.h"
#include "text/utf8.h"

namespace tongbao::detail {
namespace {

// GitHub's workflow commands: data escapes %, CR, LF; properties also : and ,.
std::string github_escape(std::string_view s, bool property) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '%': out += "%25"; break;
      case '\r': out += "%0D"; break;
      case '\n': out += "%0A"; break;
      case ':': out += property ? "%3A" : ":"; break;
      case ',': out += property ? "%2C" : ","; break;
      default: out += c;
    }
  }
  return out;
}

// A relative path as a URI reference: unreserved characters and '/' kept,
// everything else (spaces, Chinese file names) percent-encoded as UTF-8.
std::string path_to_uri(std::string_view path) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : path) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
        c == '_' || c == '~' || c == '/') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

const char* sarif_level(Severity severity) {
  switch (severity) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Note: return "note";
  }
  return "warning";
}

const char* github_command(Severity severity) {
  switch (severity) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Note: return "notice";
  }
  return "warning";
}

// clang's colours: bold position, red errors, magenta warnings, cyan notes,
// green caret.
constexpr const char* kBold = "\x1b[1m";
constexpr const char* kReset = "\x1b[0m";
constexpr const char* kGreen = "\x1b[1;32m";
const char* severity_colour(Severity severity) {
  switch (severity) {
    case Severity::Error: return "\x1b[1;31m";
    case Severity::Warning: return "\x1b[1;35m";
    case Severity::Note: return "\x1b[1;36m";
  }
  return "";
}

}  // namespace

int display_width(char32_t c) {
  if (c == '\t') return 1;  // callers keep tabs as tabs
  const auto cp = static_cast<UChar32>(c);
  const auto category = u_charType(cp);
  if (category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK || category == U_FORMAT_CHAR ||
      category == U_CONTROL_CHAR) {
    return 0;
  }
  const auto width = u_getIntPropertyValue(cp, UCHAR_EAST_ASIAN_WIDTH);
  return width == U_EA_WIDE || width == U_EA_FULLWIDTH ? 2 : 1;
}

std::string_view source_line(std::string_view text, int line) {
  if (line < 1) return {};
  std::size_t begin = 0;
  for (int n = 1; n < line; ++n) {
    while (begin < text.size() && text[begin] != '\n' && text[begin] != '\r') ++begin;
    if (begin >= text.size()) return {};
    begin += (text[begin] == '\r' && begin + 1 < text.size() && text[begin + 1] == '\n') ? 2 : 1;
  }
  std::size_t end = begin;
  while (end < text.size() && text[end] != '\n' && text[end] != '\r') ++end;
  return text.substr(begin, end - begin);
}

CaretLines caret_lines(std::string_view line, int column, int max_width) {
  // The caret's character: the column-th, or the end of the line.
  std::size_t at = 0;
  for (int k = 1; k < column && at < line.size(); ++k) next_code_point(line, at);
  // The whole line when it fits; widths are summed only up to the limit.
  int total = 0;
  std::size_t i = 0;
  while (i < line.size() && total <= max_width) total += display_width(next_code_point(line, i));
  std::size_t begin = 0, end = line.size();
  if (total > max_width) {  // a window: a third of it before the caret, the rest after
    int budget = max_width / 3;
    begin = at;
    while (begin > 0) {
      std::size_t p = begin;
      const int w = display_width(prev_code_point(line, p));
      if (w > budget) break;
      budget -= w;
      begin = p;
    }
    budget = max_width - max_width / 3;
    end = at;
    while (end < line.size()) {
      std::size_t p = end;
      const int w = display_width(next_code_point(line, p));
      if (w > budget) break;
      budget -= w;
      end = p;
    }
  }
  CaretLines out;
  if (begin > 0) out.source = "...";
  out.source.append(line.substr(begin, end - begin));
  if (end < line.size()) out.source += "...";
  if (begin > 0) out.caret = "   ";
  for (std::size_t k = begin; k < at;) {
    const char32_t c = next_code_point(line, k);
    if (c == '\t')
      out.caret += '\t';
    else
      out.caret.append(static_cast<std::size_t>(display_width(c)), ' ');
  }
  out.caret += '^';
  return out;
}

std::string render_text(const CheckedFile& file, bool color) {
  std::string out;
  // Diagnostics come sorted by line: find each line by walking on from the last.
  int current_line = 1;
  std::size_t current_start = 0;
  for (const Diagnostic& d : file.diagnostics) {
    const std::string position = fmt::format("{}:{}:{}:", file.path, d.line, d.column);
    if (color) {
      out += fmt::format("{}{}{} {}{}:{} {}{} [{}]{}\n", kBold, position, kReset, severity_colour(d.severity),
                         to_string(d.severity), kReset, kBold, d.message, d.code, kReset);
    } else {
      out += fmt::format("{} {}: {} [{}]\n", position, to_string(d.severity), d.message, d.code);
    }
    if (d.line < current_line) {
      current_line = 1;
      current_start = 0;
    }
    const std::string_view rest = std::string_view(file.text).substr(current_start);
    const std::string_view line = source_line(rest, d.line - current_line + 1);
    if (!line.empty()) {
      current_start = static_cast<std::size_t>(line.data() - file.text.data());
      current_line = d.line;
    }
    if (line.empty()) continue;
    const CaretLines lines = caret_lines(line, d.column);
    out += lines.source;
    out += '\n';
    if (color)
      out += fmt::format("{}{}{}\n", kGreen, lines.caret, kReset);
    else
      out += lines.caret + '\n';
  }
  return out;
}

std::string render_github(const CheckedFile& file) {
  std::string out;
  if (file.error) {
    out +=
        fmt::format("::error file={}::{}\n", github_escape(file.path, true), github_escape(file.error->message, false));
  }
  for (const Diagnostic& d : file.diagnostics) {
    out += fmt::format("::{} file={},line={},col={},title={}::{}\n", github_command(d.severity),
                       github_escape(file.path, true), d.line, d.column, github_escape(d.code, true),
                       github_escape(d.message, false));
  }
  return out;
}

nlohmann::ordered_json render_json(const std::vector<CheckedFile>& files) {
  auto out = nlohmann::ordered_json::array();
  for (const CheckedFile& file : files) {
    nlohmann::ordered_json entry{{"path", file.path}};
    if (file.error) entry["error"] = {{"code", file.error->code}, {"message", file.error->message}};
    auto diagnostics = nlohmann::ordered_json::array();
    for (const Diagnostic& d : file.diagnostics) {
      diagnostics.push_back({{"severity", to_string(d.severity)},
                             {"code", d.code},
                             {"message", d.message},
                             {"line", d.line},
                             {"column", d.column},
                             {"node", d.node ? nlohmann::ordered_json(*d.node) : nlohmann::ordered_json(nullptr)}});
    }
    entry["diagnostics"] = std::move(diagnostics);
    out.push_back(std::move(entry));
  }
  return out;
}

nlohmann::ordered_json render_sarif(const std::vector<CheckedFile>& files) {
  using Json = nlohmann::ordered_json;
  Json rules = Json::array();
  std::vector<std::string_view> rule_ids;
  for (const CheckInfo& row : catalogue()) {
    rule_ids.push_back(row.code);
    rules.push_back({{"id", std::string(row.code)},
                     {"shortDescription", {{"text", std::string(row.summary)}}},
                     {"help", {{"text", fmt::format("See docs/diagnostics.md, section {}.", row.code)}}},
                     {"defaultConfiguration", {{"level", sarif_level(row.severity)}, {"enabled", !row.opt_in}}}});
  }
  Json results = Json::array();
  Json notifications = Json::array();
  for (const CheckedFile& file : files) {
    const Json artifact{{"uri", path_to_uri(file.path)}};
    if (file.error) {
      notifications.push_back({{"level", "error"},
                               {"message", {{"text", file.error->message}}},
                               {"locations", Json::array({{{"physicalLocation", {{"artifactLocation", artifact}}}}})}});
    }
    for (const Diagnostic& d : file.diagnostics) {
      Json result{{"ruleId", d.code}};
      const auto it = std::find(rule_ids.begin(), rule_ids.end(), d.code);
      if (it != rule_ids.end()) result["ruleIndex"] = it - rule_ids.begin();
      result["level"] = sarif_level(d.severity);
      result["message"] = {{"text", d.message}};
      Json location{{"physicalLocation",
                     {{"artifactLocation", artifact}, {"region", {{"startLine", d.line}, {"startColumn", d.column}}}}}};
      if (d.node) location["logicalLocations"] = Json::array({{{"fullyQualifiedName", *d.node}}});
      result["locations"] = Json::array({std::move(location)});
      results.push_back(std::move(result));
    }
  }
  Json run{{"tool", {{"driver", {{"name", "tongbao"}, {"version", TONGBAO_VERSION}, {"rules", std::move(rules)}}}}},
           {"invocations", Json::array({{{"executionSuccessful", notifications.empty()},
                                         {"toolExecutionNotifications", std::move(notifications)}}})},
           {"columnKind", "unicodeCodePoints"},
           {"results", std::move(results)}};
  return Json{{"$schema", "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"},
              {"version", "2.1.0"},
              {"runs", Json::array({std::move(run)})}};
}

}  // namespace tongbao::detail
