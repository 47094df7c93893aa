#!/usr/bin/env bash
# The shell completions and the man page offer what the command line has:
# every command of `tongbao --help` and every long option of each command's
# `--help` must be in the bash, zsh and fish completions (under that command)
# and in docs/tongbao.1, so that an option added to the code and forgotten in
# them fails here. Then bash completes for real: the completion function is
# called as bash would call it, and its answers are checked.
# Usage: bash tests/completions_test.sh path/to/tongbao   (from the repository root)
set -euo pipefail
tongbao=$(realpath "${1:?usage: completions_test.sh path/to/tongbao}")
cd "$(dirname "$0")/.."

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

# Commands: the lines under "Subcommands:" of the top-level help.
mapfile -t commands < <("$tongbao" --help | awk '/^Subcommands:/ { on = 1; next } on && NF { print $1 }')
[ "${#commands[@]}" -ge 3 ] || fail "tongbao --help lists ${#commands[@]} commands"

for command in "${commands[@]}"; do
  grep -qw -- "$command" completions/tongbao.bash || fail "bash completion lacks the command $command"
  grep -q -- "'$command:" completions/_tongbao || fail "zsh completion lacks the command $command"
  grep -q -- "-a $command " completions/tongbao.fish || fail "fish completion lacks the command $command"
  grep -q -- "^\.SS $command\$" docs/tongbao.1 || fail "the man page has no section for $command"
  # The long options of the command, from its help ("  -o,--output TEXT  ...").
  mapfile -t options < <("$tongbao" "$command" --help |
    grep -oE '^  (-[A-Za-z],)?--[a-z0-9-]+' | grep -oE -- '--[a-z0-9-]+' | grep -vx -- '--help')
  for option in "${options[@]}"; do
    name=${option#--}
    # bash: the option among the words offered inside the command's case branch.
    awk -v cmd="    $command)" '$0 == cmd { on = 1; next } on && /^    [a-z]+\)$/ { on = 0 } on' \
      completions/tongbao.bash | grep -q -- "$option\b" || fail "bash completion of $command lacks $option"
    # zsh: inside the command's _arguments block.
    awk -v cmd="        $command)" '$0 == cmd { on = 1; next } on && /;;/ { on = 0 } on' completions/_tongbao |
      grep -q -- "$option" || fail "zsh completion of $command lacks $option"
    grep -- "__fish_seen_subcommand_from $command\"" completions/tongbao.fish | grep -q -- "-l $name\b" ||
      fail "fish completion of $command lacks $option"
    # The man page: the option in the command's section (roff writes - as \-).
    awk -v cmd=".SS $command" '$0 == cmd { on = 1; next } on && /^\.S[SH] / { on = 0 } on' docs/tongbao.1 |
      sed 's/\\-/-/g' | grep -q -- "$option\b" || fail "the man page's $command section lacks $option"
  done
done

# bash completes: source the script and ask it as bash would.
complete_words() {  # complete_words WORD...: the completions of the last word
  bash -c '
    source completions/tongbao.bash
    COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1))
    _tongbao
    printf "%s\n" "${COMPREPLY[@]}"' bash tongbao "$@"
}
[ "$(complete_words pa | tr '\n' ' ')" = "parse " ] || fail "bash: 'tongbao pa<TAB>' gives '$(complete_words pa)'"
got=$(complete_words parse --format "" | sort | tr '\n' ' ')
want=$("$tongbao" parse --help | grep -oE -- '-f,--format TEXT +Output: .*' | sed 's/.*Output: //; s/, / /g' |
  tr ' ' '\n' | sort | tr '\n' ' ')
[ "$got" = "$want" ] || fail "bash: 'tongbao parse --format <TAB>' gives '$got', the help lists '$want'"
[ "$(complete_words check --col)" = "--color" ] || fail "bash: 'tongbao check --col<TAB>' gives '$(complete_words check --col)'"
[ "$(complete_words parse --color "" | sort | tr '\n' ' ')" = "always auto never " ] ||
  fail "bash: 'tongbao parse --color <TAB>' gives '$(complete_words parse --color "")'"

if [ "$failures" -ne 0 ]; then
  echo "$failures failures" >&2
  exit 1
fi
echo "completions and man page: ${#commands[@]} commands, every option of each"
