#!/usr/bin/env bash
# The main job on the bundled sample corpus: install, build, ingest, ask who said what,
# and draw a diagram. Leaves demo.db/, out/halcyon.dot and out/halcyon.svg behind.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
ng=./build/tools/newsgraph
rm -rf demo.db && mkdir -p out
set -x
$ng ingest --db demo.db examples/corpus
$ng quotes --db demo.db --about Halcyon
$ng entity --db demo.db "Priya Natarajan"
$ng export dot --db demo.db --around Halcyon --depth 2 -o out/halcyon.dot
$ng export svg --db demo.db --around Halcyon --depth 2 -o out/halcyon.svg
