"""Delete a participant ("Delete Selected") and a visit ("Delete Visit" → "Delete"), check the
database, then "Undo" in the in-window notification brings each back with the same id."""
import guitest as g


def test_delete_participant_and_undo():
    with g.TempDB() as db:
        visit = g.demo(db)
        with g.App(db, name="delete-participant") as app:
            g.show_page(app, "Participants")
            rows = g.poll("rows in the participants table",
                          lambda: g.table_rows(app, "Participants"))  # the table's accessible name
            row, cells = rows[0]
            name = cells[0]
            before = [p for p in g.people(db, visit) if p["fullName"] == name]
            g.check(len(before) == 1, f"“{name}” (first table row) is not exactly one person in people list")
            person_id = before[0]["id"]
            g.pointer_click(g.find(row, "label", name), app.window.name)
            delete = app.find("push button", "Delete Selected", showing=True)
            g.poll("“Delete Selected” to become sensitive after selecting a row",
                   lambda: g.has_state(delete, g.pyatspi.STATE_SENSITIVE))
            g.click(delete)
            g.poll(f"“{name}” to be gone from `people list --json`",
                   lambda: person_id not in [p["id"] for p in g.people(db, visit)])
            g.screenshot("participant-deleted.png")
            g.click(g.toast_undo(app))
            g.poll(f"“{name}” back in `people list --json` with id {person_id}",
                   lambda: [p for p in g.people(db, visit) if p["id"] == person_id and p["fullName"] == name])


def test_delete_visit_and_undo():
    with g.TempDB() as db:
        visit = g.demo(db)
        with g.App(db, name="delete-visit") as app:
            g.poll("the visit header (window title names the visit)", lambda: g.SAMPLE_TITLE in (app.window.name or ""))
            g.click(app.find("push button", "Delete Visit", showing=True))
            dialog = g.poll("the confirmation dialog",
                            lambda: next((w for w in app.windows() if w is not None and w.name != app.window.name
                                          and g.find_all(w, "push button", "Delete")), None))
            g.check(g.find_all(dialog, "push button", "Cancel"), "the confirmation dialog has no “Cancel” button")
            g.screenshot("delete-visit-dialog.png")
            g.click(g.find(dialog, "push button", "Delete"))
            g.poll("the visit to be gone from `visits list --json`", lambda: g.visits(db) == [])
            g.find(app.window, "push button", "Create a Visit", showing=True, what="the welcome page after deleting the only visit")
            g.click(g.toast_undo(app))
            g.poll(f"the visit back in `visits list --json` with id {visit}",
                   lambda: [v for v in g.visits(db) if v["id"] == visit and v["title"] == g.SAMPLE_TITLE])
            g.poll("the participants back", lambda: len(g.people(db, visit)) == 47)


if __name__ == "__main__":
    g.main(globals())
