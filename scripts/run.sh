#!/usr/bin/env bash
# Installs what is missing, builds Huellas CRM and starts it on the embedded SQLite database
# (an empty database is offered demo data). Extra arguments go to the program, e.g. --db FILE.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release -DHUELLAS_BUILD_TESTS=OFF >/dev/null
cmake --build build-release -j"$(nproc)"
exec build-release/src/huellas "$@"
