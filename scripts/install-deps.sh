#!/usr/bin/env bash
# Installs the Debian 12 packages Huellas CRM builds and tests with; only what is missing.
# Works as root or as a user with sudo; safe to run again.
set -euo pipefail

# scripts/check-deps.sh (run by the test command) fails when the build, a script or a test
# uses a file whose Debian package is neither listed here nor pulled in by a hard Depends: of
# one that is. Recommends do not count: we install with --no-install-recommends, and Debian
# 12's qt6-base-dev only recommends libqt6opengl6-dev, which Qt6Charts needs. postgresql is
# the server the PostgreSQL tests start for themselves (scripts/pg-test-server.sh); on Debian
# 12 it is postgresql-15, whose contrib modules include the pg_trgm and unaccent the schema uses.
packages=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev libqt6sql6-sqlite libqt6sql6-psql libgl-dev
    postgresql
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libphonenumber-dev libsodium-dev libcsv-dev libxlsxwriter-dev libsqlite3-dev
    libegl-dev libglu1-mesa-dev
    clang libclang-rt-14-dev
    xvfb xauth gcovr imagemagick sqlite3 unzip bc mount
    file lintian appstream desktop-file-utils
)
if [ "${1:-}" = "--list" ]; then # the check reads the list from here: one source of truth
    printf '%s\n' "${packages[@]}"
    exit 0
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
echo "Installing: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
