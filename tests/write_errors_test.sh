#!/usr/bin/env bash
# Lost output must never exit 0: with standard output on a full disk
# (/dev/full) every subcommand and format must say so in exactly one line
# and exit 4, and a reader that goes away (a broken pipe, SIGPIPE ignored)
# must end the run with a non-zero status, not "parsed".
# Usage: bash tests/write_errors_test.sh path/to/tongbao   (from the repository root)
set -euo pipefail
tongbao=$(realpath "${1:?usage: write_errors_test.sh path/to/tongbao}")
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }

sample=data/samples/whdi-fgw-2024.txt
[ -e /dev/full ] || fail "/dev/full is missing; this test needs it"
expected='tongbao: error: writing output: No space left on device'

# Many inputs, so that the output is far larger than any pipe or buffer.
many=()
for _ in $(seq 50); do many+=("$sample"); done

full_case() {
  local name=$1
  shift
  local status=0
  "$tongbao" "$@" > /dev/full 2> "$work/err" || status=$?
  [ "$status" -eq 4 ] || fail "$name > /dev/full: exit status $status, expected 4; stderr: $(cat "$work/err")"
  local err
  err=$(cat "$work/err")
  [ "$err" = "$expected" ] || fail "$name > /dev/full: stderr is not exactly one line '$expected' but: '$err'"
  [ "$(wc -l < "$work/err")" -eq 1 ] || fail "$name > /dev/full: stderr has $(wc -l < "$work/err") lines, expected 1"
}

full_case "parse json" parse -f json "$sample"
full_case "parse jsonl" parse -f jsonl "$sample"
full_case "parse outline" parse --format outline "$sample"
full_case "parse jsonl dir" parse -f jsonl data/samples/
full_case "parse json x50" parse -f json "${many[@]}"
full_case "parse jsonl x50 -j2" parse -f jsonl -j 2 "${many[@]}"
full_case "parse outline x50 -j1" parse -f outline -j 1 "${many[@]}"
full_case "parse --jsonl-input" parse --jsonl-input < <(printf '{"id":"a","content":"%s"}\n' x y z)
full_case "check" check "$sample"
full_case "check x50" check "${many[@]}"
full_case "check json" check -f json "$sample"
full_case "schema json" schema json
full_case "schema xml" schema xml
full_case "--help" --help

# A reader that stops early. With SIGPIPE ignored the write fails with EPIPE:
# tongbao must stop with a non-zero status (and at most the one line above).
pipe_case() {
  local name=$1
  shift
  local statuses
  statuses=$(
    trap '' PIPE
    set +e
    "$tongbao" "$@" 2> "$work/err" | head -c 10 > /dev/null
    echo "${PIPESTATUS[0]} ${PIPESTATUS[1]}"
  )
  local tongbao_status=${statuses% *} head_status=${statuses#* }
  [ "$head_status" -eq 0 ] || fail "$name | head -c 10: head exited $head_status"
  [ "$tongbao_status" -ne 0 ] || fail "$name | head -c 10 with SIGPIPE ignored: tongbao exited 0"
  [ "$tongbao_status" -eq 4 ] || fail "$name | head -c 10 with SIGPIPE ignored: exit status $tongbao_status, expected 4"
  if [ -s "$work/err" ] && [ "$(cat "$work/err")" != "$expected" ] \
     && [ "$(cat "$work/err")" != 'tongbao: error: writing output: Broken pipe' ]; then
    fail "$name | head -c 10: unexpected stderr: $(cat "$work/err")"
  fi
}

pipe_case "parse json x50" parse -f json "${many[@]}"
pipe_case "parse jsonl x50" parse -f jsonl "${many[@]}"
pipe_case "parse jsonl x50 -j2" parse -f jsonl -j 2 "${many[@]}"
pipe_case "parse outline x50" parse -f outline "${many[@]}"
many200=("${many[@]}" "${many[@]}" "${many[@]}" "${many[@]}")  # check's report is smaller
pipe_case "check x200" check "${many200[@]}"

# With SIGPIPE at its default the process dies by the signal: non-zero too.
set +e
"$tongbao" parse -f jsonl "${many[@]}" 2> /dev/null | head -c 10 > /dev/null
status=${PIPESTATUS[0]}
set -e
[ "$status" -ne 0 ] || fail "parse | head -c 10 with SIGPIPE default: tongbao exited 0"

# Files under -o, and standard output to a file, past a file size limit
# (EFBIG, SIGXFSZ ignored): the first failed write stops the batch, exit 4.
for jobs in 1 2; do
  status=0
  (ulimit -f 10; trap '' XFSZ; exec "$tongbao" parse -j "$jobs" --output-dir "$work/out$jobs" "${many[@]}") 2> "$work/err" || status=$?
  [ "$status" -eq 4 ] || fail "parse -j $jobs -o over the file size limit: exit status $status, expected 4"
  err=$(cat "$work/err")
  [ "$err" = "tongbao: error: writing output: $work/out$jobs/whdi-fgw-2024.json: File too large" ] \
    || fail "parse -j $jobs -o over the file size limit: stderr '$err'"
  [ -z "$(ls -A "$work/out$jobs")" ] || fail "parse -j $jobs -o over the file size limit left files: $(ls -A "$work/out$jobs")"
done
# -o FILE over the limit: exit 4, the file named, no file and no temporary left.
for jobs in 1 2; do
  status=0
  (ulimit -f 10; trap '' XFSZ; exec "$tongbao" parse -j "$jobs" -f jsonl -o "$work/one$jobs.jsonl" "${many[@]}") 2> "$work/err" || status=$?
  [ "$status" -eq 4 ] || fail "parse -j $jobs -o FILE over the file size limit: exit status $status, expected 4"
  [ "$(cat "$work/err")" = "tongbao: error: writing output: $work/one$jobs.jsonl: File too large" ] \
    || fail "parse -j $jobs -o FILE over the file size limit: stderr '$(cat "$work/err")'"
  [ -z "$(ls -A "$work" | grep "one$jobs")" ] || fail "parse -j $jobs -o FILE left: $(ls -A "$work" | grep "one$jobs")"
done
status=0
(ulimit -f 10; trap '' XFSZ; exec "$tongbao" parse -f jsonl "${many[@]}" > "$work/big.jsonl") 2> "$work/err" || status=$?
[ "$status" -eq 4 ] || fail "parse > file over the file size limit: exit status $status, expected 4"
[ "$(cat "$work/err")" = 'tongbao: error: writing output: File too large' ] \
  || fail "parse > file over the file size limit: stderr '$(cat "$work/err")'"

# A full output still parses: the normal path is unchanged.
"$tongbao" parse -f jsonl "$sample" > "$work/ok.jsonl"
[ "$(wc -l < "$work/ok.jsonl")" -eq 1 ] || fail "parse -f jsonl of one input wrote $(wc -l < "$work/ok.jsonl") lines"

echo "ok: write errors give exit status 4 and one line; broken pipes a non-zero status"
