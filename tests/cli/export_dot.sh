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

# Rendered images through GraphViz: a valid SVG with the speaker, a PNG by its signature.
run "$NG" export svg --db "$DB" --around Halcyon --depth 2 -o "$WORK/h.svg"
expect_rc 0
head -c 200 "$WORK/h.svg" | grep -q "<svg\|<?xml" || fail "export svg wrote no SVG"
grep -qF "Priya Natarajan" "$WORK/h.svg" || fail "speaker missing from the SVG"
run "$NG" export png --db "$DB" -o "$WORK/all.png"
expect_rc 0
[ "$(head -c 4 "$WORK/all.png" | tail -c 3)" = "PNG" ] || fail "export png wrote no PNG"

# Without GraphViz on PATH: a clear message and exit 5, no crash.
PATH=/nonexistent run "$NG" export svg --db "$DB" -o "$WORK/none.svg"
expect_rc 5
grep -q "GraphViz .dot. not found" "$WORK/err" || fail "missing dot not explained: $(cat "$WORK/err")"
