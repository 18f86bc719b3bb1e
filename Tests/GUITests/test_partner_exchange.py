"""The partner exchange file through the GUI: Participants → More → "Export for a Partner
Town…" writes the French guests to a JSON file; "Import a Partner Town’s File…" reads it back and
the preview shows every row as an update of the person with the same id (nothing duplicated)."""
import json
import os
import subprocess
import tempfile
import time

import guitest as g


def labels_containing(root, text):
    return [n for n in g.find_all(root, "label") if text in g.en(g.text_of(n) or "")]


def wait_x_window(name):
    name = g.tr(name)
    g.poll(f"the window “{name}”", lambda: subprocess.run(["xdotool", "search", "--name", name],
                                                          capture_output=True).stdout.strip())


def type_path(path, chooser, save=False):
    # Open dialogs take the path in the location bar (Ctrl+L); Save dialogs in their name field.
    g.key("ctrl+a" if save else "ctrl+l")
    g.xdotool("type", "--delay", "5", path)
    time.sleep(0.7)  # the location entry's completion must settle, or it takes the Return
    g.key("Return")
    time.sleep(0.7)
    if subprocess.run(["xdotool", "search", "--name", chooser], capture_output=True).stdout.strip():
        g.key("Return")


def open_more_item(app, label):
    g.click(app.find("push button", "More", showing=True) if g.find_all(app.window, "push button", "More")
            else app.find("toggle button", "More", showing=True))
    item = g.poll(f"the menu item “{label}”", lambda: next(
        (n for n in g.find_all(app.window, "menu item", label)), None))
    g.click(item)


def test_export_then_import_partner_file():
    out = os.path.join(tempfile.mkdtemp(prefix="vp-exchange-"), "saint-aubin.json")
    with g.TempDB() as db:
        visit = g.demo(db)
        before = len(g.people(db, visit))
        with g.App(db, name="exchange") as app:
            g.show_page(app, "Participants")
            open_more_item(app, "Export for a Partner Town…")
            dialog = app.window_named("Export for a Partner Town")
            g.click(g.find(dialog, "push button", "Export…"))
            wait_x_window("Save the Exchange File")
            type_path(out, "Save the Exchange File", save=True)
            g.poll("the exchange file", lambda: os.path.exists(out))
            data = json.load(open(out, encoding="utf-8"))
            names = sorted(p.get("givenName", "") + " " + p.get("familyName", "") for p in data["participants"])
            g.check(len(names) == 16 and "Léa Bonnet" in names, f"exchange file holds {len(names)} people: {names[:5]}")

            open_more_item(app, "Import a Partner Town’s File…")
            wait_x_window("Choose the Partner Town’s File")
            type_path(out, "Choose the Partner Town’s File")
            dialog = app.window_named("Import a Partner Town’s File")
            g.poll("16 updates in the preview", lambda: labels_containing(dialog, "0 to add, 16 to update"))
            time.sleep(0.4)
            g.screenshot("partner-file-preview.png")
            g.click(g.poll("the Import button", lambda: next(
                (b for b in g.find_all(dialog, "push button") if g.en(b.name or "").startswith("Import 16 row")), None)))
            app.window_gone("Import a Partner Town’s File")
            g.check(len(g.people(db, visit)) == before, "re-importing the exchange file duplicated people")


if __name__ == "__main__":
    g.main(globals())
