"""An empty database shows the welcome page; `visitplanner demo` run by another process makes the
sample visit appear without any action: the GRDB observation's callbacks, delivered on
DispatchQueue.main, run inside the GTK main loop. The self-check lines prove the same for
Task { @MainActor } and DispatchQueue.main.async."""
import guitest as g

SELF_CHECK_LINES = [
    "self-check: Task on the main actor ran inside the GTK main loop",
    "self-check: DispatchQueue.main block ran inside the GTK main loop",
]


def test_welcome_then_cli_demo_appears():
    with g.TempDB() as db, g.App(db, env={"VISITPLANNER_SELF_CHECK": "main-queue"}, name="welcome") as app:
        create = app.find("push button", "Create a Visit", showing=True)
        app.find("push button", "Open the Sample Visit", showing=True)
        g.check(not g.on_screen(g.find(app.window, "page tab", "Overview")),
                "the page tab “Overview” is on screen although the database is empty")
        for line in SELF_CHECK_LINES:
            app.wait_output(line)
        g.screenshot("welcome.png")

        visit_id = g.demo(db)
        row = app.find("list item", g.SAMPLE_TITLE, what="the sidebar row of the visit created by the CLI")
        g.poll("the main page (page tab “Overview” on screen)",
               lambda: g.on_screen(g.find(app.window, "page tab", "Overview")))
        g.poll("the window title to name the visit", lambda: g.SAMPLE_TITLE in (app.window.name or ""))
        g.poll("the welcome page to go away", lambda: not g.on_screen(create), timeout=5)
        g.check([v["id"] for v in g.visits(db)] == [visit_id], "visits list does not show exactly the demo visit")
        g.check(row is not None, "no sidebar row")


if __name__ == "__main__":
    g.main(globals())
