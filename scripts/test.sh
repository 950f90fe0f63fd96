#!/usr/bin/env bash
# Runs every test: builds if needed, then CTest (unit, golden and the shared
# gold checks, which skip when ../shared is absent).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x build/dyad ]; then bash scripts/setup.sh >/dev/null; fi
cmake --build build -j"$(nproc)"
ctest --test-dir build --output-on-failure -j"$(nproc)"
