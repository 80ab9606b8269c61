#!/usr/bin/env bash
# The benchmarks in one command: builds Release, runs the Google Benchmark micro-benchmarks,
# then whole-process timings of `extract` and `ingest` (/usr/bin/time: wall and CPU seconds,
# peak RSS) on the real corpora and on generated ones, store bytes on disk, query latencies,
# instructions per input byte (callgrind) and the ratio to compromise. Figures go to stdout as
# Markdown tables (what BENCHMARKS.md quotes); logs and stores go to --out.
#
#   bash bench/run.sh [--corpora DIR] [--out DIR] [--big] [--sizes "10MB 100MB"]
#                     [--no-micro] [--no-callgrind] [--no-compromise]
#
#   --corpora DIR   the real corpora (default: ../shared/corpora beside the clone; skipped if absent)
#   --out DIR       logs, generated corpora and stores (default: $TMPDIR/newsgraph-bench); reused
#   --sizes LIST    generated corpus sizes (default "10MB 100MB"); --big adds 1GB
#   --no-micro, --no-callgrind, --no-compromise   skip those parts (callgrind needs valgrind,
#                   compromise needs node and npm with network access)
# Needs: cmake, g++, libbenchmark-dev (scripts/setup.sh), python3, GNU time (/usr/bin/time).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
corpora="$root/../shared/corpora"
out="${TMPDIR:-/tmp}/newsgraph-bench"
sizes="10MB 100MB"
micro=1 callgrind=1 compromise=1
while [ $# -gt 0 ]; do
  case "$1" in
    --corpora) corpora="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --sizes) sizes="$2"; shift 2 ;;
    --big) sizes="$sizes 1GB"; shift ;;
    --no-micro) micro=0; shift ;;
    --no-callgrind) callgrind=0; shift ;;
    --no-compromise) compromise=0; shift ;;
    *) echo "run.sh: unknown option $1 (see the comment at the top)" >&2; exit 2 ;;
  esac
done
mkdir -p "$out"
build="$root/build"
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
targets="newsgraph newsgraph-gen"
[ $micro = 1 ] && targets="$targets bench"
make -C "$build" -j2 $targets >/dev/null
ng="$build/tools/newsgraph"
gen="$build/tools/newsgraph-gen"

echo "## Machine"
echo
echo "- CPU: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores; RAM $(free -g | awk '/^Mem/ {print $2}') GB"
echo "- $(uname -sr); $(g++ --version | head -1); commit $(git -C "$root" rev-parse --short HEAD)"
echo "- load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo

if [ $micro = 1 ]; then
  echo "## Micro-benchmarks (1 MB generated corpus, seed 1; CPU time)"
  echo
  echo '```'
  "$build/bench/newsgraph_bench" --benchmark_min_time=0.5 --benchmark_out="$out/micro.json" \
    --benchmark_out_format=json 2>/dev/null | grep -E '^(BM_|Benchmark|-)' || true
  echo '```'
  echo
fi

# Inputs: name and paths.
inputs=()
reuters="$corpora/reuters-tech-2006-2013"
[ -d "$reuters" ] && inputs+=("reuters|$reuters")
[ -d "$corpora/bbc-tech" ] && inputs+=("bbc|$corpora/bbc-tech $corpora/bbc-business")
for s in $sizes; do
  f="$out/gen-$s.jsonl"
  [ -f "$f" ] || "$gen" --size "$s" --seed 1 -o "$f" 2>/dev/null
  inputs+=("gen-$s|$f")
done

# timed LOG CMD...: runs CMD with stdout to LOG.out; prints "wall user sys maxrss_kb".
timed() {
  local log="$1"; shift
  /usr/bin/time -f "%e %U %S %M" -o "$log.time" "$@" >"$log.out" 2>"$log.err" || true
  cat "$log.time"
}

echo "## Whole process (/usr/bin/time; MB/s = input bytes / wall seconds; CPU = user + sys)"
echo
echo "(load reads the extract run's output; its MB and MB/s are those of the articles)"
echo
echo "| input | MB | docs | command | wall s | CPU s | MB/s | docs/s | peak RSS MB | store MB | triples | B/triple | k triples/s wall, CPU |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|"
for entry in "${inputs[@]}"; do
  name="${entry%%|*}"; paths="${entry#*|}"
  bytes=$(du -cb $paths | tail -1 | cut -f1)
  for run in "extract 1" "ingest 1" "ingest 2" "ingest --bulk 1" "ingest --bulk 2" "load 1"; do
    set -- $run
    cmd="$*"; jobs="${!#}"
    log="$out/$name-${cmd// /}"
    case "$1" in
      extract)
        t=$(timed "$log" "$ng" extract --jobs "$jobs" $paths)
        docs=$(wc -l < "$log.out") ;;
      ingest)
        rm -rf "$log.db"
        t=$(timed "$log" "$ng" "${@:1:$#-1}" --jobs "$jobs" --db "$log.db" $paths)
        docs=$(sed -n 's/^ingested \([0-9]*\) documents.*/\1/p' "$log.out") ;;
      load)
        rm -rf "$log.db"
        t=$(timed "$log" "$ng" load --db "$log.db" "$out/$name-extract1.out")
        docs=$(sed -n 's/^loaded \([0-9]*\) documents.*/\1/p' "$log.out")
        cmd="load" ;;
    esac
    [ "$1" = load ] || cmd="${cmd% *} --jobs $jobs"
    python3 - "$name" "$bytes" "$docs" "$cmd" $t "$log" <<'PY'
import os, re, sys
name, size, docs, cmd = sys.argv[1], int(sys.argv[2]), int(sys.argv[3] or 0), sys.argv[4]
wall, user, sys_s, rss = float(sys.argv[5]), float(sys.argv[6]), float(sys.argv[7]), int(sys.argv[8])
log = sys.argv[9]
store = triples = per = rate = "-"
if os.path.isdir(log + ".db"):
    b = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(log + ".db") for f in fs)
    m = re.search(r"(\d+) triples", open(log + ".out").read())
    store = f"{b / 1e6:.1f}"
    if m:
        triples = int(m.group(1))
        per = f"{b / max(triples, 1):.0f}"
        rate = f"{triples / 1e3 / max(wall, 1e-9):.0f}, {triples / 1e3 / max(user + sys_s, 1e-9):.0f}"
print(f"| {name} | {size / 1e6:.1f} | {docs} | {cmd} | {wall:.2f} | {user + sys_s:.2f} | "
      f"{size / 1e6 / max(wall, 1e-9):.2f} | {docs / max(wall, 1e-9):.0f} | {rss / 1024:.0f} | "
      f"{store} | {triples} | {per} | {rate} |")
PY
  done
done
echo

# Queries on the largest generated store: the most frequent headline organisation.
last="${inputs[${#inputs[@]}-1]}"
name="${last%%|*}"; db="$out/$name-ingest1.db"
about=$(python3 -c '
import collections, json, sys
c = collections.Counter(json.loads(l)["title"].split(" ")[0] for l in open(sys.argv[1]))
print(c.most_common(1)[0][0])' "${last#*|}")
echo "## Queries on the $name store (about \"$about\"; cold processes, 20 runs each)"
echo
echo "| command | p50 ms | p99 (max) ms |"
echo "|---|---|---|"
query() {
  local label="$1"; shift
  for i in $(seq 20); do
    /usr/bin/time -f %e -a -o "$out/q.times" "$@" >/dev/null 2>&1 || true
  done
  python3 -c '
import sys
t = sorted(float(x) * 1000 for x in open(sys.argv[1]))
print(f"| {sys.argv[2]} | {t[len(t) // 2]:.0f} | {t[-1]:.0f} |")' "$out/q.times" "$label"
  rm -f "$out/q.times"
}
query "quotes --about $about" "$ng" quotes --db "$db" --about "$about"
query "export dot --around $about --depth 2" "$ng" export dot --db "$db" --around "$about" --depth 2 -o "$out/q.dot"
echo

if [ $callgrind = 1 ] && command -v valgrind >/dev/null; then
  f="$out/gen-1MB.jsonl"
  [ -f "$f" ] || "$gen" --size 1MB --seed 1 -o "$f" 2>/dev/null
  valgrind --tool=callgrind --callgrind-out-file="$out/callgrind.out" "$ng" extract "$f" \
    >/dev/null 2>"$out/callgrind.err"
  ir=$(sed -n 's/.*Collected : \([0-9]*\)/\1/p' "$out/callgrind.err")
  echo "## Instructions (callgrind, extract of generated 1 MB, seed 1)"
  echo
  echo "$ir instructions for $(stat -c %s "$f") bytes: $((ir / $(stat -c %s "$f"))) instructions per input byte"
  echo "(profile: callgrind_annotate --inclusive=yes $out/callgrind.out)"
  echo
fi

if [ $compromise = 1 ]; then
  echo "## Side by side with compromise"
  echo
  echo '```'
  input=""
  [ -d "$reuters" ] && { head -n 1000 "$reuters"/*.jsonl > "$out/compromise-input.jsonl"; input="$out/compromise-input.jsonl"; }
  bash "$root/bench/compromise.sh" $input "$ng" || echo "compromise: not run (needs node, npm and the npm registry)"
  echo '```'
fi
