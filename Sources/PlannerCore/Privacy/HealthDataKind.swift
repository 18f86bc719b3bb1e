/// The health and contact data of a participant that retention erases soon after the visit,
/// counted per kind in the Data Protection section and in a `RetentionPlan`.
public enum HealthDataKind: String, CaseIterable, Codable, Sendable {
    /// Diets and their details.
    case diets
    /// Allergies, pet allergies included.
    case allergies
    /// The free notes, where medical details are usually written.
    case notes
    /// Step-free access, ground floor, smoke-free home, smoker.
    case needs
    case phones
    case emails
    case emergencyContacts

    /// Whether the participant has data of this kind.
    public func isHeld(by p: Participant) -> Bool {
        switch self {
        case .diets: !p.diets.isEmpty || !p.dietNote.isEmpty
        case .allergies: !p.allergies.isEmpty || p.petAllergy != nil
        case .notes: !p.notes.isEmpty
        case .needs: p.needsStepFree || p.needsGroundFloor || p.needsSmokeFreeHome || p.smoker
        case .phones: !p.phone.isEmpty
        case .emails: !p.email.isEmpty
        case .emergencyContacts: p.emergencyContact != nil
        }
    }

    /// How many of `participants` have data of each kind, in `allCases` order, without the
    /// kinds none has.
    public static func counts(in participants: [Participant]) -> [(kind: HealthDataKind, count: Int)] {
        allCases.compactMap { kind in
            let count = participants.filter(kind.isHeld).count
            return count > 0 ? (kind, count) : nil
        }
    }

    /// "Diets of 12 participants", in the current language.
    public func label(count: Int) -> String {
        let text: String
        switch self {
        case .diets: text = trn("Diets of {count} participant", "Diets of {count} participants", count)
        case .allergies: text = trn("Allergies of {count} participant", "Allergies of {count} participants", count)
        case .notes: text = trn("Notes on {count} participant (medical details among them)",
                                "Notes on {count} participants (medical details among them)", count)
        case .needs: text = trn("Accessibility and smoking needs of {count} participant",
                                "Accessibility and smoking needs of {count} participants", count)
        case .phones: text = trn("Phone numbers of {count} participant", "Phone numbers of {count} participants", count)
        case .emails: text = trn("E-mail addresses of {count} participant", "E-mail addresses of {count} participants", count)
        case .emergencyContacts: text = trn("Emergency contacts of {count} participant", "Emergency contacts of {count} participants", count)
        }
        return text.filled(["count": String(count)])
    }
}
