# bash completion for tongbao(1); installed as
# share/bash-completion/completions/tongbao.
# shellcheck disable=SC2207  # COMPREPLY=($(compgen ...)): the usual idiom, words without spaces

_tongbao() {
  local cur prev cmd i
  COMPREPLY=()
  cur=${COMP_WORDS[COMP_CWORD]}
  prev=${COMP_WORDS[COMP_CWORD-1]}
  cmd=""
  for ((i = 1; i < COMP_CWORD; i++)); do
    case ${COMP_WORDS[i]} in
      parse|check|schema|stats|help) cmd=${COMP_WORDS[i]}; break ;;
    esac
  done

  if [[ -z $cmd ]]; then
    COMPREPLY=($(compgen -W "parse check schema stats help --help --version -V" -- "$cur"))
    return 0
  fi

  case $cmd in
    parse)
      case $prev in
        -f|--format) COMPREPLY=($(compgen -W "json jsonl xml csv outline sqlite" -- "$cur")); return 0 ;;
        --input-format) COMPREPLY=($(compgen -W "auto text html markdown" -- "$cur")); return 0 ;;
        --color) COMPREPLY=($(compgen -W "auto always never" -- "$cur")); return 0 ;;
        -o|--output|--files0-from) COMPREPLY=($(compgen -f -- "$cur")); return 0 ;;
        --output-dir) COMPREPLY=($(compgen -d -- "$cur")); return 0 ;;
        --encoding|-j|--jobs|--glob|--max-bytes) return 0 ;;
      esac
      if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "--format -f --input-format --encoding --pretty --compact
          --jobs -j --glob --files0-from --output -o --output-dir --skip-existing --jsonl-input
          --max-bytes --no-fts --quiet -q --color --help -h" -- "$cur"))
      else
        COMPREPLY=($(compgen -f -- "$cur"))
      fi
      ;;
    check)
      case $prev in
        -f|--format) COMPREPLY=($(compgen -W "text json sarif github" -- "$cur")); return 0 ;;
        --input-format) COMPREPLY=($(compgen -W "auto text html markdown" -- "$cur")); return 0 ;;
        --color) COMPREPLY=($(compgen -W "auto always never" -- "$cur")); return 0 ;;
        --files0-from) COMPREPLY=($(compgen -f -- "$cur")); return 0 ;;
        --encoding|--select|--ignore|-j|--jobs|--glob) return 0 ;;
      esac
      if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "--format -f --strict --pedantic --select --ignore
          --input-format --encoding --glob --files0-from --jobs -j --quiet -q --color
          --help -h" -- "$cur"))
      else
        COMPREPLY=($(compgen -f -- "$cur"))
      fi
      ;;
    schema)
      COMPREPLY=($(compgen -W "json xml sqlite --help -h" -- "$cur"))
      ;;
    stats)
      case $prev in
        -f|--format) COMPREPLY=($(compgen -W "text json csv" -- "$cur")); return 0 ;;
        --by) COMPREPLY=($(compgen -W "year kind issuer site" -- "$cur")); return 0 ;;
        --files0-from) COMPREPLY=($(compgen -f -- "$cur")); return 0 ;;
        -j|--jobs|--glob) return 0 ;;
      esac
      if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "--format -f --by --jobs -j --glob --files0-from --help -h" -- "$cur"))
      else
        COMPREPLY=($(compgen -f -- "$cur"))
      fi
      ;;
    help)
      COMPREPLY=($(compgen -W "parse check schema stats" -- "$cur"))
      ;;
  esac
  return 0
}
complete -o filenames -F _tongbao tongbao
