import CGtk
import Foundation
import PlannerCore

/// Starts the GTK application. Only this path initialises GTK; the CLI never comes here.
enum GUILauncher {
    /// Runs the application on `databasePath` (nil: the default database); returns the exit status.
    static func run(databasePath: String?) -> Int32 {
        MainActor.assumeIsolated {
            MainQueueBridge.install()
            let application = Application(databasePath: databasePath ?? PlannerStore.defaultPath)
            return application.run()
        }
    }
}
