# Bulk loading: `load` of `extract --format jsonl` output and `ingest --bulk` give the store
# `ingest` gives (same query answers); a filled store is refused and left as it was; a line
# that is no extraction is reported by FILE:LINE and skipped, the others loaded.
source "$(dirname "$0")/../cli_lib.sh"
CORPUS="$SRC/examples/corpus"

"$NG" ingest -q --db "$WORK/put" "$CORPUS" >/dev/null || fail "ingest"
"$NG" extract "$CORPUS" > "$WORK/x.jsonl" || fail "extract"
run "$NG" load -q --db "$WORK/load" "$WORK/x.jsonl"
expect_rc 0
expect_out "loaded $(grep -c . "$WORK/x.jsonl") documents"
run "$NG" ingest --bulk -q --db "$WORK/bulk" "$CORPUS"
expect_rc 0
for db in load bulk; do
  for q in "stats" "quotes --about Halcyon --format jsonl" "top --by pagerank --format jsonl"; do
    "$NG" $q --db "$WORK/put" > "$WORK/a" 2>&1
    "$NG" $q --db "$WORK/$db" > "$WORK/b" 2>&1
    cmp -s "$WORK/a" "$WORK/b" ||
      fail "$db: '$q' differs from ingest: $(diff "$WORK/a" "$WORK/b" | head -5)"
  done
done

# a filled store: refused, exit 4, nothing changed
"$NG" stats --db "$WORK/put" > "$WORK/before"
run "$NG" load --db "$WORK/put" "$WORK/x.jsonl"
expect_rc 4
expect_err "not empty"
"$NG" stats --db "$WORK/put" > "$WORK/after"
cmp -s "$WORK/before" "$WORK/after" || fail "a refused load changed the store"

# a broken line among good ones: reported by file and line, the rest loaded, exit 1
{ head -n 1 "$WORK/x.jsonl"; echo '{"doc": "half'; tail -n +2 "$WORK/x.jsonl"; } > "$WORK/bad.jsonl"
run "$NG" load -q --db "$WORK/partial" "$WORK/bad.jsonl"
expect_rc 1
expect_err "$WORK/bad.jsonl:2: not an extraction"
expect_out "loaded $(grep -c . "$WORK/x.jsonl") documents"
echo "bulk_load: ok"
