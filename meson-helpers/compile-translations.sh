#!/usr/bin/env bash
# Compiles po/<lang>.po for every language in po/LINGUAS into
#   <outdir>/<lang>/LC_MESSAGES/visitplanner.mo       (default outdir: .build/locale)
# Only rebuilds a .mo that is older than its .po.
set -euo pipefail
cd "$(dirname "$0")/.."
outdir=${1:-.build/locale}
[[ -f po/LINGUAS ]] || exit 0
for lang in $(sed 's/#.*//' po/LINGUAS); do
    po=po/$lang.po
    mo=$outdir/$lang/LC_MESSAGES/visitplanner.mo
    [[ -f "$po" ]] || { echo "compile-translations: $po listed in po/LINGUAS is missing" >&2; exit 1; }
    if [[ ! -f "$mo" || "$po" -nt "$mo" ]]; then
        mkdir -p "$(dirname "$mo")"
        msgfmt --check -o "$mo" "$po"
    fi
done
