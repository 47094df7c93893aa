# fish completion for tongbao(1); installed as
# share/fish/vendor_completions.d/tongbao.fish.

set -l commands parse check schema
complete -c tongbao -f
complete -c tongbao -n "not __fish_seen_subcommand_from $commands" -l help -s h -d 'Print help and exit'
complete -c tongbao -n "not __fish_seen_subcommand_from $commands" -l version -d 'Print the version and exit'
complete -c tongbao -n "not __fish_seen_subcommand_from $commands" -a parse -d 'Parse notices and write tongbao/1 records'
complete -c tongbao -n "not __fish_seen_subcommand_from $commands" -a check -d 'Report what looks wrong in notices'
complete -c tongbao -n "not __fish_seen_subcommand_from $commands" -a schema -d 'Print the JSON Schema or XSD of records'

# parse
complete -c tongbao -n "__fish_seen_subcommand_from parse" -F
complete -c tongbao -n "__fish_seen_subcommand_from parse" -s f -l format -x -a 'json jsonl xml csv outline' -d 'Output format'
complete -c tongbao -n "__fish_seen_subcommand_from parse" -l input-format -x -a 'auto text html markdown' -d 'Input format'
complete -c tongbao -n "__fish_seen_subcommand_from parse" -l encoding -x -d 'Decode with this encoding label'
complete -c tongbao -n "__fish_seen_subcommand_from parse" -l pretty -d 'Indent JSON'
complete -c tongbao -n "__fish_seen_subcommand_from parse" -l compact -d 'One line per JSON record'
complete -c tongbao -n "__fish_seen_subcommand_from parse" -s j -l jobs -x -d 'Worker threads'
complete -c tongbao -n "__fish_seen_subcommand_from parse" -l glob -x -d 'Take the files of directories matching this pattern'
complete -c tongbao -n "__fish_seen_subcommand_from parse" -l files0-from -r -F -d 'Also parse the NUL-separated paths in FILE'
complete -c tongbao -n "__fish_seen_subcommand_from parse" -s o -l output-dir -x -a '(__fish_complete_directories)' -d 'Write one file per input under DIR'
complete -c tongbao -n "__fish_seen_subcommand_from parse" -l skip-existing -d 'With -o: skip inputs whose output exists'
complete -c tongbao -n "__fish_seen_subcommand_from parse" -l jsonl-input -d 'Read JSON Lines on standard input'
complete -c tongbao -n "__fish_seen_subcommand_from parse" -l max-bytes -x -d 'Largest input to parse'
complete -c tongbao -n "__fish_seen_subcommand_from parse" -s q -l quiet -d 'No progress and no summary'

# check
complete -c tongbao -n "__fish_seen_subcommand_from check" -F
complete -c tongbao -n "__fish_seen_subcommand_from check" -s f -l format -x -a 'text json sarif github' -d 'Output format'
complete -c tongbao -n "__fish_seen_subcommand_from check" -l strict -d 'Fail on warnings too'
complete -c tongbao -n "__fish_seen_subcommand_from check" -l pedantic -d 'Also run the opt-in checks'
complete -c tongbao -n "__fish_seen_subcommand_from check" -l select -x -d 'Report only this code'
complete -c tongbao -n "__fish_seen_subcommand_from check" -l ignore -x -d 'Do not report this code'
complete -c tongbao -n "__fish_seen_subcommand_from check" -l input-format -x -a 'auto text html markdown' -d 'Input format'
complete -c tongbao -n "__fish_seen_subcommand_from check" -l encoding -x -d 'Decode with this encoding label'

# schema
complete -c tongbao -n "__fish_seen_subcommand_from schema" -x -a 'json xml'
