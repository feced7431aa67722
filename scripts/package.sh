#!/usr/bin/env bash
# Builds the Debian 12 package build-package/huellas-crm_VERSION-REVISION_ARCH.deb from this
# clone (Release, no tests, Debian's hardening flags), fails on any lintian error, then tries
# what it built: unpacks it into a scratch folder and runs the unpacked programs there.
# Installs what is missing first; safe to run again. Install the result with
#   sudo apt install ./build-package/huellas-crm_*.deb
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
umask 022
build=build-package

# Debian's hardening flags (fortify, stack protector, relro, bindnow), without -g: the
# package ships stripped programs.
export DEB_BUILD_MAINT_OPTIONS=hardening=+all
cxxflags="$(dpkg-buildflags --get CPPFLAGS) $(dpkg-buildflags --get CXXFLAGS | sed -E 's/(^| )-g( |$)/ /')"
ldflags=$(dpkg-buildflags --get LDFLAGS)
# The changelog is dated by the last commit, so one commit always gives the same package.
if epoch=$(git log -1 --format=%ct 2>/dev/null); then
    export SOURCE_DATE_EPOCH=$epoch
fi

echo "== Building (Release) in $build"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DHUELLAS_BUILD_TESTS=OFF \
      "-DCMAKE_CXX_FLAGS=$cxxflags" "-DCMAKE_EXE_LINKER_FLAGS=$ldflags" >/dev/null
cmake --build "$build" -j"$(nproc)"
rm -f "$build"/huellas-crm_*.deb
if ! (cd "$build" && cpack -G DEB >cpack.log 2>&1); then
    cat "$build/cpack.log"
    exit 1
fi
deb=$(ls "$build"/huellas-crm_*.deb)
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
echo "Built $deb"

results=()
failed=0
pass() { results+=("PASS  $1"); }
fail() { results+=("FAIL  $1"); failed=1; }
warn() { results+=("WARN  $1"); }
check() { # check DESCRIPTION COMMAND...: PASS when the command succeeds
    local what=$1
    shift
    if "$@"; then pass "$what"; else fail "$what"; fi
}

echo
echo "== lintian"
lintian_rc=0
lintian_out=$(lintian --fail-on error --display-info "$deb" 2>&1) || lintian_rc=$?
lintian_out=$(grep -v 'running with root privileges' <<<"$lintian_out" || true)
[ -n "$lintian_out" ] && echo "$lintian_out" || echo "(nothing to report)"
count() { grep -c "^$1:" <<<"$lintian_out" || true; }
tally="$(count E) errors, $(count W) warnings, $(count I) notes"
if [ "$lintian_rc" -eq 0 ]; then pass "lintian: $tally"; else fail "lintian: $tally"; fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
root=$scratch/root
dpkg-deb -x "$deb" "$root"
cli=$root/usr/bin/huellas-cli
gui=$root/usr/bin/huellas
app_id=mx.huellas.HuellasCRM
# The programs run with scratch settings and data folders, never the user's.
export XDG_CONFIG_HOME=$scratch/config XDG_DATA_HOME=$scratch/data XDG_CACHE_HOME=$scratch/cache
export XDG_RUNTIME_DIR=$scratch/runtime
mkdir -m 700 "$XDG_RUNTIME_DIR"
unset HUELLAS_LANG

echo
echo "== Package contents and control fields"
dpkg-deb -f "$deb" Package Version Section Depends Recommends
expected=(
    usr/bin/huellas usr/bin/huellas-cli
    usr/share/applications/$app_id.desktop usr/share/metainfo/$app_id.metainfo.xml
    usr/share/icons/hicolor/scalable/apps/$app_id.svg
    usr/share/man/man1/huellas.1.gz usr/share/man/man1/huellas-cli.1.gz
    usr/share/doc/huellas-crm/copyright usr/share/doc/huellas-crm/changelog.Debian.gz
)
for size in 16 32 48 64 128 256; do
    expected+=("usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
missing=()
for f in "${expected[@]}"; do [ -f "$root/$f" ] || missing+=("$f"); done
if [ ${#missing[@]} -eq 0 ]; then pass "contents: ${#expected[@]} expected files"; else fail "contents: missing ${missing[*]}"; fi
depends=$(dpkg-deb -f "$deb" Depends)
check "Depends from dpkg-shlibdeps plus Qt's SQLite driver" \
    grep -qE 'libqt6widgets6.*libqt6sql6-sqlite|libqt6sql6-sqlite.*libqt6widgets6' <<<"$depends"
check "Version field is the project version $version" \
    grep -q "^$version-" <<<"$(dpkg-deb -f "$deb" Version)"

echo
echo "== Unpacked huellas-cli"
out=$("$cli" --version 2>&1) || true
echo "$out"
check "huellas-cli --version prints $version" test "$out" = "huellas-cli $version"

db=$scratch/demo.sqlite
rc=0
HUELLAS_LANG=en "$cli" --db "$db" demo --owners 50 --seed 1 || rc=$?
check "demo --owners 50 --seed 1 (exit $rc)" test "$rc" -eq 0
rc=0
out=$(HUELLAS_LANG=en "$cli" --db "$db" export owners --out "$scratch/owners.csv" 2>&1) || rc=$?
echo "$out"
check "export owners --out: 50 rows (exit $rc)" grep -q '^50 owners written' <<<"$out"
header=$(head -1 "$scratch/owners.csv" | sed 's/^\xEF\xBB\xBF//')
echo "${header:0:100}..."
check "owners.csv starts with the external_id header" grep -q '^external_id,' <<<"$header"
"$cli" --db "$db" export owners >"$scratch/stdout.csv"
# The file starts with a UTF-8 BOM for Excel; standard output does not.
check "export to stdout is the same rows" cmp -s <(sed '1s/^\xEF\xBB\xBF//' "$scratch/owners.csv") "$scratch/stdout.csv"
out=$("$cli" --db "$db" segment count --rules '{}' 2>&1) || true
check "segment count --rules {} reads 50 owners back (got $out)" test "$out" = 50
rc=0
"$cli" --db "$db" check >/dev/null || rc=$?
check "check on the demo database (exit $rc)" test "$rc" -eq 0
rc=0
"$cli" --db "$db" backup "$scratch/backup.sqlite" >/dev/null || rc=$?
out=$("$cli" --db "$scratch/backup.sqlite" segment count --rules '{}' 2>&1) || true
check "backup FILE (exit $rc) holds the 50 owners (got $out)" test "$rc" -eq 0 -a "$out" = 50

english=$(HUELLAS_LANG=en "$cli" --help)
default=$("$cli" --help)
if [ "$english" != "$default" ]; then
    pass "Spanish is the default language (--help differs from HUELLAS_LANG=en)"
else
    warn "Spanish is the default language: --help is English (translations/huellas_es.ts untranslated?)"
fi
man=$(zcat "$root/usr/share/man/man1/huellas-cli.1.gz")
undocumented=()
for c in $(sed -n '/^Commands:/,/^$/p' <<<"$english" | grep -E '^  [a-z]' | awk '{print $1}' | sort -u); do
    grep -qE "(\\\\fB|^\.B[IR]? )$c" <<<"$man" || undocumented+=("$c")
done
for code in $(grep -oE '(: |, )[0-9]+ ' <<<"$(grep '^Exit codes' <<<"$english")" | tr -dc '0-9\n'); do
    grep -qx "\.B $code" <<<"$man" || undocumented+=("exit $code")
done
if [ ${#undocumented[@]} -eq 0 ]; then
    pass "huellas-cli(1) documents every command and exit code of --help"
else
    fail "huellas-cli(1) lacks: ${undocumented[*]}"
fi

echo
echo "== Unpacked huellas (offscreen)"
out=$(QT_QPA_PLATFORM=offscreen "$gui" --version 2>&1) || true
echo "$out"
check "huellas --version prints $version" grep -qx "huellas $version" <<<"$out"
# A window that is still running when timeout stops it (124) started fine.
rc=0
QT_QPA_PLATFORM=offscreen timeout 5 "$gui" --db "$db" >"$scratch/window.log" 2>&1 || rc=$?
check "window on the demo database still running after 5 s (exit $rc, 124 expected)" test "$rc" -eq 124
[ "$rc" -eq 124 ] || cat "$scratch/window.log"
# An empty database asks whether to add demo data: the question waits, which counts as running.
rc=0
QT_QPA_PLATFORM=offscreen timeout 5 "$gui" --db "$scratch/empty.sqlite" >"$scratch/window.log" 2>&1 || rc=$?
check "window on an empty database still running after 5 s (exit $rc, 124 expected)" test "$rc" -eq 124
[ "$rc" -eq 124 ] || cat "$scratch/window.log"

echo
echo "== Desktop entry and AppStream metainfo"
metainfo=$root/usr/share/metainfo/$app_id.metainfo.xml
check "appstreamcli validate --no-net" appstreamcli validate --no-net "$metainfo"
check "desktop-file-validate" desktop-file-validate "$root/usr/share/applications/$app_id.desktop"
newest=$(grep -oE '<release version="[^"]*"' "$metainfo" | head -1 | cut -d'"' -f2)
check "metainfo's newest release is $version (got $newest)" test "$newest" = "$version"

echo
echo "== Summary: $deb ($(dpkg-deb -f "$deb" Version), $(du -h "$deb" | cut -f1))"
printf '%s\n' "${results[@]}"
if [ "$failed" -ne 0 ]; then
    echo "Some checks FAILED."
    exit 1
fi
echo "All checks passed. Install with: sudo apt install ./$deb"
