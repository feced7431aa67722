#!/usr/bin/env bash
# Brings translations/huellas_es.ts up to date with the sources (the same lupdate call the
# check uses), so new strings appear as unfinished for a translator.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
"$lupdate" -locations none -no-obsolete -extensions cpp,h,ui $(ls -d src ui 2>/dev/null) -ts translations/huellas_es.ts
