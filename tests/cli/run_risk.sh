# Risk and programme commands, sourced by tests/cli/run.sh ($cli, check, contains).
risk_examples="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../examples/data" && pwd)"
risk_tmp=$(mktemp -d)
trap 'rm -rf "$risk_tmp"' EXIT

check "risk summary of the example register exits 0" 0 "$cli" risk summary "$risk_examples/risk_register.json"
contains "risk summary counts open risks by band" "open risks by band: low 0 (1–3); moderate 0 (4–6); high 4 (8–12); extreme 1 (15–25)" \
  "$cli" risk summary "$risk_examples/risk_register.json"
contains "risk summary lists the top risk" "PC02     16 (P4 × I4)" "$cli" risk summary "$risk_examples/risk_register.json"
contains "risk summary finds the overdue review" "risk PC02 was due for review on 2018-06-05" \
  "$cli" risk summary "$risk_examples/risk_register.json"
contains "risk summary --as-of moves the date" "reviews overdue as of 2018-09-05: 4" \
  "$cli" risk summary "$risk_examples/risk_register.json" --as-of 2018-09-05
contains "risk summary --members resolves owners" "owner MM is not in the membership" \
  "$cli" risk summary "$risk_examples/risk_register.json" --members PD,LM
contains "risk summary --since shows the trend from the history" "PC01     falling   16 → 12" \
  "$cli" risk summary "$risk_examples/risk_register.json" --since 2018-04-03
contains "a risk with no history before the date is new" "PC03     new       now 9" \
  "$cli" risk summary "$risk_examples/risk_register.json" --since 2018-04-03
check "an owner outside the membership is a finding (exit 1)" 1 \
  "$cli" risk summary "$risk_examples/risk_register.json" --members PD,LM

check "risk heatmap writes an SVG" 0 "$cli" risk heatmap "$risk_examples/risk_register.json" --svg "$risk_tmp/heat.svg"
contains "the SVG has the extreme cell with its count" "P4 × I4 = 16 (extreme): 1 risk" cat "$risk_tmp/heat.svg"
contains "the text heat map shows the count" "16 extreme  [1]" "$cli" risk heatmap "$risk_examples/risk_register.json"
if command -v rsvg-convert >/dev/null; then
  check "the SVG renders (rsvg-convert)" 0 rsvg-convert -o "$risk_tmp/heat.png" "$risk_tmp/heat.svg"
fi
contains "the demo draws the seed's heat map" "SVG heat map written to" "$cli" demo
contains "the demo lists the seed's score-only risks" "12 (high) ×5" "$cli" demo

check "programme report of the example exits 0" 0 "$cli" programme report "$risk_examples/programme.json"
contains "programme report gives RAG per workstream" "workforce        June 2018       Amber   Amber" \
  "$cli" programme report "$risk_examples/programme.json"
contains "programme report finds slipping milestones as of a date" "slipping as of 2018-10-01: 3" \
  "$cli" programme report "$risk_examples/programme.json" --as-of 2018-10-01
contains "programme report checks the assurance rule" "stated partial assurance; the domains imply partial assurance" \
  "$cli" programme report "$risk_examples/programme.json"

# Bad input: clear diagnostics with paths, exit 2.
bad_entry() {  # file, JSON of one entry
  printf '{"name": "r", "entries": [%s]}\n' "$2" >"$risk_tmp/$1"
}
bad_entry p0.json '{"id": "1", "current": {"probability": 0, "impact": 3}}'
bad_entry p6.json '{"id": "1", "current": {"probability": 6, "impact": 3}}'
bad_entry s7.json '{"id": "1", "current": {"score_only": 7}}'
check "probability 0 is unreadable input (exit 2)" 2 "$cli" risk summary "$risk_tmp/p0.json"
contains "probability 0 names its path" "[/entries/0/current/probability]: probability 0 is outside 1–5" "$cli" risk summary "$risk_tmp/p0.json"
contains "probability 6 names its path" "[/entries/0/current/probability]: probability 6 is outside 1–5" "$cli" risk heatmap "$risk_tmp/p6.json"
check "score-only 7 is unreadable input (exit 2)" 2 "$cli" risk summary "$risk_tmp/s7.json"
contains "score-only 7 says why" "[/entries/0/current/score_only]: 7 is not a possible risk score" "$cli" risk summary "$risk_tmp/s7.json"
printf '{"name": "p", "reports": [{"workstream": "a", "month_covered": "June 2018", "status": "Purple"}]}\n' >"$risk_tmp/rag.json"
contains "an unknown RAG names its path" "/reports/0/status" "$cli" programme report "$risk_tmp/rag.json"
contains "an unknown RAG says what is expected" "expected Red, Amber, Green or Blue" "$cli" programme report "$risk_tmp/rag.json"
printf '{"name": "p", "plans": [{"title": "t", "milestones": [{"description": "d", "due": "Q1 2017/16"}]}]}\n' >"$risk_tmp/q.json"
check "milestone due Q1 2017/16 is unreadable input (exit 2)" 2 "$cli" programme report "$risk_tmp/q.json"
contains "milestone due Q1 2017/16 names its path" "/plans/0/milestones/0/due" "$cli" programme report "$risk_tmp/q.json"
contains "milestone due Q1 2017/16 says why" "not a quarter" "$cli" programme report "$risk_tmp/q.json"
printf '{"name": "r", "entries": [{"id": "1", "status": "closed"}]}\n' >"$risk_tmp/closed.json"
check "a closed risk without a reason is a finding (exit 1)" 1 "$cli" risk summary "$risk_tmp/closed.json"
check "a missing file is unreadable (exit 2)" 2 "$cli" risk summary "$risk_tmp/none.json"
printf '{"name": "r", "entries": [' >"$risk_tmp/truncated.json"
check "truncated JSON is unreadable (exit 2)" 2 "$cli" risk heatmap "$risk_tmp/truncated.json"

# The JSON examples in the docs are accepted as written.
docs_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../docs" && pwd)"
awk '/^```json$/{on=1; next} /^```$/{on=0} on' "$docs_dir/risk.md" >"$risk_tmp/doc_register.json"
check "the register example in docs/risk.md is accepted" 0 "$cli" risk summary "$risk_tmp/doc_register.json"
awk '/^```json$/{on=1; next} /^```$/{on=0} on' "$docs_dir/programme.md" >"$risk_tmp/doc_programme.json"
check "the programme example in docs/programme.md is accepted" 0 "$cli" programme report "$risk_tmp/doc_programme.json"

# The committed seed register and its heat map (docs/seed-risk-heatmap.svg) are what the
# fixture gives today: regenerate both with `risk fixture --out` and `risk heatmap --svg`.
check "risk fixture writes the seed register" 0 "$cli" risk fixture --out "$risk_tmp/seed.json"
check "the committed seed register is the fixture's" 0 cmp "$risk_tmp/seed.json" "$risk_examples/gpfv_risks_june_2018.json"
check "risk heatmap of the seed register" 0 "$cli" risk heatmap "$risk_examples/gpfv_risks_june_2018.json" --svg "$risk_tmp/seed.svg"
check "the committed seed heat map is today's" 0 cmp "$risk_tmp/seed.svg" "$docs_dir/seed-risk-heatmap.svg"
for which in gpfv wolverhampton luton dorset; do
  check "programme fixture $which is read back by programme report" 0 sh -c "\"$cli\" programme fixture $which --out \"$risk_tmp/$which.json\" && \"$cli\" programme report \"$risk_tmp/$which.json\""
done
contains "the Luton targets show their RAG" "eps                  at least 80 % of repeat prescriptions [Green, November 2016]" \
  "$cli" programme report "$risk_tmp/luton.json"
contains "the Wolverhampton fixture slips all 80 Q1 priorities by July 2017" "slipping as of 2017-07-01: 80" \
  "$cli" programme report "$risk_tmp/wolverhampton.json" --as-of 2017-07-01
# A duplicated key is refused with its path (issue 17): the last one used to win silently.
printf '{"name":"r","name":"s"}' > "$risk_tmp/dup.json"
check "risk summary refuses a duplicated JSON key (exit 2)" 2 "$cli" risk summary "$risk_tmp/dup.json"
contains "risk summary names the duplicated key and its path" '[/name]: duplicate key "name"' "$cli" risk summary "$risk_tmp/dup.json"
