import Foundation

/// What the interpreter form edits: language pairs, availability windows and amounts as text,
/// parsed here so that each problem lands at its field.
public struct InterpreterDraft: Hashable, Sendable {
    public var pairs: String
    public var modes: [InterpretingMode]
    /// One window per line: "2027-05-14 08:00 – 2027-05-17 12:00" (or "2027-05-14 08:00–12:00").
    public var availability: String
    /// Hours per day at most ("6", "5.5").
    public var maxHoursPerDay: String
    public var rate: String
    public var currency: String
    public var rateUnit: RateUnit

    public init(pairs: String = "", modes: [InterpretingMode] = [.consecutive], availability: String = "",
                maxHoursPerDay: String = "6", rate: String = "", currency: String = "", rateUnit: RateUnit = .halfDay) {
        self.pairs = pairs
        self.modes = modes
        self.availability = availability
        self.maxHoursPerDay = maxHoursPerDay
        self.rate = rate
        self.currency = currency
        self.rateUnit = rateUnit
    }

    /// The draft that edits a stored profile.
    public init(_ interpreter: Interpreter, currency: String) {
        self.init(pairs: LanguagePair.typedForm(interpreter.pairs),
                  modes: interpreter.modes,
                  availability: interpreter.availability.map(Self.format).joined(separator: "\n"),
                  maxHoursPerDay: "\(Decimal(interpreter.maxMinutesPerDay) / 60)",
                  rate: interpreter.rate?.plainAmount ?? "", currency: interpreter.rate?.currency ?? currency,
                  rateUnit: interpreter.rateUnit)
    }

    /// "2027-05-14 08:00 – 2027-05-17 12:00".
    public static func format(_ window: AvailabilityWindow) -> String { "\(window.start) – \(window.end)" }

    /// The profile this draft describes, or every problem with it.
    public func interpreter(participantId: Int64, visitId: Int64) -> Result<Interpreter, ValidationFailure> {
        var issues: [ValidationIssue] = []
        var parsedPairs: [LanguagePair] = []
        do { parsedPairs = try LanguagePair.parseList(pairs) } catch { issues.append(.init(.languagePairs, error)) }
        if issues.isEmpty && parsedPairs.isEmpty { issues.append(.init(.languagePairs, .noLanguagePairs)) }
        var windows: [AvailabilityWindow] = []
        for line in availability.split(whereSeparator: \.isNewline) {
            let text = line.trimmingCharacters(in: .whitespaces)
            if text.isEmpty { continue }
            guard let window = Self.window(text) else { issues.append(.init(.availability, .unreadableDate(text))); continue }
            if window.end <= window.start { issues.append(.init(.availability, .endBeforeStart)) }
            windows.append(window)
        }
        var minutes = 0
        if let hours = AmountInput.decimal(maxHoursPerDay), hours > 0, hours <= 24 {
            minutes = Int(NSDecimalNumber(decimal: hours * 60).doubleValue.rounded())
        } else {
            issues.append(.init(.maxHours, maxHoursPerDay.trimmingCharacters(in: .whitespaces).isEmpty ? .required : .notPositive))
        }
        var money: Money?
        let code = currency.trimmingCharacters(in: .whitespaces).uppercased()
        if !rate.trimmingCharacters(in: .whitespaces).isEmpty {
            if !Currency.isKnown(code) {
                issues.append(.init(.currency, code.isEmpty ? .required : .invalidCurrency(currency)))
            } else {
                switch AmountInput.nonNegativeMoney(rate, currency: code) {
                case .success(let value): money = value
                case .failure(let problem): issues.append(.init(.rate, problem))
                }
            }
        }
        let interpreter = Interpreter(participantId: participantId, visitId: visitId, pairs: parsedPairs, modes: modes,
                                      availability: windows, maxMinutesPerDay: minutes, rate: money, rateUnit: rateUnit)
        issues += interpreter.issues().filter { issue in !issues.contains { $0.field == issue.field } }
        return issues.isEmpty ? .success(interpreter) : .failure(ValidationFailure(issues))
    }

    /// Reads "2027-05-14 08:00 – 2027-05-17 12:00" or "2027-05-14 08:00–12:00".
    static func window(_ text: String) -> AvailabilityWindow? {
        let sides = text.components(separatedBy: "–").count == 2 ? text.components(separatedBy: "–")
            : text.components(separatedBy: " - ")
        guard sides.count == 2 else { return nil }
        let left = sides[0].split(whereSeparator: \.isWhitespace).map(String.init)
        let right = sides[1].split(whereSeparator: \.isWhitespace).map(String.init)
        guard left.count == 2, let day = CalendarDate(userInput: left[0]), let time = TimeOfDay(text: left[1]) else { return nil }
        let start = LocalDateTime(date: day, time: time)
        if right.count == 1, let endTime = TimeOfDay(text: right[0]) {
            return AvailabilityWindow(start: start, end: LocalDateTime(date: day, time: endTime))
        }
        guard right.count == 2, let endDay = CalendarDate(userInput: right[0]), let endTime = TimeOfDay(text: right[1]) else { return nil }
        return AvailabilityWindow(start: start, end: LocalDateTime(date: endDay, time: endTime))
    }
}
