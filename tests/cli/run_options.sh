# The options every command shares, sourced by tests/cli/run.sh ($cli, check, contains):
# usage errors exit 2 everywhere, files are written with -o/--output ("-" is standard
# output; the old --out still works), results are printed in a --format.
opt_tmp=$(mktemp -d)
opt_subs() { "$@" --help | awk '/^[^ ].*:$/ {s = ($0 == "Subcommands:"); next} s && /^  [^ ]/ {sub(/^  /, ""); sub(/[ ,].*$/, ""); print}'; }
# Every command, at every level: an unknown option is a usage error (exit 2), and so is a
# command that needs a subcommand or a required argument and is given none.
opt_commands=()
for sub in $(opt_subs "$cli"); do
  opt_commands+=("$sub")
  for subsub in $(opt_subs "$cli" "$sub"); do opt_commands+=("$sub $subsub"); done
done
for c in "${opt_commands[@]}"; do
  # shellcheck disable=SC2086
  check "usage: $c --no-such-option exits 2" 2 "$cli" $c --no-such-option
  # shellcheck disable=SC2086
  if "$cli" $c --help | grep -qE 'REQUIRED|SUBCOMMAND$'; then
    check "usage: $c without its required argument or subcommand exits 2" 2 "$cli" $c
  fi
done
check "usage: an unknown subcommand exits 2" 2 "$cli" no-such-command
check "usage: a value outside the allowed set exits 2" 2 "$cli" rules --format yaml
contains "usage: the message names the option" "--no-such-option" "$cli" risk summary x.json --no-such-option

# -o/--output on every command that writes a file; --out kept (hidden) for scripts.
for fx in "governance fixture" "risk fixture" "programme fixture luton"; do
  f=$opt_tmp/$(tr ' ' _ <<<"$fx")
  # shellcheck disable=SC2086
  check "$fx -o FILE writes the file" 0 "$cli" $fx -o "$f.o.json"
  # shellcheck disable=SC2086
  check "$fx --output FILE writes the same bytes" 0 "$cli" $fx --output "$f.output.json"
  # shellcheck disable=SC2086
  check "$fx --out FILE (the old spelling) still works" 0 "$cli" $fx --out "$f.out.json"
  # shellcheck disable=SC2086
  "$cli" $fx -o - >"$f.dash.json"
  # shellcheck disable=SC2086
  "$cli" $fx >"$f.stdout.json"
  check "$fx: -o, --output, --out, -o - and standard output agree" 0 \
    bash -c 'cmp "$1.o.json" "$1.output.json" && cmp "$1.o.json" "$1.out.json" && cmp "$1.o.json" "$1.dash.json" && cmp "$1.o.json" "$1.stdout.json"' _ "$f"
  # shellcheck disable=SC2086
  check "$fx --help lists -o,--output and hides --out" 0 bash -c '"$@" --help | grep -q -- "-o,--output" && ! "$@" --help | grep -q -- "--out "' _ "$cli" $fx
done
check "population generate -o - writes to standard output" 0 bash -c \
  '"$1" population generate --seed 1 --practices 3 --format quinary -o - | cmp - <("$1" population generate --seed 1 --practices 3 --format quinary)' _ "$cli"
check "risk summary reads - as standard input" 0 bash -c '"$1" risk fixture | "$1" risk summary -' _ "$cli"
check "programme report reads - as standard input" 0 bash -c '"$1" programme fixture luton | "$1" programme report - >/dev/null; [ $? -le 1 ]' _ "$cli"
check "finance check reads - as standard input" 0 bash -c \
  'cmp <("$1" finance check - <"$2" | tail -n +2) <("$1" finance check "$2" | tail -n +2)' _ "$cli" "$(dirname "${BASH_SOURCE[0]}")/../../examples/finance/stoke_delegated_m2.csv"
check "validate reads - as standard input" 1 bash -c '"$1" governance fixture | "$1" validate -' _ "$cli"

# finance check: --format table like every other command ("text", its old name, still works).
opt_finance="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../examples/finance" && pwd)/stoke_delegated_m2.json"
check "finance check --format table exits 0" 0 "$cli" finance check --format table "$opt_finance"
check "finance check --format table prints what --format text did" 0 bash -c \
  'cmp <("$1" finance check --format table "$2") <("$1" finance check --format text "$2") && cmp <("$1" finance check "$2") <("$1" finance check --format table "$2")' _ "$cli" "$opt_finance"
contains "finance check --format json is JSON" '"document":' "$cli" finance check --format json "$opt_finance"

# --format json on every command that prints results, as one JSON document on standard
# output; table stays the default.
opt_examples="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../examples" && pwd)"
is_json() { python3 -c 'import json, sys; json.load(sys.stdin)'; }
export -f is_json
opt_json_commands=(
  "rules"
  "validate $opt_examples/meeting_pack.json"
  "show $opt_examples/meeting_pack.json"
  "risk summary $opt_examples/data/risk_register.json --since 2018-04-03"
  "risk heatmap $opt_examples/data/risk_register.json"
  "programme report $opt_examples/data/programme.json --as-of 2018-10-01"
  "finance check $opt_finance"
  "finance allocate --population 233652 --basis weighted --rate £3.34 --against 230000"
  "population summarise $opt_tmp/small.csv"
)
"$cli" population generate --seed 1 --practices 3 --format quinary -o "$opt_tmp/small.csv"
for c in "${opt_json_commands[@]}"; do
  # shellcheck disable=SC2086
  check "${c%% /*} --format json prints one JSON document" 0 bash -c '"$@" --format json | is_json' _ "$cli" $c
  # shellcheck disable=SC2086
  check "${c%% /*} --format table is accepted" 0 bash -c '"$@" --format table >/dev/null; [ $? -le 1 ]' _ "$cli" $c
done
contains "risk summary --format json gives the open risks by band" '"band": "extreme"' \
  "$cli" risk summary "$opt_examples/data/risk_register.json" --format json
contains "risk summary --format json gives the trend" '"trend": "falling"' \
  "$cli" risk summary "$opt_examples/data/risk_register.json" --format json --since 2018-04-03
check "risk summary --format json keeps exit 1 for findings" 1 \
  "$cli" risk summary "$opt_examples/data/risk_register.json" --format json --members PD,LM
contains "risk heatmap --format json counts the extreme cell" '"score": 16' \
  "$cli" risk heatmap "$opt_examples/data/risk_register.json" --format json
check "risk heatmap --format svg -o FILE writes the SVG --svg writes" 0 bash -c \
  '"$1" risk heatmap "$2" --format svg -o "$3/a.svg" && "$1" risk heatmap "$2" --svg "$3/b.svg" >/dev/null && cmp "$3/a.svg" "$3/b.svg"' \
  _ "$cli" "$opt_examples/data/risk_register.json" "$opt_tmp"
check "risk heatmap --format json --svg FILE keeps standard output JSON" 0 bash -c \
  '"$1" risk heatmap "$2" --format json --svg "$3/c.svg" 2>/dev/null | is_json' _ "$cli" "$opt_examples/data/risk_register.json" "$opt_tmp"
contains "programme report --format json lists slipping milestones" '"slipping": [' \
  "$cli" programme report "$opt_examples/data/programme.json" --as-of 2018-10-01 --format json
contains "finance allocate --format json gives the shortfall" '"shortfall":' \
  "$cli" finance allocate --population 233652 --basis weighted --rate '£3.34' --against 230000 --format json
contains "show --format json has the document" '"kind": "meeting-pack"' "$cli" show "$opt_examples/meeting_pack.json" --format json
check "population weights -o FILE writes what it prints" 0 bash -c \
  '"$1" population weights -o "$2/w.csv" && cmp "$2/w.csv" <("$1" population weights) && cmp "$2/w.csv" <("$1" population weights -o -)' _ "$cli" "$opt_tmp"
rm -rf "$opt_tmp"
