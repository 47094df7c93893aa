#!/usr/bin/env bash
# Runs every SQL recipe of docs/archive.md, exactly as written there, on an
# archive of two notices: notices/a.txt (the sample) and notices/b.txt (the
# sample published in 2023, its item 3 removed: 39 problems, a numbering
# gap 2 -> 4, every later item one lower), and compares each output with the
# expected output below and with the output the guide shows.
# Usage: bash tests/archive_recipes_test.sh path/to/tongbao   (from the repository root)
set -euo pipefail
tongbao=$(realpath "${1:?usage: archive_recipes_test.sh path/to/tongbao}")
cd "$(dirname "$0")/.."
command -v sqlite3 >/dev/null || { echo "SKIPPED: sqlite3 is not installed"; exit 77; }
guide=$PWD/docs/archive.md
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/notices"
cp data/samples/whdi-fgw-2024.txt "$work/notices/a.txt"
sed -e 's/发布时间:2024-06-24/发布时间:2023-12-01/' -e '/^3\.关于/,/^4\.关于/{/^4\.关于/!d}' \
  data/samples/whdi-fgw-2024.txt > "$work/notices/b.txt"
(cd "$work" && "$tongbao" parse --format sqlite -o archive.sqlite -q notices)

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

# block NAME N: the Nth fenced block (1: the SQL, 2: its output) after the
# line "<!-- recipe: NAME -->" in the guide.
block() {
  awk -v marker="<!-- recipe: $1 -->" -v want="$2" '
    $0 == marker { found = 1; next }
    found && /^```/ { if (inside) { if (++seen == want) exit; inside = 0 } else inside = 1; next }
    found && inside && seen == want - 1 { print }
  ' "$guide"
}

checked=()
# check NAME EXPECTED: the recipe's whole output is EXPECTED, and so is the guide's.
check() {
  local name=$1 expected=$2 sql actual documented
  checked+=("$name")
  sql=$(block "$name" 1)
  [ -n "$sql" ] || { fail "docs/archive.md has no recipe '$name'"; return; }
  actual=$(cd "$work" && sqlite3 -batch archive.sqlite <<< "$sql" 2>&1) || fail "recipe '$name' failed: $actual"
  [ "$actual" = "$expected" ] || fail "recipe '$name': expected"$'\n'"$expected"$'\n'"got"$'\n'"$actual"
  documented=$(block "$name" 2)
  [ "$documented" = "$expected" ] || fail "recipe '$name': docs/archive.md shows"$'\n'"$documented"$'\n'"but the recipe prints"$'\n'"$expected"
}

check problems-by-year '2023|39
2024|40'
check notices-by-team '市委第七巡察组|市发改委党组|2'
check measures-per-problem 'notices/a.txt|2.4|4
notices/a.txt|2.28|4
notices/a.txt|2.36|4'
check most-cited '《中国共产党党和国家机关基层组织工作条例》|6|2
《中共武汉市发展和改革委员会党组议事决策规则》|4|2
《党委(党组)落实全面从严治党主体责任规定》|4|2'
check document-numbers '武发改党组〔2023〕11号|2
武发改党组〔2023〕30号|2
武发改创新〔2023〕388号|2
武发改投资〔2023〕374号|2
武机制办〔2023〕3号|2'
check numbering-gaps 'notices/a.txt|128|“五是” follows “三是”: “四是” is missing
notices/b.txt|26|“4.” follows “2.”: “3.” is missing
notices/b.txt|124|“五是” follows “三是”: “四是” is missing'
check numbering-gaps-by-window 'notices/a.txt|2.28|3|5
notices/b.txt|2|2|4
notices/b.txt|2.27|3|5'
check full-text 'notices/a.txt|2.16|牵头推进优化营商环境工作离市委市政府提出全力打造全国营商环境新高地有差距
notices/b.txt|2.15|牵头推进优化营商环境工作离市委市政府提出全力打造全国营商环境新高地有差距'
check full-text-snippet '2.17|关于“[信用体系]建…
2.17.2|…社会[信用体系]建设…'
check money-by-node 'notices/a.txt|2.5.1|measure|1.4万亿元|1400000000000
notices/a.txt|2.9.1|measure|13亿元|1300000000
notices/a.txt|2.26.1|measure|5.99万元|59900
notices/a.txt|2.28.1|measure|4.7万元|47000
notices/b.txt|2.4.1|measure|1.4万亿元|1400000000000
notices/b.txt|2.8.1|measure|13亿元|1300000000
notices/b.txt|2.25.1|measure|5.99万元|59900
notices/b.txt|2.27.1|measure|4.7万元|47000'
check labels '整改情况|77'
check diagnostics-by-code 'stray-space|4|2
numbering-gap|3|2
label-missing|2|2
punctuation-in-quotes|2|2
unbalanced-quote|2|2'
check outline '一、巡察整改组织领导情况
  (一)提高政治站位,强化组织领导
  (二)压实整改责任,细化整改措施
  (三)强化督促整改,促进工作落实
二、整改进展情况
  1.关于“在加强经济运行调度和调节方面存在差距”的问题'

# Every recipe in the guide is one of the above.
for name in $(sed -n 's/^<!-- recipe: \([a-z-]*\) -->$/\1/p' "$guide"); do
  [[ " ${checked[*]} " == *" $name "* ]] || fail "docs/archive.md has a recipe '$name' that this test does not check"
done

[ "$failures" -eq 0 ] || exit 1
echo "archive_recipes_test: all ${#checked[@]} SQL recipes of docs/archive.md give the expected output"
