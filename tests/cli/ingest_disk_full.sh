# Disk full during an ingest (writes fail with EFBIG under a file-size limit, no root needed):
# a clear error and exit 4; the store still opens; the documents of an earlier ingest are all
# there; re-running the interrupted ingest without the limit completes it.
source "$(dirname "$0")/../cli_lib.sh"
corpus() {  # corpus FILE PREFIX COUNT: COUNT articles written for this test
  for i in $(seq 1 "$3"); do
    printf '{"id":"%s-%d","title":"T","text":"\\"We will grow,\\" said Ana Berg, chief executive of Quillon Labs. Ostrava Capital invested in Quillon Labs, item %d of %s."}\n' \
      "$2" "$i" "$i" "$2"
  done > "$1"
}
corpus "$WORK/first.jsonl" first 50
corpus "$WORK/second.jsonl" second 3000

"$NG" ingest --db "$WORK/clean" "$WORK/first.jsonl" "$WORK/second.jsonl" >/dev/null || fail "clean ingest"
"$NG" stats --db "$WORK/clean" > "$WORK/clean.stats"

DB="$WORK/db"
"$NG" ingest --db "$DB" "$WORK/first.jsonl" >/dev/null || fail "first ingest"
"$NG" stats --db "$DB" > "$WORK/first.stats"
# at most 256 KiB a file: the write-ahead log outgrows it long before 3000 documents are in
( trap '' XFSZ; ulimit -f 256; exec "$NG" ingest --db "$DB" "$WORK/second.jsonl" ) >"$WORK/out" 2>"$WORK/err"
rc=$?
expect_rc 4
expect_err "File too large"
[ "$(grep -c . "$WORK/err")" -le 3 ] || fail "expected a short error, got: $(head -c 2000 "$WORK/err")"

run "$NG" stats --db "$DB"
expect_rc 0
run "$NG" quotes --db "$DB" --by "Ana Berg" --format jsonl
expect_rc 0
for i in $(seq 1 50); do grep -q "\"first-$i\"" "$WORK/out" || fail "document first-$i was lost"; done

run "$NG" ingest --db "$DB" "$WORK/second.jsonl"
expect_rc 0
"$NG" stats --db "$DB" > "$WORK/final.stats"
cmp -s "$WORK/clean.stats" "$WORK/final.stats" \
  || fail "after the disk-full run and a re-run the counts differ: $(diff "$WORK/clean.stats" "$WORK/final.stats")"
