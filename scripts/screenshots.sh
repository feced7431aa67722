#!/usr/bin/env bash
# Photographs every screen of the real window under Xvfb on demo data (2,000 owners, seed 1,
# as of 2026-11-24) into docs/screenshots/. Spanish by default; HUELLAS_LANG=en for English.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release -DHUELLAS_BUILD_TESTS=OFF >/dev/null
cmake --build build-release -j"$(nproc)" --target huellas-cli huellas-screenshots
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
build-release/src/huellas-cli --db "$work/demo.sqlite" demo --owners 2000 --seed 1 --today 2026-11-24 >/dev/null
build-release/src/huellas-cli --db "$work/demo.sqlite" refresh --today 2026-11-24 >/dev/null
# The issue's example segment and a lapsed-clients one, so the Segments screens have content.
build-release/src/huellas-cli --db "$work/demo.sqlite" segment save --slug perros-vip-lapsos \
    --name "Perros VIP o profesionales, 90–180 días sin visita, con WhatsApp" \
    --rules '{"species":["dog"],"tier":["vip","professional"],"days_since_visit_min":90,"days_since_visit_max":180,"whatsapp_opt_in":true}' >/dev/null
build-release/src/huellas-cli --db "$work/demo.sqlite" segment save --slug alto-riesgo-valiosos \
    --name "Alto riesgo y valiosos" \
    --rules '{"churn_risk":["high"],"any":[{"lifetime_value_min":5000},{"tier":["vip"]}]}' >/dev/null
mkdir -p docs/screenshots
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
xvfb-run -a -s "-screen 0 1366x800x24" build-release/tools/huellas-screenshots "$work/demo.sqlite" docs/screenshots
