"""Budget page: add a per-participant cost through the form. Text in the amount field is refused
in place (nothing stored); the corrected line is stored, follows the participant count, and the
planned total grows by exactly count × price. Undo takes it back."""
from decimal import Decimal

import pyatspi

import guitest as g

LINE = "Welcome drinks"


def labels_containing(root, text):
    found = []
    for node in g.find_all(root, "label"):
        try:
            if text in g.en(g.text_of(node)):
                found.append(node)
        except Exception:  # a label without a text interface
            pass
    return found


def budget(db, visit):
    return g.cli_json(db, "budget", "--visit", str(visit))


def test_add_per_participant_cost():
    with g.TempDB() as db:
        visit = g.demo(db)
        before = budget(db, visit)
        planned_before = Decimal(before["totals"]["planned"]["amount"])
        participants = before["participantCount"]
        with g.App(db, name="budget") as app:
            g.show_page(app, "Budget")
            g.find(app.window, "list item", f"Gala dinner in the Sokolovna hall: {g.amount(650 * participants)} CZK", showing=True,
                   what="the gala dinner line with its planned amount")
            g.click(app.find("push button", "Add Cost", showing=True))
            title = "Add Cost"
            form = app.window_named(title)
            basis = g.find(form, "combo box", "Basis", showing=True)
            g.pointer_click(basis, title)
            g.key("Down")
            g.key("Return")
            g.poll("“Per participant” chosen", lambda: labels_containing(basis, "Per participant"))
            g.fill(form, title, {"Description": LINE, "Unit price": "zwölf"})
            g.click(g.find(form, "push button", "Add"))
            message = "“zwölf” is not an amount (1500 or 1 500,50)"
            g.find(form, "label", message, showing=True, what="the error label under the unit price")
            price = g.find(form, "text", "Unit price")
            g.poll("the INVALID state on the “Unit price” entry",
                   lambda: g.has_state(price, pyatspi.STATE_INVALID_ENTRY) or g.has_state(price, pyatspi.STATE_INVALID))
            g.check(not [l for l in budget(db, visit)["lines"] if l["description"] == LINE],
                    "the line was stored although its price is text")

            g.set_text(price, "120", title)
            g.find(form, "label", f"Planned: {participants} participants × {g.amount(120)} CZK = {g.amount(120 * participants)} CZK",
                   showing=True, what="the live preview of the planned amount")
            g.screenshot("budget-line-form.png")
            g.click(g.find(form, "push button", "Add"))
            app.window_gone(title)

            after = g.poll(f"“{LINE}” in `budget --json`",
                           lambda: (lambda b: b if [l for l in b["lines"] if l["description"] == LINE] else None)(budget(db, visit)))
            line = [l for l in after["lines"] if l["description"] == LINE][0]
            g.check(line["basis"] == "per-participant", f"basis is {line['basis']!r}")
            g.check(line["quantity"] == str(participants), f"quantity is {line['quantity']!r}, participants {participants}")
            g.check(line["planned"] == {"amount": f"{120 * participants}.00", "currency": "CZK"}, f"planned is {line['planned']!r}")
            planned_after = Decimal(after["totals"]["planned"]["amount"])
            g.check(planned_after - planned_before == 120 * participants,
                    f"the planned total went from {planned_before} to {planned_after}, not up by {120 * participants}")
            g.find(app.window, "list item", f"{LINE}: {g.amount(120 * participants)} CZK", showing=True,
                   what="the new line on the Budget page")
            g.screenshot("budget-page.png")

            g.click(g.toast_undo(app))
            g.poll(f"“{LINE}” gone from `budget --json` after Undo",
                   lambda: not [l for l in budget(db, visit)["lines"] if l["description"] == LINE])


if __name__ == "__main__":
    g.main(globals())
