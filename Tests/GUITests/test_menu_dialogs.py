"""Main menu: Open Sample Visit; Keyboard Shortcuts (F1 and the menu); About VisitPlanner."""
import guitest as g


def open_menu_item(app, label):
    g.click(app.find("push button", "Main Menu", what="the header bar's “Main Menu” button"))
    item = g.poll(f"the menu item “{label}” of the main menu",
                  lambda: next((n for n in g.find_all(app.app, "menu item", label) if g.on_screen(n)), None)
                  or next((n for n in g.find_all(app.app, "push button", label) if g.on_screen(n)), None))
    g.click(item)


def other_window(app, what, label):
    """The app's window, other than the main one, that shows a label `label` (any second
    window, or an unreadable one, is not the window wanted)."""
    def probe():
        for w in app.windows():
            if w is not None and w.name != app.window.name and g.find_all(w, "label", label):
                return w
    return g.poll(f"{what} (a window with the label “{g.tr(label)}”)", probe)


# Entries of the shortcuts window (built from the table in Sources/VisitPlanner/App/Shortcuts.swift)
# that no other window shows.
SHORTCUT_TITLES = ["New visit", "Export the visit", "Delete the selected row"]


def shortcuts_window(app, what):
    window = other_window(app, what, SHORTCUT_TITLES[0])
    for title in SHORTCUT_TITLES[1:]:
        g.find(window, "label", title, what=f"the shortcut “{title}” in the Keyboard Shortcuts window")
    return window


def test_open_sample_from_main_menu():
    with g.TempDB() as db, g.App(db, name="menu") as app:
        app.find("push button", "Open the Sample Visit", showing=True)
        open_menu_item(app, "Open Sample Visit")
        app.find("list item", g.SAMPLE_TITLE, what="the sample visit in the sidebar")
        g.poll("the sample visit in `visits list --json`", lambda: [v for v in g.visits(db) if v["title"] == g.SAMPLE_TITLE])


def test_keyboard_shortcuts_window():
    with g.TempDB() as db, g.App(db, name="shortcuts") as app:
        # F1 needs real key events: click into the window first so it has the keyboard.
        g.pointer_click(app.find("label", "Welcome to VisitPlanner", showing=True), app.window.name)
        g.key("F1")
        shortcuts_window(app, "the Keyboard Shortcuts window after F1")
        g.screenshot("shortcuts.png")
        g.key("Escape")
        app.only_main_window("the Keyboard Shortcuts window to close after Escape (the main window alone listed)")
        open_menu_item(app, "Keyboard Shortcuts")
        shortcuts_window(app, "the Keyboard Shortcuts window from the main menu")


def test_about_dialog():
    with g.TempDB() as db, g.App(db, name="about") as app:
        open_menu_item(app, "About VisitPlanner")
        about = other_window(app, "the About dialog", "0.1.0")
        g.find(about, "label", "VisitPlanner", what="the program name in the About dialog")
        g.find(about, "label", "0.1.0", what="the version in the About dialog")
        g.screenshot("about.png")


if __name__ == "__main__":
    g.main(globals())
