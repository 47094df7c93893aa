#!/usr/bin/env bash
# The benchmark of docs/performance.md still runs: tests/bench/run.sh on a
# corpus of 4 + 4 files and a 1 MB document, one round. Speed is not judged
# here (no test is timed); what is checked is that every command ran, gave
# one record per input (run.sh fails otherwise), and that the tables hold
# every row, with figures, that the document quotes.
# Usage: bash tests/bench_smoke_test.sh path/to/tongbao   (from the repository root)
set -euo pipefail
tongbao=$(realpath "${1:?usage: bench_smoke_test.sh path/to/tongbao}")
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

tests/bench/run.sh "$tongbao" --corpus "$work/corpus" -n 4 --runs 1 --big 1 > "$work/tables" 2> "$work/log" || {
  cat "$work/log" >&2
  echo "FAIL: run.sh failed" >&2
  exit 1
}

failures=0
number='[0-9]+(\.[0-9]+)?'
expect() {  # a row's label and the pattern of the rest of it
  if ! grep -Eq "^\| $1 \| $2" "$work/tables"; then
    echo "FAIL: no row '$1' with figures" >&2
    failures=$((failures + 1))
  fi
}
# Rows of the first table: files, MB, wall s, two rates, docs/s, peak MiB.
row="[0-9]+ \| $number \| $number \| $number \| $number \| $number \| $number \|$"
for label in "tongbao -j1, text" "tongbao -j1, HTML" "tongbao -j1, all" "baseline.py, text" "baseline.py, HTML" \
             "tongbao -j1, one big text" "tongbao -j1, one big HTML"; do
  expect "$label" "$row"
done
grep -Eq "^\| tongbao -j1, all \| 8 \|" "$work/tables" || { echo "FAIL: 'all' is not 8 files" >&2; failures=$((failures + 1)); }
# The ratios, with two decimals, against their targets.
expect "tongbao -j1 / baseline, text" "$number× \| $number× \| ≥ 6× \|$"
expect "tongbao -j1 / baseline, HTML" "$number× \| $number× \| ≥ 3× \(issue 16\) \|$"
expect "big text MB/s / small text MB/s" "$number \| $number \| ≥ 1 \(linear\) \|$"
expect "peak memory, 8 files -j1 / 8 files -j1" "$number / $number MiB \| \| ≤ 64 MB, flat \|$"
grep -Eq "baseline, text \| [0-9]+\.[0-9]{2}×" "$work/tables" || { echo "FAIL: ratios without two decimals" >&2; failures=$((failures + 1)); }

if [ "$failures" -ne 0 ]; then
  cat "$work/tables" >&2
  exit 1
fi
echo "bench smoke: all rows present"
