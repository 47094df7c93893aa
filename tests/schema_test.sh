#!/usr/bin/env bash
# The output forms against the schemas that ship with the tool (issue 5):
# for every input, the JSON validates against `tongbao schema json`, the XML
# against `tongbao schema xml`, the CSV has one row per node, and the node ids
# agree across JSON, XML and CSV in document order. Then records broken on
# purpose must be rejected, so that this test can fail.
# Usage: bash tests/schema_test.sh path/to/tongbao   (from the repository root)
set -euo pipefail
tongbao=$(realpath "${1:?usage: schema_test.sh path/to/tongbao}")
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }

# The inputs: the sample (as text and as Markdown), and the GB18030 / Big5
# pages when they exist.
inputs=(data/samples/whdi-fgw-2024.txt tests/fixtures/markdown/whdi-fgw-2024.md)
for page in tests/fixtures/html/sample-*.html; do
  [ -e "$page" ] && inputs+=("$page")
done

"$tongbao" schema json > "$work/schema.json"
"$tongbao" schema xml > "$work/schema.xsd"
cmp -s "$work/schema.json" data/tongbao-1.schema.json || fail "tongbao schema json differs from data/tongbao-1.schema.json"
cmp -s "$work/schema.xsd" data/tongbao-1.xsd || fail "tongbao schema xml differs from data/tongbao-1.xsd"
status=0
"$tongbao" schema yaml > /dev/null 2>&1 || status=$?
[ "$status" -eq 2 ] || fail "tongbao schema yaml should be a usage error (2), got $status"
xmllint --noout "$work/schema.xsd" || fail "the XSD is not well-formed"

# validate.py SCHEMA [FILE...]: exit 0 when every JSON line of every file is
# valid; prints the first error of each invalid one.
cat > "$work/validate.py" <<'EOF'
import json, sys
import jsonschema
schema = json.load(open(sys.argv[1], encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
bad = 0
for path in sys.argv[2:]:
    for number, line in enumerate(open(path, encoding="utf-8"), 1):
        if not line.strip():
            continue
        error = jsonschema.exceptions.best_match(validator.iter_errors(json.loads(line)))
        if error is not None:
            bad += 1
            where = "/".join(str(p) for p in error.absolute_path)
            print(f"{path}:{number}: at /{where}: {error.message[-160:]}", file=sys.stderr)
sys.exit(1 if bad else 0)
EOF

# agree.py JSON XML CSV INPUT: the node ids in document order are the same in all
# three, the CSV has exactly one row per node, and the CSV's parent and the
# XML's nesting agree with the ids.
cat > "$work/agree.py" <<'EOF'
import csv, json, sys
import xml.etree.ElementTree as ET
json_path, xml_path, csv_path, input_name = sys.argv[1:5]
record = json.load(open(json_path, encoding="utf-8"))
def walk(nodes, parent):
    for node in nodes:
        yield node["id"], parent
        yield from walk(node["children"], node["id"])
json_nodes = list(walk(record["outline"], ""))
root = ET.parse(xml_path).getroot()
assert root.tag == "notice", root.tag
def walk_xml(element, parent):
    for node in element.findall("node"):
        yield node.get("id"), parent
        yield from walk_xml(node, node.get("id"))
xml_nodes = list(walk_xml(root.find("outline"), ""))
with open(csv_path, encoding="utf-8", newline="") as f:
    raw = f.read()
assert raw.startswith("\ufeff"), "CSV does not start with a byte order mark"
rows = list(csv.DictReader(raw[1:].splitlines(keepends=True)))
csv_nodes = [(row["id"], row["parent"]) for row in rows]
problems = []
if json_nodes != xml_nodes:
    problems.append(f"JSON and XML nodes differ: {json_nodes[:5]}... vs {xml_nodes[:5]}...")
if len(rows) != len(json_nodes):
    problems.append(f"CSV has {len(rows)} rows for {len(json_nodes)} nodes")
if json_nodes != csv_nodes:
    problems.append(f"JSON and CSV nodes differ: {json_nodes[:5]}... vs {csv_nodes[:5]}...")
by_id = {}
def index(nodes):
    for node in nodes:
        by_id[node["id"]] = node
        index(node["children"])
index(record["outline"])
for row in rows:
    node = by_id.get(row["id"])
    if node is None:
        continue
    for field in ("kind", "marker", "heading", "text"):
        if row[field] != node[field]:
            problems.append(f"node {row['id']}: CSV {field} {row[field]!r} != JSON {node[field]!r}")
    for field in ("number", "line"):
        if row[field] != str(node[field]):
            problems.append(f"node {row['id']}: CSV {field} {row[field]!r} != JSON {node[field]!r}")
    for field in ("problem", "label"):
        if row[field] != (node[field] or ""):
            problems.append(f"node {row['id']}: CSV {field} {row[field]!r} != JSON {node[field]!r}")
for problem in problems[:10]:
    print(problem, file=sys.stderr)
print(f"{input_name}: {len(json_nodes)} nodes agree across JSON, XML and CSV")
sys.exit(1 if problems else 0)
EOF

n=0
for input in "${inputs[@]}"; do
  n=$((n + 1))
  "$tongbao" parse --compact "$input" > "$work/$n.json"
  "$tongbao" parse --format xml "$input" > "$work/$n.xml"
  "$tongbao" parse --format csv "$input" > "$work/$n.csv"
  python3 "$work/validate.py" "$work/schema.json" "$work/$n.json" || fail "$input: JSON does not validate"
  xmllint --noout --schema "$work/schema.xsd" "$work/$n.xml" 2> "$work/xmllint.log" \
    || { cat "$work/xmllint.log" >&2; fail "$input: XML does not validate"; }
  python3 "$work/agree.py" "$work/$n.json" "$work/$n.xml" "$work/$n.csv" "$input" || fail "$input: JSON, XML and CSV disagree"
done

# A stream with an input that cannot be read: every record validates, the
# error record included, and XML wraps the records in <notices>.
missing="$work/no-such-file.txt"
set +e
"$tongbao" parse --format jsonl "${inputs[0]}" "$missing" > "$work/stream.jsonl" 2> /dev/null
status_jsonl=$?
"$tongbao" parse --format xml "${inputs[0]}" "$missing" > "$work/stream.xml" 2> /dev/null
"$tongbao" parse --format csv "${inputs[0]}" "$missing" > "$work/stream.csv" 2> /dev/null
set -e
[ "$status_jsonl" -eq 3 ] || fail "a missing input should exit 3, got $status_jsonl"
[ "$(wc -l < "$work/stream.jsonl")" -eq 2 ] || fail "two inputs should give two JSON Lines"
python3 "$work/validate.py" "$work/schema.json" "$work/stream.jsonl" || fail "stream with an error record does not validate"
tail -n 1 "$work/stream.jsonl" | grep -q '"error":{"code":"unreadable"' || fail "the error record has no error"
xmllint --noout --schema "$work/schema.xsd" "$work/stream.xml" 2> "$work/xmllint.log" \
  || { cat "$work/xmllint.log" >&2; fail "XML stream does not validate"; }
[ "$(xmllint --xpath 'count(/notices/notice)' "$work/stream.xml")" = 2 ] || fail "XML stream should hold two <notice>"
[ "$(xmllint --xpath 'string(/notices/notice[2]/error/code)' "$work/stream.xml")" = unreadable ] \
  || fail "XML error record has no <error><code>"
tail -n 1 "$work/stream.csv" | grep -q ',unreadable,' || fail "CSV error row has no error column"

# A record with every field set (what the sample cannot show until the
# annotators land) validates; the same record broken in one place does not.
cat > "$work/full.json" <<'EOF'
{"format":"tongbao/1","source":{"path":"a.html","media_type":"text/html","encoding":"GB18030","bytes":120,"sha256":"302e0218573f9d1c385c39a6ad956f58e5d57bab3da8301782b4baf43506ce94"},"title":"关于巡察整改进展情况的通报","issuer":"中共某某党组","published":"2024-06-24T16:38","signed":"2024-06-17","origin":"武汉市纪委监委","site":"http://www.whdi.gov.cn","breadcrumb":["首页","巡察工作"],"inspection":{"kind":"巡察","round":"十四届市委第五轮巡察","team":"市委第七巡察组","target":"市发改委党组","start":"2023-07-13","end":"2023-08","feedback":null},"summary":{"problems":40,"completed":38,"in_progress":2,"rate":0.95,"measures":106,"rules":12,"people_disciplined":3,"people_handled":{"诫勉":2,"批评教育":5},"funds_recovered_yuan":59900},"contact":{"phones":["82796162"],"emails":["36900894@qq.com"],"postcode":"430014","address":"武汉市江岸区沿江大道188号"},"preamble":"根据…","outline":[{"id":"1","kind":"section","marker":"一、","number":1,"heading":"整改进展情况","problem":null,"label":null,"text":"","line":8,"children":[{"id":"1.1","kind":"item","marker":"1.","number":1,"heading":"关于“X”的问题","problem":"X","label":"整改情况","text":"","line":9,"children":[{"id":"1.1.1","kind":"measure","marker":"一是","number":1,"heading":"追回资金","problem":null,"label":null,"text":"追回5.99万元。","line":10,"children":[]}]}]}],"closing":"2024年6月17日","entities":[{"type":"money","text":"5.99万元","value":59900,"node":"1.1.1","line":10},{"type":"date","text":"2023年8月","value":"2023-08","node":null,"line":3},{"type":"percent","text":"95%","value":0.95,"node":null,"line":4},{"type":"document","text":"《方案》","value":"方案","node":"1.1","line":9}],"diagnostics":[{"severity":"warning","code":"numbering-gap","message":"“3.”后是“5.”","line":12,"column":1,"node":"1.1"}]}
EOF
python3 "$work/validate.py" "$work/schema.json" "$work/full.json" || fail "the full record does not validate"

# Each mutation is a jq filter applied to the full record; the result must
# be rejected by the JSON Schema.
mutations=(
  'del(.title)'                                   # a field missing
  'del(.outline[0].children[0].problem)'          # a node field missing
  'del(.summary.funds_recovered_yuan)'
  '.source.bytes = "120"'                          # a type changed
  '.outline[0].number = "1"'
  '.outline[0].children[0].children = null'
  '.breadcrumb = "首页"'
  '.entities[0].value = "59900"'                   # money must be a number
  '.entities[1].value = "2023年8月"'               # dates are ISO
  '.published = "2024-06-24 16:38"'
  '.signed = "2024-6-17"'
  '.outline[0].id = "0"'                           # ids are 1-based
  '.outline[0].kind = "chapter"'
  '.diagnostics[0].severity = "fatal"'
  '.diagnostics[0].code = "Numbering Gap"'
  '.summary.rate = 95'
  '.inspection.kind = "督查"'
  '.format = "tongbao/2"'
  '.source.sha256 = ""'                            # only an error record may lack a digest
  '.extra = 1'                                     # the record is closed
  '.outline[0].children[0].extra = 1'
  '{format, source, error: {code: "unreadable"}}'   # error record without message
  '{format, source, error: {code: "unreadable", message: "x"}, title}'
)
for mutation in "${mutations[@]}"; do
  jq -c "$mutation" "$work/full.json" > "$work/broken.json"
  if python3 "$work/validate.py" "$work/schema.json" "$work/broken.json" 2> /dev/null; then
    fail "the JSON Schema accepts a broken record: $mutation"
  fi
done
jq -c '{format, source: (.source | .sha256 = "" | .bytes = 0), error: {code: "unreadable", message: "a.html: cannot open"}}' \
  "$work/full.json" > "$work/error.json"
python3 "$work/validate.py" "$work/schema.json" "$work/error.json" || fail "an error record without a digest does not validate"

# The XSD rejects broken XML too: an element removed, a value mistyped.
xml_mutations=(
  's|<title[^>]*/>||; s|<title>.*</title>||'
  's|<bytes>\([0-9]*\)</bytes>|<bytes>many</bytes>|'
  's|<breadcrumb */>|<breadcrumb>x</breadcrumb>|; s|<breadcrumb>|<breadcrumb>x|'
  's|format="tongbao/1"|format="tongbao/2"|'
  's|<diagnostics */>|<diagnostics><diagnostic severity="fatal" code="x" line="1" column="1">m</diagnostic></diagnostics>|; s|<diagnostics>$|<diagnostics><diagnostic severity="fatal" code="x" line="1" column="1">m</diagnostic>|'
  's|<outline */>|<outline><node id="1.0" kind="section" marker="一、" number="1" line="1"><heading/><problem xsi:nil="true"/><label xsi:nil="true"/><text/></node></outline>|; s|<node id="[^"]*"|<node id="1.0"|'
)
for mutation in "${xml_mutations[@]}"; do
  sed "$mutation" "$work/1.xml" > "$work/broken.xml"
  cmp -s "$work/1.xml" "$work/broken.xml" && fail "XML mutation changed nothing: $mutation"
  if xmllint --noout --schema "$work/schema.xsd" "$work/broken.xml" 2> /dev/null; then
    fail "the XSD accepts broken XML: $mutation"
  fi
done

echo "schema_test: ${#inputs[@]} input(s), ${#mutations[@]} + ${#xml_mutations[@]} broken records rejected"
