"""Every window's controller is tied to its window in one way (Widget.keepAlive): opening and
closing each form and dialog 20 times leaves no controller, builder or window behind. The app
writes what is alive to VISITPLANNER_LIVE_OBJECTS (LiveObjects.swift) whenever a window goes."""
import json
import os

import guitest as g
import plugintest as p

ROUNDS = int(os.environ.get("LIFETIME_ROUNDS", "20"))


def live(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def settled(path, baseline, what):
    """The counts back at the baseline once the last window's release has run."""
    def probe():
        now = live(path)
        return now if now["builders"] == baseline["builders"] and now["windows"] == baseline["windows"] \
            and not now["controllers"] else None
    return g.poll(f"nothing of {what} alive after {ROUNDS} rounds (baseline {baseline}, now {live(path)})", probe)


# (page, button, window title, button that closes it)
WINDOWS = [
    ("Overview", "Edit Visit", "Edit Visit", "Cancel"),
    ("Participants", "Add Participant", "Add Participant", "Cancel"),
    ("Host Families", "Add Host Family", "Add Host Family", "Cancel"),
    ("Placement", "Placement Settings…", "Placement Settings", "Cancel"),
    ("Budget", "Add Exchange Rate", "Add Exchange Rate", "Cancel"),
    ("Overview", "Change Dates…", "Data Retention", "Cancel"),
    ("Overview", "Export Visit", p.EXPORT_TITLE, "Close"),
]


def test_forms_and_dialogs_leave_nothing_alive():
    with g.TempDB() as db:
        counts = os.path.join(os.path.dirname(db), "live.json")
        g.demo(db)
        with g.App(db, env={"VISITPLANNER_LIVE_OBJECTS": counts}, name="lifetimes") as app:
            g.poll("the first count of live objects", lambda: os.path.exists(counts))
            for page, button, title, close in WINDOWS:
                g.show_page(app, page)
                # The page's builders are made once it is first shown: count from there.
                first = app.find("push button", button, showing=True)
                baseline = live(counts)
                g.check(not baseline["controllers"], f"controllers alive before “{title}”: {baseline}")
                for _ in range(ROUNDS):
                    g.click(first)
                    window = app.window_named(title)
                    g.click(g.find(window, "push button", close))
                    app.window_gone(title)
                settled(counts, baseline, f"“{title}”")


if __name__ == "__main__":
    g.main(globals())
