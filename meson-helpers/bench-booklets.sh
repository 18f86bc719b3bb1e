#!/usr/bin/env bash
# Personal booklets: 1,000 guests of a generated visit (households, confirmed placements and a
# programme: GeneratedVisit.installHosting) exported through the pdf-booklet plugin the way the
# app does it (PluginManager loads the plugin, ExportWorker runs the each-person batch in
# process), against the same pages drawn with plain pango/cairo calls. Release build; the
# plugins must be staged (make bench does both). BOOKLETS=n changes the count.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(swift build -c release --show-bin-path)
[ -x "$bin/BenchBooklets" ] || { echo "bench-booklets: no release build at $bin/BenchBooklets (make bench builds it)" >&2; exit 1; }
[ -e "$bin/plugins/pdf-booklet/pdf-booklet.plugin" ] || bash meson-helpers/stage-plugins.sh release
"$bin/BenchBooklets" "${BOOKLETS:-1000}"
