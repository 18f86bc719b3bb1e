/// What a host family must know about a guest's food and health: diets, allergies, pet allergy.
public struct GuestNeeds: Hashable, Sendable {
    public let guest: Participant

    public init(_ guest: Participant) { self.guest = guest }

    /// Whether there is anything to tell the family.
    public var isEmpty: Bool { !guest.hasDietOrAllergy && guest.dietNote.isEmpty }

    /// The points one by one: "Vegetarian", "No pork", "no mushrooms", "Allergies: nuts",
    /// "Allergic to Cat, Dog". Diets are in the current language, the rest of the note as given.
    public var points: [String] {
        var diets = guest.diets.filter { $0 != .other || guest.dietNote.isEmpty }
        var note = guest.dietNote
        if !note.isEmpty {
            // Older databases hold known wishes as `.other` with a note ("sans porc"): print those
            // as their diet, in the reader's language, and only what is left as written.
            let read = ImportValueParsers.diets(note)
            let known = read.diets.filter { $0 != .other }
            if !known.isEmpty {
                for diet in known where !diets.contains(diet) { diets.append(diet) }
                note = read.note
            }
        }
        var points = diets.map(\.displayName)
        if !note.isEmpty { points.append(note) }
        if !guest.allergies.isEmpty { points.append(tr("Allergies: {allergies}", ["allergies": guest.allergies])) }
        if let pets = guest.petAllergy {
            points.append(pets.kinds.isEmpty ? tr("Allergic to all animals")
                : tr("Allergic to {animals}", ["animals": pets.kinds.map(\.displayName).joined(separator: ", ")]))
        }
        return points
    }

    /// The points in one line, or "No special diet or allergy".
    public var summary: String {
        isEmpty ? tr("No special diet or allergy") : points.joined(separator: "; ")
    }
}
