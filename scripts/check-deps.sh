#!/usr/bin/env bash
# Proves that a fresh Debian 12 machine gets every package this project uses from
# scripts/install-deps.sh. Run after configuring: takes each file the build and the scripts
# use — every CMake package configuration of CMakeCache.txt (X_DIR → XConfig.cmake), every
# file found by find_library/find_program and every header found by the project's find_path,
# every program the scripts and tests call — finds the Debian package that owns it
# (dpkg -S), and fails with the list of those that are neither in the install list nor in
# the hard-dependency closure of it (Depends and Pre-Depends, never Recommends: we install
# with --no-install-recommends). Packages every Debian system has (Essential: yes, and apt)
# count as present.
#
#   scripts/check-deps.sh BUILD_DIR [--verbose] [--without PACKAGE]...
#
# --without drops packages from the install list first: the test command uses it to show
# that the check fails when a needed package is taken out.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:?usage: check-deps.sh BUILD_DIR [--without PACKAGE]...}
shift
cache=$build/CMakeCache.txt
[ -f "$cache" ] || { echo "check-deps: $cache not found (configure first)"; exit 2; }
without=()
verbose=0
while [ $# -gt 0 ]; do
    case $1 in
    --without) without+=("$2"); shift 2 ;;
    --verbose) verbose=1; shift ;;
    *) echo "check-deps: unknown argument $1"; exit 2 ;;
    esac
done

listed=$("$root/scripts/install-deps.sh" --list)
for p in "${without[@]}"; do listed=$(grep -vx "$p" <<<"$listed" || true); done
baseline=$(dpkg-query -W -f='${Package} ${Essential}\n' | awk '$2 == "yes" {print $1}')

# The packages a fresh machine ends up with: the listed ones, the baseline, and everything
# they hard-depend on (virtual packages appear as <name>).
# shellcheck disable=SC2086
closure=$(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts \
              --no-breaks --no-replaces --no-enhances $listed $baseline apt 2>/dev/null |
          grep -v '^ ' | tr -d '<>' | sed 's/:.*//' | sort -u)

# "FILE<TAB>what uses it", one a line; and what is wrong, one a line.
used=()
use() { used+=("$1"$'\t'"$2"); }
problems=()

while IFS= read -r line; do # CMake package configurations
    name=${line%%_DIR:PATH=*}
    dir=${line#*_DIR:PATH=}
    case $dir in *-NOTFOUND | "") continue ;; esac
    lower=$(tr '[:upper:]' '[:lower:]' <<<"$name")
    for config in "$dir/${name}Config.cmake" "$dir/$lower-config.cmake"; do
        [ -f "$config" ] && { use "$config" "CMake package $name"; break; }
    done
done < <(grep -E '^[A-Za-z0-9_]+_DIR:PATH=' "$cache")

while IFS= read -r line; do # find_library, find_program and the compilers
    value=${line#*:FILEPATH=}
    [ -e "$value" ] && use "$value" "CMake ${line%%:FILEPATH=*}"
done < <(grep -E '^[A-Za-z0-9_]+:FILEPATH=/' "$cache")

# The project's find_path(VAR header): the header itself, not the folder it is in.
while read -r var header; do
    dir=$(sed -n "s/^$var:PATH=//p" "$cache")
    [ -f "$dir/$header" ] && use "$dir/$header" "CMake find_path $var"
done < <(grep -rhoE --include=CMakeLists.txt --include='*.cmake' \
             'find_path\(\s*[A-Za-z0-9_]+\s+[A-Za-z0-9_./+-]+' "$root/src" "$root/tests" \
             "$root/tools" "$root/bench" "$root/packaging" "$root/CMakeLists.txt" 2>/dev/null |
         sed -E 's/find_path\(\s*//')

# Programs the scripts call: every word of their code (comments left out) that names a
# program on PATH. It over-counts (a word in a message may name a program), which errs on
# the safe side: such a word can only add a package to check, never hide one.
scripts=("$root"/scripts/*.sh "$root"/.ci/run)
while IFS= read -r -d '' f; do scripts+=("$f"); done < <(find "$root/tests" "$root/tools" \
    "$root/bench" "$root/packaging" -name '*.sh' -print0 2>/dev/null)
for word in $(sed -E -e 's/^\s*#.*//' -e 's/\s#\s.*//' "${scripts[@]}" |
                  grep -oE '(^|[^$A-Za-z0-9_./{-])[A-Za-z][A-Za-z0-9_.+-]*' |
                  sed -E 's/^[^A-Za-z]//' | sort -u); do
    [ "$(type -t "$word" 2>/dev/null)" = file ] || continue
    use "$(command -v "$word")" "program $word (scripts)"
done
# Programs named by absolute path in the scripts, the tests and the tools (QProcess, …).
for path in $(grep -rhoE '/usr/(s?bin|lib/[A-Za-z0-9_.+-]+/bin|lib/postgresql/[0-9]+/bin)/[A-Za-z0-9_.+-]+' \
                  "${scripts[@]}" "$root/tests" "$root/tools" "$root/bench" 2>/dev/null | sort -u); do
    [ -f "$path" ] && [ -x "$path" ] && use "$path" "program $path (named in the sources)"
done

# The PostgreSQL server's programs (initdb, pg_ctl, pg_basebackup, …): Debian keeps them off
# PATH, in /usr/lib/postgresql/N/bin, and scripts/pg-test-server.sh runs them from the newest
# such folder, so the words above miss them. Every program there that the scripts, the tests,
# the tools or the sources name as a word counts (comments too: erring on the safe side).
pg_bin=$(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
if [ -d "$pg_bin" ]; then
    for program in "$pg_bin"/*; do
        name=${program##*/}
        grep -rqwF --include='*.sh' --include='*.cpp' --include='*.h' --include=CMakeLists.txt \
            -- "$name" "$root/scripts" "$root/tests" "$root/tools" "$root/bench" "$root/src" \
            2>/dev/null && use "$program" "PostgreSQL program $name (named in the sources)"
    done
fi

# The Qt SQL drivers the sources ask for by name (addDatabase("QPSQL")): plugins that no CMake
# variable names. Qt's CMake package says where each one's file is.
sql_dir=$(sed -n 's/^Qt6Sql_DIR:PATH=//p' "$cache")
qt_prefix=$(cd "$sql_dir/../../../.." 2>/dev/null && pwd || true) # where Qt's CMake files say
for driver in $(grep -rhoE --include='*.cpp' --include='*.h' '"Q(SQLITE|PSQL|MYSQL|ODBC|IBASE)"' \
                    "$root/src" "$root/tests" "$root/tools" "$root/bench" 2>/dev/null |
                    tr -d '"' | sort -u); do
    targets=$(find "$sql_dir" -maxdepth 1 -iname "Qt6${driver}DriverPluginTargets-*.cmake" \
                  2>/dev/null | head -n 1)
    # "${_IMPORT_PREFIX}/lib/…/sqldrivers/libqsqlpsql.so", the prefix four folders up from them.
    plugin=$(sed -nE 's/.*IMPORTED_LOCATION[A-Z_]* "\$\{_IMPORT_PREFIX\}([^"]+)".*/\1/p' \
                 "${targets:-/dev/null}" | head -n 1)
    if [ -z "$plugin" ]; then
        problems+=("Qt SQL driver $driver: no plugin for it in Qt's CMake package ($sql_dir)")
    elif [ ! -f "$qt_prefix$plugin" ]; then
        problems+=("Qt SQL driver $driver: its plugin $qt_prefix$plugin is not installed")
    else
        use "$qt_prefix$plugin" "Qt SQL driver $driver (named in the sources)"
    fi
done

# Which package owns each file, in one pass over dpkg's file lists. With merged /usr, dpkg
# may know a file under /lib or /bin, and a symlink (alternatives) under its target: each
# file is looked up under all of those names.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
printf '%s\n' "${used[@]}" | sort -u >"$scratch/used"
while IFS=$'\t' read -r file _; do
    real=$(readlink -f "$file")
    for name in "$file" "$real"; do
        printf '%s\t%s\n' "$name" "$file" "${name#/usr}" "$file" "/usr$name" "$file"
    done
done <"$scratch/used" | sort -u >"$scratch/names"
cut -f1 "$scratch/names" | sort -u >"$scratch/lookup"
grep -HFx -f "$scratch/lookup" /var/lib/dpkg/info/*.list |
    sed -E 's|^/var/lib/dpkg/info/([^:]+)(:[a-z0-9]+)?\.list:|\1\t|' >"$scratch/owned" || true

declare -A package_of # file → package
while IFS=$'\t' read -r file pkg; do package_of[$file]=$pkg; done < <(
    awk -F'\t' 'NR == FNR { if (!($2 in owner)) owner[$2] = $1; next }
                ($1 in owner) && !($2 in done) { print $2 "\t" owner[$1]; done[$2] = 1 }' \
        "$scratch/owned" "$scratch/names")

while IFS=$'\t' read -r file why; do
    pkg=${package_of[$file]:-}
    [ "$verbose" = 1 ] && printf '%-28s %s (%s)\n' "${pkg:-?}" "$file" "$why"
    if [ -z "$pkg" ]; then
        problems+=("$file ($why): no Debian package owns it — installed by hand?")
    elif ! grep -qx "$pkg" <<<"$closure"; then
        problems+=("$pkg  <-  $file ($why)")
    fi
done <"$scratch/used"

files=$(cut -f1 "$scratch/used" | sort -u | wc -l)
if [ ${#problems[@]} -gt 0 ]; then
    echo "check-deps: FAILED — a fresh Debian 12 machine would not get these packages:"
    printf '  %s\n' "${problems[@]}" | sort
    echo "Add each package to scripts/install-deps.sh (or to a hard Depends: of one listed there)."
    exit 1
fi
echo "check-deps: the $files files the build, scripts and tests use all come from" \
     "scripts/install-deps.sh or its hard dependencies"
