import Foundation

/// A participant's one field list. The database row, the partner exchange file and anything
/// else that stores a participant encode these keys; a field added to `Participant` is added
/// here once and reaches all of them.
extension Participant {
    public enum CodingKeys: String, CodingKey, CaseIterable, Sendable {
        case id, uuid, visitId, givenName, familyName, townId, role, birthDate, gender, languages, diets, dietNote
        case allergies, petAllergy, smoker, needsStepFree, needsGroundFloor, arrival, departure, stayTogetherWith
        case emergencyContact, parentalConsent, parentalConsentDate, photoConsent, photoConsentDate, phone, email
        case notes, requestedHouseholdId, needsSmokeFreeHome, source, lastUpdateSource
    }

    /// Fields that belong to one database and stay out of an exchange between committees: its
    /// row ids, the visit, town and requested household it points to, links by id (the file
    /// links by UUID), and where this committee got the record from.
    public static let localKeys: Set<CodingKeys> = [.id, .visitId, .townId, .requestedHouseholdId, .stayTogetherWith, .source,
                                                    .lastUpdateSource]

    /// Set in an encoder's or decoder's `userInfo` to write or read the exchange form, without
    /// `localKeys`.
    public static let exchangeForm = CodingUserInfoKey(rawValue: "io.github.visitplanner.participant-exchange")!

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let exchange = decoder.userInfo[Self.exchangeForm] as? Bool == true
        func local<T: Decodable>(_ key: CodingKeys, _ fallback: T) throws -> T {
            exchange ? fallback : try c.decode(T.self, forKey: key)
        }
        self.init(id: exchange ? nil : try c.decodeIfPresent(Int64.self, forKey: .id),
                  uuid: try c.decode(String.self, forKey: .uuid),
                  visitId: try local(.visitId, 0),
                  givenName: try c.decode(String.self, forKey: .givenName),
                  familyName: try c.decode(String.self, forKey: .familyName),
                  townId: exchange ? nil : try c.decodeIfPresent(Int64.self, forKey: .townId),
                  role: try c.decode(Role.self, forKey: .role),
                  birthDate: try c.decodeIfPresent(CalendarDate.self, forKey: .birthDate),
                  gender: try c.decode(Gender.self, forKey: .gender),
                  languages: try c.decode([LanguageSkill].self, forKey: .languages),
                  diets: try c.decode([Diet].self, forKey: .diets),
                  dietNote: try c.decode(String.self, forKey: .dietNote),
                  allergies: try c.decode(String.self, forKey: .allergies),
                  petAllergy: try c.decodeIfPresent(PetAllergy.self, forKey: .petAllergy),
                  smoker: try c.decode(Bool.self, forKey: .smoker),
                  needsStepFree: try c.decode(Bool.self, forKey: .needsStepFree),
                  needsGroundFloor: try c.decode(Bool.self, forKey: .needsGroundFloor),
                  arrival: try c.decodeIfPresent(Travel.self, forKey: .arrival),
                  departure: try c.decodeIfPresent(Travel.self, forKey: .departure),
                  stayTogetherWith: try local(.stayTogetherWith, []),
                  emergencyContact: try c.decodeIfPresent(EmergencyContact.self, forKey: .emergencyContact),
                  parentalConsent: try c.decode(Bool.self, forKey: .parentalConsent),
                  photoConsent: try c.decode(Bool.self, forKey: .photoConsent),
                  phone: try c.decode(String.self, forKey: .phone),
                  email: try c.decode(String.self, forKey: .email),
                  notes: try c.decode(String.self, forKey: .notes),
                  requestedHouseholdId: exchange ? nil : try c.decodeIfPresent(Int64.self, forKey: .requestedHouseholdId),
                  needsSmokeFreeHome: try c.decode(Bool.self, forKey: .needsSmokeFreeHome),
                  source: try local(.source, .unknown),
                  lastUpdateSource: exchange ? nil : try c.decodeIfPresent(RecordSource.self, forKey: .lastUpdateSource),
                  // Absent in exchange files written before consents were dated.
                  parentalConsentDate: try c.decodeIfPresent(CalendarDate.self, forKey: .parentalConsentDate),
                  photoConsentDate: try c.decodeIfPresent(CalendarDate.self, forKey: .photoConsentDate))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        let exchange = encoder.userInfo[Self.exchangeForm] as? Bool == true
        if !exchange {
            try c.encodeIfPresent(id, forKey: .id)
            try c.encode(visitId, forKey: .visitId)
            try c.encodeIfPresent(townId, forKey: .townId)
            try c.encode(stayTogetherWith, forKey: .stayTogetherWith)
            try c.encodeIfPresent(requestedHouseholdId, forKey: .requestedHouseholdId)
            try c.encode(source, forKey: .source)
            try c.encodeIfPresent(lastUpdateSource, forKey: .lastUpdateSource)
        }
        try c.encode(uuid, forKey: .uuid)
        try c.encode(givenName, forKey: .givenName)
        try c.encode(familyName, forKey: .familyName)
        try c.encode(role, forKey: .role)
        try c.encodeIfPresent(birthDate, forKey: .birthDate)
        try c.encode(gender, forKey: .gender)
        try c.encode(languages, forKey: .languages)
        try c.encode(diets, forKey: .diets)
        try c.encode(dietNote, forKey: .dietNote)
        try c.encode(allergies, forKey: .allergies)
        try c.encodeIfPresent(petAllergy, forKey: .petAllergy)
        try c.encode(smoker, forKey: .smoker)
        try c.encode(needsStepFree, forKey: .needsStepFree)
        try c.encode(needsGroundFloor, forKey: .needsGroundFloor)
        try c.encodeIfPresent(arrival, forKey: .arrival)
        try c.encodeIfPresent(departure, forKey: .departure)
        try c.encodeIfPresent(emergencyContact, forKey: .emergencyContact)
        try c.encode(parentalConsent, forKey: .parentalConsent)
        try c.encodeIfPresent(parentalConsentDate, forKey: .parentalConsentDate)
        try c.encode(photoConsent, forKey: .photoConsent)
        try c.encodeIfPresent(photoConsentDate, forKey: .photoConsentDate)
        try c.encode(phone, forKey: .phone)
        try c.encode(email, forKey: .email)
        try c.encode(notes, forKey: .notes)
        try c.encode(needsSmokeFreeHome, forKey: .needsSmokeFreeHome)
    }
}
