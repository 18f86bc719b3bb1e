#!/usr/bin/env bash
# Installs what VisitPlanner needs to build, run and test on Debian 12 / Ubuntu, and checks that a
# Swift toolchain is reachable. Idempotent and quiet: when everything is present it only asks dpkg
# (well under a second) and prints one line. Installs through sudo when not root; never prompts apt.
#
#   meson-helpers/install-deps.sh            install what is missing, then check Swift
#   meson-helpers/install-deps.sh --check    only report what is missing (exit 1 if anything is)
#
# Besides apt packages: .build/test-venv, a Python venv with `icalendar` (PyPI) that the iCal
# export tests parse the exported files with (Debian 12 ships icalendar 4.0, older than the
# zoneinfo support the tests use).
set -euo pipefail

packages=(
    # build
    make git ca-certificates pkg-config libgtk-4-dev libsqlite3-dev
    # the interface bundle: glib-compile-resources (libglib2.0-dev-bin), gresource (libglib2.0-bin)
    libglib2.0-dev-bin libglib2.0-bin
    # the PDF plugins: pango lays the text out, cairo writes the PDF (CPangoCairo)
    libpango1.0-dev libcairo2-dev
    # run (fonts are embedded in the PDFs, so depend on them explicitly; SVG icons need librsvg)
    fonts-dejavu-core librsvg2-common tzdata
    # GUI tests: a headless X server, a session bus and the accessibility stack
    xvfb xauth dbus dbus-x11 at-spi2-core python3-pyatspi python3-gi gir1.2-atspi-2.0
    imagemagick poppler-utils xdotool
    # translations and data validation (gtk4-builder-tool is in libgtk-4-bin, xmllint in libxml2-utils;
    # appstream also ships /usr/share/gettext/its/metainfo.its, the rules msgfmt --xml and xgettext use)
    gettext desktop-file-utils appstream libgtk-4-bin libxml2-utils
    # checks through the database and benchmarks
    sqlite3 hyperfine
    # the iCal export tests' venv (Python's icalendar from PyPI, see below)
    python3 python3-venv
    # the CSV export tests: LibreOffice Calc opens the files headless, openpyxl reads its cells back
    libreoffice-calc-nogui python3-openpyxl
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

# --- The tests' venv: Debian's python3 (not a pyenv shim that PATH may put first), icalendar from
# PyPI. Checked by importing it (a fraction of a second); created or repaired only when that fails.
root=$(cd "$(dirname "$0")/.." && pwd)
venv=$root/.build/test-venv
if "$venv/bin/python3" -c 'import icalendar' >/dev/null 2>&1; then
    say "test venv ready (icalendar in .build/test-venv)"
elif $check_only; then
    say "missing: .build/test-venv with Python's icalendar (the iCal export tests need it)"
    exit 1
else
    base_python=/usr/bin/python3
    [[ -x $base_python ]] || base_python=$(command -v python3 2>/dev/null || true)
    [[ -n $base_python ]] || die "no python3 to create $venv with"
    if [[ ! -x $venv/bin/python3 ]]; then
        rm -rf "$venv"
        mkdir -p "$root/.build"
        "$base_python" -m venv "$venv" >/dev/null || die "$base_python -m venv $venv failed (is python3-venv installed?)"
    fi
    "$venv/bin/python3" -m pip install --quiet --disable-pip-version-check 'icalendar>=6,<8' \
        || die "pip could not install icalendar into $venv (no network? PyPI unreachable?)"
    say "test venv: installed icalendar into .build/test-venv"
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
