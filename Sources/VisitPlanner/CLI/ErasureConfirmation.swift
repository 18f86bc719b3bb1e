import Foundation
import PlannerCore

/// The y/N question on the terminal before an irreversible erasure (`people erase`,
/// `privacy apply`). Without a terminal it refuses with `refusal`: a script must say `--yes`.
/// With --json the question goes to stderr, so stdout stays one JSON document.
enum ErasureConfirmation {
    static func ask(_ question: String, lines: [String], refusal: String, json: Bool) throws {
        guard isatty(STDIN_FILENO) == 1 else { throw CLIFailure(message: refusal) }
        let say = { (text: String) in if json { Console.err(text) } else { Console.out(text) } }
        say(question)
        for line in lines { say("  - " + line) }
        say(ErasurePlan.warning)
        FileHandle.standardError.write(Data((tr("Erase? [y/N]") + " ").utf8))
        let answer = (readLine() ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        guard ["y", "yes"].contains(answer) else {
            throw CLIFailure(message: tr("Nothing was erased."))
        }
    }
}
