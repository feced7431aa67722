#!/usr/bin/env bash
# Renders the committed PNG icons from the one SVG; run after editing the SVG
# (needs rsvg-convert from librsvg2-bin). The PNGs are committed so the build needs no tool.
set -euo pipefail
cd "$(dirname "$0")/hicolor"
svg=scalable/apps/mx.huellas.HuellasCRM.svg
for size in 16 32 48 64 128 256; do
    mkdir -p "${size}x${size}/apps"
    rsvg-convert -w "$size" -h "$size" "$svg" -o "${size}x${size}/apps/mx.huellas.HuellasCRM.png"
done
