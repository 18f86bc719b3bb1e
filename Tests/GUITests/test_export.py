"""Export dialog: Ctrl+E (from any page) opens it for the visit; "Participants (CSV)" with a
byte-order mark is written where the test types it, byte for byte what `visitplanner export`
writes, private (0600) with "Let other users of this computer read the files" off by default,
and the dialog says where with an Open Folder button. Ticking "Include health data and contacts"
shows a warning line that says whom such a file is for. The CSV options' defaults are the window
language's spreadsheet convention (German: semicolon and byte-order mark). A plugin that crashes (the
broken fixture, built with swiftc into a folder on VISITPLANNER_PLUGIN_PATH) leaves the window
alive, says so, and writes nothing; a plugin that hangs can be cancelled."""
import os
import subprocess

import pyatspi

import guitest as g
import plugintest as p


HEALTH_WARNING = ("This file holds health data and contacts: give it only to the people who need them "
                  "(organisers, the caterer for diets).")


def test_export_participants_csv():
    # Where numbers have a decimal comma, spreadsheets expect semicolons and a byte-order mark.
    decimal_comma = g.GUI_LANGUAGE in ("cs", "de", "fr", "pl")
    separator = "semicolon" if decimal_comma else "comma"
    with g.TempDB() as db:
        folder = os.path.dirname(db)
        env = p.isolated_env(folder)
        visit = g.demo(db)
        target = os.path.join(folder, "out", "participants.csv")
        with g.App(db, env=env, name="export") as app:
            # Ctrl+E from a page other than the Overview.
            g.show_page(app, "Budget")
            g.pointer_click(app.find("page tab", "Budget", showing=True), app.window.name)
            g.key("ctrl+e")
            dialog = p.ready_export_dialog(app, p.EXPORT_TITLE)
            combo = p.choose_format(dialog, "Participants (CSV)", p.EXPORT_TITLE)
            g.check(not [n for n in g.find_all(dialog, "text", "Languages") if g.on_screen(n)],
                    "the Languages field is shown for a format that does not use languages")
            bom = g.find(dialog, "check box", "Byte-order mark for spreadsheet programs", showing=True)
            g.check(g.has_state(bom, pyatspi.STATE_CHECKED) == decimal_comma,
                    f"the byte-order mark's default is not the {g.GUI_LANGUAGE} convention")
            if not decimal_comma:
                g.pointer_click(bom, p.EXPORT_TITLE)  # GTK 4.8 gives check buttons no AT-SPI action
                g.poll("the byte-order mark option ticked", lambda: g.has_state(bom, pyatspi.STATE_CHECKED))
            # Need-to-know: health data and contacts only when ticked; then a line says whom the file is for.
            health = g.find(dialog, "check box", g.message("Include health data and contacts"), showing=True)
            g.check(not g.has_state(health, pyatspi.STATE_CHECKED), "health data and contacts are included by default")
            warnings = lambda: [n for n in g.find_all(dialog, "label", g.message(HEALTH_WARNING)) if g.on_screen(n)]
            g.check(not warnings(), "the health-data warning is shown while the option is not ticked")
            g.pointer_click(health, p.EXPORT_TITLE)
            g.poll("the health-data warning under the ticked option", warnings)
            g.screenshot("export-dialog-health.png")
            g.pointer_click(health, p.EXPORT_TITLE)
            g.poll("the health option unticked and its warning gone",
                   lambda: not g.has_state(health, pyatspi.STATE_CHECKED) and not warnings())
            # message(): the whole sentence, not matched word by word against "{done} of {total} files".
            shared = g.find(dialog, "check box", g.message("Let other users of this computer read the files"), showing=True)
            g.check(not g.has_state(shared, pyatspi.STATE_CHECKED), "the files are shared with other users by default")
            p.set_destination(dialog, target, p.EXPORT_TITLE)
            g.check(p.shown_format(combo) == "Participants (CSV)", "the format changed")
            g.click(g.find(dialog, "push button", "Export"))

            g.find(dialog, "label", f"Saved to {target}", showing=True, timeout=30, what="the “Saved to …” result line")
            g.find(dialog, "push button", "Open Folder", showing=True)
            g.screenshot("export-dialog-saved.png")
            g.check(not p.staging_leftovers(os.path.dirname(target)), "a staging folder was left behind")

        g.check(os.stat(target).st_mode & 0o777 == 0o600, f"the file's mode is {oct(os.stat(target).st_mode & 0o777)}, not 0600")
        with open(target, "rb") as f:
            written = f.read()
        g.check(written.startswith(b"\xef\xbb\xbf"), "no byte-order mark although the option was ticked")
        text = written[3:].decode("utf-8")
        lines = text.split("\r\n")
        # No language chosen: the visit's list speaks the visit's first language, the host's (Czech).
        mark = ";" if decimal_comma else ","
        g.check(lines[0].startswith(f"Jméno{mark}Příjmení{mark}Role"), f"the header is {lines[0]!r}")
        count = len(g.people(db, visit))
        g.check(len([l for l in lines[1:] if l]) == count, f"{len(lines) - 2} rows for {count} participants")
        # The window runs exactly what the command line runs.
        reference = os.path.join(folder, "reference.csv")
        g.cli(db, "export", "--visit", str(visit), "--format", "csv-participants", "--output", reference,
              "--option", "bom=true", "--option", f"separator={separator}")
        with open(reference, "rb") as f:
            g.check(f.read() == written, "the file differs from what `visitplanner export` writes with the same options")


def test_crashing_and_hanging_plugins():
    with g.TempDB() as db:
        folder = os.path.dirname(db)
        plugins = os.path.join(folder, "plugins")
        os.makedirs(plugins, mode=0o755)
        p.build_fixture_plugin("BrokenPlugin", plugins)
        env = p.isolated_env(folder, plugin_path=plugins)
        g.demo(db)
        out = os.path.join(folder, "out")
        os.makedirs(out)
        crashed = os.path.join(out, "crash.txt")
        with g.App(db, env=env, name="export-broken") as app:
            dialog = p.open_export_dialog(app)
            p.choose_format(dialog, "broken-crash", p.EXPORT_TITLE)
            p.set_destination(dialog, crashed, p.EXPORT_TITLE)
            g.click(g.find(dialog, "push button", "Export"))
            message = g.poll("the crash message", lambda: p.label_starting(dialog, "The export plugin crashed (signal "), timeout=30)
            g.check(g.en(g.text_of(message)).endswith("; nothing was written."), f"the message is {g.text_of(message)!r}")
            g.screenshot("export-dialog-crashed.png")
            app.assert_alive()
            g.check(not os.path.exists(crashed), "the crashing plugin's half file was written")
            g.check(not os.listdir(out), f"files were left in the output folder: {os.listdir(out)}")
            g.check(not [n for n in g.find_all(dialog, "push button", "Open Folder") if g.on_screen(n)],
                    "Open Folder is offered after a failure")

            # The window still works: a plugin that hangs is cancelled from the dialog.
            p.choose_format(dialog, "broken-hang", p.EXPORT_TITLE)
            hung = os.path.join(out, "hang.txt")
            p.set_destination(dialog, hung, p.EXPORT_TITLE)
            g.click(g.find(dialog, "push button", "Export"))
            cancel = g.find(dialog, "push button", "Cancel Export", showing=True, what="the Cancel button while exporting")
            g.find(dialog, "progress bar", "Export progress", showing=True)
            g.screenshot("export-dialog-running.png")
            g.check(not g.has_state(g.find(dialog, "push button", "Export"), pyatspi.STATE_SENSITIVE),
                    "Export can be pressed again while an export runs")
            g.click(cancel)
            g.find(dialog, "label", "The export was cancelled; nothing was written.", showing=True, timeout=15)
            g.check(not os.listdir(out), f"files were left in the output folder: {os.listdir(out)}")
            g.poll("the hanging child process to be gone", lambda: not hanging_children(app.process.pid), timeout=10)

            g.click(g.find(dialog, "push button", "Close"))
            app.window_gone(p.EXPORT_TITLE)
            g.show_page(app, "Participants")  # the main window still answers
            app.assert_alive()


def test_one_file_per_participant_and_one_participant():
    """The Hello fixture plugin (visit, person and each-person): from the visit, one file per
    participant into a folder, the bar counting the files; from the Participants page, the
    selected person's file."""
    with g.TempDB() as db:
        folder = os.path.dirname(db)
        plugins = os.path.join(folder, "plugins")
        os.makedirs(plugins, mode=0o755)
        p.build_fixture_plugin("HelloPlugin", plugins)
        env = p.isolated_env(folder, plugin_path=plugins)
        visit = g.demo(db)
        everyone = g.people(db, visit)
        batch = os.path.join(folder, "everyone")
        with g.App(db, env=env, name="export-batch") as app:
            dialog = p.open_export_dialog(app)
            p.choose_format(dialog, "Hello (text)", p.EXPORT_TITLE)
            p.choose(dialog, "Files", "One file per participant, into a folder", p.EXPORT_TITLE)
            entry = g.find(dialog, "text", "Into folder", showing=True, what="the destination entry, now a folder")
            # No language typed: the hint says what the batch writes, file by file in its reader's
            # language (the sample's guests: 16 French, 14 German, 11 Polish; languages by their own names).
            hint = g.poll("the languages hint to count the batch's files by language", lambda: next(
                (n for n in g.find_all(dialog, "label") if all(part in (n.name or "") for part in
                                                             (str(len(everyone)), "Français 16", "Deutsch 14", "Polski 11"))), None))
            g.check(g.on_screen(hint), "the languages hint is on screen")
            g.screenshot("export-dialog-languages.png")
            g.set_text(entry, batch, p.EXPORT_TITLE)
            g.find(dialog, "label", "The folder will be created.", showing=True)
            g.click(g.find(dialog, "push button", "Export"))
            g.find(dialog, "label", f"{len(everyone)} files saved in {batch}", showing=True, timeout=30)
            g.screenshot("export-dialog-batch.png")
            written = sorted(os.listdir(batch))
            g.check(len(written) == len(everyone), f"{len(written)} files for {len(everyone)} participants")
            g.check(all(name.endswith(".txt") for name in written), f"files: {written[:5]}")
            g.click(g.find(dialog, "push button", "Close"))
            app.window_gone(p.EXPORT_TITLE)

            g.show_page(app, "Participants")
            row, cells = g.poll("rows in the participants table", lambda: g.table_rows(app, "Participants"))[0]
            name = cells[0]
            g.pointer_click(g.find(row, "label", name), app.window.name)
            export = app.find("push button", "Export the Selected Participant", showing=True)
            g.poll("“Export…” to become sensitive after selecting a row", lambda: g.has_state(export, pyatspi.STATE_SENSITIVE))
            g.click(export)
            title = f"Export {name}"
            dialog = p.ready_export_dialog(app, title)
            g.find(dialog, "label", f"Participant: {name}", showing=True)
            listed = p.listed_formats(g.find(dialog, "combo box", "Format", showing=True), title)
            g.check("Hello (text)" in listed and "Personal booklet (PDF)" in listed, f"person formats offered: {listed}")
            g.check(not any(name in listed for name in ("Participants (CSV)", "Programme (PDF)", "Budget (PDF)")),
                    f"a format without the person scope is offered for one participant: {listed}")
            p.choose_format(dialog, "Hello (text)", title)
            target = os.path.join(folder, "one.txt")
            p.set_destination(dialog, target, title)
            g.click(g.find(dialog, "push button", "Export"))
            g.find(dialog, "label", f"Saved to {target}", showing=True, timeout=30)
            g.screenshot("export-dialog-person.png")
        with open(target) as f:
            g.check(f.read().splitlines()[1] == name, f"{target} is not about {name}")


def hanging_children(pid):
    """The app's child processes still running an export."""
    result = subprocess.run(["pgrep", "-P", str(pid), "-f", "export"], capture_output=True, text=True)
    return result.stdout.split()


if __name__ == "__main__":
    g.main(globals())
