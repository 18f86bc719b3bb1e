import ArgumentParser
import PlannerCore

/// `visitplanner visits create --title T --start D --end D --host-town NAME --partner-town NAME…`:
/// sets up a whole visit from a script. The draft is the Visit form's (`VisitDraft`), checked by
/// the same core validation; nothing is written unless every field is valid.
struct VisitsCreateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: tr("Create a visit and print its id."),
        discussion: tr("""
            A town is named as “visits list” prints it: “Horní Lhota” for a town already in the database, or \
            “Horní Lhota (CZ)” with its two-letter country code, which creates the town when it is new. Dates are \
            YYYY-MM-DD. Without --language, the languages known for the towns are used, the host's first. \
            Invalid values are refused with the option's problem on one line (status 1) and nothing is written.
            """))

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp(tr("The visit's title."), valueName: "title"))
    var title: String

    @Option(help: ArgumentHelp(tr("The first day (YYYY-MM-DD)."), valueName: "date"))
    var start: String

    @Option(help: ArgumentHelp(tr("The last day (YYYY-MM-DD)."), valueName: "date"))
    var end: String

    @Option(name: .customLong("host-town"),
            help: ArgumentHelp(tr("The host town: “Name” if it is known, else “Name (CC)”."), valueName: "town"))
    var hostTown: String

    @Option(name: .customLong("partner-town"),
            help: ArgumentHelp(tr("A partner town, as --host-town; repeat it for each partner town."), valueName: "town"))
    var partnerTowns: [String] = []

    @Option(name: .customLong("language"),
            help: ArgumentHelp(tr("A language of the visit's texts (ISO 639-1: cs), the host's first; repeat it or separate codes by commas."),
                               valueName: "xx"))
    var languages: [String] = []

    @Option(help: ArgumentHelp(tr("The reporting currency (ISO 4217)."), valueName: "XXX"))
    var currency = VisitDraft().currency

    @Option(help: ArgumentHelp(tr("The kind of visit."), valueName: "kind"))
    var kind = VisitDraft().kind

    func validate() throws {
        if partnerTowns.isEmpty {
            throw ValidationError(tr("--partner-town is required: name at least one partner town."))
        }
    }

    func run() throws {
        let store = try global.openStore()
        var problems: [(ReportedOption, String)] = []

        func town(_ text: String, _ option: ReportedOption) throws -> VisitDraft.TownEntry {
            switch try TownArgument(text).entry(in: store) {
            case .success(let entry): return entry
            case .failure(let problem):
                problems.append((option, problem.message))
                // Any valid code: the core then reports only the town's other problems (blank, twice).
                return .init(name: TownArgument(text).name, countryCode: "CZ")
            }
        }
        let host = try town(hostTown, .hostTown)
        let partners = try partnerTowns.map { try town($0, .partnerTown) }

        // As the Visit form reads its entries: a date that cannot be read stands in place of
        // the core's "Required" for the same field.
        var unreadable: [ValidationIssue] = []
        func date(_ text: String, _ field: ValidationIssue.Field) -> CalendarDate? {
            guard !text.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
            guard let date = CalendarDate(userInput: text) else {
                unreadable.append(.init(field, .unreadableDate(text)))
                return nil
            }
            return date
        }
        let startDate = date(start, .startDate)
        let endDate = date(end, .endDate)

        let codes = languages.flatMap { $0.split(whereSeparator: { $0 == "," || $0 == " " }).map { String($0).lowercased() } }
        let draft = VisitDraft(title: title, hostTown: host, partnerTowns: partners, kind: kind,
                               startDate: startDate, endDate: endDate,
                               languages: codes.isEmpty ? try knownLanguages(of: [host] + partners, store) : codes,
                               currency: currency.uppercased())
        let skipped = Set(unreadable.map(\.field))
        let issues = unreadable + draft.validate().filter { !skipped.contains($0.field) }
        problems += issues.map { (ReportedOption($0.field), $0.message) }
        guard problems.isEmpty else {
            // The host's name and country are one option here: "Required" once, not twice.
            var lines: [String] = []
            for line in problems.map({ "\($0.0.name): \($0.1)" }) where !lines.contains(line) { lines.append(line) }
            throw CLIFailure(message: lines.joined(separator: "; "))
        }

        let id = try store.createVisit(draft)
        if global.json {
            let details = try store.visit(id: id).map { VisitJSON($0, participants: 0) }
            guard let details else { throw PlannerError.notFound(.visit, key: String(id)) }
            try JSONOutput.print(details)
        } else {
            Console.out(String(id))
        }
    }

    /// The languages stored for the towns that already exist, in the towns' order, each once.
    private func knownLanguages(of entries: [VisitDraft.TownEntry], _ store: PlannerStore) throws -> [String] {
        var codes: [String] = []
        for entry in entries {
            let town = try store.towns(named: entry.name).first { $0.countryCode == entry.countryCode }
            for code in town?.languages ?? [] where !codes.contains(code) { codes.append(code) }
        }
        return codes
    }

    /// The option a field's problem is reported under.
    enum ReportedOption {
        case title, start, end, hostTown, partnerTown, language, currency, other(String)

        init(_ field: ValidationIssue.Field) {
            switch field {
            case .title: self = .title
            case .startDate: self = .start
            case .endDate: self = .end
            case .hostTown, .hostCountry: self = .hostTown
            case .partnerTowns: self = .partnerTown
            case .languages: self = .language
            case .currency: self = .currency
            default: self = .other(field.rawValue)
            }
        }

        var name: String {
            switch self {
            case .title: "--title"
            case .start: "--start"
            case .end: "--end"
            case .hostTown: "--host-town"
            case .partnerTown: "--partner-town"
            case .language: "--language"
            case .currency: "--currency"
            case .other(let field): field
            }
        }
    }
}

extension VisitKind: ExpressibleByArgument {}
