# `remove` checks every id first: an unknown one (a typo) exits 3 and removes nothing, so a
# retry with the id corrected finds the store as it was.
source "$(dirname "$0")/../cli_lib.sh"
DB="$WORK/db"
"$NG" ingest --db "$DB" "$SRC/examples/corpus" >/dev/null 2>&1 || fail "ingest"
"$NG" stats --db "$DB" > "$WORK/before"
run "$NG" remove --db "$DB" nosuchdoc pixelbank-outage
expect_rc 3
expect_err "no document nosuchdoc in $DB"
expect_err "nothing removed"
expect_no_out "removed"
"$NG" stats --db "$DB" > "$WORK/after"
cmp -s "$WORK/before" "$WORK/after" || fail "a refused remove changed the store: $(diff "$WORK/before" "$WORK/after")"
run "$NG" remove --db "$DB" pixelbank-outage
expect_rc 0
expect_out "removed pixelbank-outage"
run "$NG" stats --db "$DB" --format tsv
[ "$(sed -n 2p "$WORK/out" | cut -f1)" = 4 ] || fail "expected 4 documents left: $(cat "$WORK/out")"
