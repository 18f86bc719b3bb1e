"""Import a registration spreadsheet through the GUI: Import… → the file chooser → the town (the
file has no town column) → the mapping (read right: UTF-8, comma, French headers) → the preview →
"Import 16 rows"; the database has every row with its values and town; Undo in the notification
removes the whole import."""
import os
import subprocess
import time

import guitest as g

CHOOSER = g.tr("Choose the Participants’ Spreadsheet")
FIXTURE = os.path.abspath(os.path.join(g.REPO, "Tests", "Fixtures", "sample-visit", "guests-saint-aubin.csv"))


def labels_containing(root, text):
    return [n for n in g.find_all(root, "label") if text in g.en(g.text_of(n) or "")]


def test_import_french_registrations_then_undo():
    g.check(os.path.exists(FIXTURE), f"fixture missing: {FIXTURE}")
    with g.TempDB() as db:
        visit = int(g.cli(db, "demo", "--generated", "3").strip().splitlines()[-1])
        before = len(g.people(db, visit))
        with g.App(db, name="import") as app:
            g.show_page(app, "Participants")
            g.click(app.find("push button", "Import…", showing=True))
            # The native chooser is a window of its own (not one of the app's AT-SPI windows):
            # wait for it on the X side, then type the path as a user would (Ctrl+L).
            g.poll("the file chooser", lambda: subprocess.run(["xdotool", "search", "--name", CHOOSER],
                                                              capture_output=True).stdout.strip())
            g.key("ctrl+l")
            g.xdotool("type", "--delay", "5", FIXTURE)
            time.sleep(0.7)  # the location entry's completion must settle, or it takes the Return
            g.key("Return")
            time.sleep(0.7)
            if subprocess.run(["xdotool", "search", "--name", CHOOSER], capture_output=True).stdout.strip():
                g.key("Return")
            dialog = g.poll("the import dialog", lambda: next(
                (w for w in app.windows() if w is not None and labels_containing(w, "guests-saint-aubin.csv")), None))
            g.check(labels_containing(dialog, "16 rows, 16 columns"), "the file was not read as 16 rows of 16 columns")
            # The town first: never guessed, the user picks it.
            town = g.poll("the town Saint-Aubin-sur-Loire", lambda: next(
                (n for role in ("radio button", "check box") for n in g.find_all(dialog, role)
                 if n.name == "Saint-Aubin-sur-Loire (FR)" and g.on_screen(n)), None))
            g.pointer_click(town, dialog.name)  # GTK 4.8 gives check buttons no AT-SPI action
            g.click(g.find(dialog, "push button", "Next", showing=True))
            time.sleep(0.5)
            g.screenshot("import-mapping.png")
            g.click(g.find(dialog, "push button", "Preview"))
            button = g.poll("the “Import 16 rows” button", lambda: next(
                (b for b in g.find_all(dialog, "push button") if g.en(b.name or "").startswith("Import 16 row")), None))
            time.sleep(0.5)  # let the page slide in before the screenshot
            g.screenshot("import-preview.png")
            g.click(button)
            g.poll("16 more participants", lambda: len(g.people(db, visit)) == before + 16)
            lea = [p for p in g.people(db, visit) if p["fullName"] == "Léa Bonnet"]
            g.check(len(lea) == 1, f"Léa Bonnet imported {len(lea)} times")
            g.check(lea[0]["town"]["name"] == "Saint-Aubin-sur-Loire", f"Léa Bonnet's town: {lea[0]['town']}")
            g.check(lea[0]["birthDate"] == "2011-09-04", f"Léa Bonnet's birth date: {lea[0]['birthDate']}")
            g.check({(l["code"], l["level"]) for l in lea[0]["languages"]} == {("fr", "native"), ("en", "B1")},
                    f"Léa Bonnet's languages: {lea[0]['languages']}")
            g.click(g.toast_undo(app))
            g.poll("the whole import undone", lambda: len(g.people(db, visit)) == before)


if __name__ == "__main__":
    g.main(globals())
