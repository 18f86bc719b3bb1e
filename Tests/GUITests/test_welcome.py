"""An empty database shows the welcome page. "Open the Sample Visit" writes through the store;
the sidebar row appears only when the GRDB ValueObservation's callback (delivered on
DispatchQueue.main) runs inside the GTK main loop. The self-check lines prove the same for
Task { @MainActor } and DispatchQueue.main.async.

test_change_from_another_process: the sample visit created by the CLI (another process) shows up
in the open window without any action. GRDB observations only see writes made through their own
connection pool: the window's DatabaseFileMonitor notices the file change and the store re-runs
them."""
import guitest as g

SELF_CHECK_LINES = [
    "self-check: Task on the main actor ran inside the GTK main loop",
    "self-check: DispatchQueue.main block ran inside the GTK main loop",
]


def wait_main_page(app, create_button):
    g.find(app.window, "list item", g.SAMPLE_TITLE, what="the sidebar row “%s”" % g.SAMPLE_TITLE)
    g.poll("the main page (page tab “Overview” on screen)",
           lambda: g.on_screen(g.find(app.window, "page tab", "Overview")))
    g.poll("the window title to name the visit", lambda: g.SAMPLE_TITLE in (app.window.name or ""))
    # The welcome page cannot be checked for "gone" through AT-SPI: GTK 4.8 keeps reporting a
    # hidden stack page's widgets as VISIBLE with their last extents. The main page's tabs
    # having a size (they have none while the welcome page shows) is the proof instead.


def test_welcome_then_sample_through_observation():
    with g.TempDB() as db, g.App(db, env={"VISITPLANNER_SELF_CHECK": "main-queue"}, name="welcome") as app:
        create = app.find("push button", "Create a Visit", showing=True)
        sample = app.find("push button", "Open the Sample Visit", showing=True)
        g.check(g.off_screen(g.find(app.window, "page tab", "Overview")),
                "the page tab “Overview” is on screen although the database is empty")
        for line in SELF_CHECK_LINES:
            app.wait_output(line)
        g.screenshot("welcome.png")
        g.click(sample)
        wait_main_page(app, create)
        g.check([v["title"] for v in g.visits(db)] == [g.SAMPLE_TITLE], "visits list does not show exactly the sample visit")


def test_change_from_another_process():
    """A visit created by the CLI in another process appears in the open window: the store's
    file monitor and data_version watcher re-run the GRDB observations, delivered through the
    main-queue bridge."""
    with g.TempDB() as db, g.App(db, name="external") as app:
        create = app.find("push button", "Create a Visit", showing=True)
        g.demo(db)
        wait_main_page(app, create)
        app.find("list item", g.SAMPLE_TITLE)


if __name__ == "__main__":
    g.main(globals())
