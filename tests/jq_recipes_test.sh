#!/usr/bin/env bash
# Runs every jq recipe of docs/usage.md, exactly as written there, on a folder
# notices/ holding the sample notice twice, and compares each output with the
# expected output below (worked out by hand from the sample: 40 problems in
# section 二, 106 measures, 5.99万元 recovered in item 26). Where the guide
# shows the whole output (no "…"), the guide's block must match too.
# Usage: bash tests/jq_recipes_test.sh path/to/tongbao   (from the repository root)
set -euo pipefail
tongbao=$(realpath "${1:?usage: jq_recipes_test.sh path/to/tongbao}")
cd "$(dirname "$0")/.."
guide=$PWD/docs/usage.md
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bin" "$work/notices"
ln -s "$tongbao" "$work/bin/tongbao"
cp data/samples/whdi-fgw-2024.txt "$work/notices/a.txt"
cp data/samples/whdi-fgw-2024.txt "$work/notices/b.txt"

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

# block NAME N: the Nth fenced block (1: the command, 2: its output) after
# the line "<!-- recipe: NAME -->" in the guide.
block() {
  awk -v marker="<!-- recipe: $1 -->" -v want="$2" '
    $0 == marker { found = 1; next }
    found && /^```/ { if (inside) { if (++seen == want) exit; inside = 0 } else inside = 1; next }
    found && inside && seen == want - 1 { print }
  ' "$guide"
}

run_recipe() {
  local name=$1 recipe
  recipe=$(block "$name" 1)
  [ -n "$recipe" ] || { fail "docs/usage.md has no recipe '$name'"; return; }
  (cd "$work" && PATH="$work/bin:$PATH" bash -o pipefail -c "$recipe") > "$work/$name.out" 2> "$work/$name.err" \
    || { cat "$work/$name.err" >&2; fail "recipe '$name' failed"; }
}

# check NAME EXPECTED: the recipe's whole output is EXPECTED.
check() {
  local name=$1 expected=$2 documented
  run_recipe "$name"
  if [ "$(cat "$work/$name.out")" != "$expected" ]; then
    fail "recipe '$name': expected"$'\n'"$expected"$'\n'"got"$'\n'"$(head -n 5 "$work/$name.out")"
  fi
  documented=$(block "$name" 2)
  if [[ "$documented" != *…* ]] && [ "$documented" != "$expected" ]; then
    fail "recipe '$name': docs/usage.md shows"$'\n'"$documented"$'\n'"but the recipe prints"$'\n'"$expected"
  fi
}

# line NAME N EXPECTED: line N of the recipe's output is EXPECTED.
line() {
  local actual
  actual=$(sed -n "$2p" "$work/$1.out")
  [ "$actual" = "$3" ] || fail "recipe '$1', line $2: expected '$3', got '$actual'"
}

tab=$'\t'
problem1="在加强经济运行调度和调节方面存在差距"
problem40="3个市政府储备粮库项目谋划以来,截止2023年9月中旬均未能动工"

# Every problem of every notice: 40 per notice, in document order.
run_recipe problems
[ "$(wc -l < "$work/problems.out")" -eq 80 ] || fail "recipe 'problems': expected 80 lines, got $(wc -l < "$work/problems.out")"
line problems 1 "notices/a.txt${tab}2.1${tab}${problem1}"
line problems 4 "notices/a.txt${tab}2.4${tab}在推进各类资源节约集约利用方面存在差距"
line problems 40 "notices/a.txt${tab}2.40${tab}${problem40}"
line problems 41 "notices/b.txt${tab}2.1${tab}${problem1}"
line problems 80 "notices/b.txt${tab}2.40${tab}${problem40}"

# Notices by team. The team comes from the annotator (issue: inspection
# facts); a build without it leaves `inspection` null, and then both notices
# fall in the "(team not stated)" group.
if "$tongbao" parse --compact data/samples/whdi-fgw-2024.txt | grep -q '"inspection":null'; then
  run_recipe teams
  [ "$(cat "$work/teams.out")" = "(team not stated)${tab}2${tab}notices/a.txt notices/b.txt" ] \
    || fail "recipe 'teams' without inspection facts: got $(cat "$work/teams.out")"
else
  check teams "市委第七巡察组${tab}2${tab}notices/a.txt notices/b.txt"
fi

# Measures per problem: 40 rows per notice whose counts add up to 106.
run_recipe measures
[ "$(wc -l < "$work/measures.out")" -eq 80 ] || fail "recipe 'measures': expected 80 lines"
line measures 1 "notices/a.txt${tab}2.1${tab}3${tab}${problem1}"
line measures 4 "notices/a.txt${tab}2.4${tab}4${tab}在推进各类资源节约集约利用方面存在差距"
line measures 18 "notices/a.txt${tab}2.18${tab}0${tab}一流城市电网推进不够扎实"
line measures 28 "notices/a.txt${tab}2.28${tab}4${tab}合同签订不规范,浪费财政资金"
line measures 80 "notices/b.txt${tab}2.40${tab}0${tab}${problem40}"
total=$(head -n 40 "$work/measures.out" | awk -F'\t' '{ s += $3 } END { print s }')
[ "$total" = 106 ] || fail "recipe 'measures': counts add up to $total, not 106"

check measure-totals "notices/a.txt${tab}106"$'\n'"notices/b.txt${tab}106"
check funds-stated "0"
check funds-mentioned "notices/a.txt${tab}2.26.1${tab}追回${tab}59900"$'\n'"notices/b.txt${tab}2.26.1${tab}追回${tab}59900"
check funds-total "119800"

# Every recipe in the guide is one of the above.
for name in $(sed -n 's/^<!-- recipe: \([a-z-]*\) -->$/\1/p' "$guide"); do
  case "$name" in
    problems | teams | measures | measure-totals | funds-stated | funds-mentioned | funds-total) ;;
    *) fail "docs/usage.md has a recipe '$name' that this test does not check" ;;
  esac
done

[ "$failures" -eq 0 ] || exit 1
echo "jq_recipes_test: all recipes of docs/usage.md give the expected output"
