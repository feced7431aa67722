#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors and coverage, runs every test
# (core, storage, command line, GUI offscreen, translations) and prints line coverage of
# the core library (src/core + src/storage), failing under 95 %.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
build=build-tests
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DHUELLAS_WERROR=ON -DHUELLAS_COVERAGE=ON >/dev/null
cmake --build "$build" -j"$(nproc)"
find "$build" -name '*.gcda' -delete
export QT_QPA_PLATFORM=offscreen
(cd "$build" && ctest --output-on-failure -j"$(nproc)")
echo
echo "Line coverage of the core library (src/core, src/storage):"
gcovr --root . --object-directory "$build" --filter 'src/core/' --filter 'src/storage/' \
      --exclude-unreachable-branches --print-summary --fail-under-line 95 -o "$build/coverage.txt"
sed -n '1,200p' "$build/coverage.txt" | grep -E '^(src/|TOTAL)' | awk '$4+0 < 100 || /TOTAL/'
