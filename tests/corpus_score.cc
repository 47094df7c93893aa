#include "corpus_score.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "test_support.h"
#include "tongbao/tongbao.h"

namespace tongbao::test {
namespace {

using Json = nlohmann::json;

long lcs(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  std::vector<long> prev(b.size() + 1, 0), cur(b.size() + 1, 0);
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      cur[j] = a[i - 1] == b[j - 1] ? prev[j - 1] + 1 : std::max(prev[j], cur[j - 1]);
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

void tally(Tally& t, const std::vector<std::string>& predicted, const std::vector<std::string>& expected) {
  t.matched += lcs(predicted, expected);
  t.predicted += static_cast<long>(predicted.size());
  t.expected += static_cast<long>(expected.size());
}

std::vector<std::string> strings(const Json& j, bool markers) {
  std::vector<std::string> out;
  if (!j.is_array()) return out;
  for (const Json& v : j) out.push_back(markers ? normalise_marker(v.get<std::string>()) : v.get<std::string>());
  return out;
}

std::string join(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : " ") + s;
  return out;
}

void check_field(Accuracy& acc, std::vector<std::string>& misses, const std::string& doc, const std::string& field,
                 const std::optional<std::string>& got, const Json& want) {
  const std::optional<std::string> expected =
      want.is_string() ? std::optional<std::string>(want.get<std::string>()) : std::nullopt;
  ++acc.total;
  if (got == expected) {
    ++acc.right;
  } else {
    misses.push_back(fmt::format("{} {}: got {} want {}", doc, field, got.value_or("null"), expected.value_or("null")));
  }
}

}  // namespace

std::string normalise_marker(const std::string& marker) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  icu::UnicodeString s = nfkc->normalize(icu::UnicodeString::fromUTF8(marker), status);
  std::string out;
  s.toUTF8String(out);
  out.erase(std::remove(out.begin(), out.end(), ' '), out.end());
  while (!out.empty() && (out.back() == '.' ? out.size() > 1 && !std::isdigit(static_cast<unsigned char>(out[out.size() - 2])) : false)) {
    out.pop_back();
  }
  if (out.size() >= 3 && out.compare(out.size() - 3, 3, "。") == 0) out.erase(out.size() - 3);
  return out;
}

CorpusScore score_folder(const std::filesystem::path& folder) {
  CorpusScore score;
  std::vector<std::filesystem::path> texts;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    if (const auto ext = entry.path().extension(); ext == ".txt" || ext == ".md" || ext == ".html") texts.push_back(entry.path());
  }
  std::sort(texts.begin(), texts.end());
  for (const auto& path : texts) {
    auto expect_path = path;
    expect_path.replace_extension(".expect.json");
    if (!std::filesystem::exists(expect_path)) continue;
    const Json want = Json::parse(read_all(expect_path));
    const std::string name = folder.filename().string() + "/" + path.stem().string();
    const Document doc = parse(read_all(path), path.string());
    ++score.documents;

    std::vector<std::string> markers, measures, problems;
    for_each_node(doc.outline, [&](const Node& n) {
      if (n.kind == NodeKind::Measure) {
        measures.push_back(n.marker);
      } else {
        markers.push_back(normalise_marker(n.marker));
      }
      if (n.problem) problems.push_back(*n.problem);
    });
    const auto want_markers = strings(want["markers"], true);
    const auto want_measures = strings(want["measures"], false);
    const auto want_problems = strings(want["problems"], false);
    tally(score.markers, markers, want_markers);
    tally(score.measures, measures, want_measures);
    tally(score.problems, problems, want_problems);
    if (markers != want_markers) score.misses.push_back(name + " markers: got " + join(markers) + " | want " + join(want_markers));
    if (measures != want_measures) score.misses.push_back(name + " measures: got " + join(measures) + " | want " + join(want_measures));
    if (problems != want_problems) score.misses.push_back(name + " problems: got " + join(problems) + " | want " + join(want_problems));

    check_field(score.title, score.misses, name, "title", doc.title, want["title"]);
    std::optional<std::string> published_date;
    if (doc.published) published_date = doc.published->substr(0, 10);
    check_field(score.published, score.misses, name, "published", published_date, want["published"]);
    if (want.contains("signed")) check_field(score.signed_on, score.misses, name, "signed", doc.signed_on, want["signed"]);
    const Json& inspection = want["inspection"];
    if (inspection.is_object()) {
      for (const auto& [key, value] : inspection.items()) {
        std::optional<std::string> got;
        if (doc.inspection) {
          const Inspection& in = *doc.inspection;
          if (key == "kind") got = in.kind;
          else if (key == "round") got = in.round;
          else if (key == "team") got = in.team;
          else if (key == "target") got = in.target;
          else if (key == "start") got = in.start;
          else if (key == "end") got = in.end;
          else if (key == "feedback") got = in.feedback;
        }
        check_field(score.inspection, score.misses, name, "inspection." + key, got, value);
      }
    }
    const bool flagged = std::any_of(doc.diagnostics.begin(), doc.diagnostics.end(),
                                     [](const Diagnostic& d) { return d.code == "not-a-notice"; });
    ++score.notice.total;
    if (flagged != want.value("notice", true)) {
      ++score.notice.right;
    } else {
      score.misses.push_back(name + " notice: flagged " + (flagged ? "not-a-notice" : "nothing"));
    }
  }
  return score;
}

std::string format_score(const std::string& name, const CorpusScore& s) {
  std::string out = fmt::format("{} ({} documents)\n", name, s.documents);
  out += fmt::format("  markers   F1 {:.3f}  ({} matched, {} found, {} expected)\n", s.markers.f1(), s.markers.matched,
                     s.markers.predicted, s.markers.expected);
  out += fmt::format("  measures  F1 {:.3f}  ({} matched, {} found, {} expected)\n", s.measures.f1(),
                     s.measures.matched, s.measures.predicted, s.measures.expected);
  out += fmt::format("  problems  F1 {:.3f}  ({} matched, {} found, {} expected)\n", s.problems.f1(),
                     s.problems.matched, s.problems.predicted, s.problems.expected);
  out += fmt::format("  title      {:.3f}  ({}/{})\n", s.title.value(), s.title.right, s.title.total);
  out += fmt::format("  published  {:.3f}  ({}/{})\n", s.published.value(), s.published.right, s.published.total);
  out += fmt::format("  inspection {:.3f}  ({}/{} facts)\n", s.inspection.value(), s.inspection.right, s.inspection.total);
  if (s.signed_on.total) {
    out += fmt::format("  signed     {:.3f}  ({}/{})\n", s.signed_on.value(), s.signed_on.right, s.signed_on.total);
  }
  out += fmt::format("  notice     {:.3f}  ({}/{})\n", s.notice.value(), s.notice.right, s.notice.total);
  return out;
}

}  // namespace tongbao::test
