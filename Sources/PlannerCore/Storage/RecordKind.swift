/// What a "not found" or "ambiguous" error is about. Each kind has its own whole sentences, so a
/// translator never sees a sentence glued from a translated noun (Czech and Polish decline it,
/// German capitalises it, French puts an article before it).
public enum RecordKind: String, Sendable, Equatable, CaseIterable {
    case visit, participant, household, town, backup, programmeItem, assignment, budgetLine, exchangeRate, funding, group, interpreter

    /// "No visit “Spring 2024”."
    public func notFound(_ key: String) -> String {
        let sentence = switch self {
        case .visit: tr("No visit “{key}”.")
        case .participant: tr("No participant “{key}”.")
        case .household: tr("No household “{key}”.")
        case .town: tr("No town “{key}”.")
        case .backup: tr("No backup “{key}”.")
        case .programmeItem: tr("No programme item “{key}”.")
        case .assignment: tr("No interpreting assignment “{key}”.")
        case .budgetLine: tr("No budget line “{key}”.")
        case .exchangeRate: tr("No exchange rate “{key}”.")
        case .funding: tr("No source of funding “{key}”.")
        case .group: tr("No group “{key}”.")
        case .interpreter: tr("No interpreter “{key}”.")
        }
        return sentence.filled(["key": key])
    }

    /// "More than one participant is called “Léo Dubois”: use its id."
    public func ambiguous(_ key: String) -> String {
        let sentence = switch self {
        case .visit: tr("More than one visit is called “{key}”: use its id.")
        case .participant: tr("More than one participant is called “{key}”: use their id.")
        case .household: tr("More than one household is called “{key}”: use its id.")
        case .town: tr("More than one town is called “{key}”: add its country code, as in “{key} (FR)”.")
        case .backup: tr("More than one backup matches “{key}”: use its full id.")
        case .programmeItem: tr("More than one programme item is called “{key}”: use its id.")
        case .assignment: tr("More than one interpreting assignment matches “{key}”: use its id.")
        case .budgetLine: tr("More than one budget line is called “{key}”: use its id.")
        case .exchangeRate: tr("More than one exchange rate matches “{key}”: use its id.")
        case .funding: tr("More than one source of funding is called “{key}”: use its id.")
        case .group: tr("More than one group is called “{key}”: use its id.")
        case .interpreter: tr("More than one interpreter is called “{key}”: use their id.")
        }
        return sentence.filled(["key": key])
    }
}
