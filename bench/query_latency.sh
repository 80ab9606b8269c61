#!/usr/bin/env bash
# Query latency on a store of generated documents (issues 4 and 5): p50/p99 of
# `quotes --about X`, `entity X`, `path X Y` and `export dot --around X --depth 2`, in-process
# over entities drawn with a seed (bench/query_latency.cc), then as cold processes (hyperfine
# when installed, else a loop under /usr/bin/time) for the first --cold of those entities.
# Figures go to stdout as Markdown (what BENCHMARKS.md quotes); corpus, store and logs to --out.
#
#   bash bench/query_latency.sh [--docs 100000] [--seed 1] [--entities 200] [--cold 10]
#                               [--out DIR] [--db DIR]
#
#   --docs N       documents generated (newsgraph-gen, seed --seed) and ingested; default 100000
#   --entities N   entities drawn (weighted by mentions) for the in-process runs; default 200
#   --cold N       entities run as cold processes, each query once per entity; default 10
#   --out DIR      corpus, store and logs (default $TMPDIR/newsgraph-query-bench); a store
#                  already there is reused (ingest of 100,000 documents takes minutes)
#   --db DIR       an existing store to measure instead (nothing generated or ingested)
#   --build DIR    an existing build tree to use as configured (e.g. RelWithDebInfo) instead
#                  of configuring build/ as Release
# Needs: cmake, g++, GNU time (/usr/bin/time); hyperfine optional.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
docs=100000 seed=1 entities=200 cold=10
out="${TMPDIR:-/tmp}/newsgraph-query-bench"
db="" build=""
while [ $# -gt 0 ]; do
  case "$1" in
    --docs) docs="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --entities) entities="$2"; shift 2 ;;
    --cold) cold="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --db) db="$2"; shift 2 ;;
    --build) build="$2"; shift 2 ;;
    *) echo "query_latency.sh: unknown option $1 (see the comment at the top)" >&2; exit 2 ;;
  esac
done
mkdir -p "$out"
if [ -z "$build" ]; then
  build="$root/build"
  cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
cmake --build "$build" -j2 --target newsgraph newsgraph-gen newsgraph_query_latency >/dev/null
ng="$build/tools/newsgraph"

if [ -z "$db" ]; then
  db="$out/store-$docs-seed$seed"
  corpus="$out/gen-$docs-seed$seed.jsonl"
  if [ ! -f "$corpus" ]; then
    # About 1,020 bytes a generated article: 1.1 kB each is enough, then keep the first $docs.
    "$build/tools/newsgraph-gen" --size "$((docs * 11 / 10))KB" --seed "$seed" 2>/dev/null |
      head -n "$docs" > "$corpus.part"
    [ "$(wc -l < "$corpus.part")" = "$docs" ] || { echo "generated too few articles" >&2; exit 1; }
    mv "$corpus.part" "$corpus"
  fi
  if [ ! -f "$db/done" ]; then
    rm -rf "$db"
    /usr/bin/time -v "$ng" ingest --quiet --db "$db" "$corpus" 2> "$out/ingest.log"
    touch "$db/done"
  fi
fi

echo "## Query latency ($("$ng" stats --db "$db" --format csv | tr -d '\r' |
  awk -F, 'NR == 2 {print $1}') documents, seed $seed; load average $(cut -d' ' -f1-3 /proc/loadavg))"
echo
"$build/bench/newsgraph_query_latency" --db "$db" --entities "$entities" --seed "$seed" \
  --names "$out/names.txt" 2>/dev/null
echo

# Cold processes: one run per (query, entity) for the first $cold drawn entities.
mapfile -t names < <(head -n "$cold" "$out/names.txt")
commands=(
  "quotes --about X --limit 20|quotes --limit 20 --about"
  "entity X|entity"
  "path X Y|path"
  "export dot --around X --depth 2|export dot --depth 2 -o /dev/null --around"
)
echo "| query (cold process) | runs | p50 ms | max ms |"
echo "|---|---|---|---|"
for entry in "${commands[@]}"; do
  label="${entry%%|*}"
  read -r -a args <<< "${entry#*|}"
  : > "$out/cold.times"
  for i in "${!names[@]}"; do
    run=("$ng" "${args[@]}" "${names[$i]}" --db "$db")
    [ "$label" = "path X Y" ] && run+=("${names[$(( (i + 1) % ${#names[@]} ))]}")
    if command -v hyperfine >/dev/null; then
      hyperfine --runs 3 --warmup 1 --export-json "$out/h.json" "$(printf '%q ' "${run[@]}")" \
        >/dev/null 2>&1
      python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"][0]["median"])' \
        "$out/h.json" >> "$out/cold.times"
    else
      /usr/bin/time -f %e -a -o "$out/cold.times" "${run[@]}" >/dev/null 2>&1 || true
    fi
  done
  python3 -c '
import re, sys
t = sorted(float(x) * 1000 for x in open(sys.argv[1]) if re.fullmatch(r"[0-9.]+\s*", x))
print(f"| `{sys.argv[2]}` | {len(t)} | {t[len(t) // 2]:.0f} | {t[-1]:.0f} |")' \
    "$out/cold.times" "$label"
done
