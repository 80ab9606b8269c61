#!/usr/bin/env bash
# Installs exactly what newsgraph needs to build, test and draw, from Debian 12's archive.
# clang and its sanitizer/libFuzzer runtimes are for the instrumented test stage (scripts/test.sh).
# Run as root (or with sudo). Safe to re-run.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends \
  ca-certificates g++ make cmake pkg-config \
  libboost-graph-dev librocksdb-dev libicu-dev libcli11-dev catch2 \
  nlohmann-json3-dev libfmt-dev libxxhash-dev \
  libgumbo-dev libxml2-dev zlib1g-dev libzstd-dev libarchive-dev \
  graphviz python3 python3-jsonschema raptor2-utils python3-networkx \
  clang libclang-rt-14-dev libbenchmark-dev >/dev/null
echo "setup: dependencies installed"
