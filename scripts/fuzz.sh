#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz) with clang, AddressSanitizer and UBSan in
# build-fuzz and runs each for HUELLAS_FUZZ_SECONDS (default 60) on a copy of its seed corpus,
# so the repository is never modified. Prints one line per target and fails when any target
# crashed, naming the file that reproduces it (run the target with that file to replay it;
# keep it in tests/fuzz/regressions/ once the bug is fixed).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${HUELLAS_FUZZ_SECONDS:-60}"
build=build-fuzz
scripts/install-deps.sh
# No HUELLAS_WERROR: clang warns about Qt code where gcc does not, and the point is to fuzz.
cmake -S . -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DHUELLAS_FUZZ=ON \
      -DHUELLAS_BUILD_TESTS=OFF -DHUELLAS_BUILD_TOOLS=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      >/dev/null
# Only the fuzz targets: src/ always adds the GUI, which they do not need.
cmake --build "$build" -j2 --target fuzz_csv_import fuzz_segment_rules fuzz_phone

# The import target writes its input file and rolls back a transaction on every run: on tmpfs
# that is about twice as many runs. The targets' databases live in TMPDIR too.
[ -z "${TMPDIR:-}" ] && [ -d /dev/shm ] && [ -w /dev/shm ] && export TMPDIR=/dev/shm
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
artifacts="$PWD/$build/fuzz-artifacts" # outside $work: a crash file must outlive this script
mkdir -p "$artifacts"

# UBSan reports become crashes libFuzzer keeps; the stack trace says where.
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export QT_QPA_PLATFORM=offscreen

failed=0
summary=()
fuzz() { # target corpus-folder [libFuzzer options...]
    local target=$1 corpus=$2
    shift 2
    local seeds="$work/$target" log="$work/$target.log" status=0
    mkdir -p "$seeds"
    cp -R "tests/fuzz/corpus/$corpus/." "$seeds/"
    local before
    before=$(find "$seeds" -type f | wc -l)
    echo "== $target: ${seconds}s on $before seed inputs"
    # Inputs that once crashed are read as a second corpus: replayed first, never written to.
    local regressions=()
    [ -d "tests/fuzz/regressions/$corpus" ] && regressions=("tests/fuzz/regressions/$corpus")
    "$build/tests/fuzz/$target" -max_total_time="$seconds" -print_final_stats=1 -timeout=30 \
        -artifact_prefix="$artifacts/$target-" "$@" "$seeds" "${regressions[@]}" >"$log" 2>&1 ||
        status=$?
    local execs added crashes count
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    added=$(sed -n 's/^stat::new_units_added: *//p' "$log" | tail -1)
    # libFuzzer names what it keeps crash-, leak-, timeout-, oom- or slow-unit-<sha1>; a slow
    # unit is only a note.
    mapfile -t crashes < <(sed -n 's/^artifact_prefix=.*; Test unit written to //p' "$log" |
                           grep -v -- '-slow-unit-')
    count=${#crashes[@]}
    if [ "$status" -ne 0 ]; then
        failed=1
        tail -60 "$log"
        if [ "$count" -eq 0 ]; then
            echo "$target exited with status $status and wrote no crash file"
            count=1
        fi
        for c in "${crashes[@]}"; do echo "crash file: $c"; done
    fi
    # Corpus: the files kept at the end (seeds included); added counts reductions too.
    summary+=("$(printf '%-20s %4ss  %10s executions  corpus %5s files (%s added)  %d crashes' \
        "$target" "$seconds" "${execs:-?}" "$(find "$seeds" -type f | wc -l)" "${added:-?}" \
        "$count")")
}

fuzz fuzz_csv_import csv -dict=tests/fuzz/csv.dict
fuzz fuzz_segment_rules rules -dict=tests/fuzz/rules.dict
fuzz fuzz_phone phone

echo
printf '%s\n' "${summary[@]}"
exit "$failed"
