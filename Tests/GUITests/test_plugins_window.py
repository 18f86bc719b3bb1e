"""Plugins window (main menu → Plugins): every plugin found with its status; "Participants (CSV)"
and "Placements (CSV)" are loaded, a plugin built for another API is refused with the reason
and cannot be switched on. Switching "Placements (CSV)" off writes the preferences file (in the
test's XDG_CONFIG_HOME) and its format disappears from the Export dialog; switching it on again
brings it back. The folders searched are listed."""
import os

import pyatspi

import guitest as g
import plugintest as p

FUTURE = """[Plugin]
Module=FuturePlugin
Name=From the future
Description=Built for a plugin API this VisitPlanner does not have.
Version=9.0
X-Api-Version=99
X-Formats=future-format;
"""


def disabled_ids(env):
    """The ids in the preferences file's Disabled= line (nothing when there is no file)."""
    path = p.preferences_file(env)
    if not os.path.exists(path):
        return None
    with open(path) as f:
        for line in f:
            if line.startswith("Disabled="):
                return sorted(i for i in line.strip()[len("Disabled="):].split(";") if i)
    return []


def plugin_switch(window, name):
    return g.find(window, "check box", g.message("Enable {name}", name=name), showing=True, what=f"the switch “Enable {name}”")


def plugin_row(name, version, status):
    """A plugin's row as the window names it: "Participants (CSV) 1.0: Loaded" (the plugin's name
    is its own, the status the window's language)."""
    return g.message("{name} {version}: {status}", name=name, version=version, status=status)


def export_formats(app):
    dialog = p.open_export_dialog(app)
    names = p.listed_formats(g.find(dialog, "combo box", "Format", showing=True), p.EXPORT_TITLE)
    g.click(g.find(dialog, "push button", "Close"))
    app.window_gone(p.EXPORT_TITLE)
    return names


def test_plugins_listed_and_switched_off():
    with g.TempDB() as db:
        folder = os.path.dirname(db)
        future = os.path.join(folder, "more-plugins", "future")
        os.makedirs(future, mode=0o755)
        with open(os.path.join(future, "future.plugin"), "w") as f:
            f.write(FUTURE)
        env = p.isolated_env(folder, plugin_path=os.path.dirname(future))
        g.demo(db)
        with g.App(db, env=env, name="plugins-window") as app:
            before = export_formats(app)
            g.check({"Participants (CSV)", "Placements (CSV)"} <= set(before), f"the Export dialog offers {before}")

            p.open_menu_item(app, "Plugins")
            window = app.window_named("Plugins")
            g.find(window, "list item", plugin_row("Participants (CSV)", "1.0", g.message("Loaded")), showing=True,
                   what="“Participants (CSV)” listed as loaded")
            g.find(window, "list item", plugin_row("Placements (CSV)", "1.0", g.message("Loaded")), showing=True)
            refused = g.message("Refused: {reason}", reason=g.message(
                "it was built for plugin API {theirs}, this VisitPlanner has {ours}", theirs=99, ours=2))
            g.find(window, "list item", plugin_row("From the future", "9.0", refused), showing=True, what="the refused plugin and why")
            g.find(window, "label", refused, showing=True, what="the refusal's reason under the plugin's name")
            g.check(not g.has_state(plugin_switch(window, "From the future"), pyatspi.STATE_SENSITIVE),
                    "the refused plugin's switch can be used")
            g.check(g.has_state(plugin_switch(window, "Participants (CSV)"), pyatspi.STATE_CHECKED),
                    "“Participants (CSV)” is switched off")

            # The folders searched: the build tree's plugins folder and the test's own.
            g.click(g.find(window, "push button", "Folders searched"))
            g.poll("the folders searched", lambda: p.label_starting(window, "1. ") and
                   any(os.path.dirname(future) in (g.text_of(n) or "") for n in g.find_all(window, "label") if g.on_screen(n)))
            g.check(any((g.text_of(n) or "").endswith("/debug/plugins") for n in g.find_all(window, "label")),
                    "the build tree's plugins folder is not among the folders searched")
            g.screenshot("plugins-window.png")

            g.click(plugin_switch(window, "Placements (CSV)"))
            g.find(window, "list item", plugin_row("Placements (CSV)", "1.0", g.message("Disabled")), showing=True, what="“Placements (CSV)” disabled")
            g.poll("csv-placements in the preferences file", lambda: disabled_ids(env) == ["csv-placements"])
            g.check(not g.has_state(plugin_switch(window, "Placements (CSV)"), pyatspi.STATE_CHECKED),
                    "the switch of the disabled plugin is on")
            g.screenshot("plugins-window-disabled.png")
            g.click(g.find(window, "push button", "Close"))
            app.window_gone("Plugins")

            after = export_formats(app)
            g.check("Placements (CSV)" not in after, f"the disabled plugin's format is still offered: {after}")
            g.check("Participants (CSV)" in after, f"the Export dialog offers {after}")

            p.open_menu_item(app, "Plugins")
            window = app.window_named("Plugins")
            g.click(plugin_switch(window, "Placements (CSV)"))
            g.find(window, "list item", plugin_row("Placements (CSV)", "1.0", g.message("Loaded")), showing=True, what="“Placements (CSV)” loaded again")
            g.poll("the preferences file without csv-placements", lambda: disabled_ids(env) == [])


CRASH_ON_LOAD = """import PlannerCore

final class CrashOnLoadPlugin: PlannerPlugin {
    func register(in registrar: PluginRegistrar) { fatalError("this plugin crashes while registering") }
}

@_cdecl("visitplanner_plugin_entry")
public func visitplannerPluginEntry() -> UnsafeMutableRawPointer {
    Unmanaged.passRetained(CrashOnLoadPlugin() as AnyObject).toOpaque()
}
"""

CRASH_ON_LOAD_METADATA = """[Plugin]
Module=CrashOnLoad
Name=Crashes while loading
Version=0.0
X-Api-Version=2
X-Formats=never;
"""


def test_plugin_crashing_while_loading():
    """The plugin list is read by a child process: a plugin that crashes while it is loaded takes
    that child down, not the window, which says what happened."""
    with g.TempDB() as db:
        folder = os.path.dirname(db)
        source = os.path.join(folder, "crash-source")
        os.makedirs(source)
        with open(os.path.join(source, "CrashOnLoad.swift"), "w") as f:
            f.write(CRASH_ON_LOAD)
        with open(os.path.join(source, "crash-on-load.plugin"), "w") as f:
            f.write(CRASH_ON_LOAD_METADATA)
        plugins = os.path.join(folder, "plugins")
        os.makedirs(plugins, mode=0o755)
        p.build_fixture_plugin("CrashOnLoad", plugins, source=source)
        env = p.isolated_env(folder, plugin_path=plugins)
        g.demo(db)
        with g.App(db, env=env, name="plugins-crash") as app:
            g.click(app.find("push button", "Export Visit", showing=True))
            dialog = app.window_named(p.EXPORT_TITLE)
            g.poll("the error line in the Export dialog",
                   lambda: p.label_starting(dialog, g.Literal(g.message(
                       "Looking for plugins failed: a plugin crashed while loading (signal {signal}).").split("{signal}")[0])))
            g.check(not g.has_state(g.find(dialog, "push button", "Export"), pyatspi.STATE_SENSITIVE),
                    "Export can be pressed without a format")
            g.click(g.find(dialog, "push button", "Close"))
            app.window_gone(p.EXPORT_TITLE)
            app.assert_alive()

            # The Plugins window falls back on the metadata files, so the culprit can be switched off.
            p.open_menu_item(app, "Plugins")
            window = app.window_named("Plugins")
            g.poll("the error line", lambda: p.label_starting(window, g.Literal(g.message(
                "Looking for plugins failed: a plugin crashed while loading (signal {signal}).").split("(")[0].rstrip())))
            g.find(window, "list item", "Crashes while loading 0.0: Not checked: the plugin list could not be read", showing=True)
            g.screenshot("plugins-window-error.png")
            g.click(plugin_switch(window, "Crashes while loading"))
            g.find(window, "list item", plugin_row("Crashes while loading", "0.0", g.message("Disabled")), showing=True)
            g.find(window, "list item", plugin_row("Participants (CSV)", "1.0", g.message("Loaded")), showing=True, what="the other plugins listed again")
            g.poll("the error line gone", lambda: not p.label_starting(window, "Looking for plugins failed"))
            g.check(disabled_ids(env) == ["crash-on-load"], f"the preferences file disables {disabled_ids(env)}")
            g.click(g.find(window, "push button", "Close"))
            app.window_gone("Plugins")

            dialog = p.open_export_dialog(app)
            listed = p.listed_formats(g.find(dialog, "combo box", "Format"), p.EXPORT_TITLE)
            g.check("Participants (CSV)" in listed and p.shown_format(g.find(dialog, "combo box", "Format")) == listed[0],
                    f"no format offered: {listed}")
            app.assert_alive()

if __name__ == "__main__":
    g.main(globals())
