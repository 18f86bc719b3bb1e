"""Backups in the window: main menu → "Restore from Backup…" lists the backups and restores one
over the open database (placements stored since are gone, an edit's Undo with them, the current
data kept as .before-restore-*); a damaged database file opens on the "The database is damaged"
dialog, whose restore button puts the newest good backup in place and keeps the damaged file
aside untouched (.damaged-*); the window takes one backup a day when it opens. Backups go to the
test's own XDG_DATA_HOME, for the app and the CLI alike."""
import contextlib
import glob
import hashlib
import os
import shutil
import subprocess
import tempfile
import time

import pyatspi

import guitest as g
import plugintest as p

# New messages are named with g.message: whole, so no part of them is read as another message.
WINDOW = g.message("Restore from Backup")
RESTORE = g.message("Restore…")


@contextlib.contextmanager
def data_home():
    """A fresh XDG_DATA_HOME for this test's CLI calls and app (both read os.environ)."""
    folder = tempfile.mkdtemp(prefix="visitplanner-data-")
    before = os.environ.get("XDG_DATA_HOME")
    os.environ["XDG_DATA_HOME"] = folder
    try:
        yield folder
    finally:
        if before is None:
            del os.environ["XDG_DATA_HOME"]
        else:
            os.environ["XDG_DATA_HOME"] = before
        shutil.rmtree(folder, ignore_errors=True)


def backups(db):
    return g.cli_json(db, "backup", "list")["backups"]


def date_text(backup_id):
    """DatabaseBackup.dateText from the id (both local time): "2026-12-04-183012" → "2026-12-04 18:30"."""
    return f"{backup_id[:10]} {backup_id[11:13]}:{backup_id[13:15]}"


def placed(db, visit):
    return [person["fullName"] for person in g.people(db, visit) if person["placement"]]


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def damage(db):
    """Overwrites the page in the middle of the (closed) database file with random bytes."""
    g.check(not os.path.exists(db + "-wal") or os.path.getsize(db + "-wal") == 0,
            "the CLI left a write-ahead log beside the database: the damage would not be all on disk")
    pages = os.path.getsize(db) // 4096
    g.check(pages > 4, f"the demo database has only {pages} pages")
    with open(db, "r+b") as f:
        f.seek(pages // 2 * 4096)
        f.write(os.urandom(4096))


def shown_label(root, english_prefix):
    """The first on-screen label whose text (read back in English) starts with `english_prefix`."""
    return next((n for n in g.find_all(root, "label")
                 if g.en(g.text_of(n) or "").startswith(english_prefix) and g.on_screen(n)), None)


def window_with_label(app, english_prefix, what):
    """The app's window that shows a label starting with `english_prefix` (dialogs here share titles)."""
    return g.poll(what, lambda: next((w for w in app.windows() if w is not None and shown_label(w, english_prefix)), None))


def open_backups_window(app):
    p.open_menu_item(app, g.message("Restore from Backup…"))
    return app.window_named(WINDOW)


def backup_row(window, date):
    return g.poll(f"the backup of {date} in the list",
                  lambda: next((n for n in g.find_all(window, "list item")
                                if (n.name or "").startswith(g.message("Backup of {date}, {size}", date=date, size="").rstrip(", "))
                                and g.on_screen(n)), None))


def fill_screen(app, width, height):
    """The main window at the screen's size (no window manager under Xvfb to do it)."""
    g.poll("the sample visit shown (its title names the window)", lambda: g.SAMPLE_TITLE in (app.window.name or ""))
    g.xdotool("search", "--name", "^" + g._regex(app.window.name) + "$", "windowsize", str(width), str(height))


class DamagedApp(g.App):
    """The app on a damaged file: no main window yet, the damaged dialog comes first."""

    def main_window(self):
        return None


def test_restore_from_backup_window():
    with g.TempDB() as db, data_home():
        visit = g.demo(db)
        backup = g.cli_json(db, "backup", "create")
        date = date_text(backup["id"])
        g.cli(db, "assign", "--visit", str(visit), "--apply")
        g.check(placed(db, visit), "`assign --apply` placed nobody")
        with g.App(db, name="restore-backup") as app:
            # An edit in the window, so there is something to undo that the restore must forget.
            g.show_page(app, "Participants")
            row, cells = g.poll("rows in the participants table", lambda: g.table_rows(app, "Participants"))[0]
            g.pointer_click(g.find(row, "label", cells[0]), app.window.name)
            delete = app.find("push button", "Delete Selected", showing=True)
            g.poll("“Delete Selected” to become sensitive", lambda: g.has_state(delete, pyatspi.STATE_SENSITIVE))
            g.click(delete)
            g.poll(f"“{cells[0]}” deleted", lambda: len(g.people(db, visit)) == 46)
            # The header bar's Undo (the notification has an "Undo" button too, lower down).
            undo = min((b for b in g.find_all(app.window, "push button", "Undo") if g.on_screen(b)), key=lambda b: g.extents(b)[1])
            g.poll("Undo to be possible after the deletion", lambda: g.has_state(undo, pyatspi.STATE_SENSITIVE))

            window = open_backups_window(app)
            row = backup_row(window, date)
            g.pointer_click(row, WINDOW)
            g.poll("the backup selected", lambda: g.has_state(row, pyatspi.STATE_SELECTED))
            time.sleep(0.5)
            g.check(len([w for w in app.windows() if w is not None and w.name == WINDOW]) == 1,
                    "a click on a backup did more than select it")
            restore = g.find(window, "push button", RESTORE, showing=True)
            g.poll("“Restore…” to be sensitive with a backup selected", lambda: g.has_state(restore, pyatspi.STATE_SENSITIVE))
            g.click(restore)

            question = window_with_label(app, f"Replace all current data with the backup of {date}?", "the confirmation")
            kept = shown_label(question, "The current data is kept as ")
            g.check(kept is not None, "the confirmation does not say where the current data is kept")
            kept_name = g.en(g.text_of(kept))[len("The current data is kept as "):].rstrip(".")
            g.check(kept_name.startswith(os.path.basename(db) + ".before-restore-"), f"the confirmation names {kept_name!r}")
            kept_path = os.path.join(os.path.dirname(db), kept_name)
            g.click(g.find(question, "push button", g.message("Restore")))
            app.window_gone(WINDOW)

            g.find(app.window, "label", g.message("Restored the backup of {date}.", date=date), showing=True,
                   what="the notification “Restored the backup of …”")
            g.poll("nobody placed any more (`people list --json`)", lambda: not placed(db, visit))
            g.check(len(g.people(db, visit)) == 47, "the deleted participant is not back after the restore")
            g.check(os.path.exists(kept_path), f"{kept_path} (the current data, kept aside) does not exist")
            g.check(glob.glob(db + ".before-restore-*") == [kept_path], f"beside the database: {glob.glob(db + '.*')}")
            g.poll("Undo to be cleared (its changes no longer apply)", lambda: not g.has_state(undo, pyatspi.STATE_SENSITIVE))
            # The window shows the restored data: the deleted participant is listed again.
            g.poll(f"“{cells[0]}” back in the participants table",
                   lambda: any(c[0] == cells[0] for _, c in g.table_rows(app, "Participants")))


def test_damaged_file_restored_from_dialog():
    with g.TempDB() as db, data_home():
        g.demo(db)
        backup = g.cli_json(db, "backup", "create")
        date = date_text(backup["id"])
        damage(db)
        damaged_sum = sha256(db)
        with DamagedApp(db, name="damaged") as app:
            dialog = window_with_label(app, "The database is damaged", "the “The database is damaged” dialog")
            text = shown_label(dialog, "“")
            g.check(text is not None and db in g.text_of(text), "the dialog does not name the database file")
            g.check("Nothing was written to it." in g.en(g.text_of(text)), f"the dialog says {g.text_of(text)!r}")
            g.screenshot("damaged-dialog.png")
            g.click(g.find(dialog, "push button", g.message("Restore the Backup of {date}", date=date)))

            app.window = g.App.main_window(app)
            app.find("list item", g.SAMPLE_TITLE, what="the sample visit in the sidebar")
            g.poll("the sample visit shown (the window title names it)", lambda: g.SAMPLE_TITLE in (app.window.name or ""))
            # The damaged file, and its -wal/-shm when SQLite's check at open made them.
            aside = [f for f in glob.glob(db + ".damaged-*") if not f.endswith(("-wal", "-shm"))]
            g.check(len(aside) == 1, f"beside the database: {glob.glob(db + '*')}")
            g.check(sha256(aside[0]) == damaged_sum, "the damaged file was changed")
            notice = g.poll("the notification saying where the damaged file is",
                            lambda: shown_label(app.window, f"Restored the backup of {date}. The damaged file is kept as "))
            g.check(aside[0] in g.text_of(notice), f"the notification says {g.text_of(notice)!r}, not {aside[0]}")
            g.screenshot("damaged-restored.png")
        titles = [v["title"] for v in g.visits(db)]
        g.check(titles == [g.SAMPLE_TITLE], f"`visits list --json` after the restore: {titles}")


def test_damaged_file_without_backup_is_fatal():
    with g.TempDB() as db, data_home():
        g.demo(db)
        damage(db)
        damaged_sum = sha256(db)
        with DamagedApp(db, name="damaged-no-backup") as app:
            dialog = window_with_label(app, "Cannot open the database", "the “Cannot open the database” dialog")
            g.check(shown_label(dialog, "The database “") is not None, "the dialog does not give the damage message")
            # Its one button is GTK's own "Close" (translated by GTK, not by VisitPlanner's catalogue).
            buttons = [b for b in g.find_all(dialog, "push button") if b.name and g.on_screen(b)]
            g.check(len(buttons) == 1, f"the dialog has the buttons {[b.name for b in buttons]}")
            g.click(buttons[0])
            g._running_app = None  # the app is about to exit, as it should
            try:
                status = app.process.wait(10)
            except subprocess.TimeoutExpired:
                g.fail("the app did not quit after the fatal dialog was closed")
            g.check(status == 0, f"the app exited {status}")
        g.check(sha256(db) == damaged_sum, "the damaged file was changed")
        g.check(not glob.glob(db + ".damaged-*"), "a file was moved aside without a backup to restore")


def test_daily_backup_when_the_window_opens():
    with g.TempDB() as db, data_home():
        g.demo(db)
        g.check(backups(db) == [], "there is a backup before the window ever opened")
        with g.App(db, name="daily-backup-1"):
            found = g.poll("a backup listed by `backup list --json`", lambda: backups(db), timeout=15)
        g.check(len(found) == 1, f"{len(found)} backups after the first start")
        g.check(os.stat(found[0]["path"]).st_mode & 0o777 == 0o600, "the backup is readable by others")
        with g.App(db, name="daily-backup-2") as app:
            app.find("list item", g.SAMPLE_TITLE, what="the sample visit in the sidebar")
            deadline = time.monotonic() + 3
            while time.monotonic() < deadline:
                count = len(backups(db))
                g.check(count == 1, f"{count} backups after the second start the same day")
                time.sleep(0.3)


def test_backups_screenshots():
    """The window and the dialog at the screen's size (run-gui-tests.sh: 1280x800; run this
    file under another xvfb-run -s "-screen 0 WxHx24" for others): files named with the size."""
    size = subprocess.run(["xdotool", "getdisplaygeometry"], capture_output=True, text=True).stdout.split()
    width, height = int(size[0]), int(size[1])
    suffix = f"{width}x{height}"
    with g.TempDB() as db, data_home():
        g.demo(db)
        for _ in range(3):
            g.cli(db, "backup", "create")
            time.sleep(1.1)  # ids have seconds
        with g.App(db, name="backups-screenshots") as app:
            fill_screen(app, width, height)
            window = open_backups_window(app)
            g.pointer_click(backup_row(window, date_text(backups(db)[0]["id"])), WINDOW)
            g.poll("“Restore…” sensitive", lambda: g.has_state(g.find(window, "push button", RESTORE), pyatspi.STATE_SENSITIVE))
            g.screenshot(f"backups-window-{suffix}.png")
            g.click(g.find(window, "push button", RESTORE))
            question = window_with_label(app, "Replace all current data with the backup of ", "the confirmation")
            g.screenshot(f"backups-confirm-{suffix}.png")
            g.click(g.find(question, "push button", "Cancel"))
        shutil.rmtree(os.path.join(os.environ["XDG_DATA_HOME"], "visitplanner", "backups"))
        with g.App(db, name="backups-screenshots-empty") as app:
            fill_screen(app, width, height)
            g.poll("today's backup", lambda: backups(db))
            for backup in backups(db):
                os.remove(backup["path"])
            window = open_backups_window(app)
            g.find(window, "label", g.message("No backups yet: VisitPlanner takes one each day when it opens."), showing=True)
            g.check(not g.has_state(g.find(window, "push button", RESTORE), pyatspi.STATE_SENSITIVE),
                    "“Restore…” can be used with no backup to restore")
            g.screenshot(f"backups-window-empty-{suffix}.png")
        g.cli(db, "backup", "create")
        damage(db)
        with DamagedApp(db, name="damaged-screenshot") as app:
            window_with_label(app, "The database is damaged", "the damaged dialog")
            g.screenshot(f"damaged-dialog-{suffix}.png")


if __name__ == "__main__":
    g.main(globals())
