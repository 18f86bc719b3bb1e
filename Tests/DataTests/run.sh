#!/usr/bin/env bash
# Data validation tests: the files a desktop, a software centre, GtkBuilder and gettext read.
# The desktop entry and the metainfo are checked as installed: merged with po/*.po from
# resources/*.desktop.in and *.metainfo.xml.in by compile-translations.sh (into a temporary folder).
# One line per check ("PASS …" / "FAIL …", the tool's output indented under a failure), then a
# final "N passed, M failed". Exit status 1 when anything failed. Needs no build and no display
# (GtkBuilder checks start their own Xvfb when there is no display).
#
#   Tests/DataTests/run.sh [-v]      -v also prints the tools' output for passing checks
set -uo pipefail
cd "$(dirname "$0")/../.."

verbose=false
[[ "${1:-}" == "-v" ]] && verbose=true

app_id=io.github.visitplanner.VisitPlanner
desktop_in=resources/$app_id.desktop.in
metainfo_in=resources/$app_id.metainfo.xml.in
passed=0
failed=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
desktop=$tmp/data/$app_id.desktop
metainfo=$tmp/data/$app_id.metainfo.xml

# check NAME COMMAND…: runs the command, prints PASS/FAIL, keeps its output for a failure.
check() {
    local name=$1; shift
    local out
    if out=$("$@" 2>&1); then
        passed=$((passed + 1))
        printf 'PASS  %s\n' "$name"
        if $verbose && [[ -n "$out" ]]; then printf '%s\n' "$out" | sed 's/^/      /'; fi
    else
        failed=$((failed + 1))
        printf 'FAIL  %s\n' "$name"
        [[ -n "$out" ]] && printf '%s\n' "$out" | sed 's/^/      /'
    fi
    return 0
}
note() { printf 'NOTE  %s\n' "$*"; }
need() {
    command -v "$1" >/dev/null 2>&1 && return 0
    failed=$((failed + 1))
    printf 'FAIL  %s: %s is not installed (run meson-helpers/install-deps.sh)\n' "$2" "$1"
    return 1
}

# --- merged desktop entry and metainfo -----------------------------------------------------------
# The same msgfmt --desktop / --xml commands as `make translations`, into $tmp/locale and $tmp/data.
if need msgfmt "translated desktop entry and metainfo"; then
    check "compile-translations.sh merges po/ into $app_id.desktop and .metainfo.xml" \
        meson-helpers/compile-translations.sh "$tmp/locale"
fi

# --- desktop entry --------------------------------------------------------------------------
if need desktop-file-validate "desktop entry"; then
    # desktop-file-validate exits 0 on hints and warnings; treat any error or warning as a failure.
    validate_desktop() {
        local out; out=$(desktop-file-validate "$1" 2>&1); local rc=$?
        printf '%s' "$out"
        [[ $rc -eq 0 ]] && ! grep -qE ': (error|warning):' <<<"$out"
    }
    check "desktop-file-validate $app_id.desktop (from $desktop_in)" validate_desktop "$desktop"
fi

# --- AppStream metainfo ---------------------------------------------------------------------
# --pedantic only adds "P:" notes, which do not change the exit status; the one it reports today is
# cid-contains-uppercase-letter, which the reverse-DNS application id requires. Errors, warnings
# and infos are what appstreamcli counts as problems.
if need appstreamcli "AppStream metainfo"; then
    check "appstreamcli validate --no-net --pedantic $app_id.metainfo.xml (from $metainfo_in)" \
        appstreamcli validate --no-net --pedantic "$metainfo"
fi

# The ids that tie the pieces together: metainfo id, launchable, .desktop name, icon file name.
consistency() {
    local problems=0
    grep -q "<id>$app_id</id>" "$metainfo" || { echo "metainfo id is not $app_id"; problems=1; }
    grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" \
        || { echo "metainfo launchable does not name $app_id.desktop"; problems=1; }
    grep -qx "Icon=$app_id" "$desktop" || { echo "$app_id.desktop: Icon is not $app_id"; problems=1; }
    grep -qx "Exec=visitplanner" "$desktop" || { echo "$app_id.desktop: Exec is not visitplanner"; problems=1; }
    [[ -f resources/icons/hicolor/scalable/apps/$app_id.svg ]] \
        || { echo "no resources/icons/hicolor/scalable/apps/$app_id.svg"; problems=1; }
    [[ -f resources/icons/hicolor/symbolic/apps/$app_id-symbolic.svg ]] \
        || { echo "no resources/icons/hicolor/symbolic/apps/$app_id-symbolic.svg"; problems=1; }
    return $problems
}
check "ids agree: metainfo, launchable, .desktop, icon files" consistency

# Every language in po/LINGUAS (but en) reaches the installed files: the desktop entry's Name and
# Comment, the metainfo's summary. Fails until po/<lang>.po translates those strings.
translated_data() {
    local lang=$1 problems=0
    grep -q "^Name\[$lang\]=" "$desktop" || { echo "$app_id.desktop has no Name[$lang]="; problems=1; }
    grep -q "^Comment\[$lang\]=" "$desktop" || { echo "$app_id.desktop has no Comment[$lang]="; problems=1; }
    grep -q "<summary xml:lang=\"$lang\">" "$metainfo" \
        || { echo "$app_id.metainfo.xml has no <summary xml:lang=\"$lang\">"; problems=1; }
    ((problems == 0)) || echo "(po/$lang.po does not translate them yet: make update-po, then translate)"
    return $problems
}
for lang in $(sed 's/#.*//' po/LINGUAS 2>/dev/null); do
    [[ "$lang" == en ]] && continue
    check "$lang translation in the desktop entry (Name, Comment) and the metainfo (summary)" translated_data "$lang"
done

shot=$(sed -n 's|.*<image[^>]*>https://raw.githubusercontent.com/[^/]*/[^/]*/[^/]*/\(.*\)</image>.*|\1|p' "$metainfo_in")
for s in $shot; do
    [[ -f "$s" ]] || note "metainfo screenshot $s is not in the repository yet"
done

# --- icons and other XML ----------------------------------------------------------------------
if need xmllint "SVG icons"; then
    mapfile -t svgs < <(find resources -name '*.svg' | LC_ALL=C sort)
    for svg in "${svgs[@]}"; do check "xmllint --noout $svg" xmllint --noout "$svg"; done
    ((${#svgs[@]})) || { failed=$((failed + 1)); echo "FAIL  no SVG icons under resources/"; }
fi

# --- GtkBuilder files ---------------------------------------------------------------------------
mapfile -t uis < <(find resources/ui -name '*.ui' 2>/dev/null | LC_ALL=C sort)
if ((${#uis[@]} == 0)); then
    note "no resources/ui/*.ui files yet"
elif need gtk4-builder-tool "GtkBuilder files"; then
    # gtk4-builder-tool needs a display (it crashes without one): use Xvfb when there is none.
    runner=()
    if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]] && need xvfb-run "GtkBuilder files"; then
        runner=(xvfb-run -a)
    fi
    for ui in "${uis[@]}"; do
        check "gtk4-builder-tool validate $ui" env GSK_RENDERER=cairo "${runner[@]}" gtk4-builder-tool validate "$ui"
    done
fi
# One element per line, two spaces per level, as `xmllint --format` writes them: a reviewer reads
# a diff of a .ui file line by line. Reformat with:
#   for f in resources/ui/*.ui; do XMLLINT_INDENT="  " xmllint --format "$f" -o "$f"; done
formatted() { diff -u "$1" <(XMLLINT_INDENT="  " xmllint --format "$1"); }
if ((${#uis[@]})) && need xmllint "GtkBuilder files' layout"; then
    for ui in "${uis[@]}"; do check "$ui is formatted as xmllint --format writes it" formatted "$ui"; done
fi
# Each .ui says which Swift file drives it, and that file exists.
controller() {
    local named
    named=$(grep -o 'Controller: Sources/[A-Za-z/+]*\.swift' "$1" | head -n1 | sed 's/^Controller: //')
    [[ -n "$named" ]] || { echo "$1 names no controller (<!-- … Controller: Sources/…swift -->)"; return 1; }
    [[ -f "$named" ]] || { echo "$1 names $named, which does not exist"; return 1; }
}
for ui in "${uis[@]}"; do check "$ui names its controller" controller "$ui"; done
# The ids agree with the controller's lookups, and every error label names a field (ui_outlets.py).
for ui in "${uis[@]}"; do check "$ui and its controller agree on the ids" python3 Tests/DataTests/ui_outlets.py "$PWD" "$ui"; done

# --- gettext ------------------------------------------------------------------------------------
if need xgettext "gettext extraction"; then
    extract() {
        POT_OUT=$tmp/visitplanner.pot POTFILES_OUT=$tmp/POTFILES.in meson-helpers/update-pot.sh || return 1
        local n; n=$(grep -c '^msgid ' "$tmp/visitplanner.pot"); n=$((n - 1))
        ((n > 0)) || { echo "no translatable strings found"; return 1; }
        # The desktop entry's Comment and the metainfo's summary are in the template.
        local comment summary s
        comment=$(sed -n 's/^Comment=//p' "$desktop_in" | head -n 1)
        summary=$(sed -n 's|.*<summary>\(.*\)</summary>.*|\1|p' "$metainfo_in" | head -n 1)
        for s in "$comment" "$summary"; do
            [[ -n "$s" ]] && msggrep -K -F -e "$s" "$tmp/visitplanner.pot" | grep -q '^msgid ' \
                || { echo "\"$s\" is not in the extracted template"; return 1; }
        done
        # Every file in the committed POTFILES.in must exist (a stale list breaks meson's i18n).
        local f missing=0
        while read -r f; do
            [[ -z "$f" || "$f" == \#* ]] && continue
            [[ -f "$f" ]] || { echo "po/POTFILES.in lists $f, which does not exist"; missing=1; }
        done < po/POTFILES.in
        return $missing
    }
    check "xgettext extracts the messages of Sources/**/*.swift, resources/ui/*.ui, the .desktop.in and .metainfo.xml.in" extract
fi

linguas_match() {
    local lang problems=0
    for lang in $(sed 's/#.*//' po/LINGUAS); do
        [[ -f po/$lang.po ]] || { echo "po/LINGUAS lists $lang but po/$lang.po is missing"; problems=1; }
    done
    for po in po/*.po; do
        [[ -e "$po" ]] || continue
        lang=$(basename "$po" .po)
        sed 's/#.*//' po/LINGUAS | tr ' ' '\n' | grep -qx "$lang" \
            || { echo "po/$lang.po is not listed in po/LINGUAS"; problems=1; }
    done
    return $problems
}
check "po/LINGUAS and po/*.po agree" linguas_match

# The app fills "{name}" placeholders by name; a translation must keep exactly the same set.
placeholders() {
    /usr/bin/env python3 - "$1" <<'PY'
import re, sys
def unquote(s):
    return re.sub(r'\\(.)', lambda m: {'n': '\n', 't': '\t'}.get(m.group(1), m.group(1)), s)
entries, cur, field = [], None, None
for line in open(sys.argv[1], encoding='utf-8'):
    line = line.rstrip('\n')
    if not line.strip():
        cur = None; continue
    if line.startswith('#~'):
        continue
    if line.startswith('#'):
        if cur is None: cur = {}; entries.append(cur)
        cur.setdefault('flags', '')
        if line.startswith('#,'): cur['flags'] += line
        continue
    m = re.match(r'(msgid_plural|msgid|msgstr(?:\[\d+\])?)\s+"(.*)"$', line)
    if m:
        if cur is None: cur = {}; entries.append(cur)
        field = m.group(1); cur[field] = unquote(m.group(2)); continue
    m = re.match(r'"(.*)"$', line)
    if m and cur is not None and field:
        cur[field] += unquote(m.group(1))
bad = 0
ph = lambda s: sorted(set(re.findall(r'\{[A-Za-z_][A-Za-z0-9_]*\}', s)))
for e in entries:
    mid = e.get('msgid', '')
    if not mid or 'fuzzy' in e.get('flags', ''):
        continue
    plural = e.get('msgid_plural')
    for k, v in e.items():
        if not (k.startswith('msgstr') and v):
            continue
        if plural is None:
            if ph(v) != ph(mid):
                print(f'{sys.argv[1]}: "{mid}" -> "{v}": placeholders {ph(v)} instead of {ph(mid)}')
                bad = 1
            continue
        # A plural form may leave out a placeholder that only one of the English forms has
        # ("This row…" / "These {count} rows…"), but needs those both have and no others.
        both, either = set(ph(mid)) & set(ph(plural)), set(ph(mid)) | set(ph(plural))
        if not (both <= set(ph(v)) <= either):
            print(f'{sys.argv[1]}: "{mid}" -> "{v}": placeholders {ph(v)}, not between {sorted(both)} and {sorted(either)}')
            bad = 1
sys.exit(bad)
PY
}
for po in po/*.po; do
    [[ -e "$po" ]] || continue
    check "msgfmt --check $po" msgfmt --check --check-format -o /dev/null "$po"
    check "placeholders kept in $po" placeholders "$po"
    stats=$(msgfmt --statistics -o /dev/null "$po" 2>&1)
    note "$po: $stats"
done

echo "$passed passed, $failed failed"
((failed == 0))
