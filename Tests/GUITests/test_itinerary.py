"""Itinerary page: add a programme item through the form. A wrong end time is refused in place
(nothing stored); the corrected item is stored, shows in the agenda, and, being for everyone in
Czech, needs interpreters: an "uncovered interpretation" problem appears on the Overview. Assign
Interpreters covers it and the problem goes away; the assignments are in the database."""
import json
import sqlite3

import pyatspi

import guitest as g

TITLE = "Beseda se starostou"


def items(db, title):
    with sqlite3.connect(db) as conn:
        return [row for row in conn.execute("SELECT id, titles, startTime, endTime FROM programmeItem")
                if json.loads(row[1]).get("cs") == title]


def assignments(db, item_id):
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT interpreterId, fromLanguage, toLanguage FROM interpretingAssignment WHERE itemId = ?",
                            (item_id,)).fetchall()


def uncovered_problem(app):
    """The Overview's "Show" button of a problem about the new item's interpretation."""
    for button in g.find_all(app.window, "push button"):
        name = button.name or ""
        if name.startswith(g.message("Show: {problem}").split("{problem}")[0] + TITLE) and "cs→" in name:
            return button
    return None


def test_add_item_then_assign_interpreters():
    with g.TempDB() as db:
        g.demo(db)
        with g.App(db, name="itinerary") as app:
            g.show_page(app, "Itinerary")
            # The sample comes with its interpreters booked: the welcome is not flagged.
            g.check(sqlite3.connect(db).execute("SELECT COUNT(*) FROM interpretingAssignment").fetchone()[0] > 0,
                    "the sample has no interpreter assignments")
            g.find(app.window, "list item", "17:00–18:30 Příjezd a přivítání starostou", showing=True,
                   what="the sample's welcome in the agenda, not flagged")

            g.click(app.find("push button", "Add Item", showing=True))
            title = "Add Programme Item"
            form = app.window_named(title)
            g.fill(form, title, {"Title (cs)": TITLE, "Start": "2027-05-16", "Start time": "14:00", "End time": "13:00"})
            g.click(g.find(form, "push button", "Add"))
            g.find(form, "label", "The end is before the start", showing=True, what="the error under the end time")
            end = g.find(form, "text", "End time")
            g.poll("the INVALID state on “End time”",
                   lambda: g.has_state(end, pyatspi.STATE_INVALID_ENTRY) or g.has_state(end, pyatspi.STATE_INVALID))
            g.check(not items(db, TITLE), "the item was stored although it ends before it starts")

            g.set_text(end, "15:30", title)
            g.find(form, "label", "Lasts 1 h 30 min", showing=True, what="the live duration")
            g.find(form, "check box", "cs→fr for 16 people", what="the derived need for the French")
            g.screenshot("itinerary-item-form.png")
            g.click(g.find(form, "push button", "Add"))
            app.window_gone(title)

            stored = g.poll(f"“{TITLE}” in the database", lambda: items(db, TITLE))
            item_id = stored[0][0]
            g.check(stored[0][2:] == ("14:00", "15:30"), f"stored times are {stored[0][2:]}")
            g.find(app.window, "list item", g.Literal(f"14:00–15:30 {TITLE}, " + g.message("has a problem")), showing=True,
                   what="the new item in the agenda, flagged")

            g.show_page(app, "Overview")
            g.poll("an uncovered-interpretation problem for the new item", lambda: uncovered_problem(app))

            g.show_page(app, "Itinerary")
            g.click(app.find("push button", "Assign Interpreters", showing=True))
            g.poll("interpreters assigned to the new item", lambda: len(assignments(db, item_id)) >= 3)
            pairs = sorted(f"{a}→{b}" for _, a, b in assignments(db, item_id))
            g.check({"cs→fr", "cs→de", "cs→pl"} <= set(pairs), f"the new item's assignments are {pairs}")
            g.find(app.window, "list item", f"14:00–15:30 {TITLE}", showing=True, what="the new item, no longer flagged")
            g.screenshot("itinerary-page.png")

            g.show_page(app, "Overview")
            # Gone from an Overview that is on screen and readable (an empty tree has no such button either).
            g.poll("the uncovered-interpretation problem gone from the Overview on screen",
                   lambda: g.on_screen(g.find(app.window, "table", "Key figures", timeout=1)) and uncovered_problem(app) is None)


if __name__ == "__main__":
    g.main(globals())
