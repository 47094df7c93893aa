#!/usr/bin/env bash
# GNU parallel as the map step: 60 JSON Lines documents (30 as text, 30 as
# base64 GB18030 pages) split into chunks of 7 over 2 jobs must give 60
# records whose ids are the inputs' and whose union equals one direct run.
# Usage: bash tests/parallel_stream_test.sh path/to/tongbao (from the repo root)
set -euo pipefail

tongbao=$(realpath "${1:?usage: $0 path/to/tongbao}")
sample=data/samples/whdi-fgw-2024.txt
for tool in parallel iconv python3; do
  command -v "$tool" >/dev/null || { echo "SKIPPED: $tool not installed" >&2; exit 77; }  # ctest: skipped
done
[[ -f $sample ]] || { echo "FAIL: $sample missing (run from the repo root)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# 30 text documents: the sample with a small variation each; 30 pages in
# UTF-8 first, converted to GB18030 by iconv below.
python3 - "$sample" "$work" <<'EOF'
import html, json, sys
sample, work = sys.argv[1], sys.argv[2]
text = open(sample, encoding="utf-8").read()
with open(f"{work}/text.jsonl", "w", encoding="utf-8") as out:
    for i in range(30):
        # Variations: a line before the title, full-width digits, a changed date.
        variant = [f"（第{i + 1}份）\n" + text,
                   text.replace("2024", "２０２４").replace("发展", f"发展{i}", 1),
                   text.replace("6月17日", f"6月{i % 28 + 1}日")][i % 3]
        out.write(json.dumps({"id": f"text-{i:02d}", "content": variant}, ensure_ascii=False) + "\n")
for i in range(30):
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line.strip())
    page = (f'<!DOCTYPE html>\n<html><head><meta charset="gb2312"><title>通报{i}</title></head>\n'
            f"<body>\n<p>第{i + 1}页</p>\n{body}\n</body></html>\n")
    open(f"{work}/page-{i:02d}.html", "w", encoding="utf-8").write(page)
EOF
for page in "$work"/page-*.html; do
  iconv -f UTF-8 -t GB18030 "$page" > "${page%.html}.gb"
done
python3 - "$work" <<'EOF'
import base64, glob, json, os, sys
work = sys.argv[1]
lines = open(f"{work}/text.jsonl", encoding="utf-8").read().splitlines()
for path in sorted(glob.glob(f"{work}/page-*.gb")):
    name = os.path.basename(path)[:-3]
    raw = open(path, "rb").read()
    lines.append(json.dumps({"id": name, "content_base64": base64.b64encode(raw).decode(),
                             "media_type": "text/html"}))
# Interleave the two forms so that every chunk of 7 holds both.
lines = [l for pair in zip(lines[:30], lines[30:]) for l in pair]
open(f"{work}/in.jsonl", "w", encoding="utf-8").write("\n".join(lines) + "\n")
EOF

# The command line docs/batch.md shows.
parallel --pipe -N 7 -j2 "$tongbao" parse --jsonl-input --format jsonl \
  < "$work/in.jsonl" > "$work/parallel.jsonl"
"$tongbao" parse --jsonl-input --format jsonl --quiet < "$work/in.jsonl" > "$work/direct.jsonl"

python3 - "$work" <<'EOF'
import json, sys
work = sys.argv[1]
def load(name):
    lines = open(f"{work}/{name}", encoding="utf-8").read().splitlines()
    return {json.loads(l)["source"]["path"]: l for l in lines}, len(lines)
inputs = [json.loads(l)["id"] for l in open(f"{work}/in.jsonl", encoding="utf-8")]
par, par_count = load("parallel.jsonl")
direct, direct_count = load("direct.jsonl")
failures = []
if len(inputs) != 60: failures.append(f"built {len(inputs)} inputs, not 60")
if par_count != 60: failures.append(f"parallel gave {par_count} records, not 60")
if direct_count != 60: failures.append(f"the direct run gave {direct_count} records, not 60")
if set(par) != set(inputs): failures.append(f"ids differ from the inputs': {sorted(set(par) ^ set(inputs))[:5]}")
for key in sorted(direct):
    if par.get(key) != direct[key]:
        failures.append(f"record {key} differs between the parallel and the direct run")
        break
errors = [k for k, l in par.items() if "error" in json.loads(l)]
if errors: failures.append(f"error records: {errors[:5]}")
# Each record carries the full outline: 3 sections, 40 items with problems
# in section 二, 106 measures; and the pages were decoded as GB18030 HTML.
def count(nodes, kind):
    return sum((n["kind"] == kind) + count(n["children"], kind) for n in nodes)
for key, line in sorted(par.items()):
    record = json.loads(line)
    if "outline" not in record:
        continue
    outline = record["outline"]
    shape = (len(outline), len(outline[1]["children"]) if len(outline) > 1 else 0, count(outline, "measure"),
             sum(1 for n in (outline[1]["children"] if len(outline) > 1 else []) if n["problem"]))
    if shape != (3, 40, 106, 40):
        failures.append(f"record {key}: outline (sections, items, measures, problems) = {shape}, not (3, 40, 106, 40)")
        break
    if key.startswith("page-") and (record["source"]["encoding"], record["source"]["media_type"]) != ("GB18030", "text/html"):
        failures.append(f"record {key}: read as {record['source']['encoding']} {record['source']['media_type']}")
        break
if len(set(json.loads(l)["source"]["sha256"] for l in par.values())) != 60:
    failures.append("the 60 inputs should all differ (sha256)")
for f in failures: print("FAIL:", f, file=sys.stderr)
sys.exit(1 if failures else 0)
EOF
echo "ok: 60 records through parallel --pipe -N 7 -j2, equal to one direct run"
