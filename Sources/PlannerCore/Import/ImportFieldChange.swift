/// One field an update would change: its value before and after, as the user reads them.
public struct ImportFieldChange: Sendable, Hashable {
    public var field: ImportField
    /// The stored value ("" when empty).
    public var old: String
    /// The value the row would store ("" when empty).
    public var new: String

    public init(field: ImportField, old: String, new: String) {
        self.field = field
        self.old = old
        self.new = new
    }

    /// "Allergies: pollen → —".
    public var description: String {
        tr("{field}: {old} → {new}", ["field": field.displayName, "old": old.isEmpty ? "—" : old, "new": new.isEmpty ? "—" : new])
    }
}

/// Compares a record before and after an update, field by field (the fields an import can
/// fill, `ImportKind.fields`), as text.
enum ImportFieldChanges {
    /// What updating `old` to `new` changes. `name` gives the names of linked people.
    static func participant(from old: Participant, to new: Participant, towns: [Town],
                            name: (Int64) -> String?) -> [ImportFieldChange] {
        func text(_ field: ImportField, _ p: Participant) -> String? {
            switch field {
            case .givenName: p.givenName
            case .familyName: p.familyName
            case .birthDate: p.birthDate?.description ?? ""
            case .gender: p.gender == .notStated ? "" : p.gender.displayName
            case .email: p.email
            case .phone: p.phone
            case .languages: LanguageSkill.format(p.languages)
            case .diet: (p.diets.map(\.displayName) + (p.dietNote.isEmpty ? [] : [p.dietNote])).joined(separator: ", ")
            case .allergies: p.allergies
            case .petAllergy: p.petAllergy.map { allergy in
                allergy.kinds.isEmpty ? yes : "\(yes) (\(allergy.kinds.map(\.displayName).joined(separator: ", ")))"
            } ?? no
            case .smoker: p.smoker ? yes : no
            case .parentalConsent: p.parentalConsent ? yes : no
            case .photoConsent: p.photoConsent ? yes : no
            case .stayTogetherWith: p.stayTogetherWith.sorted().map { name($0) ?? "#\($0)" }.joined(separator: ", ")
            case .role: p.role.displayName
            case .notes: p.notes
            case .town: p.townId.flatMap { id in towns.first { $0.id == id }?.label } ?? ""
            default: nil
            }
        }
        return changes(ImportKind.participants.fields, old: old, new: new, text: text)
    }

    /// What updating a household (and its availability for the visit) changes.
    static func household(from old: Household, availability oldAvailability: Availability?,
                          to new: Household, availability newAvailability: Availability?) -> [ImportFieldChange] {
        func text(_ field: ImportField, _ pair: (Household, Availability?)) -> String? {
            let (h, availability) = pair
            return switch field {
            case .name: h.name
            case .contactPerson: h.contactPerson
            case .address: h.address
            case .phone: h.phone
            case .email: h.email
            case .beds: String(h.beds)
            case .pets: h.pets.map(\.displayName).joined(separator: ", ")
            case .smoking: h.smoking ? yes : no
            case .languages: LanguageSkill.format(h.languages)
            case .childrenAges: h.children.map { String($0.age) }.joined(separator: ", ")
            case .stepFree: h.stepFree ? yes : no
            case .canCook: h.canCook.map(\.displayName).joined(separator: ", ")
            case .checkValidUntil: h.adults.map { "\($0.name) \($0.checkValidUntil?.description ?? "—")" }.joined(separator: ", ")
            case .availableFrom: availability?.from.description ?? ""
            case .availableTo: availability?.to.description ?? ""
            case .hostingHistory: h.hostingHistory.map { "\($0.year) \($0.note)".trimmingCharacters(in: .whitespaces) }.joined(separator: ", ")
            case .notes: h.notes
            default: nil
            }
        }
        return changes(ImportKind.households.fields, old: (old, oldAvailability), new: (new, newAvailability), text: text)
    }

    private static func changes<Record>(_ fields: [ImportField], old: Record, new: Record,
                                        text: (ImportField, Record) -> String?) -> [ImportFieldChange] {
        fields.compactMap { field in
            guard let before = text(field, old), let after = text(field, new), before != after else { return nil }
            return ImportFieldChange(field: field, old: before, new: after)
        }
    }

    private static var yes: String { tr("Yes") }
    private static var no: String { tr("No") }
}
