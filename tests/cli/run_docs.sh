# Sourced by run.sh. The docs that come from the code are current.
readme_rules=$(sed -n '/<!-- rules:begin (scripts\/gen-docs) -->/,/<!-- rules:end -->/p' "$(dirname "$0")/../../README.md" | sed '1d;$d')
if [ "$readme_rules" == "$("$cli" rules --format markdown)" ]; then
  echo "ok: README's rules table matches the registry"
else
  echo "FAIL: README's rules table is out of date: run scripts/gen-docs"; fail=1
fi
