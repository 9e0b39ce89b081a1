# Sourced by run.sh. Every command of README.md's command-line tour runs as written: from a
# scratch directory that sees the project's examples, with the binary under test in place of
# build/dev/tools/commissioning. A command expects exit 0 unless its comment says "exit 1".
readme_src=$(cd "$(dirname "$0")/../.." && pwd)
readme_tmp=$(mktemp -d)
ln -s "$readme_src/examples" "$readme_tmp/examples"
readme_n=0
while IFS= read -r line; do
  case $line in build/dev/tools/commissioning*) ;; *) continue ;; esac
  readme_n=$((readme_n + 1))
  want=0
  case $line in *"exit 1"*) want=1 ;; esac
  cmd=${line/build\/dev\/tools\/commissioning/\"\$cli\"}
  out=$(cd "$readme_tmp" && cli="$cli" bash -c "$cmd" 2>&1); got=$?
  if [ "$got" != "$want" ]; then
    echo "FAIL: README: $line: exit $got, wanted $want"; echo "$out" | head -10; fail=1
  else
    echo "ok: README: ${line%%#*}"
  fi
done < <(sed -n '/^```sh$/,/^```$/p' "$readme_src/README.md")
[ "$readme_n" -ge 10 ] || { echo "FAIL: README: found only $readme_n CLI commands"; fail=1; }
rm -rf "$readme_tmp"
