import ArgumentParser
import Foundation
import PlannerCore

/// `visitplanner solve-instance FILE`: solves one instance in the format of
/// docs/specs/assignment-instance.md and prints the solution JSON (`--json` is implied). It never
/// touches the database.
struct SolveInstanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "solve-instance",
        abstract: tr("Solve one placement instance (JSON file, “-” for stdin) and print the solution JSON."))

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(tr("The instance file (docs/specs/assignment-instance.md)."), valueName: "file"))
    var file: String

    @Option(name: .customLong("time-limit"),
            help: ArgumentHelp(tr("Seconds of branch and bound at most; then the best solution found is printed, not proven optimal."),
                               valueName: "seconds"))
    var timeLimit: Double = 30

    @Flag(name: .customLong("stats"),
          help: ArgumentHelp(tr("Print timings and search statistics on stderr.")))
    var stats = false

    func validate() throws {
        if !(timeLimit > 0 && timeLimit <= 86_400) {
            throw ValidationError(tr("--time-limit takes a number of seconds from 0 to 86400."))
        }
    }

    func run() throws {
        let clock = ContinuousClock()
        let start = clock.now
        let data: Data
        do {
            data = file == "-" ? FileHandle.standardInput.readDataToEndOfFile()
                : try Data(contentsOf: URL(fileURLWithPath: file), options: .mappedIfSafe)
        } catch {
            throw CLIFailure(message: tr("Cannot read “{path}”.", ["path": file]))
        }
        let read = clock.now
        let instance: AssignmentInstance
        let solution: AssignmentSolution
        do {
            instance = try AssignmentInstance.parse(json: data)
        } catch {
            throw CLIFailure(message: "\(file): \(error.message)")
        }
        let parsed = clock.now
        do {
            solution = try AssignmentSolver.solve(instance, limits: .init(timeLimit: .milliseconds(Int(timeLimit * 1000))))
        } catch {
            throw CLIFailure(message: "\(file): \(error.message)")
        }
        let solved = clock.now
        FileHandle.standardOutput.write(solution.jsonData())
        if stats {
            func ms(_ d: Duration) -> String {
                String(format: "%.1f", Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15)
            }
            Console.err("stats: read_ms=\(ms(read - start)) parse_ms=\(ms(parsed - read)) solve_ms=\(ms(solved - parsed)) "
                + "units=\(instance.units.count) hosts=\(instance.hosts.count) pairs=\(instance.pairs.count) "
                + "proven=\(solution.provenOptimal) nodes=\(solution.nodes) split_groups_at_root=\(solution.splitGroupsAtRoot)")
        }
    }
}
