# Bash completion for the `commissioning` command-line tool.
# The subcommands, options and option values come from the tool's own --help at the moment
# of completion, so this file cannot drift from the CLI. Install it as
# share/bash-completion/completions/commissioning, or source it.

# Prints the help of the command in the words given ("commissioning risk", ...).
_commissioning_help() { "$@" --help 2>/dev/null; }

# Names listed under "Subcommands:" (aliases included: "summarise, summarize").
_commissioning_subcommands() {
  _commissioning_help "$@" | awk '
    /^[^ ].*:$/ { section = $0; next }
    section == "Subcommands:" && /^  [^ ]/ {
      sub(/^  /, ""); sub(/   .*$/, ""); n = split($0, names, /, */)
      for (i = 1; i <= n; i++) print names[i] }'
}

# Option spellings listed under "Options:" (-o and --output for "-o,--output TEXT").
_commissioning_options() {
  _commissioning_help "$@" | awk '
    /^[^ ].*:$/ { section = $0; next }
    section == "Options:" && /^  -/ {
      sub(/^  /, ""); sub(/ .*$/, ""); n = split($0, names, /,/)
      for (i = 1; i <= n; i++) print names[i] }'
}

# The allowed values of an option ("--format TEXT:{table,json}" gives table and json), or
# nothing when the option takes free text or is a flag; "flag" when it takes no value.
_commissioning_option_values() {
  local opt=$1; shift
  _commissioning_help "$@" | awk -v opt="$opt" '
    /^[^ ].*:$/ { section = $0; next }
    section == "Options:" && /^  -/ {
      line = $0; sub(/^  /, "", line); spec = line; sub(/ .*$/, "", spec)
      n = split(spec, names, /,/); hit = 0
      for (i = 1; i <= n; i++) if (names[i] == opt) hit = 1
      if (!hit) next
      rest = substr(line, length(spec) + 1); sub(/^ /, "", rest)
      if (rest !~ /^[A-Z]/) { print "flag"; exit }
      if (match(rest, /\{[^}]*\}/)) {
        values = substr(rest, RSTART + 1, RLENGTH - 2); n = split(values, v, /,/)
        for (i = 1; i <= n; i++) print v[i]
      }
      exit }'
}

_commissioning() {
  local cur=${COMP_WORDS[COMP_CWORD]} prev=""
  local -a cmd=("${COMP_WORDS[0]}")
  local i w subs
  ((COMP_CWORD > 1)) && prev=${COMP_WORDS[COMP_CWORD - 1]}
  # Walk the words before the cursor: each that names a subcommand of the command so far
  # descends into it; anything else is an option or an argument.
  for ((i = 1; i < COMP_CWORD; i++)); do
    w=${COMP_WORDS[i]}
    [[ $w == -* || -z $w ]] && continue
    subs=$(_commissioning_subcommands "${cmd[@]}")
    if grep -qxF -- "$w" <<<"$subs"; then cmd+=("$w"); fi
  done
  if [[ $prev == -* && $cur != -* ]]; then
    local values
    values=$(_commissioning_option_values "$prev" "${cmd[@]}")
    if [[ -n $values && $values != flag ]]; then
      mapfile -t COMPREPLY < <(compgen -W "$values" -- "$cur")
      return
    elif [[ $values != flag ]]; then
      mapfile -t COMPREPLY < <(compgen -f -- "$cur")
      return
    fi
  fi
  if [[ $cur == -* ]]; then
    mapfile -t COMPREPLY < <(compgen -W "$(_commissioning_options "${cmd[@]}")" -- "$cur")
    return
  fi
  subs=$(_commissioning_subcommands "${cmd[@]}")
  if [[ -n $subs ]]; then
    mapfile -t COMPREPLY < <(compgen -W "$subs" -- "$cur")
  else
    mapfile -t COMPREPLY < <(compgen -f -- "$cur")
  fi
}
complete -o filenames -F _commissioning commissioning
