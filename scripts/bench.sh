#!/usr/bin/env bash
# Builds the Release tools, makes a demo database of N owners (default 100,000; seed 1, as of
# 2026-11-24) and prints what each operation the desk and the manager wait for costs on it.
# Figures and the machine go into docs/PERFORMANCE.md.
set -euo pipefail
cd "$(dirname "$0")/.."
owners="${1:-100000}"
scripts/install-deps.sh
cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release -DHUELLAS_BUILD_TESTS=OFF >/dev/null
cmake --build build-release -j"$(nproc)" --target huellas-cli huellas-bench
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/bench.sqlite"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
timed() { local start end; start=$(date +%s.%N); "$@" >/dev/null; end=$(date +%s.%N); printf '%-58s %9.1f s\n' "$label" "$(echo "$end - $start" | bc)"; }
label="demo --owners $owners (one transaction)"; timed build-release/src/huellas-cli --db "$db" demo --owners "$owners" --seed 1 --today 2026-11-24
echo "database size: $(du -h "$db" | cut -f1)"
label="export owners to CSV (file)"; timed build-release/src/huellas-cli --db "$db" export owners --out "$work/owners.csv"
label="import that owners.csv into an empty database"; timed build-release/src/huellas-cli --db "$work/copy.sqlite" import "$work/owners.csv"
label="import it again (every row matched, nothing changes)"; timed build-release/src/huellas-cli --db "$work/copy.sqlite" import "$work/owners.csv"
label="backup (VACUUM INTO, checked)"; timed build-release/src/huellas-cli --db "$db" backup "$work/backup.sqlite"
build-release/bench/huellas-bench "$db"
