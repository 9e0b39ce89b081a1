# CLI checks for `commissioning population` (sourced by run.sh: $cli, check, contains).
pop_tmp=$(mktemp -d)
real_reg="$COMMISSIONING_SHARED_DIR/data/real/gp-reg-pat-prac-all-2021-01.csv"

check "population generate writes a small single-age file" 0 "$cli" population generate --seed 7 --practices 98 --format single-age -o "$pop_tmp/small.csv"
"$cli" population generate --seed 7 --practices 98 --format single-age > "$pop_tmp/small2.csv"
check "population generate is deterministic (same seed, same bytes)" 0 cmp "$pop_tmp/small.csv" "$pop_tmp/small2.csv"
"$cli" population generate --seed 8 --practices 98 --format single-age > "$pop_tmp/other.csv"
check "population generate: another seed, other bytes" 1 cmp -s "$pop_tmp/small.csv" "$pop_tmp/other.csv"
contains "generated files carry the CCG on every row" "PUBLICATION,EXTRACT_DATE,TYPE,CCG_CODE,ONS_CCG_CODE,CODE,POSTCODE,SEX,AGE,NUMBER_OF_PATIENTS" head -1 "$pop_tmp/small.csv"
rows=$(($(wc -l < "$pop_tmp/small.csv") - 1))
if [ "$rows" = $((98 * 2 * 97)) ]; then echo "ok: single-age rows: 98 practices × 2 sexes × (96 ages + ALL)"; else echo "FAIL: $rows single-age rows"; fail=1; fi
check "population generate --format quinary" 0 "$cli" population generate --seed 7 --practices 98 --format quinary -o "$pop_tmp/q.csv"
check "population generate --format all" 0 "$cli" population generate --seed 7 --practices 98 --format all -o "$pop_tmp/all.csv"
scaled=$("$cli" population generate --seed 7 --practices 10 --scale 3 --format all | tail -n +2 | wc -l)
if [ "$scaled" = 30 ]; then echo "ok: --scale 3 triples the practices"; else echo "FAIL: --scale 3 gave $scaled practices"; fail=1; fi
check "population generate refuses an unknown format (usage error: exit 2)" 2 "$cli" population generate --seed 1 --format wide

# summarise: the header, sorted codes, and totals that agree across formats and with awk.
contains "summarise --by ccg has the documented header" "code,practices,patients,male,female" "$cli" population summarise "$pop_tmp/small.csv" --by ccg
"$cli" population summarise "$pop_tmp/small.csv" --by ccg > "$pop_tmp/by_ccg.csv"
if sort -c -t, -k1,1 <(tail -n +2 "$pop_tmp/by_ccg.csv"); then echo "ok: summarise rows are sorted by code"; else echo "FAIL: unsorted"; fail=1; fi
awk_total=$(awk -F, 'NR>1 && $9=="ALL" {s+=$10} END {print s}' "$pop_tmp/small.csv")
cli_total=$("$cli" population summarise "$pop_tmp/small.csv" --by national | awk -F, 'NR==2 {print $3}')
if [ "$awk_total" = "$cli_total" ]; then echo "ok: national total matches awk ($cli_total)"; else echo "FAIL: national $cli_total vs awk $awk_total"; fail=1; fi
q_total=$("$cli" population summarise "$pop_tmp/q.csv" --by national | awk -F, 'NR==2 {print $3}')
a_total=$("$cli" population summarise "$pop_tmp/all.csv" --by national | awk -F, 'NR==2 {print $3}')
if [ "$q_total" = "$cli_total" ] && [ "$a_total" = "$cli_total" ]; then echo "ok: quinary and all-ages files give the same total"; else echo "FAIL: $q_total / $a_total / $cli_total"; fail=1; fi
contains "summarise --by practice lists practices" "A81001," "$cli" population summarise "$pop_tmp/small.csv" --by practice
contains "summarise --format json" '"basis": "registered"' "$cli" population summarise "$pop_tmp/small.csv" --format json
printf 'PUBLICATION,EXTRACT_DATE,TYPE,CCG_CODE,ONS_CCG_CODE,CODE,POSTCODE,SEX,AGE,NUMBER_OF_PATIENTS\nGP_PRAC_PAT_LIST,01JAN2021,GP,00L,E38000130,Y99001,ZZ1 1ZZ,ALL,ALL,59' > "$pop_tmp/cut.csv"
contains "summarise --format json carries the reader's diagnostics (a last line cut mid-number)" '"rule_id": "population.file.unterminated"' "$cli" population summarise "$pop_tmp/cut.csv" --format json
contains "summarise --format table" "practices" "$cli" population summarise "$pop_tmp/small.csv" --format table

# weights
"$cli" population weights > "$pop_tmp/weights.csv"
contains "the shipped weights say they are illustrative" "# source: illustrative" cat "$pop_tmp/weights.csv"
contains "summarise --weights adds a weighted column" "code,practices,patients,male,female,weighted" "$cli" population summarise "$pop_tmp/small.csv" --weights "$pop_tmp/weights.csv"
norm=$("$cli" population summarise "$pop_tmp/small.csv" --by national --weights "$pop_tmp/weights.csv" --normalise | awk -F, 'NR==2 {printf "%d", $6 + 0.5}')
if [ "$norm" = "$cli_total" ]; then echo "ok: normalised weights keep the registered total"; else echo "FAIL: normalised $norm vs $cli_total"; fail=1; fi
check "weights need ages: an all-ages file is refused" 2 "$cli" population summarise "$pop_tmp/all.csv" --weights "$pop_tmp/weights.csv"
printf 'sex,ages,weight\npersons,0-94,1\n' > "$pop_tmp/bad_weights.csv"
contains "a weights file without a source is refused" "# source" "$cli" population summarise "$pop_tmp/small.csv" --weights "$pop_tmp/bad_weights.csv"

# Progress on stderr only when stderr is a terminal.
progress=$("$cli" population summarise "$pop_tmp/small.csv" --by national 2>&1 >/dev/null | wc -c)
if [ "$progress" = 0 ]; then echo "ok: no progress text when stderr is not a terminal"; else echo "FAIL: $progress bytes on stderr"; fail=1; fi
if command -v script >/dev/null; then
  contains "a progress line on a terminal" "reading $pop_tmp/small.csv" script -qec "$cli population summarise $pop_tmp/small.csv --by national" /dev/null
fi

# hostile input
check "a missing file is unreadable (exit 2)" 2 "$cli" population summarise "$pop_tmp/nope.csv"
head -c 5000 "$pop_tmp/small.csv" > "$pop_tmp/truncated.csv"
check "a truncated file is an error (exit 2)" 2 "$cli" population summarise "$pop_tmp/truncated.csv"
contains "the error names the line" "truncated.csv:" "$cli" population summarise "$pop_tmp/truncated.csv"
check "a truncated file in lenient mode reports findings (exit 1)" 1 "$cli" population summarise "$pop_tmp/truncated.csv" --lenient
head -1 "$pop_tmp/small.csv" > "$pop_tmp/header_only.csv"
contains "a header-only file is refused" "no data rows" "$cli" population summarise "$pop_tmp/header_only.csv"
head -c 3000 /dev/urandom > "$pop_tmp/garbage.bin"
check "binary garbage is unreadable (exit 2)" 2 "$cli" population summarise "$pop_tmp/garbage.bin"
check "a directory is unreadable (exit 2)" 2 "$cli" population summarise "$pop_tmp"

# A membership file takes the CCGs up to ICBs and regions, as of a date.
printf 'child,parent,parent type,join date,left date\n00A,QAA,STP,20160401,20220630\n00A,QAB,ICB,20220701,\n' > "$pop_tmp/ccg_members.csv"
for ccg in $(tail -n +2 "$pop_tmp/by_ccg.csv" | cut -d, -f1 | grep -v '^00A$'); do printf '%s,QAB,ICB,20160401,\n' "$ccg" >> "$pop_tmp/ccg_members.csv"; done
printf 'A81001,00A,CCG,20130401,\n' > "$pop_tmp/practice_members.csv"
tail -n +2 "$pop_tmp/small.csv" | cut -d, -f4,6 | sort -u | awk -F, '$2 != "A81001" {print $2 "," $1 ",CCG,20130401,"}' >> "$pop_tmp/practice_members.csv"
contains "--hierarchy membership files: 00A's practices under the STP QAA before July 2022" "QAA," "$cli" population summarise "$pop_tmp/small.csv" --hierarchy "$pop_tmp/practice_members.csv" --hierarchy "$pop_tmp/ccg_members.csv" --level icb --as-of 2022-06-30
after=$("$cli" population summarise "$pop_tmp/small.csv" --hierarchy "$pop_tmp/practice_members.csv" --hierarchy "$pop_tmp/ccg_members.csv" --level icb --as-of 2022-07-01 | tail -n +2 | cut -d, -f1 | tr '\n' ' ')
if [ "$after" = "QAB " ]; then echo "ok: from 1 July 2022 every practice is under the ICB QAB"; else echo "FAIL: ICBs after July 2022: $after"; fail=1; fi

# Pipes, FIFOs and standard input read as the plain file does (issue 17: the hierarchy was
# sniffed with one stream and reopened, losing its first 8 KiB through a pipe). The membership
# file is over 8 KiB so that a lost first buffer would change the answer.
"$cli" population generate --seed 9 --practices 600 --format all -o "$pop_tmp/many.csv"
tail -n +2 "$pop_tmp/many.csv" | cut -d, -f4,6 | sort -u | awk -F, '{print $2 "," $1 ",CCG,20130401,"}' > "$pop_tmp/many_members.csv"
members_bytes=$(wc -c < "$pop_tmp/many_members.csv")
if [ "$members_bytes" -gt 8192 ]; then echo "ok: the membership file is over 8 KiB ($members_bytes bytes)"; else echo "FAIL: membership file of $members_bytes bytes"; fail=1; fi
plain=$("$cli" population summarise "$pop_tmp/many.csv" --hierarchy "$pop_tmp/many_members.csv" 2>&1)
piped=$("$cli" population summarise "$pop_tmp/many.csv" --hierarchy <(cat "$pop_tmp/many_members.csv") 2>&1)
if [ -n "$plain" ] && [ "$plain" = "$piped" ] && ! grep -q unmapped <<<"$plain"; then echo "ok: --hierarchy <(cat members.csv) gives the plain file's answer"
else echo "FAIL: --hierarchy through a pipe differs"; diff <(echo "$plain") <(echo "$piped") | head -5; fail=1; fi
mkfifo "$pop_tmp/members.fifo"
cat "$pop_tmp/many_members.csv" > "$pop_tmp/members.fifo" &
fifo=$("$cli" population summarise "$pop_tmp/many.csv" --hierarchy "$pop_tmp/members.fifo" 2>&1)
wait
if [ "$plain" = "$fifo" ]; then echo "ok: --hierarchy from a FIFO gives the plain file's answer"; else echo "FAIL: --hierarchy from a FIFO differs"; fail=1; fi
stdin=$(cat "$pop_tmp/many_members.csv" | "$cli" population summarise "$pop_tmp/many.csv" --hierarchy - 2>&1)
if [ "$plain" = "$stdin" ]; then echo "ok: --hierarchy - reads standard input"; else echo "FAIL: --hierarchy - differs"; fail=1; fi
# Standard input given twice: the second is not "an empty file" but named as already read.
twice=$(cat "$pop_tmp/many.csv" | "$cli" population summarise - --hierarchy - 2>&1; echo "rc=$?")
case $twice in *"standard input was already read to its end by an earlier argument"*rc=2) echo "ok: standard input given twice is named as such";; *) echo "FAIL: stdin twice: $twice"; fail=1;; esac
epraccur_like=$(cat "$pop_tmp/many.csv" | "$cli" population summarise - --hierarchy <(cat "$pop_tmp/many_members.csv") 2>&1)
if [ "$plain" = "$epraccur_like" ]; then echo "ok: the registrations file itself through standard input"; else echo "FAIL: registrations from standard input differ"; fail=1; fi
# An endless first line is refused with a bounded error: 512 MiB of address space (ulimit -v),
# or under ASan, which reserves terabytes of shadow address space, 512 MiB of resident memory
# (ASan's hard_rss_limit_mb kills the process past it).
if [ "${COMMISSIONING_SANITIZE:-OFF}" = ON ]; then
  mem_bound="export ASAN_OPTIONS=\${ASAN_OPTIONS:+\$ASAN_OPTIONS:}hard_rss_limit_mb=512"
else
  mem_bound="ulimit -v 524288"
fi
contains "--hierarchy /dev/zero: an endless first line is a bounded error" "first line is over" bash -c "$mem_bound; timeout 60 \"$cli\" population summarise \"$pop_tmp/many.csv\" --hierarchy /dev/zero"
contains "summarise /dev/zero: an endless first line is a bounded error" "first line is over" bash -c "$mem_bound; timeout 60 \"$cli\" population summarise /dev/zero"
# A whole-document read stops at its 256 MiB limit and holds no more than about that much:
# growing a buffer by doubling past the limit once took twice the limit (529 MB resident).
if [ "${COMMISSIONING_SANITIZE:-OFF}" = ON ]; then
  # ASan's quarantine keeps freed buffers resident and its shadow adds an eighth: measured
  # 422 MB with the quarantine off, against 268 MB without ASan.
  doc_bound="export ASAN_OPTIONS=\${ASAN_OPTIONS:+\$ASAN_OPTIONS:}quarantine_size_mb=0:hard_rss_limit_mb=480"
else
  doc_bound="ulimit -v 450000"
fi
contains "validate /dev/zero: the 256 MiB document limit is reached within 440 MiB" "exceeds the limit of 268435456" bash -c "$doc_bound; timeout 60 \"$cli\" validate /dev/zero"
# Out of memory is reported in words, with the command, not as a bare "std::bad_alloc". Not
# under ASan: its operator new reports an allocation it cannot make and stops, whatever
# allocator_may_return_null says, and ulimit -v leaves it no room for its shadow memory.
if [ "${COMMISSIONING_SANITIZE:-OFF}" != ON ]; then
  contains "out of memory names the command and says what happened" "validate: out of memory" bash -c "ulimit -v 120000; timeout 60 \"$cli\" validate /dev/zero"
fi
: > "$pop_tmp/empty_members.csv"
contains "an empty hierarchy file is refused" "empty" "$cli" population summarise "$pop_tmp/many.csv" --hierarchy "$pop_tmp/empty_members.csv"

# The JSON example in docs/population.md is a table the CLI accepts.
awk '/^```json/ {on=1; next} /^```/ {if (on) exit} on' "$(dirname "$0")/../../docs/population.md" > "$pop_tmp/doc_table.json"
contains "the documented JSON table summarises" "00L,1,5553,2704,2849" "$cli" population summarise "$pop_tmp/doc_table.json"
sed 's/"A84002"/"05W"/' "$pop_tmp/doc_table.json" > "$pop_tmp/bad_table.json"
contains "a JSON table with a CCG code as a practice is refused with its path" "/practices/0/code" "$cli" population summarise "$pop_tmp/bad_table.json"

if [ -f "$real_reg" ]; then
  contains "the real January 2021 file: 60,606,345 patients in England" "england,6658,60606345" "$cli" population summarise "$real_reg" --by national
  n=$("$cli" population summarise "$real_reg" --by ccg | tail -n +2 | wc -l)
  if [ "$n" = 135 ]; then echo "ok: the real file has 135 CCGs"; else echo "FAIL: $n CCGs"; fail=1; fi
  real_epraccur="$COMMISSIONING_SHARED_DIR/data/real/epraccur-2020-01.csv"
  contains "as-of grouping with epraccur: a merged CCG's practices under their January 2020 CCG" "00K," "$cli" population summarise "$real_reg" --hierarchy "$real_epraccur" --as-of 2020-01-01
else
  echo "skipped: $real_reg is absent"
fi
# Files as downloaded (issue 16): .gz and .zip read without unpacking, told by their first
# bytes; zips are written here with Python's zipfile, gzip with gzip(1).
mkzip() {  # archive, then name=path pairs (an empty list makes an empty zip)
  /usr/bin/python3 - "$@" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
    for pair in sys.argv[2:]:
        name, path = pair.split("=", 1)
        z.write(path, name)
PY
}
"$cli" population summarise "$pop_tmp/small.csv" --by ccg > "$pop_tmp/plain_by_ccg.csv"
gzip -c "$pop_tmp/small.csv" > "$pop_tmp/small.csv.gz"
mkzip "$pop_tmp/small.zip" "small.csv=$pop_tmp/small.csv"
check "summarise a .gz gives the plain file's answer" 0 bash -c '"$1" population summarise "$2" --by ccg | cmp - "$3"' _ "$cli" "$pop_tmp/small.csv.gz" "$pop_tmp/plain_by_ccg.csv"
check "summarise a .zip gives the plain file's answer" 0 bash -c '"$1" population summarise "$2" --by ccg | cmp - "$3"' _ "$cli" "$pop_tmp/small.zip" "$pop_tmp/plain_by_ccg.csv"
check "summarise a zip through a pipe (-) gives the plain file's answer" 0 bash -c 'cat "$2" | "$1" population summarise - --by ccg | cmp - "$3"' _ "$cli" "$pop_tmp/small.zip" "$pop_tmp/plain_by_ccg.csv"
check "summarise a gzip through a pipe (-) gives the plain file's answer" 0 bash -c 'cat "$2" | "$1" population summarise - --by ccg | cmp - "$3"' _ "$cli" "$pop_tmp/small.csv.gz" "$pop_tmp/plain_by_ccg.csv"
cp "$pop_tmp/small.zip" "$pop_tmp/download"
check "a zip without an extension is told by its bytes" 0 bash -c '"$1" population summarise "$2" --by ccg | cmp - "$3"' _ "$cli" "$pop_tmp/download" "$pop_tmp/plain_by_ccg.csv"
mkzip "$pop_tmp/two.zip" "notes/readme.txt=$pop_tmp/weights.csv" "data/small.csv=$pop_tmp/small.csv"
check "a zip of several members, none named, is refused (exit 2)" 2 "$cli" population summarise "$pop_tmp/two.zip"
contains "the refusal lists the members and how to name one" "holds 2 file members (notes/readme.txt, data/small.csv); name the one to read as" "$cli" population summarise "$pop_tmp/two.zip"
check "archive.zip:member reads that member" 0 bash -c '"$1" population summarise "$2:data/small.csv" --by ccg | cmp - "$3"' _ "$cli" "$pop_tmp/two.zip" "$pop_tmp/plain_by_ccg.csv"
check "-:member (after --) reads that member of a zip on standard input" 0 bash -c 'cat "$2" | "$1" population summarise --by ccg -- "-:data/small.csv" | cmp - "$3"' _ "$cli" "$pop_tmp/two.zip" "$pop_tmp/plain_by_ccg.csv"
contains "a member that is not there is refused, naming it" "no member named 'nope.csv'" "$cli" population summarise "$pop_tmp/two.zip:nope.csv"
mkzip "$pop_tmp/empty.zip"
contains "an empty zip is refused" "empty.zip: an empty zip archive" "$cli" population summarise "$pop_tmp/empty.zip"
head -c 2000 "$pop_tmp/small.csv.gz" > "$pop_tmp/cut.csv.gz"
contains "a truncated .gz is refused, naming the file" "cut.csv.gz: truncated gzip data" "$cli" population summarise "$pop_tmp/cut.csv.gz"
gzip -c "$pop_tmp/many_members.csv" > "$pop_tmp/many_members.csv.gz"
gz_hierarchy=$("$cli" population summarise "$pop_tmp/many.csv" --hierarchy "$pop_tmp/many_members.csv.gz" 2>&1)
if [ "$plain" = "$gz_hierarchy" ]; then echo "ok: --hierarchy reads a .gz"; else echo "FAIL: --hierarchy .gz differs"; fail=1; fi
gzip -c "$pop_tmp/weights.csv" > "$pop_tmp/weights.csv.gz"
contains "--weights reads a .gz" "code,practices,patients,male,female,weighted" "$cli" population summarise "$pop_tmp/small.zip" --weights "$pop_tmp/weights.csv.gz"
committee_json="$(dirname "$0")/../../fuzz/corpus/fuzz_governance/committee.json"
gzip -c "$committee_json" > "$pop_tmp/committee.json.gz"
mkzip "$pop_tmp/committee.zip" "committee.json=$committee_json"
contains "validate reads a .json.gz" "(committee): 0 errors" "$cli" validate "$pop_tmp/committee.json.gz"
contains "show reads a zipped document" "North Staffordshire CCG Primary Care Commissioning Committee" "$cli" show "$pop_tmp/committee.zip"
# Zip bombs: decompressed bytes obey the plain file's limits in the same memory (256 MiB + of
# zeros, compressed to about 300 KiB).
head -c 300M /dev/zero | gzip -1 > "$pop_tmp/zeros.gz"
contains "summarise a gzip of 300 MiB of zeros: the line limit, in bounded memory" "first line is over" bash -c "$mem_bound; timeout 60 \"$cli\" population summarise \"$pop_tmp/zeros.gz\""
contains "validate a gzip of 300 MiB of zeros: the 256 MiB document limit within 440 MiB" "exceeds the limit of 268435456" bash -c "$doc_bound; timeout 60 \"$cli\" validate \"$pop_tmp/zeros.gz\""
if [ -f "$real_reg" ]; then
  mkzip "$pop_tmp/real.zip" "gp-reg-pat-prac-all-2021-01.csv=$real_reg"
  contains "the real January 2021 file, zipped here: the same 60,606,345 patients" "england,6658,60606345" "$cli" population summarise "$pop_tmp/real.zip" --by national
  check "the real file zipped: every CCG's totals as the plain file's" 0 bash -c 'cmp <("$1" population summarise "$2" --by ccg) <("$1" population summarise "$3" --by ccg)' _ "$cli" "$real_reg" "$pop_tmp/real.zip"
fi
# Hostile arguments and outputs (issue 17).
check "population generate: practices × scale that would wrap is refused (exit 2)" 2 "$cli" population generate --seed 7 --format all --practices 2 --scale 9223372036854775808 -o "$pop_tmp/wrap.csv"
contains "population generate: the wrap is reported as too many practices" "at most 250000 practices" "$cli" population generate --seed 7 --format all --practices 2 --scale 9223372036854775808 -o "$pop_tmp/wrap.csv"
check "population generate -o /dev/full: a device is refused, not replaced (exit 2)" 2 "$cli" population generate --seed 7 --format all --practices 98 -o /dev/full
contains "population generate -o /dev/full says why" "not a regular file" "$cli" population generate --seed 7 --format all --practices 98 -o /dev/full
check "population generate -o - writes to standard output, for piping" 0 bash -c '"$1" population generate --seed 7 --practices 98 --format single-age -o - | cmp - "$2"' _ "$cli" "$pop_tmp/small.csv"
cp "$pop_tmp/small.csv" "$pop_tmp/private.csv"; chmod 600 "$pop_tmp/private.csv"
check "population generate -o over a 0600 file" 0 "$cli" population generate --seed 8 --format all --practices 98 -o "$pop_tmp/private.csv"
contains "population generate -o keeps the old file's mode (0600)" "600" stat -c %a "$pop_tmp/private.csv"
check "population generate -o leaves no temporary behind" 0 bash -c '! ls "$1" | grep -q tmp' _ "$pop_tmp"
bad_name=$(printf '%s/bad-\377-name.csv' "$pop_tmp"); cp "$pop_tmp/small.csv" "$bad_name"
check "summarise --format json with a non-UTF-8 file name exits 0" 0 "$cli" population summarise "$bad_name" --format json
check "summarise --format json with a non-UTF-8 file name is valid JSON" 0 bash -c '"$1" population summarise "$2" --format json | /usr/bin/python3 -c "import json,sys; json.load(sys.stdin)"' _ "$cli" "$bad_name"
rm -rf "$pop_tmp"
contains "the demo reports seed 000's Meir figure that is not its practices' sum" 'Meir: "20,733" (seed 000 L1065)' "$cli" demo
