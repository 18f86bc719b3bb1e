"""Need-to-know on screen: the Participants table shows no health column ("Diet and allergies")
until "Show Health Data" is toggled on, and hides it again when it is toggled off."""
import guitest as g

HEALTH = "Diet and allergies"


def headers(table):
    """The titles of the table's shown columns: the labels of its header row (GTK 4.8 exposes
    the header as the table's first row of GtkColumnViewTitle fillers, each with a label)."""
    row = table.getChildAtIndex(0) if table.childCount else None
    if row is None or row.getRoleName() != "table row":
        return []
    return [g.en(g.text_of(label)) for label in g.find_all(row, "label") if g.on_screen(label)]


def cell_counts(app):
    return {len(cells) for _, cells in g.table_rows(app, "Participants")}


def test_health_column_hidden_until_asked():
    with g.TempDB() as db:
        visit = g.demo(db)
        vegans = [p["fullName"] for p in g.people(db, visit, health=True) if "vegan" in p["diets"]]
        g.check(vegans, "the sample has no vegan to look for")
        with g.App(db, name="health-columns") as app:
            g.show_page(app, "Participants")
            g.poll("rows in the participants table", lambda: g.table_rows(app, "Participants"))
            table = g.find(app.window, "tree table", "Participants", showing=True)
            shown = g.poll("the column headers", lambda: headers(table))
            g.check("Name" in shown and "Languages" in shown, f"the headers are {shown}")
            g.check(HEALTH not in shown, f"the health column is shown by default: {shown}")
            g.check(cell_counts(app) == {5}, f"rows have {cell_counts(app)} cells, not 5")
            g.check(not any(g.en(text) == "Vegan" for _, cells in g.table_rows(app, "Participants") for text in cells),
                    "a diet is shown by default")
            g.screenshot("participants-health-hidden.png")

            # A GtkToggleButton: a push button with the pressed state under GTK 4.8.
            toggle = app.find("push button", g.message("Show Health Data"), showing=True)
            g.check(not g.has_state(toggle, g.pyatspi.STATE_CHECKED) and not g.has_state(toggle, g.pyatspi.STATE_PRESSED),
                    "the toggle starts on")
            g.click(toggle)
            g.poll("the toggle pressed", lambda: g.has_state(toggle, g.pyatspi.STATE_PRESSED) or g.has_state(toggle, g.pyatspi.STATE_CHECKED))
            g.poll("the health column after the toggle", lambda: HEALTH in headers(table))
            g.poll("six cells per row", lambda: cell_counts(app) == {6})
            g.poll("a vegan's diet in the table", lambda: any(
                cells[0] in vegans and "Vegan" in g.en(cells[5]) for _, cells in g.table_rows(app, "Participants")))
            g.screenshot("participants-health-shown.png")

            g.click(toggle)
            g.poll("the health column hidden again", lambda: HEALTH not in headers(table))
            g.poll("five cells per row again", lambda: cell_counts(app) == {5})


if __name__ == "__main__":
    g.main(globals())
