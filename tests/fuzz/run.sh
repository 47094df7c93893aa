#!/usr/bin/env bash
# Builds the libFuzzer targets (build-fuzz/, clang, ASan+UBSan) and runs each
# for SECONDS (default 60). A crash stops with status 1 and leaves the input
# in build-fuzz/crashes/. Long runs: see docs/robustness.md.
#   tests/fuzz/run.sh [SECONDS] [TARGET...]      TARGET: decode html outline pipeline
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-60}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then targets=(decode html outline pipeline); fi
build="${TONGBAO_FUZZ_BUILD:-build-fuzz}"
jobs="${TONGBAO_FUZZ_JOBS:-2}"

# A build folder already configured for fuzzing (.ci/run's sanitizer build,
# which also runs the tests) is reused as it is.
if ! grep -qs '^TONGBAO_FUZZ:BOOL=ON' "$build/CMakeCache.txt"; then
  CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DTONGBAO_FUZZ=ON -DTONGBAO_TESTS=OFF -DTONGBAO_WERROR=ON >/dev/null
fi
cmake --build "$build" -j"$jobs" --target "${targets[@]/%/_fuzz}"

# Seeds: the sample, the test fixtures, small hostile files, and the shared
# corpus's real passages when it is there. libFuzzer reads these folders and
# writes what it finds into the target's own corpus folder, which is kept
# between runs so that each run starts where the last one stopped.
# The fixtures' inputs, copied once into one folder: libFuzzer reads a
# folder's subfolders too, so naming each fixture folder read every input
# twice, and their annotations (JSON, README) are no inputs. The seeds run
# before any fuzzing, inside the time given.
seed_dir="$build/seeds"
rm -rf "$seed_dir"
mkdir -p "$seed_dir"
n=0
while IFS= read -r -d '' file; do
  n=$((n + 1))
  cp "$file" "$seed_dir/$n-$(basename "$file")"
done < <(find tests/fixtures -type f ! -name '*.json' ! -name '*.tsv' ! -name 'README*' -print0 2>/dev/null)
seeds=(data/samples tests/fuzz/seeds "$seed_dir")
for dir in ../shared/corpus/passages ../shared/corpus/excerpts; do
  if [ -d "$dir" ]; then seeds+=("$dir"); fi
done

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
mkdir -p "$build/crashes"
status=0
for target in "${targets[@]}"; do
  corpus="$build/corpus/$target"
  mkdir -p "$corpus"
  echo "== fuzzing $target for ${seconds}s"
  if ! "$build/${target}_fuzz" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=1024 \
      -print_final_stats=1 -artifact_prefix="$build/crashes/$target-" "$corpus" "${seeds[@]}" \
      >"$build/$target.log" 2>&1; then
    echo "!! $target found a problem; log: $build/$target.log, input: $build/crashes/$target-*"
    grep -E -A25 '^==[0-9]+==ERROR|runtime error|fuzz check failed|ERROR: libFuzzer' "$build/$target.log" | head -60 || true
    status=1
  else
    grep -E '^stat::(number_of_executed_units|peak_rss_mb)' "$build/$target.log" | tr '\n' ' '
    echo
  fi
done
exit "$status"
