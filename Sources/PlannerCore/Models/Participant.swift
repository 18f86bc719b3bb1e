import Foundation

/// How and when somebody arrives or leaves.
public struct Travel: Hashable, Codable, Sendable {
    public var date: CalendarDate
    public var time: TimeOfDay?
    public var means: TravelMeans
    public var place: String

    public init(date: CalendarDate, time: TimeOfDay? = nil, means: TravelMeans = .bus, place: String = "") {
        self.date = date
        self.time = time
        self.means = means
        self.place = place
    }
}

/// Whom to call when something happens to a participant.
public struct EmergencyContact: Hashable, Codable, Sendable {
    public var name: String
    public var phone: String
    public init(name: String, phone: String) {
        self.name = name
        self.phone = phone
    }
}

/// A pet allergy; no kinds means "all animals".
public struct PetAllergy: Hashable, Codable, Sendable {
    public var kinds: [PetKind]
    public init(kinds: [PetKind] = []) { self.kinds = kinds }

    /// Whether a household with these pets would trouble the guest.
    public func isTriggered(by pets: [PetKind]) -> Bool {
        guard !pets.isEmpty else { return false }
        return kinds.isEmpty || pets.contains(where: kinds.contains)
    }
}

/// A person taking part in one visit: a guest, a leader, an interpreter, an organizer…
public struct Participant: Hashable, Codable, Sendable, Identifiable {
    public var id: Int64?
    /// Stable across exports and partner exchange files.
    public var uuid: String
    public var visitId: Int64
    public var givenName: String
    public var familyName: String
    public var townId: Int64?
    public var role: Role
    public var birthDate: CalendarDate?
    public var gender: Gender
    public var languages: [LanguageSkill]
    public var diets: [Diet]
    /// Free text for `.other` diets and details ("no pork").
    public var dietNote: String
    public var allergies: String
    public var petAllergy: PetAllergy?
    public var smoker: Bool
    public var needsStepFree: Bool
    public var needsGroundFloor: Bool
    public var arrival: Travel?
    public var departure: Travel?
    /// Ids of participants to be lodged with this one. Ids of deleted people are ignored, so an
    /// undone deletion brings the link back.
    public var stayTogetherWith: [Int64]
    public var emergencyContact: EmergencyContact?
    public var parentalConsent: Bool
    /// The day the parental consent was given (signed, or recorded by an import); nil when
    /// there is none, or for consents recorded before VisitPlanner kept their dates.
    public var parentalConsentDate: CalendarDate?
    public var photoConsent: Bool
    /// The day the photo consent was given; nil like `parentalConsentDate`.
    public var photoConsentDate: CalendarDate?
    public var phone: String
    public var email: String
    public var notes: String
    /// The household the guest asks to stay with (a returning guest's family, often).
    public var requestedHouseholdId: Int64?
    /// Must not be lodged where people smoke (asthma, minors, or simply asked).
    public var needsSmokeFreeHome: Bool
    /// How the record came in (typed in, imported from a file, the sample…).
    public var source: RecordSource
    /// The last import that changed the record since, if any.
    public var lastUpdateSource: RecordSource?

    public init(id: Int64? = nil, uuid: String = UUID().uuidString.lowercased(), visitId: Int64,
                givenName: String, familyName: String, townId: Int64? = nil, role: Role = .adult,
                birthDate: CalendarDate? = nil, gender: Gender = .notStated, languages: [LanguageSkill] = [],
                diets: [Diet] = [], dietNote: String = "", allergies: String = "", petAllergy: PetAllergy? = nil,
                smoker: Bool = false, needsStepFree: Bool = false, needsGroundFloor: Bool = false,
                arrival: Travel? = nil, departure: Travel? = nil, stayTogetherWith: [Int64] = [],
                emergencyContact: EmergencyContact? = nil, parentalConsent: Bool = false,
                photoConsent: Bool = false, phone: String = "", email: String = "", notes: String = "",
                requestedHouseholdId: Int64? = nil, needsSmokeFreeHome: Bool = false,
                source: RecordSource = .unknown, lastUpdateSource: RecordSource? = nil,
                parentalConsentDate: CalendarDate? = nil, photoConsentDate: CalendarDate? = nil) {
        self.id = id
        self.uuid = uuid
        self.visitId = visitId
        self.givenName = givenName
        self.familyName = familyName
        self.townId = townId
        self.role = role
        self.birthDate = birthDate
        self.gender = gender
        self.languages = languages
        self.diets = diets
        self.dietNote = dietNote
        self.allergies = allergies
        self.petAllergy = petAllergy
        self.smoker = smoker
        self.needsStepFree = needsStepFree
        self.needsGroundFloor = needsGroundFloor
        self.arrival = arrival
        self.departure = departure
        self.stayTogetherWith = stayTogetherWith
        self.emergencyContact = emergencyContact
        self.parentalConsent = parentalConsent
        self.photoConsent = photoConsent
        self.parentalConsentDate = parentalConsent ? parentalConsentDate : nil
        self.photoConsentDate = photoConsent ? photoConsentDate : nil
        self.phone = phone
        self.email = email
        self.notes = notes
        self.requestedHouseholdId = requestedHouseholdId
        self.needsSmokeFreeHome = needsSmokeFreeHome
        self.source = source
        self.lastUpdateSource = lastUpdateSource
    }

    /// "Léa Bonnet".
    public var fullName: String { "\(givenName) \(familyName)".trimmingCharacters(in: .whitespaces) }

    /// Age on the first day of the visit, when the birth date is known.
    public func age(at visit: Visit) -> Int? { birthDate?.age(on: visit.startDate) }

    /// Under 18 on the first day of the visit.
    public func isMinor(at visit: Visit) -> Bool { (age(at: visit) ?? 99) < 18 }

    /// Guests are the people the host town lodges: everyone from a partner town.
    public func isGuest(of details: VisitDetails) -> Bool {
        guard let townId else { return false }
        return details.partnerTowns.contains { $0.id == townId }
    }

    /// Records the parental consent as given on `date`, or as not given (which clears its
    /// date). Given without a date: a consent already given keeps its date, a new one is dated
    /// `today`, the day it is recorded.
    public mutating func setParentalConsent(_ given: Bool, on date: CalendarDate?, today: CalendarDate) {
        parentalConsentDate = given ? (date ?? (parentalConsent ? parentalConsentDate : today)) : nil
        parentalConsent = given
    }

    /// Records the photo consent like `setParentalConsent(_:on:today:)`.
    public mutating func setPhotoConsent(_ given: Bool, on date: CalendarDate?, today: CalendarDate) {
        photoConsentDate = given ? (date ?? (photoConsent ? photoConsentDate : today)) : nil
        photoConsent = given
    }

    /// Whether there is a dietary or allergy point a host must know.
    public var hasDietOrAllergy: Bool { !diets.isEmpty || !allergies.isEmpty || petAllergy != nil }
}
