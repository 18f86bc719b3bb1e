"""The window in German, read through AT-SPI by its German accessible names, which come from the
same catalogue (.build/locale/de) the app loads: the welcome page, the sample visit and every
page tab (the whole suite also runs with the window in German, see run-gui-tests.sh)."""
import gettext
import os

import guitest as g

LOCALE = os.path.join(g.REPO, ".build", "locale")
GERMAN = gettext.translation("visitplanner", localedir=LOCALE, languages=["de"])
de = GERMAN.gettext

PAGES = ["Overview", "Participants", "Host Families", "Placement", "Itinerary", "Budget"]


def test_window_in_german():
    with g.TempDB() as db, g.App(db, env={"LANGUAGE": "de"}, name="german") as app:
        g.check(de("Open the Sample Visit") != "Open the Sample Visit", "the German catalogue translates the welcome page")
        sample = app.find("push button", de("Open the Sample Visit"), showing=True)
        app.find("push button", de("Create a Visit"), showing=True)
        g.click(sample)
        g.find(app.window, "list item", g.SAMPLE_TITLE)
        for page in PAGES:
            german = de(page)
            g.check(german != page or page in ("Budget",), f"“{page}” is translated")
            g.poll(f"the page tab “{german}” on screen", lambda: g.on_screen(g.find(app.window, "page tab", german)))
        g.screenshot("german-overview.png")


if __name__ == "__main__":
    g.main(globals())
