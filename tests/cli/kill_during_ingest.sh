# An ingest killed with SIGKILL at random moments (20 times) leaves a store that opens, and
# re-running the same ingest completes it with exactly the counts of one clean run.
source "$(dirname "$0")/../cli_lib.sh"
/usr/bin/python3 - "$WORK/corpus.jsonl" <<'PY'
import json, random, sys
rng = random.Random(7)
first = ["Ana", "Ben", "Chen", "Dara", "Emeka", "Farah", "Goran", "Hana", "Ivo", "Jun"]
last = ["Okoro", "Lind", "Park", "Silva", "Novak", "Haddad", "Ito", "Berg", "Rossi", "Mehta"]
orgs = ["Quillon Labs", "Tessarine Systems", "Marrow Robotics", "Ostrava Capital", "Pellan Bank"]
with open(sys.argv[1], "w") as out:
    for i in range(3000):
        p = f"{rng.choice(first)} {rng.choice(last)}"
        a, b = rng.sample(orgs, 2)
        text = (f"{a} has agreed to buy {b} for ${rng.randint(2, 90)} million, the companies said on Monday.\n\n"
                f"\"This deal gives {a} the scale it needs,\" said {p}, chief executive of {a}.\n\n"
                f"{b} competes with Microsoft in cloud software, according to analysts.")
        out.write(json.dumps({"id": f"doc-{i}", "title": f"{a} buys {b}", "date": "2025-05-01", "text": text}) + "\n")
PY
"$NG" ingest --db "$WORK/clean" "$WORK/corpus.jsonl" >/dev/null || fail "clean ingest"
"$NG" stats --db "$WORK/clean" > "$WORK/clean.stats"

DB="$WORK/killed"
for i in $(seq 1 20); do
  "$NG" ingest --db "$DB" "$WORK/corpus.jsonl" >/dev/null 2>&1 &
  pid=$!
  sleep "0.$(( (RANDOM % 9) + 1 ))"
  kill -9 "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  # Killed before RocksDB wrote CURRENT (a loaded machine): no store was created yet.
  [ -e "$DB/CURRENT" ] || continue
  "$NG" stats --db "$DB" > "$WORK/partial.stats" 2>"$WORK/err" || fail "store does not open after kill $i: $(cat "$WORK/err")"
done
run "$NG" ingest --db "$DB" "$WORK/corpus.jsonl"
expect_rc 0
"$NG" stats --db "$DB" > "$WORK/final.stats"
cmp -s "$WORK/clean.stats" "$WORK/final.stats" \
  || fail "after kills and a re-run the counts differ: $(diff "$WORK/clean.stats" "$WORK/final.stats")"
