#!/usr/bin/env bash
# `make install`: installs the release build under $DESTDIR$PREFIX (PREFIX default /usr/local).
#   lib/visitplanner/visitplanner, lib/visitplanner/libPlannerCore.so   (the binary's RUNPATH has
#       $ORIGIN, so the two live in one folder), lib/visitplanner/plugins/<id>/ (each plugin's metadata and library)
#   bin/visitplanner                   a small wrapper that runs lib/visitplanner/visitplanner
#   share/visitplanner/visitplanner.gresource (the .ui files and style.css, compile-resources.sh)
#   share/applications/, share/metainfo/ (translated by compile-translations.sh into .build/data
#       from resources/*.desktop.in and *.metainfo.xml.in), share/icons/hicolor/, share/locale/<lang>/LC_MESSAGES/
# BUNDLE_SWIFT_RUNTIME=1 also copies the Swift runtime libraries from the toolchain into
# lib/visitplanner/, for machines without the toolchain (~100 MB; off by default).
# BIN_DIR installs the products of another build folder (e.g. .build/debug) instead of release.
#   meson-helpers/install.sh [--uninstall]
set -euo pipefail
cd "$(dirname "$0")/.."
prefix=${PREFIX:-/usr/local}
root=${DESTDIR:-}$prefix
app_id=io.github.visitplanner.VisitPlanner
libdir=$root/lib/visitplanner
datadir=$root/share/visitplanner

if [[ "${1:-}" == "--uninstall" ]]; then
    rm -f "$root/bin/visitplanner" \
          "$root/share/applications/$app_id.desktop" \
          "$root/share/metainfo/$app_id.metainfo.xml" \
          "$root/share/icons/hicolor/scalable/apps/$app_id.svg" \
          "$root/share/icons/hicolor/symbolic/apps/$app_id-symbolic.svg"
    rm -rf "$libdir" "$datadir"
    rm -f "$root"/share/locale/*/LC_MESSAGES/visitplanner.mo
    echo "uninstall: removed VisitPlanner from $root"
    exit 0
fi

bindir=${BIN_DIR:-$(swift build -c release --show-bin-path)}
for f in visitplanner libPlannerCore.so; do
    [[ -f "$bindir/$f" ]] || { echo "install: $bindir/$f is missing; run \`make release\` first" >&2; exit 1; }
done

install -d "$libdir" "$root/bin" "$datadir"
install -m 0755 "$bindir/visitplanner" "$libdir/visitplanner"
install -m 0644 "$bindir/libPlannerCore.so" "$libdir/libPlannerCore.so"

# Plugins: Sources/Plugins/<Folder>/<id>.plugin names its library (Module=X -> libX.so); each
# goes to plugins/<id>/ beside the binary, where PluginSearchPath looks ($libdir/visitplanner/plugins).
for metadata in Sources/Plugins/*/*.plugin; do
    id=$(basename "$metadata" .plugin)
    module=$(sed -n 's/^Module=//p' "$metadata" | head -n 1)
    [[ -f "$bindir/lib$module.so" ]] || { echo "install: $bindir/lib$module.so is missing" >&2; exit 1; }
    install -d -m 0755 "$libdir/plugins/$id"
    install -m 0644 "$bindir/lib$module.so" "$libdir/plugins/$id/lib$module.so"
    install -m 0644 "$metadata" "$libdir/plugins/$id/$id.plugin"
done

if [[ "${BUNDLE_SWIFT_RUNTIME:-0}" == 1 ]]; then
    swift_libs=$(dirname "$(dirname "$(readlink -f "$(command -v swift)")")")/lib/swift/linux
    ldd "$libdir/visitplanner" "$libdir/libPlannerCore.so" | awk -v d="$swift_libs/" 'index($3, d) == 1 { print $3 }' \
        | sort -u | while read -r lib; do install -m 0644 "$lib" "$libdir/"; done
fi

# A wrapper rather than a symlink: the app finds its data from argv[0], which is a bare name when
# it is started through PATH (e.g. from the .desktop file).
cat > "$root/bin/visitplanner" <<'SH'
#!/bin/sh
here=$(dirname "$(readlink -f "$0")")
exec "$here/../lib/visitplanner/visitplanner" "$@"
SH
chmod 0755 "$root/bin/visitplanner"

shopt -s nullglob
# The interface files and the style sheet travel as one GResource bundle, never as loose files.
meson-helpers/compile-resources.sh .build/visitplanner.gresource
install -m 0644 .build/visitplanner.gresource "$datadir/visitplanner.gresource"

# The .mo files go straight to share/locale; the desktop entry and the metainfo are merged with
# their translations into .build/data (only when missing or older than resources/*.in or a .po).
meson-helpers/compile-translations.sh "$root/share/locale" .build/data
install -D -m 0644 ".build/data/$app_id.desktop" "$root/share/applications/$app_id.desktop"
install -D -m 0644 ".build/data/$app_id.metainfo.xml" "$root/share/metainfo/$app_id.metainfo.xml"
(cd resources/icons && find hicolor -type f -name '*.svg') | while read -r icon; do
    install -D -m 0644 "resources/icons/$icon" "$root/share/icons/$icon"
done

# Refresh the desktop's caches for a real install (not when staging into a DESTDIR).
if [[ -z "${DESTDIR:-}" ]]; then
    command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t -f "$root/share/icons/hicolor" || true
    command -v update-desktop-database >/dev/null && update-desktop-database -q "$root/share/applications" || true
fi
echo "install: VisitPlanner installed under $root (run $root/bin/visitplanner)"
