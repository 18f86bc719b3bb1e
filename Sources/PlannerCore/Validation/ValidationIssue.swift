/// One thing wrong with what the user entered, tied to the field that shows it.
public struct ValidationIssue: Hashable, Sendable, Error, CustomStringConvertible {
    /// The form field (or CLI option) the problem belongs to.
    public enum Field: String, Hashable, Sendable, CaseIterable {
        case title, hostTown, hostCountry, partnerTowns, startDate, endDate, languages, currency
        case givenName, familyName, town, birthDate, email, phone, stayTogetherWith, emergencyContact
        case arrival, departure, parentalConsentDate, photoConsentDate
        case healthDataUntil, evidenceUntil, evidenceReason
        case name, beds, children, adults, availability, location
        case lineDescription, quantity, unitPrice, actualAmount, actualDate, attachment
        case source, amount, rate, rateDate, fromCurrency, payer
        case startTime, endTime, timeZone, workingLanguage, audience, itemLocation, languagePairs, modes, maxHours, travelBuffer, pairThreshold
    }

    /// What is wrong.
    public enum Problem: Hashable, Sendable, Error {
        case required
        case endBeforeStart
        case negative
        case inFuture
        case implausibleDate
        case invalidEmail
        case invalidPhone
        case invalidCountry(String)
        case invalidCurrency(String)
        case unreadableLanguage(String)
        case unreadableDate(String)
        case unreadableNumber(String)
        case unreadableCoordinate(String)
        case coordinateOutOfRange
        case coordinatesIncomplete
        case togetherWithSelf
        case unknownParticipant
        case sameTownTwice(String)
        case tooLong(Int)
        case unreadableAmount(String)
        case tooManyDecimals(currency: String, digits: Int)
        case notPositive
        case sameCurrency
        case splitNeedsPeople
        case unknownTimeZone(String)
        case unreadableTime(String)
        case unreadablePair(String)
        case noLanguagePairs
        case noModes
        case missingTitle(language: String)
        /// A retention date before the visit's last day: the visit still needs the data.
        case beforeVisitEnd(CalendarDate)
        /// Grant evidence would go before the health and contact data, which is part of it.
        case evidenceBeforeHealthData

        /// A sentence for the user, translated.
        public var message: String {
            switch self {
            case .required: tr("Required")
            case .endBeforeStart: tr("The end is before the start")
            case .negative: tr("Cannot be negative")
            case .inFuture: tr("Cannot be in the future")
            case .implausibleDate: tr("This date is not plausible")
            case .invalidEmail: tr("Not an e-mail address (name@example.org)")
            case .invalidPhone: tr("Not a phone number (digits, spaces, + - ( ) /)")
            case .invalidCountry(let code): tr("“{code}” is not a two-letter country code (CZ, DE, FR…)", ["code": code])
            case .invalidCurrency(let code): tr("“{code}” is not an ISO 4217 currency code (CZK, EUR…)", ["code": code])
            case .unreadableLanguage(let part): tr("Cannot read “{part}”: write a language code and a level, as in “fr native, en B1”", ["part": part])
            case .unreadableDate(let text): tr("Cannot read “{text}” as a date (YYYY-MM-DD)", ["text": text])
            case .unreadableNumber(let text): tr("“{text}” is not a whole number", ["text": text])
            case .unreadableCoordinate(let text): tr("“{text}” is not a coordinate in degrees (49.2160)", ["text": text])
            case .coordinateOutOfRange: tr("Latitude is between −90 and 90, longitude between −180 and 180")
            case .coordinatesIncomplete: tr("Give both the latitude and the longitude, or neither")
            case .togetherWithSelf: tr("A person cannot stay together with themselves")
            case .unknownParticipant: tr("Not a participant of this visit")
            case .sameTownTwice(let name): tr("{name} is listed twice", ["name": name])
            case .tooLong(let limit): tr("Too long (at most {limit} characters)", ["limit": String(limit)])
            case .unreadableAmount(let text): tr("“{text}” is not an amount (1500 or 1 500,50)", ["text": text])
            case .tooManyDecimals(let currency, 0): tr("{currency} has no decimals: write a whole amount", ["currency": currency])
            case .tooManyDecimals(let currency, let digits):
                tr("{currency} has {digits} decimal places at most (for thousands write 18 000)", ["currency": currency, "digits": String(digits)])
            case .notPositive: tr("Must be more than zero")
            case .sameCurrency: tr("A rate links two different currencies")
            case .splitNeedsPeople: tr("Only a per-person cost can be split by town: choose a basis that counts people")
            case .unknownTimeZone(let text): tr("“{text}” is not a time zone (Europe/Prague, Europe/Lisbon…)", ["text": text])
            case .unreadableTime(let text): tr("Cannot read “{text}” as a time (17:30)", ["text": text])
            case .unreadablePair(let text): tr("Cannot read “{text}”: write language pairs as “cs>de, de>cs” or “cs<>fr”", ["text": text])
            case .noLanguagePairs: tr("An interpreter needs at least one language pair")
            case .noModes: tr("Choose at least one way of interpreting")
            case .missingTitle(let language): tr("A title in the host language ({language}) is required", ["language": language])
            case .beforeVisitEnd(let end): tr("The visit needs this data until its last day, {date}", ["date": end.description])
            case .evidenceBeforeHealthData: tr("Cannot be before the date for health and contact data: the evidence outlasts them")
            }
        }
    }

    public var field: Field
    public var problem: Problem

    public init(_ field: Field, _ problem: Problem) {
        self.field = field
        self.problem = problem
    }

    public var message: String { problem.message }
    public var description: String { "\(field.rawValue): \(message)" }
}

/// Thrown by the store when a record fails validation; nothing was written.
public struct ValidationFailure: Error, Sendable, CustomStringConvertible {
    public var issues: [ValidationIssue]
    public init(_ issues: [ValidationIssue]) { self.issues = issues }
    public var description: String { issues.map(\.description).joined(separator: "; ") }

    /// The first problem of `field`, for the label beside it.
    public func message(for field: ValidationIssue.Field) -> String? {
        issues.first { $0.field == field }?.message
    }
}
