"""Helpers for the GUI tests: start VisitPlanner on a temporary database, find widgets through
AT-SPI by role and accessible name (polling with timeouts), click them, type into them with
xdotool, take screenshots, and read the database back through the headless CLI (--json).

Run a test file directly (under dbus-run-session + xvfb-run, see meson-helpers/run-gui-tests.sh):
each file calls guitest.main(globals()), which runs its test_* functions and prints one
"PASS name" / "FAIL name: why" line per test.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import traceback

import pyatspi  # noqa: F401  (re-exported as g.pyatspi)

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
EXE = os.environ.get("VISITPLANNER", os.path.join(REPO, ".build", "debug", "visitplanner"))
OUTPUT = os.environ.get("GUI_OUTPUT", os.path.join(REPO, "test-output", "gui"))
TIMEOUT = float(os.environ.get("GUI_TIMEOUT", "10"))
SAMPLE_TITLE = "Ascension meeting 2027"
_current_test = "gui"
_running_app = None


class TestFailure(AssertionError):
    pass


class AppCrashed(TestFailure):
    """The app died, ended badly, or logged a GTK critical or a Swift fatal error: never an
    expected failure (an xfail mark cannot hide it)."""


def fail(message):
    raise TestFailure(message)


def check(condition, message):
    if not condition:
        fail(message)


def poll(what, probe, timeout=TIMEOUT, interval=0.1):
    """Calls probe() until it returns something truthy; fails naming `what` after `timeout` s."""
    deadline = time.monotonic() + timeout
    last_error = None
    while True:
        if _running_app is not None:
            _running_app.assert_alive()
        try:
            value = probe()
            if value:
                return value
        except Exception as error:  # AT-SPI objects can vanish while we walk the tree
            last_error = error
        if time.monotonic() > deadline:
            extra = f" (last error: {last_error})" if last_error else ""
            fail(f"timed out after {timeout:.0f} s waiting for {what}{extra}")
        time.sleep(interval)


# --- the CLI ------------------------------------------------------------------------------------

def cli(db, *args):
    """Runs the headless CLI on `db`; returns stdout (fails on a non-zero exit)."""
    result = subprocess.run([EXE, "--database", db, *args], capture_output=True, text=True, timeout=30)
    if result.returncode != 0:
        fail(f"visitplanner {' '.join(args)} exited {result.returncode}: {result.stderr.strip()}")
    return result.stdout


def cli_json(db, *args):
    out = cli(db, *args, "--json")
    try:
        return json.loads(out)
    except json.JSONDecodeError as error:
        fail(f"visitplanner {' '.join(args)} --json printed no JSON ({error}): {out[:200]!r}")


def visits(db):
    return cli_json(db, "visits", "list")["visits"]


def people(db, visit, health=False):
    """The participants as `people list --json` gives them; their diets, allergies and notes only
    with health=True (`--include-health`)."""
    data = cli_json(db, "people", "list", "--visit", str(visit), *(["--include-health"] if health else []))
    return data["participants"] if isinstance(data, dict) else data


def households(db, visit=None):
    args = ["households", "list"] + (["--visit", str(visit)] if visit is not None else [])
    data = cli_json(db, *args)
    return data["households"] if isinstance(data, dict) else data


# --- accessible tree ----------------------------------------------------------------------------

FIELD_ROLES = ("text", "spin button", "combo box", "password text", "entry")


# --- the window's language -------------------------------------------------------------------
# The tests name widgets by their English text. When the suite runs with the window in another
# language (run-gui-tests.sh runs it again with LANGUAGE=de), every name a test looks for is first
# translated with the app's own compiled catalogue: a message id as it is, the same without its
# mnemonic underscore ("_Open" is announced "Open"), or a message with {placeholders} whose
# English form the name matches ("Export “{title}”"), filled with the same values.
GUI_LANGUAGE = (os.environ.get("LANGUAGE") or "en").split(":")[0]


def _read_mo(path):
    """(msgid, msgid_plural or None, [forms]) of a compiled catalogue, and its Plural-Forms rule
    as a Python function (Python's gettext module drops the plural ids the tests need)."""
    import struct
    with open(path, "rb") as f:
        data = f.read()
    endian = "<" if struct.unpack("<I", data[:4])[0] == 0x950412DE else ">"
    count, ids, strs = struct.unpack(endian + "3I", data[8:20])
    entries, rule = [], (lambda n: int(n != 1))
    for i in range(count):
        length, offset = struct.unpack(endian + "2I", data[ids + 8 * i: ids + 8 * i + 8])
        msgid = data[offset:offset + length].decode("utf-8")
        length, offset = struct.unpack(endian + "2I", data[strs + 8 * i: strs + 8 * i + 8])
        forms = data[offset:offset + length].decode("utf-8").split("\0")
        if msgid == "":
            found = re.search(r"plural=([^;\n]+)", forms[0])
            if found:
                expression = found.group(1).replace("&&", " and ").replace("||", " or ").replace("!=", "<>")
                expression = expression.replace("!", " not ").replace("<>", "!=")
                # C's "a ? b : c", right-associative, as Python's "(b if a else c)".
                while "?" in expression:
                    expression = re.sub(r"([^?:()]+)\?([^?:]+):([^?:]+)$", r"(\2 if \1 else \3)", expression.strip(), count=1)
                    if "?" in expression and not re.search(r"([^?:()]+)\?([^?:]+):([^?:]+)$", expression):
                        break
                try:
                    compiled = compile(expression, "plural", "eval")
                    rule = lambda n, c=compiled: int(eval(c, {"n": n}))
                except SyntaxError:
                    pass
            continue
        one, _, other = msgid.partition("\0")
        entries.append((one, other or None, forms))
    return entries, rule


def _pattern(msgid):
    """A regex for the English text of `msgid`: its {names} and %d as named groups."""
    parts = re.split(r"(\{\w+\}|%d)", msgid.replace("_", ""))
    regex, seen = "", set()
    for part in parts:
        if part == "%d":
            regex += r"(?P<printf_d>\d+)" if "printf_d" not in seen else r"\d+"
            seen.add("printf_d")
        elif re.fullmatch(r"\{\w+\}", part):
            name = part[1:-1]
            regex += f"(?P<{name}>.+?)" if name not in seen else ".+?"
            seen.add(name)
        else:
            regex += re.escape(part)
    return re.compile(regex + r"\Z")


def _load_translations():
    if GUI_LANGUAGE == "en":
        return {}, []
    entries, rule = _read_mo(os.path.join(REPO, ".build", "locale", GUI_LANGUAGE, "LC_MESSAGES", "visitplanner.mo"))
    plain, patterns = {}, []
    for one, other, forms in entries:
        if not forms or not forms[0]:
            continue
        if other is None:
            plain.setdefault(one, forms[0])
            plain.setdefault(one.replace("_", ""), forms[0].replace("_", ""))
        for english, singular in ([(one, True)] + ([(other, False)] if other else [])):
            if "{" not in english and "%d" not in english:
                continue
            holes = len(re.findall(r"\{\w+\}|%d", english))
            literal = len(re.sub(r"\{\w+\}|%d", "", english))
            patterns.append(((holes, -literal), _pattern(english), [f.replace("_", "") for f in forms], rule if other else None))
    # The most specific message first: fewest placeholders, then the most fixed text ("Lasts
    # {duration}" before "{hours} h {minutes} min", "Export “{title}”" before "Export {name}").
    patterns.sort(key=lambda p: p[0])
    return plain, [(regex, forms, plural) for _, regex, forms, plural in patterns]


def _load_reverse():
    """The same catalogue read backwards (shown text → English), for checks on what a label says."""
    if GUI_LANGUAGE == "en":
        return {}, []
    entries, _ = _read_mo(os.path.join(REPO, ".build", "locale", GUI_LANGUAGE, "LC_MESSAGES", "visitplanner.mo"))
    plain, patterns = {}, []
    for one, other, forms in entries:
        for index, form in enumerate(forms):
            english = one if index == 0 or other is None else other
            if not form:
                continue
            if "{" not in form and "%d" not in form:
                plain.setdefault(form.replace("_", ""), english.replace("_", ""))
                continue
            holes = len(re.findall(r"\{\w+\}|%d", form))
            literal = len(re.sub(r"\{\w+\}|%d", "", form))
            patterns.append(((holes, -literal), _pattern(form), [english.replace("_", "")], None))
    patterns.sort(key=lambda p: p[0])
    return plain, [(regex, forms, plural) for _, regex, forms, plural in patterns]


_PLAIN, _PATTERNS = _load_translations()
_EN_PLAIN, _EN_PATTERNS = _load_reverse()


# Test data that happens to be a message too (the visit form's placeholder is the sample's title).
_DATA = {"Ascension meeting 2027", "Autumn exchange 2027"}


def _best(text, depth, plain=None, patterns=None):
    """(characters of `text` covered by message text, translation): the reading of `text` as a
    message, its placeholders' values read in turn, that covers the most; ties go to the message
    with the most fixed text of its own ("{pair} for {count} people" over "{count} people")."""
    if text in _DATA or re.fullmatch(r"[A-Z]{2,4}|[a-z]{2,3}", text):
        return 0, text  # data and codes ("CZK", "cs": a form's example is also a message)
    plain = _PLAIN if plain is None else plain
    patterns = _PATTERNS if patterns is None else patterns
    if text in plain:
        return len(text), plain[text]
    best = (0, 0, text)
    if depth > 2:
        return best[0], best[2]
    for regex, forms, plural in patterns:
        match = regex.match(text)
        if not match:
            continue
        values = match.groupdict()
        covered = len(text) - sum(len(v) for v in values.values())
        count = values.get("printf_d") or values.get("count") or values.get("n")
        form = plural(int(count)) if plural and count and count.isdigit() else 0
        result = forms[min(form, len(forms) - 1)]
        total = covered
        for key, value in values.items():
            inner, translated = (0, value) if value.isdigit() else _best(value, depth + 1, plain, patterns)
            total += inner
            result = result.replace("%d", translated) if key == "printf_d" else result.replace("{" + key + "}", translated)
        if (total, covered) > best[:2]:
            best = (total, covered, result)
    return best[0], best[2]


class Literal(str):
    """A name already in the window's language (built with `message`): `tr` leaves it as it is."""


def message(msgid, **values):
    """The translation of one message, its {placeholders} filled with `values` (which are not
    translated): for names the window builds of several messages."""
    text = _PLAIN.get(msgid, msgid) if _PLAIN else msgid
    for key, value in values.items():
        text = text.replace("{" + key + "}", str(value))
    return Literal(text)


def tr(text):
    """`text` as the window shows it in GUI_LANGUAGE (itself in English or when unknown)."""
    if not _PLAIN or not text or isinstance(text, Literal):
        return text
    return _best(text, 0)[1]


def amount(value, decimals=2):
    """A whole amount as the window writes it in GUI_LANGUAGE: "30,550.00", "30.550,00"."""
    text = f"{value:,.{decimals}f}"
    if GUI_LANGUAGE in ("de", "pl", "cs", "fr"):
        group = {"de": ".", "pl": "\u00a0", "cs": "\u00a0", "fr": "\u202f"}[GUI_LANGUAGE]
        text = text.replace(",", "\0").replace(".", ",").replace("\0", group)
    return text


def en(text):
    """What the window shows (`text`, in GUI_LANGUAGE) in English: for checks on part of a label."""
    if not _EN_PLAIN or not text:
        return text or ""
    return _best(text, 0, _EN_PLAIN, _EN_PATTERNS)[1]


def name_matches(accessible_name, wanted, role=None):
    """GTK 4.8 joins an accessible label and the mnemonic label (labelled-by) into one name, so
    an entry labelled "Title" is announced as "Title Title" (or "Start date Start"). Accept the
    exact name, or the wanted name followed by the mnemonic label's text."""
    if accessible_name == wanted or (wanted and accessible_name == f"{wanted} {wanted}"):
        return True  # GtkDialog's buttons are announced "Delete Delete" under GTK 4.8
    if role is not None and role not in FIELD_ROLES:
        return False
    return bool(wanted) and accessible_name.startswith(wanted + " ")


def _walk(root, predicate, limit=20000):
    """Depth-first search (children in order); returns the first match."""
    stack = [root]
    seen = 0
    while stack and seen < limit:
        node = stack.pop()
        seen += 1
        if node is None:
            continue
        try:
            if node is not root and predicate(node):
                return node
            children = [node.getChildAtIndex(i) for i in range(node.childCount)]
        except Exception:
            continue
        stack.extend(reversed(children))
    return None


def _walk_all(root, predicate, limit=20000):
    found, stack, seen = [], [root], 0
    while stack and seen < limit:
        node = stack.pop()
        seen += 1
        if node is None:
            continue
        try:
            if node is not root and predicate(node):
                found.append(node)
            children = [node.getChildAtIndex(i) for i in range(node.childCount)]
        except Exception:
            continue
        stack.extend(reversed(children))
    return found


def has_state(node, state):
    return node.getState().contains(state)


def extents(node):
    box = node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
    return box.x, box.y, box.width, box.height


def on_screen(node):
    """GTK 4.8 reports widgets on hidden stack pages as VISIBLE too; a widget that really is
    shown has a size and is inside its window, and no ancestor stack page is hidden."""
    try:
        _, _, w, h = extents(node)
        return w > 0 and h > 0 and has_state(node, pyatspi.STATE_VISIBLE)
    except Exception:
        return False


def find(root, role, name, timeout=TIMEOUT, showing=False, what=None):
    """Waits for a descendant of `root` with this role name ("push button", "text", "label",
    "list item", "page tab", …) and accessible name (English, translated with `tr`)."""
    name = tr(name)
    def probe():
        return _walk(root, lambda n: n.getRoleName() == role and name_matches(n.name or "", name, role)
                     and (not showing or on_screen(n)))
    return poll(what or f"{role} “{name}”", probe, timeout)


def dump(node, depth=0, out=None):
    """The subtree as indented text (for failure messages and debugging)."""
    lines = out if out is not None else []
    try:
        lines.append("  " * depth + f"{node.getRoleName()} {node.name!r}")
        for i in range(node.childCount):
            child = node.getChildAtIndex(i)
            if child is not None:
                dump(child, depth + 1, lines)
    except Exception as error:
        lines.append("  " * depth + f"<gone: {error}>")
    return "\n".join(lines) if out is None else lines


def find_all(root, role, name=None):
    name = tr(name) if name is not None else None
    return _walk_all(root, lambda n: n.getRoleName() == role and (name is None or name_matches(n.name or "", name, role)))


def absent(root, role, name, timeout=TIMEOUT, what=None):
    """Waits until `root` (which must still have children: an unreadable tree proves nothing)
    has no such descendant."""
    name = tr(name)
    poll(what or f"{role} “{name}” to go away",
         lambda: root.childCount > 0 and
         _walk(root, lambda n: n.getRoleName() == role and name_matches(n.name or "", name, role)) is None, timeout)


def off_screen(node):
    """True when `node` is readable and not shown (no size, or not VISIBLE); fails when its
    extents cannot be read at all (on_screen would say False for a vanished node too)."""
    try:
        _, _, w, h = extents(node)
        visible = has_state(node, pyatspi.STATE_VISIBLE)
    except Exception as error:
        fail(f"cannot read whether {node.getRoleName() if node else None} “{getattr(node, 'name', '')}” is shown: {error}")
    return not (w > 0 and h > 0 and visible)


def click(node):
    """Clicks through the Action interface (the first action: "click" for buttons)."""
    target = node
    if _actions(node) == 0:
        # GtkMenuButton: the outer widget has no action, its inner toggle button has "click".
        target = _walk(node, lambda n: _actions(n) > 0, limit=50)
    check(target is not None, f"{node.getRoleName()} “{node.name}” has no action (nor any of its children)")
    target.queryAction().doAction(0)


def _actions(node):
    try:
        return node.queryAction().nActions
    except Exception:
        return 0


def text_of(node):
    t = node.queryText()
    return t.getText(0, t.characterCount)


# --- the application ----------------------------------------------------------------------------

class App:
    """VisitPlanner running on a database file; use as a context manager (kills the app)."""

    def __init__(self, db, env=None, name="app"):
        self.db = db
        os.makedirs(OUTPUT, exist_ok=True)
        self.log_path = os.path.join(tempfile.gettempdir(), f"visitplanner-{name}-{os.getpid()}.log")
        self.log = open(self.log_path, "w")
        full_env = dict(os.environ)
        full_env.update(env or {})
        self.process = subprocess.Popen([EXE, "--database", db], env=full_env,
                                        stdout=self.log, stderr=subprocess.STDOUT)
        global _running_app
        _running_app = self
        self.app = poll("the VisitPlanner AT-SPI application", self._find_app, timeout=20)
        self.window = self.main_window()

    def _find_app(self):
        if self.process.poll() is not None:
            fail(f"the app exited with {self.process.returncode}: {self.output()[-500:]}")
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is None:
                continue
            try:
                if app.get_process_id() == self.process.pid and app.childCount > 0:
                    return app
            except Exception:
                continue
        return None

    def assert_alive(self):
        if self.process.poll() is not None:
            global _running_app
            _running_app = None
            out = self.output()
            crash = [line for line in out.splitlines() if "crashed" in line or " at /" in line][:4]
            raise AppCrashed(f"the app exited with status {self.process.returncode}"
                             + (": " + " | ".join(l.strip() for l in crash) if crash else "") + f" (log: {self.log_path})")

    def windows(self):
        return [self.app.getChildAtIndex(i) for i in range(self.app.childCount)]

    def window_named(self, name, timeout=TIMEOUT, role=None):
        name = tr(name)
        def probe():
            for w in self.windows():
                if w is not None and (w.name or "") == name and (role is None or w.getRoleName() == role):
                    return w
        return poll(f"a window “{name}”", probe, timeout)

    def window_gone(self, name, timeout=TIMEOUT):
        """Waits until no window is called `name` while the main window is still listed (an
        unreadable tree, with no windows at all, is not "gone")."""
        name = tr(name)
        def probe():
            windows = [w for w in self.windows() if w is not None]
            return (any(w.getRoleName() == "frame" and "VisitPlanner" in (w.name or "") for w in windows)
                    and not any((w.name or "") == name for w in windows))
        poll(f"window “{name}” to close (and the main window still there)", probe, timeout)

    def only_main_window(self, what, timeout=TIMEOUT):
        """Waits until the main window is the app's only window (listed, not merely no other)."""
        def probe():
            windows = [w for w in self.windows() if w is not None]
            return len(windows) == 1 and windows[0].getRoleName() == "frame" and "VisitPlanner" in (windows[0].name or "")
        poll(what, probe, timeout)

    def main_window(self):
        def probe():
            for w in self.windows():
                if w is not None and w.getRoleName() == "frame" and "VisitPlanner" in (w.name or ""):
                    return w
        return poll("the main window", probe)

    def output(self):
        self.log.flush()
        with open(self.log_path) as f:
            return f.read()

    def wait_output(self, text, timeout=TIMEOUT):
        poll(f"“{text}” on the app's output", lambda: text in self.output(), timeout)

    def find(self, role, name, **kw):
        return find(self.window, role, name, **kw)

    def click(self, role, name, root=None, **kw):
        node = find(root or self.window, role, name, **kw)
        click(node)
        return node

    def close(self):
        """Stops the app (SIGTERM) and returns what went wrong with it, from its exit status and
        its log (see app_problems): empty when it ran and ended cleanly."""
        global _running_app
        _running_app = None
        ended_itself = self.process.poll() is not None
        killed = False
        if not ended_itself:
            self.process.terminate()
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                killed = True
                self.process.kill()
                self.process.wait(5)
        self.log.close()
        with open(self.log_path, errors="replace") as f:
            log = f.read()
        return app_problems(self.process.returncode, ended_itself, killed, log, self.log_path)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            try:
                screenshot(f"FAILED-{_current_test}.png")
            except Exception:
                pass
        problems = self.close()
        if problems:
            # The app's own trouble is the failure, also under the test's own (or an xfail's).
            also = f"; and the test: {exc}" if exc is not None and not isinstance(exc, AppCrashed) else ""
            raise AppCrashed("; ".join(problems) + also) from exc
        return False


# What in an app's log is a failure whatever the test checked: GLib/GTK criticals (a programming
# error GTK survived) and the Swift runtime's fatal errors and crash reports.
_LOG_FAILURES = re.compile(r"-CRITICAL \*\*|Fatal error:|Swift runtime failure|Program crashed|Illegal instruction|Segmentation fault")


def app_problems(returncode, ended_itself, killed, log, log_path="the log"):
    """What went wrong with an app run, as sentences: it ended by itself with a non-zero status
    (a crash: negative is the signal), it did not stop on SIGTERM within 5 s, SIGTERM ended it
    with anything but the usual status (0, 143 or -15), or its log has a line _LOG_FAILURES
    matches (the first three are quoted)."""
    problems = []
    if ended_itself and returncode != 0:
        problems.append(f"the app ended by itself with status {returncode}")
    elif killed:
        problems.append("the app did not stop within 5 s of SIGTERM and was killed")
    elif not ended_itself and returncode not in (0, 143, -15):
        problems.append(f"the app ended with status {returncode} when asked to stop (SIGTERM)")
    bad = [line.strip() for line in log.splitlines() if _LOG_FAILURES.search(line)]
    if bad:
        problems.append(f"the app's log has {len(bad)} critical or fatal line(s): " + " | ".join(bad[:3]) + f" ({log_path})")
    return problems


# --- real input (xdotool) -----------------------------------------------------------------------

def xdotool(*args):
    subprocess.run(["xdotool", *args], check=True, timeout=10)


def _x_window_origin(window_name):
    """Top-left corner of the X window whose title is `window_name` (no window manager under
    Xvfb: AT-SPI gives window-relative extents)."""
    result = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "^" + _regex(window_name) + "$"],
                            capture_output=True, text=True)
    ids = result.stdout.split()
    if not ids:
        return 0, 0
    geo = subprocess.run(["xdotool", "getwindowgeometry", "--shell", ids[-1]], capture_output=True, text=True).stdout
    values = dict(line.split("=", 1) for line in geo.split() if "=" in line)
    return int(values.get("X", 0)), int(values.get("Y", 0))


def _regex(text):
    return "".join("\\" + ch if ch in ".^$*+?()[]{}|\\" else ch for ch in text)


def pointer_click(node, window_name):
    x, y, w, h = extents(node)
    check(w > 0 and h > 0, f"{node.getRoleName()} “{node.name}” is not on screen (extents {w}x{h})")
    ox, oy = _x_window_origin(window_name)
    xdotool("mousemove", str(ox + x + min(w // 2, 20)), str(oy + y + h // 2), "click", "1")


def type_into(entry, text, window_name):
    """Replaces the text of an entry with real key events: click it, select all, type."""
    pointer_click(entry, window_name)
    poll(f"focus on “{entry.name}”", lambda: has_state(entry, pyatspi.STATE_FOCUSED), timeout=5)
    xdotool("key", "--clearmodifiers", "ctrl+a")
    xdotool("key", "BackSpace")
    if text:
        xdotool("type", "--delay", "8", text)
    poll(f"“{text}” in “{entry.name}” (it shows “{text_of(entry)}”)", lambda: text_of(entry) == text, timeout=5)


def set_text(entry, text, window_name):
    """EditableText.setTextContents when GTK honours it (GTK 4.8 does not), else typing."""
    try:
        entry.queryEditableText().setTextContents(text)
        if text_of(entry) == text:
            return
    except Exception:
        pass
    type_into(entry, text, window_name)


def fill(form, window_name, values):
    for name, value in values.items():
        set_text(find(form, "text", name), value, window_name)


def key(*keys):
    xdotool("key", "--clearmodifiers", *keys)


def screenshot(name):
    os.makedirs(OUTPUT, exist_ok=True)
    path = os.path.join(OUTPUT, name)
    subprocess.run(["/usr/bin/import", "-window", "root", path], check=True, timeout=20)
    return path


# --- app-specific steps ---------------------------------------------------------------------------

def demo(db):
    """Creates the sample visit through the CLI; returns its id."""
    return int(cli(db, "demo").strip().splitlines()[-1])


def focus_main(app, tab):
    """The keyboard to the main window before a shortcut: there is no window manager under Xvfb,
    and a window that stays open (Interpreters, Groups) would cover a click, so X focus is set
    directly; then `tab`'s page is checked to be showing."""
    found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "^" + _regex(app.window.name) + "$"],
                           capture_output=True, text=True).stdout.split()
    check(found, f"no X window “{app.window.name}”")
    xdotool("windowfocus", "--sync", found[-1])
    find(app.window, "page tab", tab, showing=True)


def show_page(app, tab):
    """Switches the visit's stack to "Overview", "Participants" or "Host Families"."""
    node = find(app.window, "page tab", tab, showing=True, what=f"the page tab “{tab}”")
    click(node)
    poll(f"the page tab “{tab}” to be selected", lambda: has_state(node, pyatspi.STATE_SELECTED) or has_state(node, pyatspi.STATE_PRESSED))


def toast_undo(app):
    """The Undo button of the in-window notification (not the header bar's icon button "Undo",
    which has no label child)."""
    def probe():
        for button in find_all(app.window, "push button", "Undo"):
            if button.name == tr("Undo") and button.childCount > 0 and on_screen(button):
                return button
    return poll("the notification's “Undo” button", probe)


def table_rows(app, table_name):
    """The realised rows of a GtkColumnView named `table_name`: a list of (row, [cell texts])."""
    table = find(app.window, "tree table", table_name, showing=True)
    rows = []
    for row in find_all(table, "table row"):
        cells = [c for c in (row.getChildAtIndex(i) for i in range(row.childCount)) if c is not None and c.getRoleName() == "table cell"]
        if not cells:
            continue  # the header row
        texts = []
        for cell in cells:
            label = cell.getChildAtIndex(0) if cell.childCount else None
            texts.append(text_of(label) if label is not None else "")
        rows.append((row, texts))
    return rows


# --- databases and the runner -------------------------------------------------------------------

class TempDB:
    def __init__(self):
        self.dir = tempfile.mkdtemp(prefix="visitplanner-gui-")
        self.path = os.path.join(self.dir, "test.sqlite3")

    def __enter__(self):
        return self.path

    def __exit__(self, *exc):
        shutil.rmtree(self.dir, ignore_errors=True)
        return False


def main(namespace):
    """Runs every test_* function of a test file; prints PASS/FAIL lines; exits 1 on a failure.
    A function with an `xfail` attribute (the reason) is a known gap: its failure prints XFAIL,
    unless the app crashed (AppCrashed: FAIL) or, with an `xfail_when` attribute, the failure's
    message lacks that text; its pass prints XPASS and counts as a failure."""
    only = sys.argv[1:]
    tests = [(n, f) for n, f in namespace.items() if n.startswith("test_") and callable(f) and (not only or n in only)]
    module = os.path.splitext(os.path.basename(namespace.get("__file__", "gui")))[0]
    failed = 0
    for name, function in tests:
        started = time.monotonic()
        global _current_test
        _current_test = f"{module}.{name}"
        xfail = getattr(function, "xfail", None)
        try:
            function()
            if xfail:
                # A known gap that no longer fails is news: red until the mark goes.
                failed += 1
                print(f"XPASS {module}.{name} ({time.monotonic() - started:.1f} s): expected to fail "
                      f"({xfail}) but passed: drop the xfail mark", flush=True)
            else:
                print(f"PASS {module}.{name} ({time.monotonic() - started:.1f} s)", flush=True)
        except Exception as error:
            # The mark covers only the known failure: `xfail_when`, when given, must be in the
            # message (a test that fails earlier, for another reason, is a plain failure).
            known = getattr(function, "xfail_when", None)
            if xfail and not isinstance(error, AppCrashed) and (known is None or known in str(error)):
                print(f"XFAIL {module}.{name} ({time.monotonic() - started:.1f} s): known app gap: {xfail} [{error}]", flush=True)
                continue
            failed += 1
            print(f"FAIL {module}.{name} ({time.monotonic() - started:.1f} s): {error}", flush=True)
            if not isinstance(error, TestFailure):
                traceback.print_exc()
    sys.exit(1 if failed else 0)
