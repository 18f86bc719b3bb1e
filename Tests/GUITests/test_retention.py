"""The Overview's Data Protection section of a visit that ended in April 2024: Change Dates…
refuses a date before the visit's end beside its field and stores a valid one; Apply
Retention… lists what goes (counts per kind, the Undo history), Erase clears the guests'
health and contact data, names stay as grant evidence, and the button is off afterwards."""
import os

import pyatspi

import guitest as g

FIXTURE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Fixtures", "sample-visit", "guests-saint-aubin.csv")
TITLE = "Spring 2024"


def past_visit(db):
    """A visit of 10–14 April 2024 with the Saint-Aubin guests: its health data was kept until 2024-05-14."""
    visit = g.cli(db, "visits", "create", "--title", TITLE, "--start", "2024-04-10", "--end", "2024-04-14",
                  "--host-town", "Horní Lhota (CZ)", "--partner-town", "Saint-Aubin-sur-Loire (FR)",
                  "--language", "cs", "--language", "fr").strip()
    g.cli(db, "import", "participants", "--visit", visit, "--town", "Saint-Aubin-sur-Loire", FIXTURE)
    return visit


def privacy(db, visit):
    return g.cli_json(db, "privacy", "--visit", visit)


def test_change_dates_refuses_a_date_before_the_end():
    with g.TempDB() as db:
        visit = past_visit(db)
        with g.App(db, name="retention-dates") as app:
            g.click(app.find("push button", "Change Dates…", showing=True))
            title = "Data Retention"
            form = app.window_named(title)
            evidence = g.find(form, "text", "Grant evidence until")
            g.set_text(evidence, "2024-04-01", title)
            g.click(g.find(form, "push button", "Save"))
            message = g.message("The visit needs this data until its last day, {date}", date="2024-04-14")
            g.find(form, "label", message, showing=True, what="the error beside “Grant evidence until”")
            g.poll("the INVALID state on “Grant evidence until”",
                   lambda: g.has_state(evidence, pyatspi.STATE_INVALID_ENTRY) or g.has_state(evidence, pyatspi.STATE_INVALID))
            g.screenshot("retention-form-error.png")
            g.check(privacy(db, visit)["evidence"]["isDefault"], "a refused date was stored")

            g.set_text(evidence, "2029-12-31", title)
            g.click(g.find(form, "push button", "Save"))
            app.window_gone(title)
            g.poll("the evidence date 2029-12-31 in `privacy --json`", lambda: privacy(db, visit)["evidence"]["until"] == "2029-12-31")
            g.find(app.window, "label", g.message("Kept until {date}, as the organisers set it.", date="2029-12-31"), showing=True,
                   what="the new date in the Data Protection section")


def test_apply_retention_through_the_dialog():
    with g.TempDB() as db:
        visit = past_visit(db)
        before = g.people(db, visit, health=True)
        phones = sum(1 for p in before if p["phone"])
        g.check(phones > 0, "the fixture's guests have phones")
        with g.App(db, name="retention-apply") as app:
            apply = app.find("push button", "Apply Retention…", showing=True)
            g.check(g.has_state(apply, pyatspi.STATE_SENSITIVE), "Apply Retention… is off although the date has passed")
            g.click(apply)
            question = g.message("Apply the data retention of “{visit}”?", visit=TITLE)
            dialog = g.poll("the retention's confirmation", lambda: next(
                (w for w in app.windows() if w is not None and g.find_all(w, "label", question)), None))
            details = g.poll("the list of what goes", lambda: next(
                (n for n in g.find_all(dialog, "label")
                 if g.en((g.text_of(n) or "").split("\n")[0]) == "This erases:" and g.on_screen(n)), None))
            lines = [g.en(line.strip().lstrip("•◦ ")) for line in g.text_of(details).split("\n")]
            for wanted in [f"Phone numbers of {phones} participants", "The Undo history is cleared, with the receipts of imports"]:
                g.check(wanted in lines, f"the confirmation does not list “{wanted}”: {lines!r}")
            g.screenshot("retention-confirm.png")
            g.click(g.find(dialog, "push button", g.message("Erase")))

            # The daily backup taken at start is cleaned too: the notification goes on "1 backup cleaned."
            applied = g.message("Retention applied: health and contact data erased.")
            g.poll("the notification “Retention applied: health and contact data erased.”",
                   lambda: any((g.text_of(n) or "").startswith(applied) and g.on_screen(n) for n in g.find_all(app.window, "label")))
            after = g.poll("the phones gone from `people list --include-health`",
                           lambda: (lambda people: people if not any(p["phone"] for p in people) else None)(g.people(db, visit, health=True)))
            g.check([p["fullName"] for p in after] == [p["fullName"] for p in before], "names are grant evidence and stay")
            g.check(not any(p["email"] or p["allergies"] or p["emergencyContact"] for p in after), "health or contact data left")
            g.check(privacy(db, visit)["healthData"]["status"] == "erased", "`privacy --json` does not say erased")
            g.poll("Apply Retention… off once nothing is due",
                   lambda: not g.has_state(app.find("push button", "Apply Retention…", showing=True), pyatspi.STATE_SENSITIVE))


if __name__ == "__main__":
    g.main(globals())
