import Foundation

/// Where the CLI writes: results on stdout, diagnostics on stderr.
enum Console {
    static func out(_ text: String) {
        print(text)
    }

    static func err(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// The contract's error form: exactly one line, `visitplanner: <message>`.
    static func errorLine(_ message: String) {
        let oneLine = message.split(whereSeparator: \.isNewline).joined(separator: " ")
        err("visitplanner: \(oneLine)")
    }
}
