#!/usr/bin/env bash
# Installs what VisitPlanner needs to build, run and test on Debian 12 / Ubuntu, and checks that a
# Swift toolchain is reachable. Idempotent and quiet: when everything is present it only asks dpkg
# (well under a second) and prints one line. Installs through sudo when not root; never prompts apt.
#
#   meson-helpers/install-deps.sh            install what is missing, then check Swift
#   meson-helpers/install-deps.sh --check    only report what is missing (exit 1 if anything is)
set -euo pipefail

packages=(
    # build
    make git ca-certificates pkg-config libgtk-4-dev libsqlite3-dev
    # the PDF plugins: pango lays the text out, cairo writes the PDF (CPangoCairo)
    libpango1.0-dev libcairo2-dev
    # run (fonts are embedded in the PDFs, so depend on them explicitly; SVG icons need librsvg)
    fonts-dejavu-core librsvg2-common tzdata
    # GUI tests: a headless X server, a session bus and the accessibility stack
    xvfb xauth dbus dbus-x11 at-spi2-core python3-pyatspi python3-gi gir1.2-atspi-2.0
    imagemagick poppler-utils xdotool
    # translations and data validation (gtk4-builder-tool is in libgtk-4-bin, xmllint in libxml2-utils)
    gettext desktop-file-utils appstream libgtk-4-bin libxml2-utils
    # checks through the database and benchmarks
    sqlite3 hyperfine
)

check_only=false
[[ "${1:-}" == "--check" ]] && check_only=true

say() { printf 'install-deps: %s\n' "$*"; }
die() { printf 'install-deps: error: %s\n' "$*" >&2; exit 1; }

command -v dpkg-query >/dev/null 2>&1 \
    || die "this script knows Debian/Ubuntu (dpkg + apt) only; install the equivalents of: ${packages[*]}"

# One dpkg-query for all: packages dpkg has never heard of are simply absent from its answer.
installed=$(dpkg-query -W -f='${Package} ${db:Status-Abbrev}\n' "${packages[@]}" 2>/dev/null \
    | awk '$2 == "ii" { print $1 }' || true)
missing=()
for p in "${packages[@]}"; do
    grep -qxF "$p" <<<"$installed" || missing+=("$p")
done

if ((${#missing[@]})); then
    if $check_only; then
        say "missing: ${missing[*]}"
        exit 1
    fi
    if [[ $(id -u) -eq 0 ]]; then
        as_root=()
    elif command -v sudo >/dev/null 2>&1; then
        # A terminal may answer sudo's password prompt; without one (CI, pipes) do not hang.
        if [[ -t 0 ]]; then as_root=(sudo); else as_root=(sudo -n); fi
    else
        die "missing packages (${missing[*]}) and neither root nor sudo; run as root: apt-get install ${missing[*]}"
    fi
    say "installing ${missing[*]}"
    apt_opts=(-q -y -o Dpkg::Use-Pty=0 -o DPkg::Lock::Timeout=300)
    export DEBIAN_FRONTEND=noninteractive
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get "${apt_opts[@]}" update >/dev/null \
        || die "apt-get update failed"
    # --no-install-recommends keeps it fast; what we need from the recommends is listed above.
    if ! "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get "${apt_opts[@]}" \
            install --no-install-recommends "${missing[@]}" >/tmp/install-deps.$$.log 2>&1; then
        cat /tmp/install-deps.$$.log >&2
        rm -f /tmp/install-deps.$$.log
        die "apt-get install failed (see above)"
    fi
    rm -f /tmp/install-deps.$$.log
    say "installed ${#missing[@]} package(s)"
else
    say "all ${#packages[@]} packages present"
fi

# --- Swift: not an apt package. Accept it on PATH or in /opt/swift (where the toolchain tarball is
# usually unpacked); the Makefile and .ci/run add /opt/swift/usr/bin to PATH themselves.
swift_bin=$(command -v swift 2>/dev/null || true)
if [[ -z "$swift_bin" && -x /opt/swift/usr/bin/swift ]]; then
    swift_bin=/opt/swift/usr/bin/swift
    say "swift found in /opt/swift/usr/bin (not on PATH; add: export PATH=/opt/swift/usr/bin:\$PATH)"
fi
if [[ -z "$swift_bin" ]]; then
    cat >&2 <<'EOF'
install-deps: error: no Swift toolchain found (swift is not on PATH, nor in /opt/swift/usr/bin).
  VisitPlanner needs Swift 6 (tested with 6.3.1), which is not an apt package. Either:
   - swiftly (https://www.swift.org/install/linux/):
       curl -O https://download.swift.org/swiftly/linux/swiftly-$(uname -m).tar.gz
       tar zxf swiftly-$(uname -m).tar.gz && ./swiftly init --quiet-shell-followup
       . ~/.local/share/swiftly/env.sh
   - or unpack the toolchain tarball for your distribution from https://www.swift.org/download/
     into /opt/swift (so that /opt/swift/usr/bin/swift exists); `make` finds it there.
  Then run the make command again.
EOF
    exit 1
fi
version=$("$swift_bin" --version 2>/dev/null | sed -n 's/.*Swift version \([0-9][0-9]*\)\..*/\1/p' | head -n1)
if [[ -n "$version" && "$version" -lt 6 ]]; then
    die "$swift_bin is Swift $version; VisitPlanner needs Swift 6 or later"
fi
exit 0
