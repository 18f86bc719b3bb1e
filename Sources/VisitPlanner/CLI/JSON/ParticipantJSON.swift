import PlannerCore

/// A participant in `people list --json`, without the health fields (`HealthJSON`). Every key is
/// always present (null when unknown).
struct ParticipantJSON: Encodable {
    /// Arrival or departure.
    struct TravelJSON: Encodable {
        let date: CalendarDate
        @ExplicitNull var time: String?
        let means: String
        let place: String

        init(_ travel: Travel) {
            date = travel.date
            time = travel.time?.description
            means = travel.means.rawValue
            place = travel.place
        }
    }

    struct EmergencyContactJSON: Encodable {
        let name: String
        let phone: String
    }

    /// `kinds` empty means allergic to all animals.
    struct PetAllergyJSON: Encodable {
        let kinds: [String]
    }

    let id: Int64
    let uuid: String
    let givenName: String
    let familyName: String
    let fullName: String
    let role: String
    let gender: String
    @ExplicitNull var town: TownJSON?
    /// A guest is someone from a partner town, whom the host town lodges.
    let guest: Bool
    @ExplicitNull var birthDate: CalendarDate?
    /// On the visit's first day.
    @ExplicitNull var age: Int?
    let minor: Bool
    let languages: [LanguageJSON]
    let smoker: Bool
    @ExplicitNull var arrival: TravelJSON?
    @ExplicitNull var departure: TravelJSON?
    let stayTogetherWith: [Int64]
    @ExplicitNull var emergencyContact: EmergencyContactJSON?
    let parentalConsent: Bool
    /// The day the consent was given; null when not given or not recorded.
    @ExplicitNull var parentalConsentDate: String?
    let photoConsent: Bool
    @ExplicitNull var photoConsentDate: String?
    let phone: String
    let email: String
    /// The host household and the workflow status; null while the guest is not placed.
    @ExplicitNull var placement: PlacementJSON?

    struct PlacementJSON: Encodable {
        let householdId: Int64
        let household: String
        let status: String
        @ExplicitNull var overrideReason: String?
    }

    /// A participant's health data, for the people who need them (`people list --include-health`):
    /// diets, allergies, access needs, and the notes, where organisers write medical remarks.
    struct HealthJSON: Encodable {
        let diets: [String]
        let dietNote: String
        let allergies: String
        @ExplicitNull var petAllergy: PetAllergyJSON?
        let needsStepFree: Bool
        let needsGroundFloor: Bool
        let notes: String

        init(_ participant: Participant) {
            diets = participant.diets.map(\.rawValue)
            dietNote = participant.dietNote
            allergies = participant.allergies
            petAllergy = participant.petAllergy.map { PetAllergyJSON(kinds: $0.kinds.map(\.rawValue)) }
            needsStepFree = participant.needsStepFree
            needsGroundFloor = participant.needsGroundFloor
            notes = participant.notes
        }
    }

    init(_ participant: Participant, in details: VisitDetails, placement: Placement? = nil, householdName: String? = nil) {
        let visit = details.visit
        id = participant.id ?? 0
        uuid = participant.uuid
        givenName = participant.givenName
        familyName = participant.familyName
        fullName = participant.fullName
        role = participant.role.rawValue
        gender = participant.gender.rawValue
        town = details.towns.first { $0.id != nil && $0.id == participant.townId }.map(TownJSON.init)
        guest = participant.isGuest(of: details)
        birthDate = participant.birthDate
        age = participant.age(at: visit)
        minor = participant.isMinor(at: visit)
        languages = participant.languages.map(LanguageJSON.init)
        smoker = participant.smoker
        arrival = participant.arrival.map(TravelJSON.init)
        departure = participant.departure.map(TravelJSON.init)
        stayTogetherWith = participant.stayTogetherWith
        emergencyContact = participant.emergencyContact.map { EmergencyContactJSON(name: $0.name, phone: $0.phone) }
        parentalConsent = participant.parentalConsent
        parentalConsentDate = participant.parentalConsentDate?.description
        photoConsent = participant.photoConsent
        photoConsentDate = participant.photoConsentDate?.description
        phone = participant.phone
        email = participant.email
        self.placement = placement.map { PlacementJSON(householdId: $0.householdId, household: householdName ?? "",
                                                        status: $0.status.rawValue, overrideReason: $0.overrideReason) }
    }
}

/// `people list --json`.
struct PeopleListJSON: Encodable {
    let visit: VisitJSON
    /// Whether the participants carry their health fields (`--include-health`).
    let includesHealth: Bool
    let participants: [Person]

    /// One participant: its keys and, when included, its health keys beside them in the same
    /// object (not nested), so a reader finds `diets` where it always was.
    struct Person: Encodable {
        let participant: ParticipantJSON
        let health: ParticipantJSON.HealthJSON?

        func encode(to encoder: any Encoder) throws {
            try participant.encode(to: encoder)
            try health?.encode(to: encoder)
        }
    }
}
