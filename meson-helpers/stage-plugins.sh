#!/usr/bin/env bash
# Puts the built plugins where the app finds them in the build tree: plugins/<id>/ beside the
# executable, holding <id>.plugin and a link to lib<Module>.so (SwiftPM builds every library
# product into the one bin folder and has no step for this).
#   meson-helpers/stage-plugins.sh [debug|release]     (default debug)
set -euo pipefail
cd "$(dirname "$0")/.."
config=${1:-debug}
bin=.build/$config
[[ -d $bin ]] || { echo "stage-plugins: $bin does not exist; build first" >&2; exit 1; }
umask 022
rm -rf "$bin/plugins"
mkdir -m 755 -p "$bin/plugins"
for metadata in Sources/Plugins/*/*.plugin; do
    id=$(basename "$metadata" .plugin)
    module=$(sed -n 's/^Module=//p' "$metadata" | head -n 1)
    [[ -f $bin/lib$module.so ]] || { echo "stage-plugins: $bin/lib$module.so is missing (is $module in Package.swift?)" >&2; exit 1; }
    mkdir -m 755 "$bin/plugins/$id"
    install -m 644 "$metadata" "$bin/plugins/$id/$id.plugin"
    ln -s "../../lib$module.so" "$bin/plugins/$id/lib$module.so"
done
