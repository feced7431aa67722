#!/usr/bin/env bash
# Builds the whole test suite with AddressSanitizer and UndefinedBehaviorSanitizer in
# build-asan and runs every test there. A memory error, undefined behaviour or a leak in
# our code fails the run; tests/sanitizers/lsan.supp lists the only leaks allowed: one-time
# allocations inside third-party libraries we cannot fix.
set -euo pipefail
cd "$(dirname "$0")/.."
build=build-asan
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DHUELLAS_SANITIZE=ON \
      -DHUELLAS_WERROR=ON -DHUELLAS_BUILD_TOOLS=OFF >/dev/null
SECONDS=0
cmake --build "$build" -j"$(nproc)"
build_time=$SECONDS

# abort_on_error: a report ends the process with SIGABRT, so CTest counts the test failed
# even when every Qt Test function had passed before the leak check ran at exit.
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp"
export QT_QPA_PLATFORM=offscreen
# Sanitized huellas-cli runs ~3x slower: TestCrashSafety kills it 5 times per fault instead of
# 20 (scripts/test.sh keeps 20), enough to run every path under the sanitizers in CI's time.
export HUELLAS_CRASH_KILLS=5

# LeakSanitizer cannot run under ptrace (a debugger, strace, some sandboxes): it then dies
# with "LeakSanitizer has encountered a fatal error". Prove here that it runs and catches a
# leak, so a clean run below means "no leaks", not "leak detection was off".
canary="$build/lsan-canary"
compiler=$(sed -n 's/^CMAKE_CXX_COMPILER:[A-Z]*=//p' "$build/CMakeCache.txt")
printf '#include <cstdlib>\nint main() { void* volatile p = std::malloc(64); p = nullptr; }\n' |
    "$compiler" -x c++ -O0 -fsanitize=address,undefined -o "$canary" -
if canary_out=$("$canary" 2>&1); then
    echo "LeakSanitizer did not report a deliberate leak: leak detection is not working"
    exit 1
elif ! grep -q 'ERROR: LeakSanitizer: detected memory leaks' <<<"$canary_out"; then
    echo "LeakSanitizer failed instead of reporting a deliberate leak:"
    echo "$canary_out" | head -20
    grep -q 'TracerPid:.*[1-9]' /proc/self/status && echo "(this shell runs under ptrace)"
    exit 1
fi

# Its PostgreSQL tests' server, whatever ends this (as in scripts/test.sh).
trap 'scripts/pg-test-server.sh stop "$build/pg-test-server"' EXIT
SECONDS=0
status=0
rm -f "$build/Testing/Temporary/LastTestsFailed.log"
(cd "$build" && ctest --output-on-failure -j"$(nproc)") || status=$?
test_time=$SECONDS

# The sanitized executables are the tests named <folder>/Test*; translations/complete is a script.
executables=$(cd "$build" && ctest -N | grep -cE 'Test +#[0-9]+: [a-z]+/Test')
failed_log="$build/Testing/Temporary/LastTestsFailed.log"
failed=0
[ -f "$failed_log" ] && failed=$(grep -cE '^[0-9]+:[a-z]+/Test' "$failed_log" || true)
echo
echo "Build ${build_time} s, tests ${test_time} s; $executables test executables ran under ASan+UBSan."
echo "sanitizers: $((executables - failed)) passed, $failed failed"
exit "$status"
