#!/usr/bin/env bash
# Installs what is missing, checks that the install list covers everything the build uses,
# builds with warnings as errors and coverage, runs every test (core, storage, command line,
# GUI offscreen, fault injection, translations), prints line coverage of the core library
# (src/core + src/storage, failing under 95 %) and the fault figures, fuzzes each libFuzzer
# target, and runs the whole suite again under ASan + UBSan with leak detection.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
build=build-tests
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DHUELLAS_WERROR=ON -DHUELLAS_COVERAGE=ON >/dev/null
# Every package the build, scripts and tests use must come from scripts/install-deps.sh: a
# package installed here by hand would pass CI and fail on a fresh machine.
scripts/check-deps.sh "$build"
# ...and the check must be able to fail: without libqt6opengl6-dev (which qt6-base-dev only
# recommends) it has to name the package, as a fresh machine's configure would.
if out=$(scripts/check-deps.sh "$build" --without libqt6opengl6-dev); then
    echo "check-deps passed without libqt6opengl6-dev in the install list: the check is broken"
    exit 1
elif ! grep -q '^  libqt6opengl6-dev  <-  .*Qt6OpenGLConfig.cmake' <<<"$out"; then
    echo "check-deps failed without libqt6opengl6-dev, but did not name it:"
    echo "$out"
    exit 1
fi
echo "check-deps: fails as it should when libqt6opengl6-dev is taken out of the list"
cmake --build "$build" -j"$(nproc)"
find "$build" -name '*.gcda' -delete
# ctest starts a throwaway PostgreSQL server for the PostgreSQL tests (tests/CMakeLists.txt) and
# stops it after them, but not when it is interrupted: stopping it here too, on any exit, leaves
# no server behind. Stopping one that is not running is fine.
trap 'scripts/pg-test-server.sh stop "$build/pg-test-server"' EXIT
export QT_QPA_PLATFORM=offscreen
# The fault tests write their figures here (docs/RELIABILITY.md); printed at the end.
export HUELLAS_FIGURES="$PWD/$build/reliability-figures.txt"
rm -f "$HUELLAS_FIGURES"
(cd "$build" && ctest --output-on-failure -j"$(nproc)")
echo
echo "Line coverage of the core library (src/core, src/storage):"
gcovr --root . --object-directory "$build" --filter 'src/core/' --filter 'src/storage/' \
      --exclude-unreachable-branches --print-summary --fail-under-line 95 -o "$build/coverage.txt"
sed -n '1,200p' "$build/coverage.txt" | grep -E '^(src/|TOTAL)' | awk '$4+0 < 100 || /TOTAL/'
echo
echo "Fault figures (docs/RELIABILITY.md):"
cat "$HUELLAS_FIGURES"

echo
echo "Fuzzing (docs/RELIABILITY.md):"
HUELLAS_FUZZ_SECONDS="${HUELLAS_FUZZ_SECONDS:-30}" scripts/fuzz.sh

echo
echo "The whole suite again under AddressSanitizer + UndefinedBehaviorSanitizer (leaks fail):"
HUELLAS_FIGURES= scripts/test-sanitizers.sh
