# --jobs N changes nothing but speed: extract prints the same bytes, ingest stores the same facts.
source "$(dirname "$0")/../cli_lib.sh"
# A corpus with more documents than the pipeline's window (4 x jobs), in several files.
mkdir -p "$WORK/in"
cp -r "$SRC/examples/corpus" "$WORK/in/a"
for i in $(seq 1 30); do
  printf '{"id":"j%d","title":"Quillon Labs hires","date":"2024-03-%02d","text":"Quillon Labs hired Ana Ruiz as chief executive, the company said on Monday. \\"We are growing fast,\\" said Ruiz. Pellan Bank sued Quillon Labs over unpaid fees of $%d million."}\n' \
    "$i" $((i % 28 + 1)) "$i" >> "$WORK/in/b.jsonl"
done

for fmt in jsonl json; do
  "$NG" extract --format $fmt "$WORK/in" > "$WORK/x1" || fail "extract -j 1"
  "$NG" extract --format $fmt --jobs 3 "$WORK/in" > "$WORK/x3" || fail "extract -j 3"
  cmp -s "$WORK/x1" "$WORK/x3" || fail "extract --format $fmt differs with --jobs 3"
done
[ "$(grep -c '"doc"' "$WORK/x1")" -eq 35 ] || fail "expected 35 documents extracted"

run "$NG" ingest --db "$WORK/db1" "$WORK/in"
expect_rc 0
cp "$WORK/out" "$WORK/summary1"
run "$NG" ingest --db "$WORK/db3" --jobs 3 "$WORK/in"
expect_rc 0
expect_out "ingested 35 documents (35 added, 0 replaced, 0 unchanged, 0 skipped)"
sed "s|$WORK/db1|DB|" "$WORK/summary1" > "$WORK/s1"
sed "s|$WORK/db3|DB|" "$WORK/out" > "$WORK/s3"
cmp -s "$WORK/s1" "$WORK/s3" || fail "ingest summaries differ: $(diff "$WORK/s1" "$WORK/s3")"
for db in db1 db3; do
  "$NG" export nt --db "$WORK/$db" -o "$WORK/$db.nt" || fail "export nt $db"
  "$NG" quotes --db "$WORK/$db" --format jsonl > "$WORK/$db.quotes" || fail "quotes $db"
done
cmp -s "$WORK/db1.nt" "$WORK/db3.nt" || fail "stores differ (export nt) with --jobs 3"
cmp -s "$WORK/db1.quotes" "$WORK/db3.quotes" || fail "stores differ (quotes) with --jobs 3"

# a bad line is still reported and skipped with --jobs
printf 'not json\n' >> "$WORK/in/b.jsonl"
run "$NG" extract --jobs 2 "$WORK/in"
expect_rc 1
expect_err "b.jsonl:31"

# --jobs is capped: far too many threads is a usage error (exit 2), not an abort and an empty store
run "$NG" extract --jobs 100000 "$WORK/in"
expect_rc 2
expect_err "--jobs: expected a whole number from 0 to 256, got \"100000\""
run "$NG" ingest --db "$WORK/many" --jobs 100000 "$WORK/in"
expect_rc 2
expect_err "--jobs: expected a whole number from 0 to 256, got \"100000\""
[ ! -e "$WORK/many" ] || fail "a refused --jobs created a store"
run "$NG" ingest --db "$WORK/db256" --jobs 256 "$WORK/in/a"
expect_rc 0
expect_out "ingested 5 documents (5 added, 0 replaced, 0 unchanged, 0 skipped)"
