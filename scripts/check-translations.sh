#!/usr/bin/env bash
# Fails when translations/huellas_es.ts is stale (lupdate would change it) or has any string
# without a Spanish translation. scripts/update-translations.sh refreshes it.
set -euo pipefail
root="${1:-$(cd "$(dirname "$0")/.." && pwd)}"
lupdate=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$root/translations/huellas_es.ts" "$tmp/huellas_es.ts"
(cd "$root" && "$lupdate" -silent -locations none -no-obsolete -extensions cpp,h,ui $(ls -d src ui 2>/dev/null) -ts "$tmp/huellas_es.ts")
if ! diff -q "$root/translations/huellas_es.ts" "$tmp/huellas_es.ts" >/dev/null; then
    echo "translations/huellas_es.ts is stale: run scripts/update-translations.sh"
    diff "$root/translations/huellas_es.ts" "$tmp/huellas_es.ts" | head -40
    exit 1
fi
unfinished=$(grep -c 'type="unfinished"' "$root/translations/huellas_es.ts" || true)
if [ "$unfinished" -gt 0 ]; then
    echo "translations/huellas_es.ts has $unfinished untranslated strings:"
    grep -B3 'type="unfinished"' "$root/translations/huellas_es.ts" | grep '<source>' | head -40
    exit 1
fi
echo "translations/huellas_es.ts: complete and current"
