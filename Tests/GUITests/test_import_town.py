"""Issue 15 through the GUI: the Birkenfeld list (German headers, +49 phones, German natives, no
town column) opens on the town step, where nothing is chosen for the user and the file's signs
are shown; stored under Saint-Aubin-sur-Loire the preview warns and the import waits for a
confirmation; with the right town every row already in the visit shows what an update would
change, one row is skipped, and the database has the others updated and the skipped one as it was."""
import os
import subprocess
import tempfile
import time

import guitest as g

CHOOSER = g.tr("Choose the Participants’ Spreadsheet")
FIXTURE = os.path.abspath(os.path.join(g.REPO, "Tests", "Fixtures", "sample-visit", "guests-birkenfeld.csv"))


def labels_containing(root, text):
    """Labels whose text, as shown or in English, contains `text`."""
    def has(node):
        shown = g.text_of(node) or ""
        return text in shown or text in g.en(shown)
    return [n for n in g.find_all(root, "label") if has(n)]


def edited_fixture():
    """The Birkenfeld list with new allergies for Käthe Becker (row 2) and Günter Weber (row 3)."""
    with open(FIXTURE, encoding="utf-8") as f:
        text = f.read()
    for old, new in [("kathe.becker@example.de;+49 151 1175977;Deutsch (Muttersprache), Französisch (A2);vegan;;",
                      "kathe.becker@example.de;+49 151 1175977;Deutsch (Muttersprache), Französisch (A2);vegan;Bienen;"),
                     ("gunter.weber@example.de;+49 151 3229162;Deutsch (Muttersprache), Englisch (B2);;Penicillin;",
                      "gunter.weber@example.de;+49 151 3229162;Deutsch (Muttersprache), Englisch (B2);;Penicillin, Bienen;")]:
        g.check(old in text, f"the fixture changed: {old}")
        text = text.replace(old, new)
    folder = tempfile.mkdtemp(prefix="vp-import-town-")
    path = os.path.join(folder, "birkenfeld-2.csv")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


def open_import_dialog(app, path):
    g.show_page(app, "Participants")
    g.click(app.find("push button", "Import…", showing=True))
    g.poll("the file chooser", lambda: subprocess.run(["xdotool", "search", "--name", CHOOSER],
                                                      capture_output=True).stdout.strip())
    g.key("ctrl+l")
    g.xdotool("type", "--delay", "5", path)
    time.sleep(0.7)  # the location entry's completion must settle, or it takes the Return
    g.key("Return")
    time.sleep(0.7)
    if subprocess.run(["xdotool", "search", "--name", CHOOSER], capture_output=True).stdout.strip():
        g.key("Return")
    return g.poll("the import dialog", lambda: next(
        (w for w in app.windows() if w is not None and labels_containing(w, os.path.basename(path))), None))


def town_buttons(dialog):
    """The town step's choices: radio buttons (GTK announces grouped check buttons as radio
    buttons or as check boxes, depending on its version)."""
    return [n for role in ("radio button", "check box") for n in g.find_all(dialog, role)
            if g.on_screen(n) and "(" in (n.name or "")]


def town_button(dialog, label):
    return g.poll(f"the town “{label}”", lambda: next((n for n in town_buttons(dialog) if n.name == label), None))


def sensitive(node):
    import pyatspi
    return g.has_state(node, pyatspi.STATE_SENSITIVE)


def test_town_step_warning_and_skipping_a_duplicate():
    g.check(os.path.exists(FIXTURE), f"fixture missing: {FIXTURE}")
    path = edited_fixture()
    with g.TempDB() as db:
        visit = g.demo(db)

        def person(given, family):
            return next(p for p in g.people(db, visit, health=True) if p["givenName"] == given and p["familyName"] == family
                        and (given != "Günter" or p["birthDate"] == "1981-03-27"))
        kathe_before = person("Käthe", "Becker")["allergies"]
        count = len(g.people(db, visit))
        with g.App(db, name="import-town") as app:
            dialog = open_import_dialog(app, path)
            title = dialog.name  # the X window title, for real pointer clicks

            # The town step: asked, not guessed; the file's signs shown as a hint.
            g.find(dialog, "label", g.message("Where do these people come from?"), showing=True)
            g.check(labels_containing(dialog, "+49"), "the town step shows no hint from the file")
            next_button = g.find(dialog, "push button", "Next", showing=True)
            g.check(not sensitive(next_button), "Next is available before a town is chosen")
            radios = town_buttons(dialog)
            g.check(len(radios) == 4, f"{len(radios)} towns offered: {[r.name for r in radios]}")
            import pyatspi
            g.check(not any(g.has_state(r, pyatspi.STATE_CHECKED) for r in radios), "a town was chosen for the user")
            time.sleep(0.4)
            g.screenshot("import-town-step.png")

            # Stored under Saint-Aubin-sur-Loire: a warning, and no import until confirmed.
            g.pointer_click(town_button(dialog, "Saint-Aubin-sur-Loire (FR)"), title)  # GTK 4.8: no AT-SPI action
            g.poll("Next to become available", lambda: sensitive(next_button))
            g.click(next_button)
            g.click(g.find(dialog, "push button", "Preview", showing=True))
            # Country and language names come from ICU in the window's language.
            expected = ("These 14 rows look like people from Germany (headers in German, +49 phone numbers, native speakers of German), "
                        "but Saint-Aubin-sur-Loire is in France." if g.GUI_LANGUAGE == "en" else "Saint-Aubin-sur-Loire")
            def origin_warnings():
                return [n for n in labels_containing(dialog, expected)
                        if "+49" in (g.text_of(n) or "") and "14" in (g.text_of(n) or "") and g.on_screen(n)]
            warning = g.poll("the origin warning", lambda: next(iter(origin_warnings()), None))
            g.check(g.on_screen(warning), "the origin warning is not on screen")
            time.sleep(0.6)  # the preview slides in
            import_button = g.poll("the import button", lambda: next(
                (b for b in g.find_all(dialog, "push button") if g.en(b.name or "").startswith("Import 14 row")), None))
            g.check(not sensitive(import_button), "the import is possible without confirming the town")
            g.check(labels_containing(dialog, "Saint-Aubin-sur-Loire (FR)"), "the rows do not show their town")
            confirm = g.find(dialog, "check box", g.message("The town is right: import these rows anyway"), showing=True)
            time.sleep(0.5)
            g.screenshot("import-origin-warning.png")
            g.pointer_click(confirm, title)
            g.poll("the import to be possible once confirmed", lambda: sensitive(import_button))
            g.pointer_click(confirm, title)
            g.poll("the import to wait again", lambda: not sensitive(import_button))

            # The right town: no warning; each row shows what an update changes; skip row 2.
            g.click(g.find(dialog, "push button", g.message("Choose Another Town"), showing=True))
            time.sleep(0.6)  # the page slides in: its widgets' positions settle
            g.pointer_click(town_button(dialog, "Birkenfeld am See (DE)"), title)
            g.click(g.find(dialog, "push button", "Next", showing=True))
            g.click(g.find(dialog, "push button", "Preview", showing=True))
            g.poll("the warning to go with the right town", lambda: not origin_warnings())
            time.sleep(0.6)
            summary = "{add} to add, {update} to update, {skip} to skip, {error} with errors"
            g.poll("the summary of 14 updates", lambda: labels_containing(dialog, g.message(summary, add=0, update=14, skip=0, error=0)))
            changes = g.find(dialog, "label", g.message("Changes of row {n}", n=2))
            change = g.message("{field}: {old} → {new}", field=g.tr("Allergies"), old="—", new="Bienen")
            g.check(change in (g.text_of(changes) or ""), f"row 2's changes: {g.text_of(changes)}")
            import plugintest
            plugintest.choose(dialog, g.message("Row {n} is already stored", n=2), "Skip", title)
            g.poll("the summary with one row skipped", lambda: labels_containing(dialog, g.message(summary, add=0, update=13, skip=1, error=0)))
            time.sleep(0.4)
            g.screenshot("import-skip-duplicate.png")
            button = g.poll("the “Import 13 rows” button", lambda: next(
                (b for b in g.find_all(dialog, "push button") if g.en(b.name or "").startswith("Import 13 row") and sensitive(b)), None))
            g.click(button)
            g.poll("Günter Weber's new allergies", lambda: person("Günter", "Weber")["allergies"] == "Penicillin, Bienen")
            g.check(person("Käthe", "Becker")["allergies"] == kathe_before, "the skipped row was written")
            g.check(len(g.people(db, visit)) == count, "rows were added")
            g.check(person("Günter", "Weber")["town"]["name"] == "Birkenfeld am See", "the town changed")


if __name__ == "__main__":
    g.main(globals())
