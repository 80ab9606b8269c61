#!/usr/bin/env bash
# The whole test suite: install, build, run every test (Catch2 unit tests and CLI tests) via ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
ctest --test-dir build --output-on-failure -j2
