# Finance: `commissioning finance check` and `allocate`, on the committed example files.
# Sourced by run.sh (check/contains helpers, $cli).
fin_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../examples/finance" && pwd)"
fin_tmp=$(mktemp -d)
check "finance check: the example budget JSON reconciles (exit 0)" 0 "$cli" finance check "$fin_dir/stoke_delegated_m2.json"
check "finance check: the example budget CSV reconciles (exit 0)" 0 "$cli" finance check "$fin_dir/stoke_delegated_m2.csv"
contains "finance check counts the checks" "102 checks: 83 exact, 102 within tolerance, 0 outside" "$cli" finance check "$fin_dir/stoke_delegated_m2.json"
contains "finance check reports the reserves released to break even" "finance.budget.break-even-by-reserves" "$cli" finance check "$fin_dir/stoke_delegated_m2.csv"
check "finance check --tolerance 0: rounding drift becomes findings (exit 1)" 1 "$cli" finance check --tolerance 0 "$fin_dir/stoke_delegated_m2.json"
contains "finance check --format json" '"outside_tolerance": 0' "$cli" finance check --format json "$fin_dir/stoke_delegated_m2.json"
check "finance check: the wider position's '£0.20m Deficit' is a finding (exit 1)" 1 "$cli" finance check "$fin_dir/wider_position_m2.json"
contains "finance check names the narrative mismatch" "says 200 but the table prints -200" "$cli" finance check "$fin_dir/wider_position_m2.json"
check "finance check: Luton's funding streams (exit 0)" 0 "$cli" finance check "$fin_dir/luton_funding_streams.json"
sed 's/^unit,.*/unit,£ 0005/' "$fin_dir/stoke_delegated_m2.csv" > "$fin_tmp/ocr.csv"
sed 's/"unit": "[^"]*"/"unit": "£ 0005"/' "$fin_dir/stoke_delegated_m2.json" > "$fin_tmp/ocr.json"
check "finance check: an OCR'd unit header is unreadable (exit 2)" 2 "$cli" finance check "$fin_tmp/ocr.csv"
contains "finance check names the row and column of the unit" "ocr.csv:5 [column 2 (unit)]" "$cli" finance check "$fin_tmp/ocr.csv"
sed 's/^Core contracts,PMS,spend,275,/Core contracts,PMS,spend,2x5,/' "$fin_dir/stoke_delegated_m2.csv" > "$fin_tmp/letters.csv"
contains "finance check: a non-numeric cell names row and column" "letters.csv:10 [column 4 (ytd_budget)]" "$cli" finance check "$fin_tmp/letters.csv"
echo '{"colour": "red"}' > "$fin_tmp/other.json"
check "finance check: JSON that is no finance document (exit 2)" 2 "$cli" finance check "$fin_tmp/other.json"
check "finance check: a missing file (exit 2)" 2 "$cli" finance check "$fin_tmp/absent.json"
contains "finance allocate: population × rate" "233,652 people (weighted) × £3.34 per head = £780,397.68" "$cli" finance allocate --population 233652 --basis weighted --rate '£3.34'
contains "finance allocate: the shortfall between bases" "shortfall of the ons basis against the weighted basis: £12,197.68" "$cli" finance allocate --population 233652 --basis weighted --rate '£3.34' --against 230000
check "finance allocate: an unknown basis is a usage error (usage error: exit 2)" 2 "$cli" finance allocate --population 1 --basis guessed --rate '£3.34'
check "finance allocate: a rate that is not money is unreadable (exit 2)" 2 "$cli" finance allocate --population 1 --basis raw --rate '30p'
contains "demo reconciles the four month-2 appendices" "total: 344 checks, 284 exact, 60 off by rounding, 344 within ±1 (£'000), 0 outside" "$cli" demo
awk '/^```json$/{on=1; next} /^```$/{on=0} on' "$fin_dir/../../docs/finance.md" > "$fin_tmp/doc_example.json"
check "finance check: the complete JSON example in docs/finance.md is accepted (exit 0)" 0 "$cli" finance check "$fin_tmp/doc_example.json"
contains "finance check: the docs example has 36 checks" "36 checks: 34 exact, 36 within tolerance, 0 outside" "$cli" finance check "$fin_tmp/doc_example.json"
{ echo '['; cat "$fin_dir/stoke_delegated_m2.json"; echo ','; cat "$fin_dir/luton_funding_streams.json"; echo ']'; } > "$fin_tmp/array.json"
check "finance check: an array of finance documents (exit 0)" 0 "$cli" finance check "$fin_tmp/array.json"
contains "finance check: each document of an array is reported" "Table 16: Funding Streams" "$cli" finance check "$fin_tmp/array.json"
cat "$fin_dir/stoke_delegated_m2.csv" | "$cli" finance check - > "$fin_tmp/stdin.out" 2>&1
"$cli" finance check "$fin_dir/stoke_delegated_m2.csv" > "$fin_tmp/file.out" 2>&1
check "finance check -: a CSV through standard input reads as the file does" 0 cmp "$fin_tmp/stdin.out" "$fin_tmp/file.out"
contains "finance check on a meeting pack: not a finance document, said by kind" "not a finance document: this is a meeting-pack" "$cli" finance check "$fin_dir/../meeting_pack.json"
contains "finance check: an unreadable JSON value names its rule" "(core.input.document)" "$cli" finance check "$fin_tmp/ocr.json"
rm -rf "$fin_tmp"
check "finance check: warnings alone (a forecast below YTD actual) do not fail the run (exit 0)" 0 "$cli" finance check "$fin_dir/stoke_commissioning_m2.json"
contains "finance check: the warning is still printed" "finance.budget.forecast-below-ytd" "$cli" finance check "$fin_dir/stoke_commissioning_m2.json"
