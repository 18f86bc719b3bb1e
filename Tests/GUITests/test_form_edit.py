"""Every form edits an existing record of the sample visit (the exchange-rate form, which only
adds, adds one): the change is read back from the database through the CLI (or SQLite where the
CLI does not show it), then Ctrl+Z in the main window takes it back and Ctrl+Shift+Z (the app's
redo accelerator, AppActions.swift) brings it again, each checked in the database. With the
sample's guests placed, editing the visit, a participant or a household keeps every placement
through the edit, the undo and the redo.
The forms: VisitForm, ParticipantForm, HouseholdForm, PlacementSettingsForm, BudgetLineForm,
FundingForm, ExchangeRateForm, ProgrammeItemForm, InterpreterForm, GroupForm, ItinerarySettingsForm."""
import json
import sqlite3

import guitest as g

INTERPRETER = "Tomáš Král"   # participant 44 of the sample, an interpreter with a profile
GROUP = "Brass band"
COST = "Bus to Telč"
FUNDING = "Town of Horní Lhota"
ITEM = "17:00–18:30 Příjezd a přivítání starostou"


def sql(db, query, *args):
    with sqlite3.connect(db) as conn:
        return conn.execute(query, args).fetchall()


def visit_of(db):
    return next(v for v in g.visits(db) if v["title"] == g.SAMPLE_TITLE)


def budget(db, visit):
    return g.cli_json(db, "budget", "--visit", str(visit))


def placements(db, visit):
    """Every placement of the visit: participant id → (household, status)."""
    return {p["id"]: (p["placement"]["household"], p["placement"]["status"]) for p in g.people(db, visit) if p["placement"]}


def placed(db, visit):
    """The sample with Suggest Placements applied (by the CLI, before the app starts), so an
    edit and its undo and redo can be checked to keep every placement."""
    g.cli(db, "assign", "--visit", str(visit), "--apply")
    kept = placements(db, visit)
    g.check(len(kept) > 20, f"`assign --apply` placed {len(kept)} guests")
    return kept


def undo_redo(app, tab, what, read, before, after, keep=None):
    """Ctrl+Z gives `before` back, Ctrl+Shift+Z `after` again, as `read()` finds them; `keep`
    (db, visit, placements) must hold after the edit, the undo and the redo alike."""
    def kept(step):
        if keep is not None:
            db, visit, expected = keep
            now = placements(db, visit)
            g.check(now == expected, f"{len(expected)} placements before, {len(now)} after {step}; "
                                     f"changed: {sorted(set(expected.items()) ^ set(now.items()))[:4]}")
    kept("the edit")
    g.focus_main(app, tab)
    g.key("ctrl+z")
    g.poll(f"{what} back to {before!r} after Ctrl+Z", lambda: read() == before)
    kept("Ctrl+Z")
    g.focus_main(app, tab)
    g.key("ctrl+shift+z")
    g.poll(f"{what} {after!r} again after Ctrl+Shift+Z", lambda: read() == after)
    kept("Ctrl+Shift+Z")


def save_form(app, form, title, save="Save"):
    g.click(g.find(form, "push button", save))
    app.window_gone(title)


def form_starting(app, prefix):
    """The form window whose title starts with `prefix` (in the window's language)."""
    def probe():
        for w in app.windows():
            if w is not None and (w.name or "").startswith(prefix) and w.name != app.window.name:
                return w
    return g.poll(f"a window “{prefix}…”", probe)


def select_first_row(app, table):
    row, cells = g.poll(f"rows in the table “{table}”", lambda: g.table_rows(app, table))[0]
    g.pointer_click(g.find(row, "label", cells[0]), app.window.name)
    return cells[0]


def edit_selected(app):
    button = app.find("push button", "Edit Selected", showing=True)
    g.poll("“Edit Selected” to become sensitive", lambda: g.has_state(button, g.pyatspi.STATE_SENSITIVE))
    g.click(button)


def test_edit_visit():
    with g.TempDB() as db:
        visit_id = g.demo(db)
        kept = placed(db, visit_id)
        with g.App(db, name="edit-visit") as app:
            visit = visit_of(db)
            before = visit["endDate"]
            after = "2027-05-19"
            g.check(before != after, f"the sample already ends on {after}")
            g.click(app.find("push button", "Edit Visit", showing=True))
            form = app.window_named("Edit Visit")
            g.set_text(g.find(form, "text", "End date"), after, g.tr("Edit Visit"))
            save_form(app, form, "Edit Visit")
            read = lambda: visit_of(db)["endDate"]
            g.poll(f"the end date {after} in `visits list --json`", lambda: read() == after)
            undo_redo(app, "Overview", "the visit's end date", read, before, after, keep=(db, visit_id, kept))


def test_edit_participant():
    with g.TempDB() as db:
        visit = g.demo(db)
        phone = "+33 6 00 00 00 01"
        kept = placed(db, visit)
        with g.App(db, name="edit-participant") as app:
            g.show_page(app, "Participants")
            name = select_first_row(app, "Participants")
            person = [p for p in g.people(db, visit) if p["fullName"] == name]
            g.check(len(person) == 1, f"“{name}” is not one person")
            pid, before = person[0]["id"], person[0]["phone"]
            edit_selected(app)
            title = g.message("Edit {name}", name=name)
            form = app.window_named(title)
            g.set_text(g.find(form, "text", "Phone"), phone, title)
            save_form(app, form, title)
            read = lambda: next(p["phone"] for p in g.people(db, visit) if p["id"] == pid)
            g.poll(f"{name}'s new phone in `people list --json`", lambda: read() == phone)
            undo_redo(app, "Participants", f"{name}'s phone", read, before, phone, keep=(db, visit, kept))


def test_edit_household():
    with g.TempDB() as db:
        visit = g.demo(db)
        phone = "+420 600 000 001"
        kept = placed(db, visit)
        with g.App(db, name="edit-household") as app:
            g.show_page(app, "Host Families")
            name = select_first_row(app, "Host families")
            found = [h for h in g.households(db, visit) if h["name"] == name]
            g.check(len(found) == 1, f"“{name}” is not one household")
            hid, before = found[0]["id"], found[0]["phone"]
            edit_selected(app)
            title = g.message("Edit {name}", name=name)
            form = app.window_named(title)
            g.set_text(g.find(form, "text", "Phone"), phone, title)
            save_form(app, form, title)
            read = lambda: next(h["phone"] for h in g.households(db, visit) if h["id"] == hid)
            g.poll(f"the household's new phone in `households list --json`", lambda: read() == phone)
            undo_redo(app, "Host Families", f"the phone of {name}", read, before, phone, keep=(db, visit, kept))


def test_edit_placement_settings():
    with g.TempDB() as db:
        visit = g.demo(db)
        with g.App(db, name="edit-placement-settings") as app:
            g.show_page(app, "Placement")
            g.click(app.find("push button", "Placement Settings…", showing=True))
            title = "Placement Settings"
            form = app.window_named(title)
            spin = g.find(form, "spin button", "Shared language (per level)")
            before = int(spin.queryValue().currentValue)
            after = before + 7
            try:
                spin.queryValue().currentValue = after
            except Exception:
                g.set_text(spin, str(after), g.tr(title))
            g.poll(f"{after} in the spin button", lambda: int(spin.queryValue().currentValue) == after, timeout=5)
            save_form(app, form, title)

            def read():
                rows = sql(db, "SELECT settings FROM placementSettings WHERE visitId = ?", visit)
                return json.loads(rows[0][0]).get("sharedLanguage") if rows else before  # no row: the defaults
            g.poll("the new shared-language weight in the database", lambda: read() == after)
            undo_redo(app, "Placement", "the shared-language weight", read, before, after)


def test_edit_budget_line():
    with g.TempDB() as db:
        visit = g.demo(db)
        with g.App(db, name="edit-budget-line") as app:
            g.show_page(app, "Budget")
            read = lambda: next(l["unitPrice"]["amount"] for l in budget(db, visit)["lines"] if l["description"] == COST)
            before, after = read(), "19500.00"
            g.click(app.find("push button", g.message("Edit {line}", line=COST), showing=True))
            title = g.message("Edit {line}", line=COST)
            form = app.window_named(title)
            g.set_text(g.find(form, "text", "Unit price"), "19500", title)
            save_form(app, form, title)
            g.poll(f"the new unit price of “{COST}” in `budget --json`", lambda: read() == after)
            undo_redo(app, "Budget", f"the unit price of “{COST}”", read, before, after)


def test_edit_funding():
    with g.TempDB() as db:
        visit = g.demo(db)
        with g.App(db, name="edit-funding") as app:
            g.show_page(app, "Budget")
            read = lambda: next(f["amount"]["amount"] for f in budget(db, visit)["funding"] if f["source"] == FUNDING)
            before, after = read(), "125000.00"
            g.click(app.find("push button", g.message("Edit {source}", source=FUNDING), showing=True))
            title = g.message("Edit {source}", source=FUNDING)
            form = app.window_named(title)
            g.set_text(g.find(form, "text", "Amount"), "125000", title)
            save_form(app, form, title)
            g.poll(f"the new amount of “{FUNDING}” in `budget --json`", lambda: read() == after)
            undo_redo(app, "Budget", f"the amount of “{FUNDING}”", read, before, after)


def test_add_exchange_rate():
    """The exchange-rate form only adds (a rate is replaced by adding one for another date)."""
    with g.TempDB() as db:
        visit = g.demo(db)
        with g.App(db, name="add-exchange-rate") as app:
            g.show_page(app, "Budget")
            read = lambda: sorted((r["from"], r["to"], r["rate"], r["date"]) for r in budget(db, visit)["exchangeRates"])
            before = read()
            new = ("PLN", "CZK", "5.9", "2027-05-01")
            g.click(app.find("push button", "Add Exchange Rate", showing=True))
            title = "Add Exchange Rate"
            form = app.window_named(title)
            g.fill(form, title, {"One unit of": "PLN", "Is worth": "5.9", "On date": "2027-05-01"})
            save_form(app, form, title, save="Add")
            after = sorted(before + [new])
            g.poll("the PLN rate in `budget --json`", lambda: read() == after)
            undo_redo(app, "Budget", "the exchange rates", read, before, after)


def test_edit_programme_item():
    with g.TempDB() as db:
        g.demo(db)
        read = lambda: sql(db, "SELECT endTime FROM programmeItem WHERE id = 1")[0][0]
        before, after = read(), "18:45"
        with g.App(db, name="edit-item") as app:
            g.show_page(app, "Itinerary")
            item = app.find("list item", ITEM, showing=True, what="the sample's welcome in the agenda")
            g.pointer_click(item, app.window.name)
            edit = app.find("push button", "Edit Item", showing=True)
            g.poll("“Edit Item” to become sensitive", lambda: g.has_state(edit, g.pyatspi.STATE_SENSITIVE))
            g.click(edit)
            form = form_starting(app, g.message("Edit {item}").split("{item}")[0])
            title = form.name
            g.set_text(g.find(form, "text", "End time"), after, title)
            g.click(g.find(form, "push button", "Save"))
            app.window_gone(g.Literal(title))
            g.poll("the welcome's new end time in the database", lambda: read() == after)
            undo_redo(app, "Itinerary", "the welcome's end time", read, before, after)


def manager(app, button, title):
    g.show_page(app, "Itinerary")
    g.click(app.find("push button", button, showing=True))
    return app.window_named(title)


def close_manager(app, window, title):
    """The Interpreters and Groups windows are modal: closed (their title bar's Close button)
    before the main window takes Ctrl+Z, as a user would."""
    g.click(g.find(window, "push button", "Close", showing=True, what=f"the Close button of “{title}”"))
    app.window_gone(title)


def test_edit_interpreter():
    with g.TempDB() as db:
        g.demo(db)
        read = lambda: sql(db, "SELECT maxMinutesPerDay FROM interpreter WHERE participantId = 44")[0][0]
        before, after = read(), 300
        g.check(before != after, f"the sample's interpreter already works {after} min a day")
        with g.App(db, name="edit-interpreter") as app:
            window = manager(app, "Interpreters…", "Interpreters")
            g.click(g.find(window, "push button", g.Literal(g.message("Edit") + " " + INTERPRETER), showing=True))
            title = g.message("Interpreter: {name}", name=INTERPRETER)
            form = app.window_named(title)
            g.set_text(g.find(form, "text", "Hours per day at most"), "5", title)
            save_form(app, form, title)
            g.poll(f"{INTERPRETER}'s new daily maximum in the database", lambda: read() == after)
            close_manager(app, window, "Interpreters")
            undo_redo(app, "Itinerary", f"{INTERPRETER}'s daily maximum", read, before, after)


def test_edit_itinerary_settings():
    with g.TempDB() as db:
        visit = g.demo(db)
        with g.App(db, name="edit-itinerary-settings") as app:
            window = manager(app, "Interpreters…", "Interpreters")
            g.click(g.find(window, "push button", g.Literal(g.message("Change") + " " + g.message("Interpreting rules")), showing=True))
            title = "Interpreting Rules"
            form = app.window_named(title)
            entry = g.find(form, "text", "Travel time between places (minutes)")
            before = int(g.text_of(entry) or "30")
            after = before + 15
            g.set_text(entry, str(after), g.tr(title))
            save_form(app, form, title)

            def read():
                rows = sql(db, "SELECT travelBufferMinutes FROM itinerarySettings WHERE visitId = ?", visit)
                return rows[0][0] if rows else before  # no row: the defaults
            g.poll("the new travel time in the database", lambda: read() == after)
            close_manager(app, window, "Interpreters")
            undo_redo(app, "Itinerary", "the travel time between places", read, before, after)


def test_edit_group():
    with g.TempDB() as db:
        g.demo(db)
        read = lambda: sql(db, "SELECT name FROM visitGroup WHERE id = 1")[0][0]
        before, after = read(), "Dechovka"
        g.check(before == GROUP, f"the sample's first group is {before!r}")
        with g.App(db, name="edit-group") as app:
            window = manager(app, "Groups…", "Groups")
            g.click(g.find(window, "push button", g.Literal(g.message("Edit") + " " + GROUP), showing=True))
            title = g.message("Edit {group}", group=GROUP)
            form = app.window_named(title)
            g.set_text(g.find(form, "text", "Name"), after, title)
            save_form(app, form, title)
            g.poll("the group's new name in the database", lambda: read() == after)
            close_manager(app, window, "Groups")
            undo_redo(app, "Itinerary", "the group's name", read, before, after)


if __name__ == "__main__":
    g.main(globals())
