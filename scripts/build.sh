#!/usr/bin/env bash
# Configures and builds newsgraph into ./build (Release with debug info). Uses all cores.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)"
