// One executable: with a subcommand it runs headless (never initialising GTK), without one it
// opens the window; see CLI/VisitPlannerCommand.swift. Translations come first: the CLI's and
// the core's messages use gettext too (GLib's, which needs no display).
Translations.install()
VisitPlannerCommand.runFromCommandLine()
