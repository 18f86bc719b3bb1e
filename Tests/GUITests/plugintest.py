"""Helpers shared by the Plugins window and Export dialog tests: an isolated plugin environment,
the broken fixture plugin built the way a third party builds one, the main menu, the Export
dialog and its dropdowns."""
import glob
import os
import subprocess

import guitest as g

EXPORT_TITLE = f"Export “{g.SAMPLE_TITLE}”"


def isolated_env(folder, plugin_path=""):
    """The app's environment: preferences (plugins.conf) and user plugins inside `folder`, so the
    tests never read or change the user's own; `plugin_path` becomes VISITPLANNER_PLUGIN_PATH."""
    config = os.path.join(folder, "config")
    data = os.path.join(folder, "data")
    os.makedirs(config, exist_ok=True)
    os.makedirs(data, exist_ok=True)
    return {"XDG_CONFIG_HOME": config, "XDG_DATA_HOME": data, "VISITPLANNER_PLUGIN_PATH": plugin_path}


def preferences_file(env):
    return os.path.join(env["XDG_CONFIG_HOME"], "visitplanner", "plugins.conf")


def build_fixture_plugin(name, into, source=None):
    """Compiles Tests/PluginFixtures/<name> (or the folder `source`) with swiftc against the build
    tree's PlannerCore (as Tests/CLITests/PluginFixture.swift does) into `into/<id>/`; returns
    that folder."""
    source = source or os.path.join(g.REPO, "Tests", "PluginFixtures", name)
    metadata = [f for f in os.listdir(source) if f.endswith(".plugin")]
    g.check(len(metadata) == 1, f"no single .plugin file in {source}")
    plugin_id = metadata[0][: -len(".plugin")]
    target = os.path.join(into, plugin_id)
    os.makedirs(target, mode=0o755, exist_ok=True)
    with open(os.path.join(source, metadata[0])) as f:
        text = f.read()
    with open(os.path.join(target, metadata[0]), "w") as f:
        f.write(text)
    bin_folder = os.path.dirname(os.path.realpath(g.EXE))
    command = ["swiftc", "-emit-library", "-parse-as-library", "-module-name", name,
               "-I", os.path.join(bin_folder, "Modules"),
               "-I", os.path.join(g.REPO, ".build", "checkouts", "GRDB.swift", "Sources", "GRDBSQLite"),
               "-I", os.path.join(g.REPO, "Sources", "PlannerCore", "CSQLiteSession"),
               "-L", bin_folder, "-lPlannerCore",
               "-o", os.path.join(target, f"lib{name}.so")] + sorted(glob.glob(os.path.join(source, "*.swift")))
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    g.check(result.returncode == 0, f"swiftc failed for {name}: {result.stderr[-800:]}")
    return target


def open_menu_item(app, label):
    g.click(app.find("push button", "Main Menu", what="the header bar's “Main Menu” button"))
    item = g.poll(f"the menu item “{label}” of the main menu",
                  lambda: next((n for n in g.find_all(app.app, "menu item", label) if g.on_screen(n)), None)
                  or next((n for n in g.find_all(app.app, "push button", label) if g.on_screen(n)), None))
    g.click(item)


def labels_containing(root, text):
    return [n for n in g.find_all(root, "label") if text in g.en(g.text_of(n) or "")]


def label_starting(root, prefix):
    """The first on-screen label whose text starts with `prefix`, or None."""
    # A prefix made with g.message is in the window's language; any other is English.
    shown = (lambda text: text) if isinstance(prefix, g.Literal) else g.en
    return next((n for n in g.find_all(root, "label") if shown(g.text_of(n) or "").startswith(prefix) and g.on_screen(n)), None)


def open_export_dialog(app):
    """The visit's Export dialog, once its formats have been read from the plugins."""
    g.click(app.find("push button", "Export Visit", showing=True, what="the visit header's “Export…” button"))
    return ready_export_dialog(app, EXPORT_TITLE)


def ready_export_dialog(app, title):
    dialog = app.window_named(title)
    g.find(dialog, "combo box", "Format", showing=True, what="the Format dropdown (the formats read from the plugins)")
    return dialog


def shown_choice(combo):
    """What a closed dropdown shows (its button's label)."""
    button = next((n for n in g.find_all(combo, "push button")), None)
    for label in g.find_all(button or combo, "label"):
        text = g.text_of(label)
        if text and text != "(None)" and g.on_screen(label):
            return g.en(text)  # in English, as the tests name the choices
    return None


shown_format = shown_choice


def popover_names(combo):
    """The names listed in the dropdown's open popover (a list view inside the combo box)."""
    names = []
    for listing in g.find_all(combo, "list"):
        names += [g.en(g.text_of(n)) for n in g.find_all(listing, "label") if g.on_screen(n) and g.text_of(n)]
    return names


def listed_formats(combo, title):
    """Every format name the Format dropdown offers (opens it, reads it, closes it)."""
    g.pointer_click(combo, title)
    names = g.poll("the open list of formats", lambda: popover_names(combo))
    g.key("Escape")
    g.poll("the list of formats to close", lambda: not popover_names(combo))
    return sorted(names, key=g.tr)  # in the order the window sorts them: by the shown name


def choose(dialog, combo_name, wanted, title, attempts=8):
    """Picks `wanted` in the dropdown `combo_name` with the keyboard, as a user would: open it,
    Down, Return, until the dropdown shows it (the choices are few)."""
    combo = g.find(dialog, "combo box", combo_name, showing=True)
    for _ in range(attempts):
        if shown_choice(combo) == wanted:
            return combo
        g.pointer_click(combo, title)
        offered = g.poll(f"the open list of the dropdown “{combo_name}”", lambda: popover_names(combo))
        g.check(wanted in offered, f"the dropdown “{combo_name}” offers {offered}, not “{wanted}”")
        g.key("Down")
        g.key("Return")
        g.poll(f"the list of the dropdown “{combo_name}” to close", lambda: not popover_names(combo))
    g.check(shown_choice(combo) == wanted, f"could not choose “{wanted}” in “{combo_name}” (it shows “{shown_choice(combo)}”)")
    return combo


def choose_format(dialog, name, title):
    return choose(dialog, "Format", name, title)


def set_destination(dialog, path, title):
    entry = g.find(dialog, "text", "Save to", showing=True, what="the destination entry")
    g.set_text(entry, path, title)
    return entry


def staging_leftovers(folder):
    return glob.glob(os.path.join(folder, ".visitplanner-export-*"))
