import PlannerCore

/// What the kitchen must know about one person: their diets and their allergies, and nothing
/// else (no medical notes, no pet allergy, no phone or e-mail: need-to-know).
struct CatererDiet {
    let person: Participant
    /// The diets, known wishes in the free note included ("sans porc" counts as No pork).
    let diets: [Diet]
    /// What is left of the note once the known wishes are read out of it, as written.
    let note: String

    init(_ person: Participant) {
        self.person = person
        var diets = person.diets
        var note = person.dietNote
        if !note.isEmpty {
            // Older databases hold known wishes as `.other` with a note: count those as their diet.
            let read = ImportValueParsers.diets(note)
            let known = read.diets.filter { $0 != .other }
            if !known.isEmpty {
                diets.removeAll { $0 == .other }
                for diet in known where !diets.contains(diet) { diets.append(diet) }
                note = read.note
            }
        }
        if !note.isEmpty, !diets.contains(.other), diets.isEmpty { diets.append(.other) }
        self.diets = diets
        self.note = note
    }

    /// Whether the kitchen has anything to do for this person.
    var isSpecial: Bool { !diets.isEmpty || !person.allergies.isEmpty }

    /// "Vegetarian, No pork", then the note: the Diet cell.
    var dietText: String {
        (diets.filter { $0 != .other || note.isEmpty }.map(\.displayName) + (note.isEmpty ? [] : [note])).joined(separator: ", ")
    }

    /// The allergies as entered ("nuts, celery").
    var allergies: String { person.allergies }
}
