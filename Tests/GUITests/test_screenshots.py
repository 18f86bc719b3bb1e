"""Open the sample visit and take a screenshot of each page and of a form
(test-output/gui/overview.png, participants.png, host-families.png, participant-form.png)."""
import guitest as g


def test_screenshots_of_every_page():
    # The sample visit is created by the CLI before the app starts: opening it from the welcome
    # page leaves the visit unloaded (see test_welcome), which would make the screenshots useless.
    with g.TempDB() as db:
        g.demo(db)
        _shoot(db)


def _shoot(db):
    with g.App(db, name="screenshots") as app:
        app.find("list item", g.SAMPLE_TITLE, what="the sample visit in the sidebar")
        g.poll("the sample visit's overview (window title names the visit)",
               lambda: g.SAMPLE_TITLE in (app.window.name or ""))
        g.find(app.window, "table", "Key figures", showing=True)
        g.screenshot("overview.png")
        g.show_page(app, "Participants")
        g.poll("participant rows", lambda: g.table_rows(app, "Participants"))
        g.screenshot("participants.png")
        g.show_page(app, "Host Families")
        app.find("push button", "Add Host Family", showing=True)
        g.screenshot("host-families.png")
        g.show_page(app, "Participants")
        g.click(app.find("push button", "Add Participant", showing=True))
        form = app.window_named("Add Participant")
        g.find(form, "text", "Given name", showing=True)
        g.screenshot("participant-form.png")
        g.click(g.find(form, "push button", "Cancel"))
        app.window_gone("Add Participant")


if __name__ == "__main__":
    g.main(globals())
