#!/usr/bin/env bash
# `tongbao parse --format sqlite` and `tongbao stats` (issue 19): the archive
# holds what the JSON records hold, row for row; full-text search finds
# Chinese; reruns skip, replace and complete; a run killed with SIGKILL
# leaves a database that opens and that the next run completes to the same
# content as one clean run; stats agree whichever form the records are in.
# Usage: bash tests/archive_test.sh path/to/tongbao   (from the repository root)
set -euo pipefail
tongbao=$(realpath "${1:?usage: archive_test.sh path/to/tongbao}")
cd "$(dirname "$0")/.."
command -v sqlite3 >/dev/null || { echo "SKIPPED: sqlite3 is not installed"; exit 77; }
command -v jq >/dev/null || { echo "SKIPPED: jq is not installed"; exit 77; }
sample=$PWD/data/samples/whdi-fgw-2024.txt
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
# expect WHAT EXPECTED ACTUAL
expect() { [ "$2" = "$3" ] || fail "$1: expected '$2', got '$3'"; }
q() { sqlite3 -batch "$@"; }

# The archive's whole content, in key order: every table but the FTS
# index's own (its rows are compared through a query of it instead).
dump() {
  q "$1" "SELECT * FROM notices ORDER BY id" \
    "SELECT * FROM nodes ORDER BY seq" \
    "SELECT * FROM entities ORDER BY notice, position" \
    "SELECT * FROM diagnostics ORDER BY notice, position" \
    "SELECT rowid, heading, text FROM nodes_fts WHERE nodes_fts MATCH '整改措施' ORDER BY rowid" \
    "SELECT type, name, tbl_name FROM sqlite_schema ORDER BY name" \
    "PRAGMA user_version"
}

mkdir -p notices/sub
cp "$sample" notices/a.txt
cp "$sample" notices/sub/b.txt
head -c 4096 /bin/true > notices/c.txt  # an executable: no record can be made, an error row

# ---------------------------------------------------------------- one run
status=0
"$tongbao" parse --format sqlite -o a.sqlite notices 2> run.err || status=$?
expect "exit status with one unreadable input" 3 "$status"
expect "integrity" ok "$(q a.sqlite 'PRAGMA integrity_check')"
expect "foreign keys" "" "$(q a.sqlite 'PRAGMA foreign_key_check')"
expect "user_version" 1 "$(q a.sqlite 'PRAGMA user_version')"
expect "journal mode" wal "$(q a.sqlite 'PRAGMA journal_mode')"
# A new archive gets its indices and its full-text index at the end of the run.
expect "the indices of the documented queries" \
  "diagnostics_code entities_node entities_type nodes_kind nodes_parent notices_issuer notices_published" \
  "$(q a.sqlite "SELECT name FROM sqlite_schema WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name" | tr '\n' ' ' | sed 's/ $//')"
expect "one notices row per input" "notices/a.txt|0
notices/c.txt|1
notices/sub/b.txt|0" "$(q a.sqlite 'SELECT path, error_code IS NOT NULL FROM notices ORDER BY path')"
expect "the error row" "not-text" "$(q a.sqlite "SELECT error_code FROM notices WHERE path = 'notices/c.txt'")"

a="(SELECT id FROM notices WHERE path = 'notices/a.txt')"
expect "sections, problems, measures of the sample" "3|40|106" \
  "$(q a.sqlite "SELECT sum(kind = 'section'), count(problem), sum(kind = 'measure') FROM nodes WHERE notice = $a")"
expect "the sample's title" "中共武汉市发展和改革委员会党组关于十四届市委第五轮巡察集中整改进展情况的通报" \
  "$(q a.sqlite "SELECT title FROM notices WHERE id = $a")"
expect "the sample's inspection" "巡察|市委第七巡察组|2023-10-13" \
  "$(q a.sqlite "SELECT inspection_kind, inspection_team, inspection_feedback FROM notices WHERE id = $a")"

# Row for row what the records hold: nodes with their parents (the CSV form
# names each node's parent), entities and diagnostics (the JSON form).
"$tongbao" parse --format json notices/a.txt > a.json
"$tongbao" parse --format csv notices/a.txt | tail -n +2 | python3 -c '
import csv, sys
for row in csv.reader(sys.stdin):
    print("|".join([row[1], row[2], row[3], row[4], row[5], row[10]]))' > nodes.csv.txt
q a.sqlite "SELECT id, ifnull(parent, ''), kind, marker, number, line FROM nodes WHERE notice = $a ORDER BY position" \
  > nodes.sql.txt
cmp -s nodes.csv.txt nodes.sql.txt || fail "nodes and their parents differ from the CSV form: $(diff nodes.csv.txt nodes.sql.txt | head -n 5)"
expect "node rows" "$(jq '[.outline[] | recurse(.children[])] | length' a.json)" "$(wc -l < nodes.sql.txt)"
expect "every parent is a node of its notice" 0 \
  "$(q a.sqlite "SELECT count(*) FROM nodes c LEFT JOIN nodes p ON p.notice = c.notice AND p.id = c.parent
                 WHERE c.parent IS NOT NULL AND (p.id IS NULL OR c.id NOT LIKE p.id || '.%' OR c.depth != p.depth + 1)")"
jq -r '.outline[] | recurse(.children[]) | [.heading, (.problem // "NULL"), (.label // "NULL"), .text] | @json' a.json \
  > texts.json.txt
q a.sqlite "SELECT json_array(heading, ifnull(problem, 'NULL'), ifnull(label, 'NULL'), text) FROM nodes
            WHERE notice = $a ORDER BY position" > texts.sql.txt
cmp -s texts.json.txt texts.sql.txt || fail "node texts differ from the JSON form: $(diff texts.json.txt texts.sql.txt | head -n 4)"
jq -r '.entities[] | [.type, .text, (.value | if . == null then "NULL" else tostring end), (.node // "NULL"), .line] | @tsv' \
  a.json > entities.json.txt
q -separator $'\t' a.sqlite "SELECT type, text, ifnull(value, 'NULL'), ifnull(node, 'NULL'), line FROM entities
                             WHERE notice = $a ORDER BY position" > entities.sql.txt
[ -s entities.json.txt ] || fail "the sample has no entities"
cmp -s entities.json.txt entities.sql.txt || fail "entities differ from the JSON form: $(diff entities.json.txt entities.sql.txt | head -n 4)"
expect "money keeps its type" "integer" \
  "$(q a.sqlite "SELECT DISTINCT typeof(value) FROM entities WHERE notice = $a AND type = 'money'")"
jq -r '.diagnostics[] | [.severity, .code, .message, .line, .column, (.node // "NULL")] | @tsv' a.json > diagnostics.json.txt
q -separator $'\t' a.sqlite "SELECT severity, code, message, line, \"column\", ifnull(node, 'NULL') FROM diagnostics
                             WHERE notice = $a ORDER BY position" > diagnostics.sql.txt
[ -s diagnostics.json.txt ] || fail "the sample has no diagnostics"
cmp -s diagnostics.json.txt diagnostics.sql.txt || fail "diagnostics differ from the JSON form"

# Full-text search in Chinese finds item 16 of section 二, which names it.
expect "full-text search" "notices/a.txt|2.16
notices/sub/b.txt|2.16" \
  "$(q a.sqlite "SELECT DISTINCT notices.path, nodes.id FROM nodes_fts JOIN nodes ON nodes.seq = nodes_fts.rowid
                 JOIN notices ON notices.id = nodes.notice WHERE nodes_fts MATCH '营商环境'
                 AND nodes.problem IS NOT NULL ORDER BY 1, 2")"

# ---------------------------------------------------------------- reruns
dump a.sqlite > first.dump
"$tongbao" parse --format sqlite -o a.sqlite notices 2> rerun.err || true
grep -q "3 inputs: 0 parsed (0 with warnings), 1 failed, 2 skipped" rerun.err || fail "rerun summary: $(cat rerun.err)"
dump a.sqlite > rerun.dump
cmp -s first.dump rerun.dump || fail "a rerun over unchanged inputs changed the archive"

# One more unit, before the closing (what is numbered after the signature
# is the closing's).
sed -i 's/^欢迎广大干部群众/5.关于新增的问题。\n欢迎广大干部群众/' notices/sub/b.txt
grep -q '^5.关于新增的问题。$' notices/sub/b.txt || fail "the sample's closing line moved: the test cannot add its unit"
sed -i 's/营商环境/投资环境/g' notices/sub/b.txt  # its old text must no longer be found
b_id=$(q a.sqlite "SELECT id FROM notices WHERE path = 'notices/sub/b.txt'")
"$tongbao" parse --format sqlite -o a.sqlite notices 2> changed.err || true
grep -q "3 inputs: 1 parsed" changed.err || fail "changed-input summary: $(cat changed.err)"
expect "a changed input keeps its id" "$b_id" "$(q a.sqlite "SELECT id FROM notices WHERE path = 'notices/sub/b.txt'")"
expect "its sha256 is the new one" "$(sha256sum notices/sub/b.txt | cut -d' ' -f1)" \
  "$(q a.sqlite "SELECT sha256 FROM notices WHERE path = 'notices/sub/b.txt'")"
expect "its old rows are gone" "$(q a.sqlite "SELECT count(*) FROM nodes WHERE notice = $a")" \
  "$(q a.sqlite "SELECT count(*) - 1 FROM nodes WHERE notice = $b_id")"
expect "its old index entries are gone" "$(q a.sqlite "SELECT count(*) FROM nodes")" \
  "$(q a.sqlite "SELECT count(*) FROM nodes_fts WHERE nodes_fts MATCH '整改' OR rowid > 0")"
expect "the replaced text is no longer found" "notices/a.txt|2.16" \
  "$(q a.sqlite "SELECT DISTINCT notices.path, nodes.id FROM nodes_fts JOIN nodes ON nodes.seq = nodes_fts.rowid
                 JOIN notices ON notices.id = nodes.notice WHERE nodes_fts MATCH '营商环境'
                 AND nodes.problem IS NOT NULL ORDER BY 1, 2")"
expect "the new text is found" "notices/sub/b.txt|2.16" \
  "$(q a.sqlite "SELECT DISTINCT notices.path, nodes.id FROM nodes_fts JOIN nodes ON nodes.seq = nodes_fts.rowid
                 JOIN notices ON notices.id = nodes.notice WHERE nodes_fts MATCH '投资环境'
                 AND nodes.problem IS NOT NULL ORDER BY 1, 2")"
expect "integrity after replacing" ok "$(q a.sqlite 'PRAGMA integrity_check')"
q a.sqlite "INSERT INTO nodes_fts (nodes_fts) VALUES ('integrity-check')" || fail "the full-text index disagrees with nodes"

# --no-fts: the same rows without the full-text index; a later run without
# it builds the index over every node.
mkdir -p nf && cp "$sample" nf/a.txt
"$tongbao" parse --format sqlite --no-fts -o nf.sqlite nf 2> /dev/null
expect "--no-fts: no nodes_fts" 0 "$(q nf.sqlite "SELECT count(*) FROM sqlite_schema WHERE name = 'nodes_fts'")"
expect "--no-fts: the rows are there" "3|40|106" \
  "$(q nf.sqlite "SELECT sum(kind = 'section'), count(problem), sum(kind = 'measure') FROM nodes")"
expect "--no-fts: the indices are there" 7 \
  "$(q nf.sqlite "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name NOT LIKE 'sqlite_%'")"
cp "$sample" nf/b.txt
"$tongbao" parse --format sqlite -o nf.sqlite nf 2> nf.err
grep -q "2 inputs: 1 parsed (1 with warnings), 0 failed, 1 skipped" nf.err || fail "--no-fts rerun: $(cat nf.err)"
expect "a run without --no-fts indexes every node" "nf/a.txt|2.16
nf/b.txt|2.16" \
  "$(q nf.sqlite "SELECT DISTINCT notices.path, nodes.id FROM nodes_fts JOIN nodes ON nodes.seq = nodes_fts.rowid
                  JOIN notices ON notices.id = nodes.notice WHERE nodes_fts MATCH '营商环境'
                  AND nodes.problem IS NOT NULL ORDER BY 1, 2")"
q nf.sqlite "INSERT INTO nodes_fts (nodes_fts) VALUES ('integrity-check')" || fail "the index built later disagrees with nodes"
# An archive that has the index keeps it in step under --no-fts.
cp "$sample" nf/c.txt
"$tongbao" parse --format sqlite --no-fts -o nf.sqlite nf 2> /dev/null
expect "--no-fts on an indexed archive keeps the index in step" 3 \
  "$(q nf.sqlite "SELECT count(DISTINCT nodes.notice) FROM nodes_fts JOIN nodes ON nodes.seq = nodes_fts.rowid
                  WHERE nodes_fts MATCH '营商环境'")"
status=0; "$tongbao" parse --format jsonl --no-fts nf/a.txt > /dev/null 2> nofts.err || status=$?
expect "--no-fts without --format sqlite" 2 "$status"

# Streamed inputs are known by their id: a second run skips them.
jq -Rsc '{id: "s1", content: .}, {id: "s2", content: .}' < "$sample" > stream.jsonl
"$tongbao" parse --jsonl-input --format sqlite -o stream.sqlite < stream.jsonl 2> /dev/null
"$tongbao" parse --jsonl-input --format sqlite -o stream.sqlite < stream.jsonl 2> stream.err
grep -q "2 inputs: 0 parsed (0 with warnings), 0 failed, 2 skipped" stream.err || fail "stream rerun: $(cat stream.err)"
expect "streamed notices" "s1|40
s2|40" "$(q stream.sqlite "SELECT notices.path, count(problem) FROM notices JOIN nodes ON nodes.notice = notices.id
                          GROUP BY notices.id ORDER BY notices.path")"

# ---------------------------------------------------------------- usage
status=0; "$tongbao" parse --format sqlite notices/a.txt > /dev/null 2> usage.err || status=$?
expect "sqlite to standard output" 2 "$status"
grep -q "give -o FILE" usage.err || fail "usage message: $(cat usage.err)"
status=0; "$tongbao" parse --format sqlite -o out/ notices/a.txt 2> /dev/null || status=$?
expect "sqlite to a directory" 2 "$status"
echo "not a database" > notes.txt
status=0; "$tongbao" parse --format sqlite -o notes.txt notices/a.txt 2> notes.err || status=$?
expect "sqlite over another file" 2 "$status"
expect "the other file is left alone" "not a database" "$(cat notes.txt)"
"$tongbao" schema sqlite | q schema.sqlite
expect "schema sqlite makes the tables" "diagnostics entities nodes nodes_fts notices" \
  "$(q schema.sqlite "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'nodes_fts_%' ORDER BY name" | tr '\n' ' ' | sed 's/ $//')"

# ---------------------------------------------------------------- a failed write
if command -v prlimit > /dev/null; then
  mkdir many
  for i in $(seq -w 1 40); do cp "$sample" "many/$i.txt"; done
  status=0
  (trap '' XFSZ; exec prlimit --fsize=300000 "$tongbao" parse --format sqlite -o full.sqlite -j1 many) 2> full.err || status=$?
  expect "a write past the file size limit" 4 "$status"
  grep -q "writing output: full.sqlite" full.err || fail "write failure message: $(cat full.err)"
  expect "the archive still opens" ok "$(q full.sqlite 'PRAGMA integrity_check')"
fi

# ---------------------------------------------------------------- SIGKILL
# 300 copies, each with its own bytes: more than one transaction (256 notices).
mkdir -p copies
awk -v n=300 '{ line[NR] = $0 } END {
  for (i = 1; i <= n; i++) {
    file = sprintf("copies/%03d.txt", i)
    for (j = 1; j <= NR; j++) print (line[j] ~ /^发布时间/ ? "第" i "份 " : "") line[j] > file
    close(file)
  }
}' "$sample"
"$tongbao" parse --format sqlite -o clean.sqlite -q -j2 copies
expect "clean run: one row per input" 300 "$(q clean.sqlite 'SELECT count(*) FROM notices')"
killed=0
for attempt in 1 2 3; do
  rm -f killed.sqlite killed.sqlite-wal killed.sqlite-shm
  "$tongbao" parse --format sqlite -o killed.sqlite -q -j2 copies &
  pid=$!
  # Kill it once some notices are committed and before all are.
  for _ in $(seq 1 400); do
    n=$(q killed.sqlite 'SELECT count(*) FROM notices' 2> /dev/null || echo 0)
    [ "${n:-0}" -gt 0 ] && break
    sleep 0.01
  done
  kill -KILL "$pid" 2> /dev/null || true
  wait "$pid" 2> /dev/null || true
  n=$(q killed.sqlite 'SELECT count(*) FROM notices')
  if [ "$n" -lt 300 ]; then killed=1; echo "killed with $n of 300 notices committed"; break; fi
done
if [ "$killed" -eq 1 ]; then
  expect "a killed run leaves a database that opens" ok "$(q killed.sqlite 'PRAGMA integrity_check')"
  expect "only whole notices" 0 "$(q killed.sqlite "SELECT count(*) FROM notices n WHERE error_code IS NULL
                                   AND (SELECT count(*) FROM nodes WHERE notice = n.id) != $(wc -l < nodes.sql.txt)")"
  "$tongbao" parse --format sqlite -o killed.sqlite -q -j2 copies
  dump clean.sqlite > clean.dump
  dump killed.sqlite > completed.dump
  cmp -s clean.dump completed.dump || fail "killed and rerun differs from one clean run: $(diff clean.dump completed.dump | head -n 4)"
else
  fail "could not kill the run midway in three attempts"
fi

# ---------------------------------------------------------------- stats
# The same records as notices, JSON Lines and an archive: the same figures.
rm -rf st && mkdir -p st/notices && cp "$sample" st/notices/a.txt && cp "$sample" st/notices/b.txt
head -c 4096 /bin/true > st/notices/c.txt
(cd st && "$tongbao" parse --format jsonl notices > records.jsonl 2> /dev/null || true
 "$tongbao" parse --format sqlite -o records.sqlite notices 2> /dev/null || true)
"$tongbao" stats --format json st/notices > stats.notices.json 2> /dev/null || true
expect "stats of the sample alone" "1 1 40 106 $(jq '[.outline[] | recurse(.children[])] | length' a.json)" \
  "$("$tongbao" stats --format json "$sample" | jq -r '"\(.records) \(.notices) \(.problems.max) \(.measures.max) \(.units.max)"')"
"$tongbao" stats --format json st/records.jsonl > stats.jsonl.json
"$tongbao" stats --format json st/records.sqlite > stats.sqlite.json
"$tongbao" stats --format json - < st/records.jsonl > stats.stdin.json
cmp -s stats.notices.json stats.jsonl.json || fail "stats of notices and of JSON Lines differ"
cmp -s stats.jsonl.json stats.sqlite.json || fail "stats of JSON Lines and of the archive differ: $(diff stats.jsonl.json stats.sqlite.json)"
cmp -s stats.jsonl.json stats.stdin.json || fail "stats of a file and of standard input differ"
units=$(jq '[.outline[] | recurse(.children[])] | length' a.json)
labelled=$(jq '[.outline[] | recurse(.children[]) | select(.label)] | length' a.json)
expect "stats: records, notices, errors" "3 2 {\"not-text\":1}" \
  "$(jq -c '"\(.records) \(.notices) \(.by_error)"' -r stats.sqlite.json)"
expect "stats: problems, measures and units per notice" "40 40 40 80|106 106 106 212|$units $units $units $((2 * units))" \
  "$(jq -r '[.problems, .measures, .units] | map("\(.min) \(.median) \(.max) \(.total)") | join("|")' stats.sqlite.json)"
expect "stats: labelled units" "$((2 * labelled))" "$(jq '.labelled_units' stats.sqlite.json)"
expect "stats: by kind, year, issuer" '{"巡察":2} {"2024":2} {"中共武汉市发展和改革委员会党组":2}' \
  "$(jq -c '"\(.by_kind) \(.by_year) \(.by_issuer)"' -r stats.sqlite.json)"
expect "stats: diagnostics by code" "$(jq -c '[.diagnostics[].code] | group_by(.) | map({(.[0]): (length * 2)}) | add' a.json)" \
  "$(jq -c '.by_diagnostic | to_entries | sort_by(.key) | from_entries' stats.sqlite.json)"
# The error record has no year: it is counted under (unknown).
expect "stats --by year" '["(unknown)","2024"] 1 0 2 2' \
  "$("$tongbao" stats --format json --by year st/records.sqlite |
     jq -c -r '"\([.groups[].group]) \(.groups[0].records) \(.groups[0].notices) \(.groups[1].records) \(.groups[1].notices)"')"
"$tongbao" stats --format csv st/records.sqlite > stats.csv
grep -qx 'all,measures,median,106' <(tr -d '\r' < stats.csv) || fail "stats csv: $(head -n 12 stats.csv)"
"$tongbao" stats st/records.sqlite > stats.txt
grep -q '^measures       106     106     106       212$' stats.txt || fail "stats table: $(cat stats.txt)"

[ "$failures" -eq 0 ] || exit 1
echo "archive_test: the archive holds the records; reruns, kills and stats behave"
