#!/usr/bin/env bash
# Hostile input (issue 9): every generated hostile file, 300 mutations of the
# sample as text and as a GB18030 page, and the shared corpus's real passages
# and excerpts each give exactly one JSON Lines record (an outline or an
# error), exit status 0 or 3, within 10 s of CPU and 1 GB, never a signal.
#   bash tests/hostile_test.sh path/to/tongbao      (from the repo root)
# HOSTILE_MUTATIONS=N changes the number of mutations of each form.
set -euo pipefail
tongbao="$(realpath "${1:?usage: hostile_test.sh path/to/tongbao}")"
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 tests/hostile/make_hostile.py "$work/in" --mutations "${HOSTILE_MUTATIONS:-300}"
for dir in ../shared/corpus/passages ../shared/corpus/excerpts; do
  if [ -d "$dir" ]; then
    for f in "$dir"/*.txt; do
      name="real-$(basename "$dir")-$(basename "$f")"
      cp "$f" "$work/in/$name"
      printf '%s\trecord\n' "$name" >> "$work/in/expect.tsv"
    done
  else
    echo "note: $dir not found; real passages skipped"
  fi
done

# Limits: 10 s of CPU time (SIGXCPU past it: on a shared machine wall time
# says more about the neighbours than about tongbao) and 1 GB of address
# space; a wall-clock timeout six times over catches a process that blocks.
# A sanitizer build reserves terabytes of address space, so there the 1 GB
# cap is ASan's own RSS limit, and time is given four times over.
cpu=10
limit=(prlimit --cpu="$cpu:$((cpu + 1))" --as=$((1024 * 1024 * 1024)) --)
if grep -qa '__asan_init' "$tongbao"; then
  cpu=40
  limit=(prlimit --cpu="$cpu:$((cpu + 1))" --)
  export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}:hard_rss_limit_mb=1024"
fi
seconds=$((cpu * 6))
mkdir -p "$work/out"
export tongbao seconds work
run_one() {
  local name="$1" status=0
  local start=$SECONDS
  timeout -s KILL "$seconds" "${@:2}" "$tongbao" parse --format jsonl "$work/in/$name" \
    >"$work/out/$name.jsonl" 2>"$work/out/$name.err" || status=$?
  printf '%s\t%s\t%s\n' "$name" "$status" "$((SECONDS - start))" >"$work/out/$name.status"
}
export -f run_one
# The big hostile kinds one at a time, so that their time is their own; the
# mutations and real passages (small) side by side.
grep -v -e '^mutant-' -e '^real-' "$work/in/expect.tsv" | cut -f1 |
  xargs -P 1 -I{} bash -c 'run_one "$@"' _ {} "${limit[@]}"
grep -e '^mutant-' -e '^real-' "$work/in/expect.tsv" | cut -f1 |
  xargs -P "$(nproc)" -I{} bash -c 'run_one "$@"' _ {} "${limit[@]}"

# --max-bytes: an input over the limit is an error record, not a read.
status=0
too_large="$("$tongbao" parse --format jsonl --max-bytes 1k "$work/in/items-50k.txt" 2>/dev/null)" || status=$?
if [ "$status" -ne 3 ] || ! grep -q '"code":"too-large"' <<<"$too_large"; then
  echo "FAIL --max-bytes 1k on a 2 MB input: exit status $status, record: ${too_large:0:300}"
  exit 1
fi

python3 - "$work" <<'PY'
import json, os, sys
work = sys.argv[1]
failures, errors = [], {}
with open(os.path.join(work, 'in', 'expect.tsv'), encoding='utf-8') as f:
    expected = [line.rstrip('\n').split('\t') for line in f if line.strip()]
slowest = (0, '')
for name, expect in expected:
    out = os.path.join(work, 'out', name)
    try:
        _, status, took = open(out + '.status').read().split('\t')
    except FileNotFoundError:
        failures.append(f'{name}: not run'); continue
    status, took = int(status), int(took)  # took: wall-clock seconds
    slowest = max(slowest, (took, name))
    err = open(out + '.err', errors='replace').read().strip()[-400:]
    if status not in (0, 3):
        why = {137: 'killed (wall-clock timeout or hard CPU limit)', 152: 'over the CPU time limit (SIGXCPU)'}.get(
            status, f'exit status {status}')
        failures.append(f'{name}: {why}; stderr: {err}'); continue
    lines = open(out + '.jsonl', 'rb').read().split(b'\n')
    if lines and lines[-1] == b'': lines.pop()
    if len(lines) != 1:
        failures.append(f'{name}: {len(lines)} records instead of one'); continue
    try:
        record = json.loads(lines[0])
    except ValueError as e:
        failures.append(f'{name}: not JSON ({e})'); continue
    if not isinstance(record, dict) or ('outline' not in record and 'error' not in record):
        failures.append(f'{name}: neither an outline nor an error'); continue
    error = record.get('error')
    code = error.get('code') if isinstance(error, dict) else None
    if error is not None:
        errors[code] = errors.get(code, 0) + 1
    if (status == 3) != (error is not None):
        failures.append(f'{name}: exit status {status} does not match the record (error={code})')
    if expect == 'record' and error is not None:
        failures.append(f'{name}: expected a record, got error {code}: {error.get("message")}')
    elif expect.startswith('error:') and code != expect[6:]:
        failures.append(f'{name}: expected error {expect[6:]}, got {code or "a record"}')
print(f'hostile: {len(expected)} inputs, {len(failures)} failures, error records {errors}, '
      f'slowest {slowest[1]} ({slowest[0]} s)')
for line in failures: print('FAIL', line)
sys.exit(1 if failures else 0)
PY
