/// The visit's Data Protection section in plain words: what personal data is held, until
/// when, and what retention has already erased. The window's Overview and `privacy --visit V`
/// show it.
public struct DataProtectionSummary: Sendable, Hashable {
    /// Where one period stands.
    public enum Status: String, Sendable, Hashable, Codable {
        /// Held, and its date has not passed.
        case kept
        /// Held, and its date has passed: retention should be applied.
        case due
        /// Retention erased it; nothing of it is held.
        case erased
        /// None was ever held.
        case nothingHeld
    }

    /// One of the two periods.
    public struct Period: Sendable, Hashable {
        /// "Health and contact data".
        public let title: String
        /// What it covers, as a sentence.
        public let covers: String
        /// The last day it is kept.
        public let until: CalendarDate
        /// Whether `until` is the default one.
        public let isDefaultDate: Bool
        /// "Kept until 2027-06-16: 30 days after the visit."
        public let dateLine: String
        /// Why it is kept that long (the evidence's reason); nil for health data.
        public let reason: String?
        public let status: Status
        /// What is held now, one line per kind with its count.
        public let held: [String]
        /// When retention erased it, if it has.
        public let erasedOn: CalendarDate?

        /// `defaultLine` says the default date in words; a date the organisers chose is said as such.
        init(title: String, covers: String, until: CalendarDate, isDefaultDate: Bool, defaultLine: String, reason: String?,
             held: [String], expired: Bool, erasedOn: CalendarDate?) {
            self.title = title
            self.covers = covers
            self.until = until
            self.isDefaultDate = isDefaultDate
            dateLine = isDefaultDate ? defaultLine : tr("Kept until {date}, as the organisers set it.", ["date": until.description])
            self.reason = reason
            status = held.isEmpty ? (erasedOn == nil ? .nothingHeld : .erased) : (expired ? .due : .kept)
            self.held = held
            self.erasedOn = erasedOn
        }

        /// Where it stands, as a sentence.
        public var statusLine: String {
            switch status {
            case .kept: tr("Held now:")
            case .due: tr("Its date has passed: apply the data retention to erase it. Held now:")
            case .erased: tr("Erased on {date}.", ["date": erasedOn?.description ?? ""])
            case .nothingHeld: tr("None is held.")
            }
        }
    }

    public let health: Period
    public let evidence: Period
    /// What stays for reports once the records are erased, as a sentence.
    public let keptForReports: String
    /// The anonymous figures kept after the evidence was erased: per town, per age band.
    public let keptFigures: [String]
    /// Host families are not covered by a visit's dates.
    public let householdsNote: String

    /// Whether a date has passed with data still held.
    public var isDue: Bool { health.status == .due || evidence.status == .due }

    public init(_ snapshot: VisitSnapshot, today: CalendarDate = .today()) {
        let visit = snapshot.visit
        let policy = snapshot.retention
        let people = snapshot.participants

        let healthDate = policy.healthDataDate(for: visit)
        health = Period(
            title: tr("Health and contact data"),
            covers: tr("Diets, allergies, notes, accessibility needs, phone numbers, e-mail addresses and emergency contacts of the participants."),
            until: healthDate, isDefaultDate: policy.healthDataUntil == nil,
            defaultLine: trn("Kept until {date}: {count} day after the visit.", "Kept until {date}: {count} days after the visit.", RetentionPolicy.defaultHealthDataDays, ["date": healthDate.description]),
            reason: nil, held: HealthDataKind.counts(in: people).map { $0.kind.label(count: $0.count) },
            expired: policy.healthDataExpired(for: visit, today: today), erasedOn: policy.healthDataErasedOn)

        var evidenceHeld: [String] = []
        if !people.isEmpty {
            evidenceHeld.append(trn("{count} participant record: name, town, country, role, consents", "{count} participant records: names, towns, countries, roles, consents", people.count))
        }
        if !snapshot.placements.isEmpty {
            evidenceHeld.append(trn("{count} placement with a host family", "{count} placements with host families", snapshot.placements.count))
        }
        let evidenceDate = policy.evidenceDate(for: visit)
        evidence = Period(
            title: tr("Grant evidence"),
            covers: tr("Who took part: names, towns, countries and roles of the participants, their consents and placements, and the attendance lists printed from them."),
            until: evidenceDate, isDefaultDate: policy.evidenceUntil == nil,
            defaultLine: trn("Kept until {date}: {count} year after the visit.", "Kept until {date}: {count} years after the visit.", RetentionPolicy.defaultEvidenceYears, ["date": evidenceDate.description]),
            reason: tr("Reason: {reason}", ["reason": policy.reason]), held: evidenceHeld,
            expired: policy.evidenceExpired(for: visit, today: today), erasedOn: policy.evidenceErasedOn)

        keptForReports = tr("Kept for reports after erasure: the budget, the programme, and how many people came from each town, in each role and age band.")
        let kept = policy.keptHeadcount
        var figures: [String] = []
        if !kept.isEmpty {
            figures.append(trn("{count} person counted anonymously", "{count} people counted anonymously", kept.count))
            for town in snapshot.details.towns {
                let count = kept.filter { $0.townId == town.id }.count
                guard count > 0 else { continue }
                figures.append(trn("{town}: {count} person", "{town}: {count} people", count, ["town": town.name]))
            }
            let noTown = kept.filter { $0.townId == nil }.count
            if noTown > 0 {
                figures.append(trn("Of no town: {count} person", "Of no town: {count} people", noTown))
            }
            for band in AgeBand.allCases {
                let count = kept.filter { $0.ageBand == band }.count
                guard count > 0 else { continue }
                figures.append(trn("{band}: {count} person", "{band}: {count} people", count, ["band": band.label]))
            }
        }
        keptFigures = figures
        householdsNote = tr("Host families stay in the host family register for later visits; this visit's dates do not apply to them.")
    }

    /// A warning for each period whose date has passed while its data is still held.
    var problems: [VisitProblem] {
        var found: [VisitProblem] = []
        if health.status == .due && evidence.status != .due {
            found.append(.init(severity: .warning, subject: .dataProtection,
                               message: tr("Health and contact data was to be kept until {date}: apply the data retention", ["date": health.until.description])))
        }
        if evidence.status == .due {
            found.append(.init(severity: .warning, subject: .dataProtection,
                               message: tr("Grant evidence was to be kept until {date}: apply the data retention", ["date": evidence.until.description])))
        }
        return found
    }
}
