#!/usr/bin/env bash
# make bench: startup (first painted frame, VisitPlanner with the sample visit vs a bare GTK4
# window) and search-as-you-type over 10,000 generated participants, on the release build, under
# Xvfb; then interpreter assignment on 400 items x 240 interpreters (bench-interpreters.sh), and
# 1,000 personal booklets through the pdf-booklet plugin vs raw pango/cairo (bench-booklets.sh).
# Results go to the terminal and to bench-output/results.txt with the machine's description.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${BENCH_RUNS:-9}
out=bench-output
mkdir -p "$out"
bin=$(swift build -c release --show-bin-path)/visitplanner
[ -x "$bin" ] || { echo "bench: no release build at $bin (make bench builds it)" >&2; exit 1; }
gcc -O2 -o "$out/bare-window" meson-helpers/bench/bare-window.c $(pkg-config --cflags --libs gtk4)
rm -f "$out"/sample.sqlite3* "$out"/big.sqlite3*
"$bin" --database "$out/sample.sqlite3" demo >/dev/null
"$bin" --database "$out/big.sqlite3" demo --generated 10000 >/dev/null
{
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(. /etc/os-release; echo "$PRETTY_NAME"), $(swift --version 2>&1 | head -1)"
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ); renderer: cairo under Xvfb 1280x800"
  dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24" \
    /usr/bin/python3 meson-helpers/bench/measure.py "$bin" "$out/bare-window" "$out/sample.sqlite3" "$out/big.sqlite3" "$runs" 2>/dev/null
  bash meson-helpers/bench-interpreters.sh
  bash meson-helpers/bench-booklets.sh
} | tee "$out/results.txt"
