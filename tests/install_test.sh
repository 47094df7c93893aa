#!/usr/bin/env bash
# `cmake --install` gives a usable tongbao: the installed CMake package and
# pkg-config file both build examples/list_problems.cc, which lists the 40
# problems of the sample; the man page renders and the bash completion
# completes subcommands and --format values.
# Usage: bash tests/install_test.sh path/to/build/tongbao   (from the repository root)
set -euo pipefail
tongbao=$(realpath "${1:?usage: install_test.sh path/to/build/tongbao}")
build=$(dirname "$tongbao")
cd "$(dirname "$0")/.."
root=$PWD
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }

sample=$root/data/samples/whdi-fgw-2024.txt
expected_problems=40
prefix=$work/prefix

cmake --install "$build" --prefix "$prefix" > "$work/install.log" || fail "cmake --install: $(cat "$work/install.log")"
for f in bin/tongbao lib/libtongbao.a include/tongbao/tongbao.h include/tongbao/version.h \
         lib/cmake/tongbao/tongbaoConfig.cmake lib/cmake/tongbao/tongbaoConfigVersion.cmake \
         lib/pkgconfig/tongbao.pc; do
  [ -e "$prefix/$f" ] || fail "not installed: $f"
done
"$prefix/bin/tongbao" --version > /dev/null || fail "installed tongbao --version failed"

check_output() {
  local name=$1 out=$2 count
  count=$(grep -c . "$out" || true)
  [ "$count" -eq "$expected_problems" ] || fail "$name: printed $count problems, expected $expected_problems"
}

# 1. The CMake package: find_package(tongbao) and tongbao::tongbao.
cmake -S "$root/examples" -B "$work/examples" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_PREFIX_PATH="$prefix" > "$work/cmake.log" 2>&1 || fail "configuring examples: $(cat "$work/cmake.log")"
cmake --build "$work/examples" > "$work/build.log" 2>&1 || fail "building examples: $(cat "$work/build.log")"
"$work/examples/list_problems" "$sample" > "$work/cmake.out" || fail "list_problems (CMake) failed"
check_output "list_problems built with CMake" "$work/cmake.out"

# 2. pkg-config --static.
export PKG_CONFIG_PATH=$prefix/lib/pkgconfig
flags=$(pkg-config --cflags --libs --static tongbao) || fail "pkg-config --static tongbao failed"
# shellcheck disable=SC2086  # the flags are words
g++ -std=c++20 -O1 -o "$work/list_problems_pc" "$root/examples/list_problems.cc" $flags \
  2> "$work/gxx.log" || fail "g++ with pkg-config flags ($flags): $(cat "$work/gxx.log")"
"$work/list_problems_pc" "$sample" > "$work/pc.out" || fail "list_problems (pkg-config) failed"
check_output "list_problems built with pkg-config" "$work/pc.out"
cmp -s "$work/cmake.out" "$work/pc.out" || fail "the CMake and pkg-config builds print different problems"

# 3. The man page renders without warnings.
man_page=$prefix/share/man/man1/tongbao.1
[ -f "$man_page" ] || fail "man page not installed"
man_warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$man_page" 2>&1 > /dev/null) \
  || fail "man -l $man_page failed: $man_warnings"
[ -z "$man_warnings" ] || fail "man -l $man_page warns: $man_warnings"
for f in share/zsh/site-functions/_tongbao share/fish/vendor_completions.d/tongbao.fish; do
  [ -f "$prefix/$f" ] || fail "not installed: $f"
done

# 4. The bash completion completes subcommands and --format values.
completion=$prefix/share/bash-completion/completions/tongbao
[ -f "$completion" ] || fail "bash completion not installed"
complete_words() {  # complete_words WORD... : COMPREPLY for the last word
  bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _tongbao; printf "%s\n" "${COMPREPLY[*]}"' \
    _ "$completion" "$@"
}
expect_completion() {
  local want=$1 got
  shift
  got=$(complete_words "$@") || fail "completing '$*' failed"
  [ "$got" = "$want" ] || fail "completing '$*': got '$got', expected '$want'"
}
expect_completion "parse" tongbao pa
expect_completion "json jsonl" tongbao parse --format j
expect_completion "json jsonl" tongbao parse -f j
expect_completion "sarif" tongbao check --format s
expect_completion "stats" tongbao st
expect_completion "sqlite" tongbao parse --format sq
expect_completion "year" tongbao stats --by y

# The Python module, when the build made it (TONGBAO_PYTHON): installed under
# PREFIX/lib/python3/dist-packages, it imports from there alone and parses.
python_note=""
if compgen -G "$build/python/tongbao/_tongbao*.so" > /dev/null; then
  python=$(sed -n 's/^Python3_EXECUTABLE:FILEPATH=//p' "$build/CMakeCache.txt")
  site=$prefix/lib/python3/dist-packages
  for f in __init__.py __init__.pyi py.typed dataframes.py; do
    [ -f "$site/tongbao/$f" ] || fail "not installed: lib/python3/dist-packages/tongbao/$f"
  done
  got=$(cd "$work" && PYTHONPATH=$site "$python" -c "
import tongbao
assert tongbao.__file__.startswith('$site/'), tongbao.__file__
print(len(tongbao.parse('$sample')['outline']))") || fail "the installed Python module does not import or parse"
  [ "$got" = 3 ] || fail "the installed Python module found $got sections in the sample, expected 3"
  python_note="; the Python module imports from lib/python3/dist-packages"
fi

echo "install: 2 builds against the installed package list $expected_problems problems; man page and completions work$python_note"
echo "1 passed, 0 failed"
