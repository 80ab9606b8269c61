# export dot renders with GraphViz, whole or around an entity.
source "$(dirname "$0")/../cli_lib.sh"
DB="$WORK/db"
"$NG" ingest --db "$DB" "$SRC/examples/corpus" >/dev/null || fail "ingest"

run "$NG" export dot --db "$DB" --around Halcyon --depth 2 -o "$WORK/h.dot"
expect_rc 0
dot -Tcanon "$WORK/h.dot" > /dev/null || fail "dot rejects the neighbourhood export"
grep -qF "Priya Natarajan" "$WORK/h.dot" || fail "speaker missing from the diagram"

run "$NG" export dot --db "$DB"
expect_rc 0
dot -Tsvg "$WORK/out" > "$WORK/all.svg" || fail "dot rejects the whole-graph export"

run "$NG" export dot --db "$DB" --around "Nobody Here"
expect_rc 3
