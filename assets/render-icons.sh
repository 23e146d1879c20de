#!/bin/sh
# Renders the add-in icons from their SVG sources. Needs rsvg-convert (Debian: apt-get install -y librsvg2-bin).
# The 16 px icon has its own pixel-drawn source; the others are the full drawing scaled.
set -eu
cd "$(dirname "$0")"
rsvg-convert -w 16 -h 16 icon-16.svg -o icon-16.png
for size in 32 64 80; do
  rsvg-convert -w "$size" -h "$size" icon.svg -o "icon-$size.png"
done
