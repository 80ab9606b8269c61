# related, path, timeline, top and query on the sample corpus; the shared options and errors.
source "$(dirname "$0")/../cli_lib.sh"
DB="$WORK/db"
"$NG" ingest --db "$DB" "$SRC/examples/corpus" >/dev/null || fail "ingest"

run "$NG" related --db "$DB" "Priya Natarajan" --format csv
expect_rc 0
grep -F "Halcyon" "$WORK/out" | grep -qF "role" || fail "Natarajan's role at Halcyon missing"

run "$NG" related --db "$DB" Halcyon --limit 1 --format jsonl
expect_rc 0
[ "$(wc -l < "$WORK/out")" -eq 1 ] || fail "--limit 1 printed $(wc -l < "$WORK/out") rows"
expect_err "rows left out (--limit 1)"

run "$NG" path --db "$DB" "Rachel Osei" "Priya Natarajan" --format json
expect_rc 0
expect_out '"step": 1'
expect_out '"doc": "vantor-sues-halcyon"'
expect_out '"rule":'

# --max-facts 1 reads one quote by, one about and one relation of each entity it expands: the
# chain found is as short, of other facts, and stderr says the search was bounded
run "$NG" path --db "$DB" "Rachel Osei" "Priya Natarajan" --max-facts 1 --format jsonl
expect_rc 0
[ "$(wc -l < "$WORK/out")" -eq 3 ] || fail "--max-facts 1 path has $(wc -l < "$WORK/out") steps, not 3"
expect_err "read in part ("
expect_err "--max-facts 1): a shorter chain may go through the facts left out"
run "$NG" path --db "$DB" "Rachel Osei" "Priya Natarajan" --max-facts 0 --format jsonl
expect_rc 0
grep -q "read in part" "$WORK/err" && fail "--max-facts 0 still capped"

# a narrow table (COLUMNS when stdout is no terminal) keeps ids and names whole: every doc id
# and entity name of the JSON rows is on one line
"$NG" path --db "$DB" "Rachel Osei" "Priya Natarajan" --format jsonl > "$WORK/rows" || fail "path jsonl"
COLUMNS=60 run "$NG" path --db "$DB" "Rachel Osei" "Priya Natarajan"
expect_rc 0
python3 - "$WORK/rows" "$WORK/out" <<'PY' || fail "narrow path table broke an id or name: $(cat "$WORK/out")"
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
table = open(sys.argv[2]).read()
assert rows, "no rows"
for r in rows:
    for key in ("doc", "from", "to"):  # a quotation (a vertex too) is cut, never a name
        assert r[key] in table or (r[key].startswith("\u201c") and "…" in table), (key, r[key])
# 60 columns leave the detail too narrow: records, one "-[ N ]" rule a fact
assert "-[ %d ]" % len(rows) in table and "-[ %d ]" % (len(rows) + 1) not in table, "records"
PY

run "$NG" timeline --db "$DB" "Priya Natarajan" --format tsv
expect_rc 0
head -1 "$WORK/out" | grep -q "^published	doc	subject	predicate	object" || fail "timeline header"
# oldest first
sort -c -s -t "	" -k1,1 <(tail -n +2 "$WORK/out") || fail "timeline not in date order"

run "$NG" timeline --db "$DB" "Priya Natarajan" --since 2025-03-10 --format csv
expect_rc 0
expect_no_out "halcyon-lumen-launch"   # published 2025-03-04

run "$NG" top --db "$DB" --type PERSON --by quotes --format csv
expect_rc 0
expect_out "Priya Natarajan"
expect_no_out ",ORG,"

run "$NG" top --db "$DB" --by pagerank --format json
expect_rc 0
expect_out '"pagerank": 0.'
# PageRank is computed for --by pagerank only; other rankings show no column of blanks
COLUMNS=200 run "$NG" top --db "$DB"
expect_rc 0
head -1 "$WORK/out" | grep -qE '^rank +name +type +mentions +documents +quotes_by +quotes_about +component$' \
  || fail "top table header: $(head -1 "$WORK/out")"
COLUMNS=200 run "$NG" top --db "$DB" --by pagerank
head -1 "$WORK/out" | grep -qE ' quotes_about +pagerank +component$' || fail "top --by pagerank header"

run "$NG" query --db "$DB" '?p said ?q . ?q about Halcyon FILTER type(?p) = PERSON' --format csv
expect_rc 0
expect_out "Rachel Osei"

run "$NG" query --db "$DB" '?p said ?q ?x'
expect_rc 2
expect_err "column 12"
expect_err "             ^"

run "$NG" query --db "$DB" 'Halcyn develops ?x'
expect_rc 3
expect_err "did you mean: Halcyon"

run "$NG" related --db "$DB" Halcyn
expect_rc 3
expect_err "did you mean"

run "$NG" quotes --db "$DB" --about Halcyon --until 2025-13
expect_rc 2
expect_err "not a date"

run "$NG" entity --db "$DB" "Priya Natarajan" --since 2025-03-10 --format json
expect_rc 0
expect_out '"first_seen": "2025-03-19"'

for cmd in related path timeline top query; do
  run "$NG" "$cmd" --help
  expect_rc 0
  expect_out "Example"
done
