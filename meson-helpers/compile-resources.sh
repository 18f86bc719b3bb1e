#!/usr/bin/env bash
# Bundles the interface files and the style sheet into one GResource file (glib-compile-resources),
# so the app never reads loose .ui files: meson-helpers/compile-resources.sh [OUT]
# (default .build/visitplanner.gresource). The bundle's list is made from the folder, so a new
# .ui file needs no second list. Rebuilt only when a resource is newer than the bundle.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-.build/visitplanner.gresource}
prefix=/io/github/visitplanner/VisitPlanner
mkdir -p "$(dirname "$out")"
mapfile -t files < <(cd resources && { find ui -name '*.ui'; echo style.css; } | LC_ALL=C sort)
newer=$(find resources/ui resources/style.css -newer "$out" 2>/dev/null | head -n1 || true)
if [[ -f "$out" && -z "$newer" && "$out" -nt "$0" ]]; then
    # A removed file leaves the bundle older than its folder's listing: compare the names too.
    listed=$(gresource list "$out" 2>/dev/null | sed "s|^$prefix/||" | LC_ALL=C sort | tr '\n' ' ')
    [[ "$listed" == "$(printf '%s ' "${files[@]}")" ]] && exit 0
fi
manifest=$(mktemp --suffix=.gresource.xml)
trap 'rm -f "$manifest"' EXIT
{
    echo '<?xml version="1.0" encoding="UTF-8"?>'
    echo "<gresources><gresource prefix=\"$prefix\">"
    for file in "${files[@]}"; do
        case $file in
            *.ui) echo "<file preprocess=\"xml-stripblanks\">$file</file>" ;;
            *) echo "<file>$file</file>" ;;
        esac
    done
    echo '</gresource></gresources>'
} > "$manifest"
glib-compile-resources --sourcedir=resources --target="$out.partial" "$manifest"
mv "$out.partial" "$out"
echo "compile-resources: ${#files[@]} files into $out"
