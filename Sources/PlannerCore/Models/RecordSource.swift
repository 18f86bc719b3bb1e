/// Where a participant or household record came from: typed in, imported from a file, the
/// sample visit… Kept on each record (its first source, and the last import that updated it) so
/// that a person asking what is held about them (GDPR Art. 15 (1) (g)) also learns its origin.
public struct RecordSource: Hashable, Codable, Sendable {
    /// How the record came in.
    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// Stored before VisitPlanner kept sources: nobody knows any more.
        case unknown
        /// Typed into the window's form (or saved through the store by another caller).
        case enteredByHand = "entered-by-hand"
        /// A spreadsheet export read by the import.
        case spreadsheetImport = "spreadsheet-import"
        /// A partner committee's exchange file.
        case partnerExchange = "partner-exchange"
        /// The sample visit that ships with VisitPlanner (made-up people).
        case sampleVisit = "sample-visit"
        /// A generated visit of made-up people (`demo --participants N`, benchmarks).
        case generated
    }

    public var kind: Kind
    /// The imported file's name (without its folder), when there was a file.
    public var fileName: String?
    /// The day the record was entered or imported, when known.
    public var date: CalendarDate?
    /// A partner exchange file: the town whose committee wrote it.
    public var townName: String?

    public init(kind: Kind, fileName: String? = nil, date: CalendarDate? = nil, townName: String? = nil) {
        self.kind = kind
        self.fileName = fileName
        self.date = date
        self.townName = townName
    }

    /// Rows stored before sources were kept (what the v9 migration gives them).
    public static let unknown = RecordSource(kind: .unknown)
    /// The sample visit's records.
    public static let sampleVisit = RecordSource(kind: .sampleVisit)
    /// Records of a generated visit.
    public static let generated = RecordSource(kind: .generated)

    /// Typed in by hand on `date`.
    public static func enteredByHand(on date: CalendarDate) -> RecordSource {
        RecordSource(kind: .enteredByHand, date: date)
    }

    /// A whole sentence for people: "Imported from guests.csv on 2026-12-04."
    public var text: String {
        let day = date?.description ?? ""
        let file = fileName ?? ""
        switch kind {
        case .unknown:
            return tr("Recorded before VisitPlanner kept sources.")
        case .enteredByHand:
            return date == nil ? tr("Entered by hand.") : tr("Entered by hand on {date}.", ["date": day])
        case .spreadsheetImport:
            switch (fileName == nil, date == nil) {
            case (false, false): return tr("Imported from {file} on {date}.", ["file": file, "date": day])
            case (false, true): return tr("Imported from {file}.", ["file": file])
            default: return tr("Imported from a spreadsheet.")
            }
        case .partnerExchange:
            let town = townName ?? ""
            switch (fileName == nil, date == nil) {
            case (false, false):
                return tr("From the partner exchange file {file} of {town}, imported on {date}.", ["file": file, "town": town, "date": day])
            case (false, true): return tr("From the partner exchange file {file} of {town}.", ["file": file, "town": town])
            default: return tr("From a partner exchange file of {town}.", ["town": town])
            }
        case .sampleVisit:
            return tr("Part of the sample visit (made-up people).")
        case .generated:
            return tr("Part of a generated visit (made-up people).")
        }
    }
}
