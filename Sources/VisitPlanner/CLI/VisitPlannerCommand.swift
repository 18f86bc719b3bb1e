import ArgumentParser
import Foundation
import PlannerCore

struct VisitPlannerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "visitplanner", version: "0.1.0")
    @Option(help: "The SQLite file.") var database: String?
    func run() throws { print("gui") }

    static func runFromCommandLine() { main() }
}
