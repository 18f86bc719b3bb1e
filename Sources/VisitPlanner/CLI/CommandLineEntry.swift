import ArgumentParser
import Foundation
import PlannerCore

/// The process's exit statuses, as docs/specs/cli.md fixes them.
enum CLIExitStatus {
    static let success: Int32 = 0
    /// The command could not do its work; one line on stderr says why.
    static let failure: Int32 = 1
    /// The command line itself was wrong (ArgumentParser would say 64).
    static let usage: Int32 = 2
}

extension VisitPlannerCommand {
    /// Parses the command line, runs the command and exits with the contract's status.
    ///
    /// Our own entry instead of `main()`: ArgumentParser exits 64 on usage errors and prints
    /// whole error descriptions for failures, while the contract wants 2 and one clean line.
    static func runFromCommandLine(_ arguments: [String] = Array(CommandLine.arguments.dropFirst())) -> Never {
        var command: ParsableCommand
        do {
            command = try parseAsRoot(arguments)
        } catch {
            Foundation.exit(reportParseError(error))
        }
        do {
            try command.run()
            Foundation.exit(CLIExitStatus.success)
        } catch {
            // The command has returned, so its store is closed and a file it created can go.
            NewDatabaseGuard.undoCreation()
            Foundation.exit(reportRunError(error))
        }
    }

    /// Help and version go to stdout with 0; anything else is a usage error.
    private static func reportParseError(_ error: any Error) -> Int32 {
        let code = exitCode(for: error)
        let message = fullMessage(for: error)
        if code == .success {
            if !message.isEmpty { Console.out(message) }
            return CLIExitStatus.success
        }
        Console.err(message)
        return CLIExitStatus.usage
    }

    /// Failures while running: one line `visitplanner: …`, status 1.
    private static func reportRunError(_ error: any Error) -> Int32 {
        switch error {
        case let error as PlannerError:
            Console.errorLine(error.message)
            return CLIExitStatus.failure
        case let error as ExitCode:
            return error.rawValue
        case let error as CLIFailure:
            Console.errorLine(error.message)
            return CLIExitStatus.failure
        case let error as ExportError:
            Console.errorLine(error.message)
            return CLIExitStatus.failure
        case is ValidationError:
            // A check that needs the database (run time), but is about the command line.
            Console.err(fullMessage(for: error))
            return CLIExitStatus.usage
        default:
            let code = exitCode(for: error)
            if code == .success {
                // CleanExit: help requested by a command group.
                let message = fullMessage(for: error)
                if !message.isEmpty { Console.out(message) }
                return CLIExitStatus.success
            }
            Console.errorLine(String(describing: error))
            return CLIExitStatus.failure
        }
    }
}
