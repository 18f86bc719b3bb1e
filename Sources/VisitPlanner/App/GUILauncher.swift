import PlannerCore

/// Opens the GTK window. Interim body until the GUI lands (owned by the GUI work).
enum GUILauncher {
    /// Runs the application on `databasePath` (nil: the default database); returns the exit status.
    static func run(databasePath: String?) -> Int32 {
        print("GUI not built yet")
        return 0
    }
}
