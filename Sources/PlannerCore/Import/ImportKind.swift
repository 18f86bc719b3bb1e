/// What a spreadsheet lists.
public enum ImportKind: String, Sendable, Hashable, Codable, CaseIterable {
    case participants
    case households

    /// The fields a column can be mapped to, in the order the mapping form lists them.
    public var fields: [ImportField] {
        switch self {
        case .participants:
            [.givenName, .familyName, .fullName, .birthDate, .gender, .email, .phone, .languages, .diet,
             .allergies, .petAllergy, .smoker, .stayTogetherWith, .role, .notes, .parentalConsent,
             .photoConsent, .town, .ignore]
        case .households:
            [.name, .contactPerson, .address, .phone, .email, .beds, .pets, .smoking, .languages,
             .childrenAges, .stepFree, .canCook, .checkValidUntil, .availableFrom, .availableTo,
             .hostingHistory, .notes, .ignore]
        }
    }
}

/// A field a spreadsheet column can fill. Raw values are used in mapping files (`--mapping`)
/// and in the database's remembered mappings: never rename one.
public enum ImportField: String, Sendable, Hashable, Codable, CaseIterable {
    // Participants.
    case givenName, familyName, fullName, birthDate, gender, diet, allergies, petAllergy, smoker
    case stayTogetherWith, role, parentalConsent, photoConsent, town
    // Households.
    case name, contactPerson, address, beds, pets, smoking, childrenAges, stepFree, canCook
    case checkValidUntil, availableFrom, availableTo, hostingHistory
    // Both.
    case email, phone, languages, notes
    /// The column is not imported.
    case ignore

    /// The label in the mapping form.
    public var displayName: String {
        switch self {
        case .givenName: tr("Given name")
        case .familyName: tr("Family name")
        case .fullName: tr("Full name")
        case .birthDate: tr("Birth date")
        case .gender: tr("Gender")
        case .diet: tr("Diet")
        case .allergies: tr("Allergies")
        case .petAllergy: tr("Pet allergy")
        case .smoker: tr("Smoker")
        case .stayTogetherWith: tr("Stay together with")
        case .role: tr("Role")
        case .parentalConsent: tr("Parental consent")
        case .photoConsent: tr("Photo consent")
        case .town: tr("Town")
        case .name: tr("Household name")
        case .contactPerson: tr("Contact person")
        case .address: tr("Address")
        case .beds: tr("Beds")
        case .pets: tr("Pets")
        case .smoking: tr("Smoking at home")
        case .childrenAges: tr("Children (ages)")
        case .stepFree: tr("Step-free access")
        case .canCook: tr("Can cook")
        case .checkValidUntil: tr("Safeguarding check valid until")
        case .availableFrom: tr("Available from")
        case .availableTo: tr("Available to")
        case .hostingHistory: tr("Hosting history")
        case .email: tr("E-mail")
        case .phone: tr("Phone")
        case .languages: tr("Languages")
        case .notes: tr("Notes")
        case .ignore: tr("Do not import")
        }
    }

    /// Fields that more than one column may fill (their texts are joined).
    public var allowsSeveralColumns: Bool { self == .ignore || self == .notes || self == .allergies }
}
