#!/usr/bin/env bash
# Scores extraction on the dev set in ../shared/eval (not part of the test suite: a user's
# clone has no ../shared). Usage: scripts/eval.sh [GOLD_DIR] [--per-doc]
# GOLD_DIR defaults to ../shared/eval/dev; tests/eval/tune and tests/eval/sealed are ours.
set -euo pipefail
cd "$(dirname "$0")/.."
dir="${1:-../shared/eval/dev}"
shift || true
out="$(mktemp)"
./build/tools/newsgraph extract "$dir" --format jsonl > "$out"
python3 "${NEWSGRAPH_SCORER:-../shared/eval/score.py}" "$dir" "$out" "$@"
rm -f "$out"
