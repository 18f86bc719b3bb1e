// One executable: with a subcommand it runs headless (never touching GTK), without one it opens
// the window. CommandLine parsing decides which; see CLI/VisitPlannerCommand.swift.
VisitPlannerCommand.runFromCommandLine()
