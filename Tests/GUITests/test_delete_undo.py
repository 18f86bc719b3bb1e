"""Delete a participant ("Delete Selected") and a visit ("Delete Visit" → "Delete"), check the
database, then "Undo" in the in-window notification brings each back with the same id; a placed
guest deleted and brought back with Ctrl+Z is placed again, in the same household."""
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


def test_delete_placed_guest_and_ctrl_z():
    with g.TempDB() as db:
        visit = g.demo(db)
        g.cli(db, "assign", "--visit", str(visit), "--apply")
        placed = {p["fullName"]: p for p in g.people(db, visit) if p["placement"]}
        g.check(placed, "`assign --apply` placed nobody")
        with g.App(db, name="delete-placed-guest") as app:
            g.show_page(app, "Participants")
            rows = g.poll("a placed guest among the participants table's rows",
                          lambda: [(row, cells) for row, cells in g.table_rows(app, "Participants") if cells[0] in placed])
            row, cells = rows[0]
            guest = placed[cells[0]]
            household = guest["placement"]["household"]
            g.pointer_click(g.find(row, "label", cells[0]), app.window.name)
            delete = app.find("push button", "Delete Selected", showing=True)
            g.poll("“Delete Selected” to become sensitive after selecting a row",
                   lambda: g.has_state(delete, g.pyatspi.STATE_SENSITIVE))
            g.click(delete)
            g.poll(f"“{cells[0]}” to be gone from `people list --json`",
                   lambda: guest["id"] not in [p["id"] for p in g.people(db, visit)])
            g.focus_main(app, "Participants")
            g.key("ctrl+z")
            back = g.poll(f"“{cells[0]}” back in `people list --json` after Ctrl+Z",
                          lambda: [p for p in g.people(db, visit) if p["id"] == guest["id"]])
            g.check(back[0]["placement"] is not None and back[0]["placement"]["household"] == household,
                    f"after Ctrl+Z “{cells[0]}” is placed {back[0]['placement']!r}, not with “{household}” as before")
            g.check(back[0]["placement"]["status"] == guest["placement"]["status"],
                    f"the placement status changed: {back[0]['placement']['status']!r}, was {guest['placement']['status']!r}")
            g.check(len(g.people(db, visit)) == 47, "the other participants changed")


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
