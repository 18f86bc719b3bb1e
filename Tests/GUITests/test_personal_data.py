"""GDPR Art. 15 from the window: Participants → select a guest → More → "Export Personal Data…"
saves everything held about them as JSON (with a readable .txt beside it), both mode 0600, and
the window says where."""
import json
import os
import sqlite3
import stat
import tempfile

import guitest as g
from test_partner_exchange import open_more_item, type_path, wait_x_window


# The names by their msgid (`message`): `tr` would read "Export …" as the pattern "Export {name}".
EXPORT_ITEM = g.message("Export Personal Data…")
CHOOSER = g.message("Save the Personal Data")


def test_export_personal_data_of_one_participant():
    out = os.path.join(tempfile.mkdtemp(prefix="vp-personal-"), "lea.json")
    with g.TempDB() as db:
        visit = g.demo(db)
        people = g.people(db, visit)
        with g.App(db, name="personal-data") as app:
            g.show_page(app, "Participants")
            # A guest with allergies, among the rows on screen (health data must be in the file).
            with sqlite3.connect(db) as connection:
                allergic = {f"{given} {family}": allergies for given, family, allergies in connection.execute(
                    "SELECT givenName, familyName, allergies FROM participant WHERE allergies <> ''")}
            rows = g.poll("rows in the participants table", lambda: g.table_rows(app, "Participants"))
            row, cells = next((r, c) for r, c in rows if c[0] in allergic)
            name = cells[0]
            g.pointer_click(g.find(row, "label", name), app.window.name)
            person = next(p for p in people if p["fullName"] == name)
            open_more_item(app, EXPORT_ITEM)
            wait_x_window(CHOOSER)
            type_path(out, CHOOSER, save=True)
            g.poll("the personal data file", lambda: os.path.exists(out))
            g.poll("the “Saved to …” notification", lambda: next(
                (n for n in g.find_all(app.window, "label") if "lea.json" in (n.name or "") and "lea.txt" in (n.name or "")), None))
            g.screenshot("personal-data-saved.png")
        data = json.load(open(out, encoding="utf-8"))
        stored = data["participant"]
        g.check(f"{stored['givenName']} {stored['familyName']}" == name, f"the file is about {stored.get('givenName')}, not {name}")
        expected = g.cli_json(db, "people", "data", "--person", str(person["id"]))["participant"]
        g.check(stored["allergies"] == allergic[name] == expected["allergies"], f"allergies: {stored.get('allergies')!r}")
        g.check(stored["source"]["kind"] == "sample-visit", f"source: {stored.get('source')}")
        text = out[:-5] + ".txt"
        g.check(os.path.exists(text), "the readable copy beside the JSON file")
        for path in (out, text):
            mode = stat.S_IMODE(os.stat(path).st_mode)
            g.check(mode == 0o600, f"{path} has mode {oct(mode)}, not 0600")
        g.check(not [f for f in os.listdir(os.path.dirname(out)) if ".partial-" in f], "a partial file was left behind")


if __name__ == "__main__":
    g.main(globals())
