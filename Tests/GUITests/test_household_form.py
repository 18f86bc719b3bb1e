"""Add a host family through the form and read it back with `households list --json`."""
import guitest as g

NAME = "Testovi family"


def test_add_household():
    with g.TempDB() as db:
        visit = g.demo(db)
        with g.App(db, name="household") as app:
            g.show_page(app, "Host Families")
            g.click(app.find("push button", "Add Host Family", showing=True))
            title = "Add Host Family"
            form = app.window_named(title)
            g.fill(form, title, {"Household name": NAME, "Contact person": "Petra Testova",
                                 "Address": "Nadrazni 12, Horni Lhota", "Phone": "+420 600 111 222",
                                 "E-mail": "petra@example.cz", "Adult 1": "Petra Testova"})
            beds = g.find(form, "spin button", "Beds")
            try:
                beds.queryValue().currentValue = 3
            except Exception:
                g.set_text(beds, "3", title)
            g.poll("3 beds in the spin button", lambda: int(beds.queryValue().currentValue) == 3, timeout=5)
            g.screenshot("household-form.png")
            g.click(g.find(form, "push button", "Add"))
            app.window_gone(title)
            stored = g.poll(f"“{NAME}” in `households list --json`",
                            lambda: [h for h in g.households(db, visit) if h["name"] == NAME])[0]
            g.check(stored["contactPerson"] == "Petra Testova", f"contactPerson is {stored['contactPerson']!r}")
            g.check(stored["phone"] == "+420 600 111 222", f"phone is {stored['phone']!r}")
            g.check(stored["email"] == "petra@example.cz", f"email is {stored['email']!r}")
            g.check(stored["beds"] == 3, f"beds is {stored['beds']!r}")
            g.check([a["name"] for a in stored["adults"]] == ["Petra Testova"], f"adults are {stored['adults']!r}")


if __name__ == "__main__":
    g.main(globals())
