# Ingesting the same corpus twice leaves the store unchanged; a changed file replaces its facts.
source "$(dirname "$0")/../cli_lib.sh"
DB="$WORK/db"
cp -r "$SRC/examples/corpus" "$WORK/c"  # edited below
run "$NG" ingest --db "$DB" "$WORK/c"
expect_rc 0
expect_out "ingested 5 documents (5 added, 0 replaced, 0 unchanged, 0 skipped)"
"$NG" stats --db "$DB" > "$WORK/stats1" || fail "stats"

run "$NG" ingest --db "$DB" "$WORK/c"
expect_rc 0
expect_out "(0 added, 0 replaced, 5 unchanged, 0 skipped)"
"$NG" stats --db "$DB" > "$WORK/stats2"
cmp -s "$WORK/stats1" "$WORK/stats2" || fail "re-ingest changed the counts: $(diff "$WORK/stats1" "$WORK/stats2")"

# a changed article (the same file) replaces its own facts; removing it and re-adding the
# original restores the counts
printf '\n"A new quote about Pixelbank," said Helen Marsh.\n' >> "$WORK/c/pixelbank-outage.txt"
run "$NG" ingest --db "$DB" "$WORK/c/pixelbank-outage.txt"
expect_rc 0
expect_out "(0 added, 1 replaced, 0 unchanged, 0 skipped)"
run "$NG" remove --db "$DB" pixelbank-outage
expect_rc 0
cp "$SRC/examples/corpus/pixelbank-outage.txt" "$WORK/c/"
run "$NG" ingest --db "$DB" "$WORK/c"
expect_out "(1 added, 0 replaced, 4 unchanged, 0 skipped)"
"$NG" stats --db "$DB" > "$WORK/stats3"
cmp -s "$WORK/stats1" "$WORK/stats3" || fail "remove + re-add changed the counts: $(diff "$WORK/stats1" "$WORK/stats3")"

run "$NG" remove --db "$DB" no-such-doc
expect_rc 3

# counts agree with their nouns: one of a kind is singular
printf 'Tarnwell opens lab\n\n"We need engineers," said Oda Pellegrin, chief executive of Tarnwell Systems.\n' > "$WORK/one.txt"
run "$NG" ingest --db "$WORK/one" "$WORK/one.txt"
expect_rc 0
expect_out ": 1 document, "
expect_out ", 1 quote, 1 role, "
expect_no_out "1 roles"
