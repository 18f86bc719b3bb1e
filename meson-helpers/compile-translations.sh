#!/usr/bin/env bash
# Compiles po/<lang>.po for every language in po/LINGUAS into
#   <outdir>/<lang>/LC_MESSAGES/visitplanner.mo       (default outdir: .build/locale)
# and merges the translations into the desktop entry and the AppStream metainfo:
#   <datadir>/io.github.visitplanner.VisitPlanner.desktop      from resources/….desktop.in
#   <datadir>/io.github.visitplanner.VisitPlanner.metainfo.xml from resources/….metainfo.xml.in
# (default datadir: the folder "data" beside outdir, so .build/locale gives .build/data).
# msgfmt --xml knows the translatable elements from the AppStream ITS rules (package appstream).
# Only rebuilds a .mo older than its .po, and a merged file older than its template or a .po.
#   meson-helpers/compile-translations.sh [outdir [datadir]]
set -euo pipefail
cd "$(dirname "$0")/.."
outdir=${1:-.build/locale}
datadir=${2:-$(dirname "$outdir")/data}
app_id=io.github.visitplanner.VisitPlanner

langs=()
[[ -f po/LINGUAS ]] && read -r -a langs <<<"$(sed 's/#.*//' po/LINGUAS | tr '\n' ' ')"
for lang in "${langs[@]}"; do
    po=po/$lang.po
    mo=$outdir/$lang/LC_MESSAGES/visitplanner.mo
    [[ -f "$po" ]] || { echo "compile-translations: $po listed in po/LINGUAS is missing" >&2; exit 1; }
    if [[ ! -f "$mo" || "$po" -nt "$mo" ]]; then
        mkdir -p "$(dirname "$mo")"
        msgfmt --check -o "$mo" "$po"
    fi
done

# merge KIND TEMPLATE OUTPUT: msgfmt --desktop / --xml reads po/LINGUAS and po/<lang>.po itself.
merge() {
    local kind=$1 template=$2 out=$3 stale=false f
    [[ -f "$out" && "$out" -nt "$template" ]] || stale=true
    for f in po/LINGUAS po/*.po; do
        [[ -f "$f" && "$f" -nt "$out" ]] && stale=true
    done
    $stale || return 0
    mkdir -p "$(dirname "$out")"
    if ((${#langs[@]})); then
        msgfmt "--$kind" --template="$template" -d po -o "$out.tmp"
    else
        cp "$template" "$out.tmp"
    fi
    mv "$out.tmp" "$out"
}
merge desktop "resources/$app_id.desktop.in" "$datadir/$app_id.desktop"
merge xml "resources/$app_id.metainfo.xml.in" "$datadir/$app_id.metainfo.xml"
