# The main job on the sample corpus: who said what about whom, entity cards, unknown names.
source "$(dirname "$0")/../cli_lib.sh"
DB="$WORK/db"
"$NG" ingest --db "$DB" "$SRC/examples/corpus" >/dev/null || fail "ingest"

run "$NG" quotes --db "$DB" --about halcyon --format csv
expect_rc 0
expect_out "Marta Kowalczyk"
expect_out "Rachel Osei"
expect_out "Halcyon AI built its business on work that belongs to our customers"
expect_no_out "We built Lumen 2"   # Natarajan's quote names Lumen 2 and Azure, not Halcyon
# the speaker's role and organisation come with the quote
grep -F "Rachel Osei" "$WORK/out" | grep -qF "Vantor Systems" || fail "Rachel Osei's org missing"

run "$NG" quotes --db "$DB" --by natarajan --format jsonl
expect_rc 0
expect_out '"speaker":"Priya Natarajan"'
expect_no_out '"speaker":"Rachel Osei"'

run "$NG" entity --db "$DB" "Priya Natarajan" --format json
expect_rc 0
expect_out '"type": "PERSON"'
expect_out 'Halcyon'

run "$NG" quotes --db "$DB" --about Halcyn
expect_rc 3
expect_err 'no entity named "Halcyn"'

run "$NG" quotes --db "$WORK/missing.db" --about x
expect_rc 4
expect_err "missing.db"
