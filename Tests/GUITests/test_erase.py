"""Erase Personal Data… (GDPR Art. 17) on the Participants page: the confirmation lists what
will go (the core's ErasurePlan: counts per kind, the backups cleaned, the Undo history), Erase
takes the person from the database and its backup, and Undo is no longer offered, not even for
the edit made before."""
import pyatspi

import guitest as g
from test_backup import data_home, shown_label, window_with_label
from test_partner_exchange import open_more_item

NAME = "Léo Dubois"


def header_undo(app):
    """The header bar's Undo (the notification has an "Undo" button too, lower down)."""
    return min((b for b in g.find_all(app.window, "push button", "Undo") if g.on_screen(b)), key=lambda b: g.extents(b)[1])


def select_row(app, name):
    row = g.poll(f"“{name}” in the participants table",
                 lambda: next((r for r, cells in g.table_rows(app, "Participants") if cells and cells[0] == name), None))
    g.pointer_click(g.find(row, "label", name), app.window.name)
    g.poll(f"“{name}” selected", lambda: g.has_state(row, pyatspi.STATE_SELECTED))


def test_erase_through_the_dialog():
    with g.TempDB() as db, data_home():
        visit = g.demo(db)
        backup = g.cli_json(db, "backup", "create")
        with g.App(db, name="erase") as app:
            g.show_page(app, "Participants")
            # An edit first, so there is an Undo that the erasure must take away.
            select_row(app, "Zoé Guérin")
            g.click(app.find("push button", "Delete Selected", showing=True))
            g.poll("Zoé Guérin deleted", lambda: len(g.people(db, visit)) == 46)
            g.poll("Undo to be possible after the deletion", lambda: g.has_state(header_undo(app), pyatspi.STATE_SENSITIVE))

            select_row(app, NAME)
            open_more_item(app, g.message("Erase Personal Data…"))
            question = window_with_label(app, f"Erase {NAME} irreversibly?", "the erasure's confirmation")
            details = g.poll("the list of what goes in the confirmation", lambda: next(
                (n for n in g.find_all(question, "label")
                 if g.en((g.text_of(n) or "").split("\n")[0]) == "This erases:" and g.on_screen(n)), None))
            # Read back in English line by line: the label is several messages, one per line.
            text = "\n".join(g.en(line.removeprefix("• ")) for line in g.text_of(details).split("\n"))
            for line in ["1 participant record", "1 group membership",
                         "1 backup copy of the database is cleaned the same way",
                         "The Undo history is cleared", "Nothing of it can be brought back"]:
                g.check(line in text, f"the confirmation does not say “{line}”: {text!r}")
            g.screenshot("erase-confirm.png")
            g.click(g.find(question, "push button", g.message("Erase")))

            g.find(app.window, "label", g.message("{name} erased.", name=NAME) + " " + g.message("{count} backup cleaned.", count=1),
                   showing=True, what="the notification “Léo Dubois erased. 1 backup cleaned.”")
            names = [person["fullName"] for person in g.people(db, visit)]
            g.check(NAME not in names and len(names) == 45, f"`people list --json` after the erasure: {len(names)} people")
            g.poll("Undo to be cleared", lambda: not g.has_state(header_undo(app), pyatspi.STATE_SENSITIVE))
            g.check(not any(b.name == g.tr("Undo") and b.childCount > 0 and g.on_screen(b)
                            for b in g.find_all(app.window, "push button", "Undo")),
                    "the notification offers Undo after an erasure")
            with open(backup["path"], "rb") as f:
                g.check("leo.dubois@example.fr".encode() not in f.read(), "the backup still holds his e-mail")
            g.poll(f"“{NAME}” gone from the participants table",
                   lambda: not any(cells and cells[0] == NAME for _, cells in g.table_rows(app, "Participants")))


if __name__ == "__main__":
    g.main(globals())
