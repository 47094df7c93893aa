// corpus_score.h - scoring tongbao against the annotated real notices in
// ../shared/corpus (excerpts/ and passages/): marker, measure and problem
// sequences (F1 by longest common subsequence, summed over the corpus),
// and accuracy of title, published date, inspection facts and signed date.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace tongbao::test {

struct Tally {
  long matched = 0, predicted = 0, expected = 0;  // sequences
  double f1() const {
    if (predicted == 0 && expected == 0) return 1.0;
    const double p = predicted ? double(matched) / double(predicted) : 0.0;
    const double r = expected ? double(matched) / double(expected) : 0.0;
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};

struct Accuracy {
  long right = 0, total = 0;
  double value() const { return total ? double(right) / double(total) : 1.0; }
};

struct CorpusScore {
  int documents = 0;
  Tally markers, measures, problems;
  Accuracy title, published, inspection, signed_on, notice;
  std::vector<std::string> misses;  // one line per wrong field, for the report
};

// Scores every NNN.txt with an NNN.expect.json in `folder`.
CorpusScore score_folder(const std::filesystem::path& folder);

// The report table printed by the tests and copied into docs/accuracy.md.
std::string format_score(const std::string& name, const CorpusScore& score);

// Markers compared after NFKC, with spaces and a closing full stop removed.
std::string normalise_marker(const std::string& marker);

}  // namespace tongbao::test
