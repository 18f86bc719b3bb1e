"""Create a visit through the form and read it back with `visits list --json`."""
import guitest as g


def test_create_visit_through_form():
    with g.TempDB() as db, g.App(db) as app:
        g.click(app.find("push button", "Create a Visit"))
        form = app.window_named("New Visit")
        g.fill(form, "New Visit", {
            "Title": "Autumn exchange 2027",
            "Host town": "Horní Lhota",
            "Host country": "CZ",
            "Partner town 1": "Saint-Aubin-sur-Loire",
            "Country of partner town 1": "FR",
        })
        g.click(g.find(form, "push button", "Add Partner Town"))
        g.fill(form, "New Visit", {
            "Partner town 2": "Birkenfeld am See",
            "Country of partner town 2": "DE",
            "Start date": "2027-09-10",
            "End date": "2027-09-14",
            "Languages": "cs, fr, de",
            "Currency": "CZK",
        })
        g.click(g.find(form, "push button", "Create"))
        app.window_gone("New Visit")
        g.find(app.window, "list item", "Autumn exchange 2027", what="the new visit in the sidebar")
        stored = g.poll("the visit in `visits list --json`",
                        lambda: [v for v in g.visits(db) if v.get("title") == "Autumn exchange 2027"])
        print(stored[0])


if __name__ == "__main__":
    g.main(globals())
