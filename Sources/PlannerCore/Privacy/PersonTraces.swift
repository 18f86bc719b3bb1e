import Foundation

/// What identifies one person in stored text: the strings an erasure scrubs and then looks for
/// in the bytes of every file it cleaned.
public struct PersonTraces: Sendable, Hashable, Codable {
    public let participantId: Int64
    public let uuid: String
    public let fullName: String
    public let email: String
    public let phone: String

    public init(_ participant: Participant) {
        participantId = participant.id ?? 0
        uuid = participant.uuid
        fullName = participant.fullName
        email = participant.email.trimmingCharacters(in: .whitespaces)
        phone = participant.phone.trimmingCharacters(in: .whitespaces)
    }

    /// The strings searched for. Very short ones are left out: "Al" or a two-digit phone would
    /// match unrelated text. None holds a quote or backslash, so removing one from JSON text
    /// leaves valid JSON.
    var tokens: [String] {
        [fullName, email, phone, uuid].filter { $0.count >= 4 && !$0.contains("\"") && !$0.contains("\\") }
    }

    /// Whether `text` mentions the person.
    func mentioned(in text: String) -> Bool { tokens.contains { text.contains($0) } }

    /// `text` without any mention of the person; a name in a list ("Jade Dubois, Léo Dubois")
    /// goes with its separator.
    func removed(from text: String) -> String {
        var result = text
        for token in tokens.sorted(by: { $0.count > $1.count }) {
            for form in [", " + token, token + ", ", token] { result = result.replacingOccurrences(of: form, with: "") }
        }
        return result
    }

    /// Whether the raw bytes of a file hold any of the strings (UTF-8).
    func mentioned(inBytes data: Data) -> Bool {
        tokens.contains { data.range(of: Data($0.utf8)) != nil }
    }

    /// Whether the file at `path` holds any of the strings; a missing file holds none.
    func mentioned(inFile path: String) -> Bool {
        guard let data = FileManager.default.contents(atPath: path) else { return false }
        return mentioned(inBytes: data)
    }
}
