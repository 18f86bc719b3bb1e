import Foundation

/// Batch exports: who gets a file, and what each file is called.
public enum ExportBatch {
    /// Every participant, or every guest when `guestsOnly` (`each-person`), or every household of
    /// the visit with a guest placed in it, in name order (`each-household`).
    public static func defaultTargets(for scope: ExportScope, in snapshot: VisitSnapshot, guestsOnly: Bool = false) -> [ExportTarget] {
        switch scope {
        case .eachPerson:
            return snapshot.participants.filter { !guestsOnly || $0.isGuest(of: snapshot.details) }.map { .person($0) }
        case .eachHousehold:
            let hosting = Set(snapshot.placements.filter { $0.status.lodges }.map(\.householdId))
            return snapshot.offers.map(\.household)
                .filter { hosting.contains($0.id ?? -1) }
                .sorted { $0.name.localizedStandardCompare($1.name) == .orderedAscending }
                .map { .household($0) }
        default:
            return []
        }
    }

    /// File names for a batch, one per target, unique within the batch and safe on every file
    /// system: the person's or household's name, then the extension; a name two targets share
    /// gets their ids.
    public static func fileNames(for targets: [ExportTarget], fileExtension: String) -> [String] {
        let stems = targets.map { target -> String in
            switch target {
            case .visit: return "visit"
            case .person(let person), .interpreter(let person): return safeStem(person.fullName, fallback: "person-\(person.id ?? 0)")
            case .household(let household): return safeStem(household.name, fallback: "household-\(household.id ?? 0)")
            }
        }
        var seen: [String: Int] = [:]
        for stem in stems { seen[stem.lowercased(), default: 0] += 1 }
        return zip(stems, targets).map { stem, target in
            let id: Int64? = switch target {
            case .visit: nil
            case .person(let person), .interpreter(let person): person.id
            case .household(let household): household.id
            }
            let unique = seen[stem.lowercased(), default: 0] > 1 ? "\(stem) (\(id ?? 0))" : stem
            return "\(unique).\(fileExtension)"
        }
    }

    /// `name` without path separators, control characters and characters that Windows file
    /// systems refuse (files travel on USB sticks), trimmed to 80 characters.
    static func safeStem(_ name: String, fallback: String) -> String {
        let forbidden = Set("/\\:*?\"<>|")
        let cleaned = String(name.unicodeScalars.map { scalar -> Character in
            if scalar.properties.generalCategory == .control || forbidden.contains(Character(scalar)) { return "_" }
            return Character(scalar)
        })
        let trimmed = String(cleaned.trimmingCharacters(in: CharacterSet(charactersIn: " .")).prefix(80))
        return trimmed.isEmpty ? fallback : trimmed
    }
}
