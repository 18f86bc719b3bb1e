"""Placement: "Suggest Placements" shows the proposal, "Accept" stores it; then one guest is
moved by hand ("Place with …"), the family's answer is recorded through the status form, and
the reasons are on screen. Every step is checked in the database through the CLI."""
import guitest as g

INES = "Inès Bernard"


def placements(db, visit):
    """Placements by guest name (the sample has two Günter Webers: count with placed_count)."""
    return {p["fullName"]: p["placement"] for p in g.people(db, visit) if p["placement"]}


def placed_count(db, visit):
    return sum(1 for p in g.people(db, visit) if p["placement"])


def labels_containing(root, text):
    # Text made with g.message is in the window's language; any other is English.
    shown = (lambda t: t) if isinstance(text, g.Literal) else g.en
    return [n for n in g.find_all(root, "label") if text in shown(g.text_of(n) or "")]


def test_suggest_accept_then_change_by_the_form():
    with g.TempDB() as db:
        visit = g.demo(db)
        with g.App(db, name="placement") as app:
            g.show_page(app, "Placement")
            g.click(app.find("push button", "Suggest Placements", showing=True))
            dialog = app.window_named("Suggested Placements")
            g.poll("the proposal's summary", lambda: labels_containing(dialog, "32 of 41 guests placed"))
            g.check(g.find_all(dialog, "label", g.Literal(f"{INES} {g.message('and')} Lucas Bernard → Alena a Lukáš Dvořák")),
                    "the proposal does not lodge the Bernard couple with the Dvořák household")
            g.screenshot("placement-suggestion.png")
            g.check(placements(db, visit) == {}, "something was stored before Accept")
            g.click(g.find(dialog, "push button", "Accept"))
            g.poll("32 placements in `people list --json`", lambda: placed_count(db, visit) == 32)
            stored = placements(db, visit)
            g.check(stored[INES]["household"] == "Alena a Lukáš Dvořák" and stored[INES]["status"] == "proposed",
                    f"Inès Bernard: {stored[INES]}")

            # Select Inès: her household's reasons and the ranked alternatives appear.
            rows = g.poll("rows of the guests table", lambda: g.table_rows(app, "Guests to place"))
            row = next((r for r, cells in rows if cells and cells[0] == INES), None)
            g.check(row is not None, f"no row “{INES}” in the guests table: {[c[0] for _, c in rows][:10]}")
            g.pointer_click(g.find(row, "label", INES), app.window.name)
            g.poll("the reasons of the current placement", lambda: labels_containing(app.window, g.message("requested by the guest")))

            # Move the couple to the best other household, by hand.
            place_with = g.message("Place with {household}")
            prefix, suffix = place_with.split("{household}")

            def place_buttons():
                return [b for b in g.find_all(app.window, "push button")
                        if (b.name or "").startswith(prefix) and (b.name or "").endswith(suffix)]
            button = g.poll("a “Place with …” button", lambda: (place_buttons() or [None])[0])
            target = button.name[len(prefix):len(button.name) - len(suffix)]
            g.click(button)
            g.poll(f"the couple moved to {target}",
                   lambda: all(placements(db, visit).get(n, {}).get("household") == target for n in (INES, "Lucas Bernard")))

            # Record the family's answer through the form: Offered, by phone.
            g.poll("the status form of the new placement", lambda: labels_containing(
                app.window, g.Literal(g.message("With {household} — {status}", household=target).split("{status}")[0].rstrip(" —"))))
            how = app.find("text", "Offered how", showing=True)
            g.set_text(how, "by phone", app.window.name)
            dropdown = app.find("combo box", "Status", showing=True)
            g.pointer_click(dropdown, app.window.name)
            # The choices sit in a popover (its own surface, labels without an action): pick
            # "Offered", the one after "Proposed", with the keyboard as a user would.
            g.poll("the open list of statuses", lambda: next(
                (n for n in g.find_all(app.window, "label", "Offered") if g.on_screen(n)), None))
            g.key("Down")
            g.key("Return")
            g.poll("“Offered” chosen", lambda: labels_containing(dropdown, "Offered"))
            g.click(app.find("push button", "Save Status", showing=True))
            g.poll("status “offered” for both", lambda: all(
                placements(db, visit).get(n, {}).get("status") == "offered" for n in (INES, "Lucas Bernard")))
            g.screenshot("placement-page.png")


if __name__ == "__main__":
    g.main(globals())
