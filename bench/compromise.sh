#!/usr/bin/env bash
# Side by side: the npm package compromise (people, organisations, places) and
# `newsgraph extract` on the same JSON-lines input; prints both throughputs and their ratio.
#
#   bash bench/compromise.sh [INPUT.jsonl] [NEWSGRAPH_BINARY]
#
# INPUT defaults to the first 1000 articles of ../shared/corpora/reuters-tech-2006-2013 when
# that corpus is beside the clone, else a generated 2 MB corpus. compromise is installed into a
# temporary folder (needs node and npm, and network access to the npm registry) and removed.
# Throughput counts the input file's bytes over each tool's wall time (process start to exit,
# both including start-up), so the ratio is the one a user sees.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
ng="${2:-$root/build/tools/newsgraph}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

input="${1:-}"
reuters="$root/../shared/corpora/reuters-tech-2006-2013/reuters_tech_5000.jsonl"
if [ -z "$input" ]; then
  input="$work/input.jsonl"
  if [ -f "$reuters" ]; then
    head -n 1000 "$reuters" > "$input"
  else
    "$(dirname "$ng")/newsgraph-gen" --size 2MB --seed 1 -o "$input" 2>/dev/null
  fi
fi
bytes=$(stat -c %s "$input")

npm install --silent --no-audit --no-fund --prefix "$work/npm" compromise >/dev/null
cp "$here/compromise_ner.js" "$work/npm/"

# Wall seconds of one command (stdout discarded), from /usr/bin/time.
wall() { /usr/bin/time -f %e -o "$work/time" "$@" >/dev/null 2>"$work/stderr"; cat "$work/time"; }

c_sec=$(wall node "$work/npm/compromise_ner.js" "$input")
n_sec=$(wall "$ng" extract --format jsonl "$input")
python3 - "$bytes" "$c_sec" "$n_sec" "$(node -p "require('$work/npm/node_modules/compromise/package.json').version")" <<'PY'
import sys
size, c, n, version = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
mb = size / 1e6
print(f"input: {mb:.2f} MB")
print(f"compromise {version}: {c:.2f} s, {mb / c:.3f} MB/s")
print(f"newsgraph extract: {n:.2f} s, {mb / n:.3f} MB/s")
print(f"ratio: newsgraph is {c / n:.0f}x compromise's throughput")
PY
