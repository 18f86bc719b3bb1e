import Foundation

/// The subject of one exported file.
public enum ExportTarget: Sendable, Hashable {
    case visit
    case person(Participant)
    case household(Household)
    case interpreter(Participant)

    public var scope: ExportScope {
        switch self {
        case .visit: .visit
        case .person: .person
        case .household: .household
        case .interpreter: .interpreter
        }
    }
}

/// Everything an exporter gets: an immutable snapshot of the visit (never the database), the
/// subject, and the user's choices.
public struct ExportJob: Sendable {
    public let snapshot: VisitSnapshot
    public let target: ExportTarget
    /// The document's languages, best first, never empty: the ones asked for, or its reader's
    /// (`DocumentLanguages.defaults`). Every one is a language the app has. The export runs
    /// `speaking` the first, so `Localization.tr` and `LocalizedFormat` answer in it; a
    /// bilingual or multilingual document asks for the others with `inEach`.
    public let catalogs: [MessageCatalog]
    /// Whether the user chose the languages (`--language`, the Export dialog) rather than
    /// leaving them to the reader's.
    public let languagesChosen: Bool
    /// Option values by key, defaults filled in.
    public let options: [String: String]
    /// When the export runs (for "generated on" lines and iCal's DTSTAMP).
    public let generatedAt: Date

    public init(snapshot: VisitSnapshot, target: ExportTarget, catalogs: [MessageCatalog] = [.english], languagesChosen: Bool = false,
                options: [String: String] = [:], generatedAt: Date = Date()) {
        self.snapshot = snapshot
        self.target = target
        self.catalogs = catalogs.isEmpty ? [.english] : catalogs
        self.languagesChosen = languagesChosen
        self.options = options
        self.generatedAt = generatedAt
    }

    /// The codes of `catalogs` ("fr", "cs").
    public var languages: [String] { catalogs.map(\.language) }

    /// The document's first language.
    public var language: MessageCatalog { catalogs[0] }

    /// The value of option `key`, or nil.
    public func option(_ key: String) -> String? { options[key] }

    /// Whether flag option `key` is on ("true" or "yes").
    public func flag(_ key: String) -> Bool { options[key] == "true" || options[key] == "yes" }

    /// `make` evaluated in each of the document's languages, best first, repeats dropped (a
    /// bilingual heading: ["Votre famille d'accueil", "Vaše hostitelská rodina"]).
    public func inEach(_ make: () -> String) -> [String] {
        var texts: [String] = []
        for catalog in catalogs {
            let text = Localization.speaking(catalog, make)
            if !texts.contains(text) { texts.append(text) }
        }
        return texts
    }

    /// The same job in other languages (a bilingual booklet adds the host family's).
    public func speaking(_ catalogs: [MessageCatalog]) -> ExportJob {
        ExportJob(snapshot: snapshot, target: target, catalogs: catalogs, languagesChosen: languagesChosen, options: options,
                  generatedAt: generatedAt)
    }
}

/// Where an exporter writes: a file path it owns for the duration of the export. The app writes
/// to a temporary file and renames it into place only when the export succeeds.
public final class ExportOutput: @unchecked Sendable {
    /// The file to create (it does not exist yet).
    public let url: URL

    public init(url: URL) { self.url = url }

    /// Writes the whole file at once.
    public func write(_ data: Data) throws { try data.write(to: url) }

    /// Writes `text` as UTF-8.
    public func write(_ text: String) throws { try write(Data(text.utf8)) }
}

/// A failure an exporter reports; its message is shown to the user as is (translated).
public struct ExportError: Error, Sendable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Turns a visit snapshot into a file. Registered by a plugin.
public protocol Exporter: AnyObject, Sendable {
    /// What the format offers. Read in the window's language, or in a chosen document language
    /// (`ExportWorker.run`): an exporter whose option defaults follow the language computes it.
    var format: ExportFormat { get }

    /// Writes the file for `job` to `output`. Throwing leaves no file behind.
    func export(_ job: ExportJob, to output: ExportOutput) throws

    /// The subjects of a batch export (`each-person` / `each-household`). By default every
    /// participant (every guest for a format that `batchesGuestsOnly`), or every household
    /// hosting guests of the visit (offers included).
    func batchTargets(for scope: ExportScope, in snapshot: VisitSnapshot) -> [ExportTarget]
}

extension Exporter {
    public func batchTargets(for scope: ExportScope, in snapshot: VisitSnapshot) -> [ExportTarget] {
        ExportBatch.defaultTargets(for: scope, in: snapshot, guestsOnly: format.batchesGuestsOnly)
    }
}

/// A table of text a plugin computes from a snapshot (shown by `report` and in the app).
public protocol PluginReport: AnyObject, Sendable {
    /// Stable id.
    var id: String { get }
    /// Translated.
    var name: String { get }
    func make(from snapshot: VisitSnapshot, languages: [String]) throws -> ReportTable
}

/// The result of a report: titled columns and rows of text.
public struct ReportTable: Sendable, Hashable {
    public let title: String
    public let columns: [String]
    public let rows: [[String]]
    public init(title: String, columns: [String], rows: [[String]]) {
        self.title = title
        self.columns = columns
        self.rows = rows
    }
}
