# Bash completion (tools/completion/commissioning.bash), sourced by tests/cli/run.sh ($cli,
# check, contains). Each case sets the words as bash would for TAB and prints COMPREPLY.
completion_file="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../tools/completion" && pwd)/commissioning.bash"
complete_words() {  # words...: the last is the word being completed
  bash -c '. "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _commissioning; printf "%s\n" "${COMPREPLY[@]}"' \
    _ "$completion_file" "$@"
}
completes_to() {  # description, expected COMPREPLY (newline separated, sorted), words...
  local what=$1 want=$2; shift 2
  got=$(complete_words "$@" | sort)
  if [ "$got" != "$want" ]; then echo "FAIL: $what: COMPREPLY is '$got', wanted '$want'"; fail=1
  else echo "ok: $what"; fi
}
completes_to "completion: commissioning pop<TAB>" "population" "$cli" pop
completes_to "completion: commissioning population su<TAB> (with the alias)" $'summarise\nsummarize' "$cli" population su
completes_to "completion: commissioning population summarise --f<TAB>" "--format" "$cli" population summarise --f
completes_to "completion: commissioning population summarise --format <TAB>" $'csv\njson\ntable' "$cli" population summarise --format ""
completes_to "completion: options after a file argument" "--as-of" "$cli" risk summary x.json --as
completes_to "completion: commissioning risk <TAB>" $'fixture\nheatmap\nsummary' "$cli" risk ""
completes_to "completion: a flag is followed by options" "--by" "$cli" population summarise --normalise --b
# Every subcommand the help lists is offered at the top level.
top=$("$cli" --help | awk '/^Subcommands:$/ {s = 1; next} /^[^ ]/ {s = 0} s && /^  [^ ]/ {print $1}' | sort)
completes_to "completion: every top-level subcommand" "$top" "$cli" ""
