#!/usr/bin/env bash
# The whole test suite: install, build, run every test (Catch2 unit tests and CLI tests) via ctest.
# Then a second build with clang, AddressSanitizer + UndefinedBehaviorSanitizer and the libFuzzer
# targets (build-asan/): the same tests run instrumented, and each fuzzer runs for
# NEWSGRAPH_FUZZ_SECONDS (default 5) from its seeds in fuzz/corpus/. SANITIZE=0 skips that stage.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
ctest --test-dir build --output-on-failure -j2
[ "${SANITIZE:-1}" = 0 ] && exit 0

# -O1: sanitizer reports keep readable stacks; asserts stay on (no NDEBUG).
cmake -S . -B build-asan -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_CXX_FLAGS_RELEASE="-O1 -g1" -DNEWSGRAPH_FUZZ=ON \
  -DNEWSGRAPH_FUZZ_SECONDS="${NEWSGRAPH_FUZZ_SECONDS:-5}" >/dev/null
cmake --build build-asan -j"$(nproc)"
export ASAN_OPTIONS="abort_on_error=1:detect_leaks=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
ctest --test-dir build-asan --output-on-failure -j2
