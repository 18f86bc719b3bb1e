#!/usr/bin/env bash
# `make run`: creates the sample visit (idempotent) and opens the app, both on $DATABASE when set,
# otherwise on the default database ($XDG_DATA_HOME/visitplanner/planner.sqlite3).
set -euo pipefail
cd "$(dirname "$0")/.."
app=.build/debug/visitplanner
[[ -x "$app" ]] || { echo "run: $app is missing; run \`make build\` first" >&2; exit 1; }
db_args=()
[[ -n "${DATABASE:-}" ]] && db_args=(--database "$DATABASE")
"$app" demo "${db_args[@]}" >/dev/null
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    echo "run: no display (neither DISPLAY nor WAYLAND_DISPLAY is set); the sample visit is ready," >&2
    echo "     open the app from a desktop session with: $app ${db_args[*]}" >&2
    exit 1
fi
exec "$app" "${db_args[@]}"
