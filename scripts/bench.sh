#!/usr/bin/env bash
# One benchmark command: builds the Release tools, makes (or reuses, cached) demo data sets of
# the given sizes (default 100,000 owners; e.g. `scripts/bench.sh 100000 1000000`) as the six
# DOMAIN.md CSV files with `huellas-cli demo --csv`, imports them into an empty database, and
# prints what each operation the desk and the manager wait for costs on it (huellas-bench).
# Figures, method and machine go into docs/PERFORMANCE.md.
#
# Cache: $HUELLAS_BENCH_CACHE (default ~/.cache/huellas-bench)/<owners>/{csv,bench.sqlite}; delete
# a size's folder to measure its generation and import again. With two sizes or more, a last
# table shows how every figure grows from the smallest to the largest.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100000)
scripts/install-deps.sh
cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release -DHUELLAS_BUILD_TESTS=OFF >/dev/null
cmake --build build-release -j"$(nproc)" --target huellas-cli huellas-bench
cli="$PWD/build-release/src/huellas-cli"
export HUELLAS_LANG=en # the figures are read from the tools' English output
cache="${HUELLAS_BENCH_CACHE:-$HOME/.cache/huellas-bench}"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"

# Wall-clock seconds of a command (its output discarded; stderr as the caller redirects it).
seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null; end=$(date +%s.%N); echo "$end - $start" | bc; }
line() { printf '%-58s %s\n' "$1" "$2"; }

# Every figure of one size, printed and kept in $dir/figures.txt for the growth table.
measure_size() {
    local owners=$1 dir="$cache/$1"
    mkdir -p "$dir"
    echo
    echo "=== $owners owners ==="
    if [ ! -f "$dir/csv/owners.csv" ]; then
        rm -rf "$dir/csv" "$dir/bench.sqlite"* "$dir/imported" "$dir/making.txt"
        t=$(seconds "$cli" demo --owners "$owners" --seed 1 --today 2026-11-24 --csv "$dir/csv")
        line "demo --csv (six files, streamed)" "$(printf '%.1f s' "$t")" >"$dir/making.txt"
    fi
    if [ ! -f "$dir/imported" ]; then
        log="$dir/import.log"
        rm -f "$dir/bench.sqlite"*
        t=$(seconds env HUELLAS_FIGURES=1 "$cli" --db "$dir/bench.sqlite" import "$dir"/csv/*.csv 2>"$log")
        rows=$(sed -n 's/.*\.csv: \([0-9,]*\) rows$/\1/p' "$log" | tr -d ',' | paste -sd+ | bc)
        {
            line "import of the six files ($rows rows, one transaction)" "$(printf '%.1f s, %.0f rows/s' "$t" "$(echo "$rows / $t" | bc -l)")"
            line "import peak memory" "$(grep -o '[0-9]* MB (SQLite.*' "$log" || echo '?')"
        } >>"$dir/making.txt"
        touch "$dir/imported" # only a finished import is reused
    fi
    # The data set's making is measured once, when it is made; its figures are kept with it.
    cat "$dir/making.txt" 2>/dev/null || true
    echo "CSV files: $(du -sh "$dir/csv" | cut -f1); database: $(du -h "$dir/bench.sqlite" | cut -f1)"
    # Both benchmarks move the metrics' date and refresh: they work on a copy, the cache stays
    # clean. A stale -wal beside a fresh copy would be replayed into it, so it goes first.
    rm -f "$dir/run.sqlite"*
    cp "$dir/bench.sqlite" "$dir/run.sqlite"
    QT_QPA_PLATFORM=offscreen build-release/bench/huellas-bench --window "$dir/run.sqlite" 2>/dev/null
    rm -f "$dir/run.sqlite"*
    cp "$dir/bench.sqlite" "$dir/run.sqlite"
    build-release/bench/huellas-bench "$dir/run.sqlite"
    rm -f "$dir/run.sqlite"*
    # Last, as the integrity check: a backup reads and checks every page.
    work=$(mktemp -d)
    t=$(seconds "$cli" --db "$dir/bench.sqlite" export owners --out "$work/owners.csv")
    line "export owners to CSV (file)" "$(printf '%.1f s' "$t")"
    t=$(seconds "$cli" --db "$dir/bench.sqlite" backup "$work/backup.sqlite")
    line "backup (VACUUM INTO, checked)" "$(printf '%.1f s' "$t")"
    rm -rf "$work"
}

for owners in "${sizes[@]}"; do
    mkdir -p "$cache/$owners"
    measure_size "$owners" | tee "$cache/$owners/figures.txt.new"
    mv "$cache/$owners/figures.txt.new" "$cache/$owners/figures.txt"
done

# How each figure grows from the smallest size to the largest: the first number after each
# figure's name (a time, rows/s or MB), side by side, and their ratio.
if [ ${#sizes[@]} -gt 1 ]; then
    small="${sizes[0]}" large="${sizes[${#sizes[@]}-1]}"
    echo
    echo "=== growth from $small to $large owners (first figure of each line) ==="
    awk -v small="$small" -v large="$large" '
        function figure(text,   rest) {
            rest = substr(text, 59)
            if (match(rest, /[0-9]+(\.[0-9]+)?/)) return substr(rest, RSTART, RLENGTH)
            return ""
        }
        FNR == 1 { file++ }
        length($0) > 58 {
            # "page at row 50000" and "count in (137 rows)" name the same figure at both sizes.
            name = substr($0, 1, 58); value = figure($0)
            gsub(/row [0-9]+/, "row N", name); gsub(/\([0-9]+ rows\)/, "", name); gsub(/ +$/, "", name)
            if (value == "") next
            if (file == 1) { a[name] = value; order[++n] = name } else b[name] = value
        }
        END {
            printf "%-58s %12s %12s %8s\n", "", small, large, "×"
            for (i = 1; i <= n; i++) {
                name = order[i]
                if (!(name in b)) continue
                ratio = a[name] > 0 ? sprintf("%.1f", b[name] / a[name]) : "-"
                printf "%-58s %12s %12s %8s\n", name, a[name], b[name], ratio
            }
        }' "$cache/$small/figures.txt" "$cache/$large/figures.txt"
fi
