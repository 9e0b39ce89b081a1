#!/usr/bin/env bash
# End-to-end checks of the command-line tool: what a user types, what they get back.
set -u
cli=${COMMISSIONING_CLI:?}
fail=0
check() {  # description, expected exit code, command...
  local what=$1 want=$2; shift 2
  out=$("$@" 2>&1); got=$?
  if [ "$got" != "$want" ]; then echo "FAIL: $what: exit $got, wanted $want"; echo "$out" | head -20; fail=1
  else echo "ok: $what"; fi
}
contains() {  # description, needle, command...
  local what=$1 needle=$2; shift 2
  out=$("$@" 2>&1)
  if ! grep -qF -- "$needle" <<<"$out"; then echo "FAIL: $what: output lacks '$needle'"; echo "$out" | head -20; fail=1
  else echo "ok: $what"; fi
}
check "--version exits 0" 0 "$cli" --version
contains "--version prints the version" "0.1.0" "$cli" --version
check "--help exits 0" 0 "$cli" --help
check "no subcommand is a usage error (usage error: exit 2)" 2 "$cli"
contains "rules lists the weekday rule" "core.date.weekday-matches" "$cli" rules
contains "rules --format json is JSON" '"id": "core.date.weekday-matches"' "$cli" rules --format json
check "demo runs" 0 "$cli" demo
contains "demo reads £1,427k" "£1,427,000.00" "$cli" demo
contains "demo reports the 10.00pm start" "core.time-range.end-after-start" "$cli" demo
for extra in "$(dirname "$0")"/run_*.sh; do
  [ -e "$extra" ] || continue
  # shellcheck source=/dev/null
  . "$extra"
done
exit $fail
