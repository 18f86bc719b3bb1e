import ArgumentParser
import PlannerCore

/// `--language xx[,yy]`: language codes, best first.
enum LanguageCodes {
    /// The codes of `value` (none when nil); anything but ISO 639 codes is a usage error.
    static func parse(_ value: String?) throws -> [String] {
        guard let value else { return [] }
        let codes = value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard !codes.isEmpty, codes.allSatisfy({ (2...3).contains($0.count) && $0.allSatisfy { $0.isASCII && $0.isLetter } }) else {
            throw ValidationError(tr("--language takes ISO 639-1 codes separated by commas, such as fr,de."))
        }
        return codes
    }
}
