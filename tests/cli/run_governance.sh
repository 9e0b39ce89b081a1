# Governance: `validate`, `show` and the seed pack fixture (sourced by run.sh).
gov_dir=$(mktemp -d)
gov_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
gov_example="$gov_root/examples/meeting_pack.json"

check "validate accepts the committed example pack" 0 "$cli" validate "$gov_example"
contains "validate reports no findings on it" "0 errors, 0 warnings" "$cli" validate "$gov_example"
contains "validate --format json is JSON" '"kind": "meeting-pack"' "$cli" validate "$gov_example" --format json
contains "show renders the agenda with times" "10.05am (5 mins)  Declarations of Interest" "$cli" show "$gov_example"
contains "show renders quoracy per committee" "Stoke-on-Trent CCG Primary Care Commissioning Committee: quorate" "$cli" show "$gov_example"

# The example in docs/governance.md is the committed file, and validates.
sed -n '/^```json$/,/^```$/p' "$gov_root/docs/governance.md" | sed '1d;$d' > "$gov_dir/doc_example.json"
check "the docs page's example validates" 0 "$cli" validate "$gov_dir/doc_example.json"
check "the docs page's example is examples/meeting_pack.json" 0 cmp -s "$gov_dir/doc_example.json" "$gov_example"

# The seed pack: real findings, exit 1.
check "governance fixture writes the seed pack" 0 "$cli" governance fixture --out "$gov_dir/seed.json"
check "validate finds errors in the seed pack" 1 "$cli" validate "$gov_dir/seed.json"
contains "validate reports the 10.00pm start" "governance.meeting.end-after-start" "$cli" validate "$gov_dir/seed.json"
contains "validate reports Stoke-on-Trent inquorate" "Stoke-on-Trent CCG Primary Care Commissioning Committee is inquorate" "$cli" validate "$gov_dir/seed.json"
contains "validate --format json counts the errors" '"errors": 10' "$cli" validate "$gov_dir/seed.json" --format json
contains "show marks Stoke-on-Trent inquorate" "INQUORATE" "$cli" show "$gov_dir/seed.json"
contains "show flags Stoke-on-Trent's resolutions for ratification" "received and approved the revised Terms of Reference [INQUORATE: needs ratification]" "$cli" show "$gov_dir/seed.json"
contains "the demo shows 5 June quoracy" "Stoke-on-Trent CCG Primary Care Commissioning Committee: INQUORATE" "$cli" demo

# Other kinds of document.
"$cli" governance fixture | /usr/bin/python3 -c '
import json, sys
pack = json.load(sys.stdin)
c = dict(pack["committees"][0], kind="committee")
json.dump(c, open(sys.argv[1] + "/committee.json", "w"))
log = dict(pack["action_log"], kind="action-log")
json.dump(log, open(sys.argv[1] + "/log.json", "w"))
' "$gov_dir"
check "validate accepts a committee" 0 "$cli" validate "$gov_dir/committee.json"
contains "validate names a committee's kind" "(committee)" "$cli" validate "$gov_dir/committee.json"
check "validate reads an action log (warnings only)" 0 "$cli" validate "$gov_dir/log.json"
contains "an action log row without a reference is reported" "governance.action-log.reference-present" "$cli" validate "$gov_dir/log.json"

# Bad input: exit 2 with the reason and its path, or exit 1 with the rule and its path.
gov_bad() {  # name, python expression editing `p`
  /usr/bin/python3 -c "
import json, sys
p = json.load(open(sys.argv[1]))
$2
json.dump(p, open(sys.argv[2], 'w'), ensure_ascii=False)
" "$gov_example" "$gov_dir/$1.json"
}
gov_bad time25 'p["meetings"][0]["agenda"][0]["start"] = "25.00am"'
check "a time of 25.00am is unreadable" 2 "$cli" validate "$gov_dir/time25.json"
contains "…and the error names its path" "[/meetings/0/agenda/0/start]" "$cli" validate "$gov_dir/time25.json"
gov_bad jux 'p["meetings"][0]["minutes"][0]["reference"] = "2018/JUX /062"'
contains "2018/JUX /062 is refused with its path and reason" '[/meetings/0/minutes/0/reference]: cannot read "2018/JUX /062"' "$cli" validate "$gov_dir/jux.json"
gov_bad enum 'p["meetings"][0]["session"] = "semi-public"'
contains "an unknown enum spelling lists the expected ones" "unknown session; expected one of: public" "$cli" validate "$gov_dir/enum.json"
gov_bad unknown 'p["members"][0]["votes"] = True'
contains "an unknown field is named with its path" '[/members/0]: unknown field "votes"' "$cli" validate "$gov_dir/unknown.json"
gov_bad missing 'del p["meetings"][0]["venue"]'
check "a missing required field is unreadable" 2 "$cli" validate "$gov_dir/missing.json"
contains "…and names the field" "venue" "$cli" validate "$gov_dir/missing.json"
gov_bad dup 'p["members"][6]["initials"] = "PD"'
check "duplicate initials are a finding" 1 "$cli" validate "$gov_dir/dup.json"
contains "…at their JSON Pointer" "/members/6/initials" "$cli" validate "$gov_dir/dup.json"
gov_bad orphan 'p["meetings"][0]["agenda"].append({"number": "7.1", "title": "Orphan"})'
check "an item under a missing parent is a finding" 1 "$cli" validate "$gov_dir/orphan.json"
contains "…at its JSON Pointer" "/meetings/0/agenda/6/number" "$cli" validate "$gov_dir/orphan.json"
check "a missing file is unreadable" 2 "$cli" validate "$gov_dir/no-such-file.json"
echo '{"kind": "minutes"}' > "$gov_dir/kind.json"
contains "an unknown kind is refused" 'unknown kind "minutes"' "$cli" validate "$gov_dir/kind.json"
rm -rf "$gov_dir"
