import Foundation

/// What the programme-item form edits: typed choices plus the text of the fields that must be
/// parsed (dates, times, coordinates, language pairs), so every problem lands at its field.
public struct ProgrammeItemDraft: Hashable, Sendable {
    public var titles: [String: String]
    public var descriptions: [String: String]
    public var allDay: Bool
    public var startDate: String
    public var startTime: String
    public var endDate: String
    public var endTime: String
    public var timeZone: String
    public var locationName: String
    public var address: String
    public var latitude: String
    public var longitude: String
    public var audience: Audience
    public var meals: [ProvidedMeal]
    public var transport: String
    public var workingLanguage: String
    public var status: ItemStatus
    public var interpreting: Bool
    public var mode: InterpretingMode
    /// "de>cs, fr>cs": needs added to the derived ones.
    public var addedNeeds: String
    /// Derived needs the user dismissed.
    public var dismissedNeeds: [LanguagePair]
    public var notes: String

    public init(titles: [String: String] = [:], descriptions: [String: String] = [:], allDay: Bool = false,
                startDate: String = "", startTime: String = "", endDate: String = "", endTime: String = "",
                timeZone: String = "", locationName: String = "", address: String = "", latitude: String = "",
                longitude: String = "", audience: Audience = .everyone, meals: [ProvidedMeal] = [], transport: String = "",
                workingLanguage: String = "", status: ItemStatus = .planned, interpreting: Bool = true,
                mode: InterpretingMode = .consecutive, addedNeeds: String = "", dismissedNeeds: [LanguagePair] = [],
                notes: String = "") {
        self.titles = titles
        self.descriptions = descriptions
        self.allDay = allDay
        self.startDate = startDate
        self.startTime = startTime
        self.endDate = endDate
        self.endTime = endTime
        self.timeZone = timeZone
        self.locationName = locationName
        self.address = address
        self.latitude = latitude
        self.longitude = longitude
        self.audience = audience
        self.meals = meals
        self.transport = transport
        self.workingLanguage = workingLanguage
        self.status = status
        self.interpreting = interpreting
        self.mode = mode
        self.addedNeeds = addedNeeds
        self.dismissedNeeds = dismissedNeeds
        self.notes = notes
    }

    /// The draft that edits an existing item.
    public init(_ item: ProgrammeItem) {
        let t = item.timing
        self.init(titles: item.titles, descriptions: item.descriptions, allDay: t.isAllDay,
                  startDate: t.startDate.description, startTime: t.startTime?.description ?? "",
                  endDate: t.endDate.description, endTime: t.endTime?.description ?? "", timeZone: t.timeZone,
                  locationName: item.location.name, address: item.location.address,
                  latitude: item.location.latitude.map { String($0) } ?? "", longitude: item.location.longitude.map { String($0) } ?? "",
                  audience: item.audience, meals: item.meals, transport: item.transport, workingLanguage: item.workingLanguage,
                  status: item.status, interpreting: item.interpretation.wanted, mode: item.interpretation.mode,
                  addedNeeds: LanguagePair.typedForm(item.interpretation.addedNeeds),
                  dismissedNeeds: item.interpretation.dismissedNeeds, notes: item.notes)
    }

    /// A new item on `day` of a visit: 09:00–10:00 in the visit's zone, in its host language.
    public static func new(on day: CalendarDate, in snapshot: VisitSnapshot) -> ProgrammeItemDraft {
        ProgrammeItemDraft(startDate: day.description, startTime: "09:00", endDate: day.description, endTime: "10:00",
                           timeZone: snapshot.details.hostTown.timeZone, workingLanguage: snapshot.visit.languages.first ?? "en")
    }

    /// The item this draft describes, or every problem with it. The end date may be left empty
    /// (same day as the start).
    public func item(visitId: Int64, id: Int64? = nil, visitLanguages: [String]) -> Result<ProgrammeItem, ValidationFailure> {
        var issues: [ValidationIssue] = []
        func date(_ text: String, _ field: ValidationIssue.Field, required: Bool) -> CalendarDate? {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { if required { issues.append(.init(field, .required)) }; return nil }
            guard let value = CalendarDate(userInput: trimmed) else { issues.append(.init(field, .unreadableDate(trimmed))); return nil }
            return value
        }
        func time(_ text: String, _ field: ValidationIssue.Field) -> TimeOfDay? {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { issues.append(.init(field, .required)); return nil }
            guard let value = TimeOfDay(text: trimmed) else { issues.append(.init(field, .unreadableTime(trimmed))); return nil }
            return value
        }
        func coordinate(_ text: String) -> Double?? {
            let trimmed = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
            if trimmed.isEmpty { return .some(nil) }
            guard let value = Double(trimmed) else { issues.append(.init(.itemLocation, .unreadableCoordinate(text))); return nil }
            return .some(value)
        }
        let first = date(startDate, .startDate, required: true)
        let last = date(endDate, .endDate, required: false) ?? first
        var startClock: TimeOfDay?, endClock: TimeOfDay?
        if !allDay {
            startClock = time(startTime, .startTime)
            endClock = time(endTime, .endTime)
        }
        let zone = timeZone.trimmingCharacters(in: .whitespaces)
        let latitude = coordinate(latitude), longitude = coordinate(longitude)
        var added: [LanguagePair] = []
        do { added = try LanguagePair.parseList(addedNeeds) } catch { issues.append(.init(.languagePairs, error)) }
        guard issues.isEmpty, let first, let last, let latitude, let longitude else { return .failure(ValidationFailure(issues)) }
        var timing = ItemTiming(allDayFrom: first, to: last, timeZone: zone)
        timing.startTime = startClock
        timing.endTime = endClock
        func trimmed(_ texts: [String: String]) -> [String: String] {
            texts.mapValues { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.value.isEmpty }
        }
        let item = ProgrammeItem(id: id, visitId: visitId, titles: trimmed(titles), descriptions: trimmed(descriptions),
                                 timing: timing,
                                 location: ItemLocation(name: locationName.trimmingCharacters(in: .whitespaces),
                                                        address: address.trimmingCharacters(in: .whitespaces),
                                                        latitude: latitude, longitude: longitude),
                                 audience: audience, meals: meals, transport: transport.trimmingCharacters(in: .whitespaces),
                                 workingLanguage: workingLanguage.trimmingCharacters(in: .whitespaces), status: status,
                                 interpretation: InterpretationPlan(wanted: interpreting, mode: mode, addedNeeds: added,
                                                                    dismissedNeeds: dismissedNeeds),
                                 notes: notes)
        let problems = item.issues(visitLanguages: visitLanguages)
        return problems.isEmpty ? .success(item) : .failure(ValidationFailure(problems))
    }
}
