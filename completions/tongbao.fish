# fish completion for tongbao(1); installed as
# share/fish/vendor_completions.d/tongbao.fish.

set -l commands parse check schema stats help
complete -c tongbao -f
complete -c tongbao -n "not __fish_seen_subcommand_from $commands" -l help -s h -d 'Print help and exit'
complete -c tongbao -n "not __fish_seen_subcommand_from $commands" -s V -l version -d 'Print the version and exit'
complete -c tongbao -n "not __fish_seen_subcommand_from $commands" -a parse -d 'Parse notices and write tongbao/1 records'
complete -c tongbao -n "not __fish_seen_subcommand_from $commands" -a check -d 'Report what looks wrong in notices'
complete -c tongbao -n "not __fish_seen_subcommand_from $commands" -a schema -d 'Print the JSON Schema, XSD or SQLite DDL of records'
complete -c tongbao -n "not __fish_seen_subcommand_from $commands" -a stats -d 'Summarise records, archives or notices'
complete -c tongbao -n "not __fish_seen_subcommand_from $commands" -a help -d 'Print the help of a command'
complete -c tongbao -n "__fish_seen_subcommand_from help" -x -a 'parse check schema stats'

# parse
complete -c tongbao -n "__fish_seen_subcommand_from parse" -F
complete -c tongbao -n "__fish_seen_subcommand_from parse" -s f -l format -x -a 'json jsonl xml csv outline sqlite' -d 'Output format'
complete -c tongbao -n "__fish_seen_subcommand_from parse" -l input-format -x -a 'auto text html markdown' -d 'Input format'
complete -c tongbao -n "__fish_seen_subcommand_from parse" -l encoding -x -d 'Decode with this encoding label'
complete -c tongbao -n "__fish_seen_subcommand_from parse" -l pretty -d 'Indent JSON'
complete -c tongbao -n "__fish_seen_subcommand_from parse" -l compact -d 'One line per JSON record'
complete -c tongbao -n "__fish_seen_subcommand_from parse" -s j -l jobs -x -d 'Worker threads'
complete -c tongbao -n "__fish_seen_subcommand_from parse" -l glob -x -d 'Take the files of directories matching this pattern'
complete -c tongbao -n "__fish_seen_subcommand_from parse" -l files0-from -r -F -d 'Also parse the NUL-separated paths in FILE'
complete -c tongbao -n "__fish_seen_subcommand_from parse" -s o -l output -r -F -d 'Write everything to FILE (DIR/: one file per input)'
complete -c tongbao -n "__fish_seen_subcommand_from parse" -l output-dir -x -a '(__fish_complete_directories)' -d 'Write one file per input under DIR'
complete -c tongbao -n "__fish_seen_subcommand_from parse" -l skip-existing -d 'With -o: skip inputs whose output exists'
complete -c tongbao -n "__fish_seen_subcommand_from parse" -l jsonl-input -d 'Read JSON Lines on standard input'
complete -c tongbao -n "__fish_seen_subcommand_from parse" -l max-bytes -x -d 'Largest input to parse'
complete -c tongbao -n "__fish_seen_subcommand_from parse" -l no-fts -d 'With -f sqlite, no full-text index in a new archive'
complete -c tongbao -n "__fish_seen_subcommand_from parse" -s q -l quiet -d 'No progress and no summary'
complete -c tongbao -n "__fish_seen_subcommand_from parse" -l color -x -a 'auto always never' -d 'Colour'

# check
complete -c tongbao -n "__fish_seen_subcommand_from check" -F
complete -c tongbao -n "__fish_seen_subcommand_from check" -s f -l format -x -a 'text json sarif github' -d 'Output format'
complete -c tongbao -n "__fish_seen_subcommand_from check" -l strict -d 'Fail on warnings too'
complete -c tongbao -n "__fish_seen_subcommand_from check" -l pedantic -d 'Also run the opt-in checks'
complete -c tongbao -n "__fish_seen_subcommand_from check" -l select -x -d 'Report only this code'
complete -c tongbao -n "__fish_seen_subcommand_from check" -l ignore -x -d 'Do not report this code'
complete -c tongbao -n "__fish_seen_subcommand_from check" -l input-format -x -a 'auto text html markdown' -d 'Input format'
complete -c tongbao -n "__fish_seen_subcommand_from check" -l encoding -x -d 'Decode with this encoding label'
complete -c tongbao -n "__fish_seen_subcommand_from check" -l glob -x -d 'Take the files of directories matching this pattern'
complete -c tongbao -n "__fish_seen_subcommand_from check" -l files0-from -r -F -d 'Also check the NUL-separated paths in FILE'
complete -c tongbao -n "__fish_seen_subcommand_from check" -s j -l jobs -x -d 'Worker threads'
complete -c tongbao -n "__fish_seen_subcommand_from check" -s q -l quiet -d 'No progress'
complete -c tongbao -n "__fish_seen_subcommand_from check" -l color -x -a 'auto always never' -d 'Colour'

# schema
complete -c tongbao -n "__fish_seen_subcommand_from schema" -x -a 'json xml sqlite'

# stats
complete -c tongbao -n "__fish_seen_subcommand_from stats" -F
complete -c tongbao -n "__fish_seen_subcommand_from stats" -s f -l format -x -a 'text json csv' -d 'Output format'
complete -c tongbao -n "__fish_seen_subcommand_from stats" -l by -x -a 'year kind issuer site' -d 'Also give the figures per group'
complete -c tongbao -n "__fish_seen_subcommand_from stats" -s j -l jobs -x -d 'Worker threads'
complete -c tongbao -n "__fish_seen_subcommand_from stats" -l glob -x -d 'Take the files of directories matching this pattern'
complete -c tongbao -n "__fish_seen_subcommand_from stats" -l files0-from -r -F -d 'Also read the NUL-separated paths in FILE'
