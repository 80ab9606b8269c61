# --max-nodes caps the whole-graph export too (no --around): the best connected vertices are
# kept and what was left out is said on stderr; without --max-nodes the whole graph goes out.
source "$(dirname "$0")/../cli_lib.sh"
DB="$WORK/db"
"$NG" ingest --db "$DB" "$SRC/examples/corpus" >/dev/null 2>&1 || fail "ingest"
"$NG" export graphml --db "$DB" -o "$WORK/all.graphml" 2>"$WORK/err" || fail "export graphml"
[ ! -s "$WORK/err" ] || fail "an uncut export warned: $(cat "$WORK/err")"
total=$(grep -c "<node " "$WORK/all.graphml")
[ "$total" -gt 5 ] || fail "expected more than 5 vertices in the whole graph, got $total"

for format in dot graphml; do
  run "$NG" export $format --db "$DB" --max-nodes 5
  expect_rc 0
  expect_err "warning: $((total - 5)) of $total vertices left out (--max-nodes 5); the best connected are kept"
done
[ "$(grep -c "<node " "$WORK/out")" -eq 5 ] || fail "graphml --max-nodes 5: $(grep -c "<node " "$WORK/out") nodes"
run "$NG" export dot --db "$DB" --max-nodes 5
[ "$(grep -cE '^ +n[0-9]+ \[' "$WORK/out")" -eq 5 ] \
  || fail "dot --max-nodes 5 wrote $(grep -cE '^ +n[0-9]+ \[' "$WORK/out") vertices: $(head -c 1500 "$WORK/out")"
run "$NG" export graphml --db "$DB" --max-nodes "$total"
expect_rc 0
[ ! -s "$WORK/err" ] || fail "a cap of every vertex warned: $(cat "$WORK/err")"

# A diagram (dot, svg, png) is capped at 150 vertices without --max-nodes, with or without
# --around: GraphViz takes minutes on thousands. Data exports stay whole. A store of more than
# 150 vertices from generated articles (newsgraph-gen beside newsgraph, seeded).
"$(dirname "$NG")/newsgraph-gen" --size 150KB --seed 3 > "$WORK/gen.jsonl" 2>/dev/null || fail "gen"
"$NG" ingest --db "$WORK/big" "$WORK/gen.jsonl" >/dev/null 2>&1 || fail "ingest generated"
"$NG" export graphml --db "$WORK/big" -o "$WORK/big.graphml" 2>"$WORK/err" || fail "graphml"
big=$(grep -c "<node " "$WORK/big.graphml")
[ "$big" -gt 150 ] || fail "expected more than 150 vertices, got $big"
[ ! -s "$WORK/err" ] || fail "a data export was cut: $(cat "$WORK/err")"
run "$NG" export dot --db "$WORK/big"
expect_rc 0
expect_err "warning: $((big - 150)) of $big vertices left out (--max-nodes 150)"
[ "$(grep -cE '^ +n[0-9]+ \[' "$WORK/out")" -eq 150 ] || fail "dot wrote more than 150 vertices"
