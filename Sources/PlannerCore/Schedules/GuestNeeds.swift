/// What a host family must know about a guest's food and health: diets, allergies, pet allergy.
public struct GuestNeeds: Hashable, Sendable {
    public let guest: Participant

    public init(_ guest: Participant) { self.guest = guest }

    /// Whether there is anything to tell the family.
    public var isEmpty: Bool { !guest.hasDietOrAllergy && guest.dietNote.isEmpty }

    /// The points one by one: "Vegetarian", "no mushrooms", "Allergies: nuts", "Allergic to Cat, Dog".
    public var points: [String] {
        var points = guest.diets.filter { $0 != .other || guest.dietNote.isEmpty }.map(\.displayName)
        if !guest.dietNote.isEmpty { points.append(guest.dietNote) }
        if !guest.allergies.isEmpty { points.append(tr("Allergies: {allergies}").filled(["allergies": guest.allergies])) }
        if let pets = guest.petAllergy {
            points.append(pets.kinds.isEmpty ? tr("Allergic to all animals")
                : tr("Allergic to {animals}").filled(["animals": pets.kinds.map(\.displayName).joined(separator: ", ")]))
        }
        return points
    }

    /// The points in one line, or "No special diet or allergy".
    public var summary: String {
        isEmpty ? tr("No special diet or allergy") : points.joined(separator: "; ")
    }
}
