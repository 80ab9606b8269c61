# A second writer gets a clear "locked" message while an ingest runs; a reader still works.
source "$(dirname "$0")/../cli_lib.sh"
for i in $(seq 1 400); do
  printf '{"id":"d%d","title":"T","text":"Ostrava Capital invested in Quillon Labs, said Ana Berg."}\n' "$i"
done > "$WORK/corpus.jsonl"
"$NG" ingest --db "$WORK/db" "$WORK/corpus.jsonl" >/dev/null || fail "first ingest"
# hold the write lock with a long-running ingest fed slowly from stdin
( for i in $(seq 1 30); do sleep 0.1; printf '{"id":"s%d","title":"T","text":"Pellan Bank sued Marrow Robotics."}\n' "$i"; done ) \
  | "$NG" ingest --db "$WORK/db" - >/dev/null 2>&1 &
writer=$!
sleep 1
run "$NG" ingest --db "$WORK/db" "$WORK/corpus.jsonl"
expect_rc 4
expect_err "locked"
run "$NG" stats --db "$WORK/db"
expect_rc 0
expect_out "documents"
wait "$writer" || fail "the first writer failed"
