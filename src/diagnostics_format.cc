#include "diagnostics_format.h"

#include <unicode/uchar.h>

#include <algorithm>

#include <fmt/format.h>

#include "check.h"
#include "utf8.h"

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
  struct Char {
    std::size_t begin, end;
    int width;
    bool tab;
  };
  std::vector<Char> chars;
  int total = 0;
  for (std::size_t i = 0; i < line.size();) {
    const std::size_t begin = i;
    const char32_t c = next_code_point(line, i);
    chars.push_back(Char{begin, i, display_width(c), c == '\t'});
    total += chars.back().width;
  }
  const std::size_t target = static_cast<std::size_t>(std::max(column, 1) - 1);  // index of the caret's char
  std::size_t first = 0, last = chars.size();
  if (total > max_width) {
    // Keep a third of the window before the caret and the rest after it.
    int budget = max_width / 3;
    first = std::min(target, chars.size());
    while (first > 0 && budget - chars[first - 1].width >= 0) budget -= chars[--first].width;
    budget = max_width - max_width / 3;
    last = std::min(target, chars.size());
    while (last < chars.size() && budget - chars[last].width >= 0) budget -= chars[last++].width;
  }
  CaretLines out;
  if (first > 0) out.source = "...";
  for (std::size_t k = first; k < last; ++k) out.source.append(line.substr(chars[k].begin, chars[k].end - chars[k].begin));
  if (last < chars.size()) out.source += "...";
  if (first > 0) out.caret = "   ";
  for (std::size_t k = first; k < std::min(target, last); ++k) {
    if (chars[k].tab) out.caret += '\t';
    else out.caret.append(static_cast<std::size_t>(chars[k].width), ' ');
  }
  out.caret += '^';
  return out;
}

std::string render_text(const CheckedFile& file, bool color) {
  std::string out;
  for (const Diagnostic& d : file.diagnostics) {
    const std::string position = fmt::format("{}:{}:{}:", file.path, d.line, d.column);
    if (color) {
      out += fmt::format("{}{}{} {}{}:{} {}{} [{}]{}\n", kBold, position, kReset, severity_colour(d.severity),
                         to_string(d.severity), kReset, kBold, d.message, d.code, kReset);
    } else {
      out += fmt::format("{} {}: {} [{}]\n", position, to_string(d.severity), d.message, d.code);
    }
    const std::string_view line = source_line(file.text, d.line);
    if (line.empty()) continue;
    const CaretLines lines = caret_lines(line, d.column);
    out += lines.source;
    out += '\n';
    if (color) out += fmt::format("{}{}{}\n", kGreen, lines.caret, kReset);
    else out += lines.caret + '\n';
  }
  return out;
}

std::string render_github(const CheckedFile& file) {
  std::string out;
  if (file.error) {
    out += fmt::format("::error file={}::{}\n", github_escape(file.path, true), github_escape(file.error->message, false));
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
                     {"defaultConfiguration",
                      {{"level", sarif_level(row.severity)}, {"enabled", !row.opt_in}}}});
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
                     {{"artifactLocation", artifact},
                      {"region", {{"startLine", d.line}, {"startColumn", d.column}}}}}};
      if (d.node) location["logicalLocations"] = Json::array({{{"fullyQualifiedName", *d.node}}});
      result["locations"] = Json::array({std::move(location)});
      results.push_back(std::move(result));
    }
  }
  Json run{{"tool",
            {{"driver",
              {{"name", "tongbao"},
               {"version", TONGBAO_VERSION},
               {"rules", std::move(rules)}}}}},
           {"invocations",
            Json::array({{{"executionSuccessful", notifications.empty()},
                          {"toolExecutionNotifications", std::move(notifications)}}})},
           {"columnKind", "unicodeCodePoints"},
           {"results", std::move(results)}};
  return Json{{"$schema", "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"},
              {"version", "2.1.0"},
              {"runs", Json::array({std::move(run)})}};
}

}  // namespace tongbao::detail
