/// Who or what one exported file is about.
public enum ExportScope: String, Sendable, Hashable, CaseIterable, Codable {
    case visit
    case person
    case household
    case interpreter
    /// One file per person, into a folder.
    case eachPerson = "each-person"
    /// One file per host household of the visit, into a folder.
    case eachHousehold = "each-household"
}

/// A setting an exporter offers besides the scope, such as the paper size or a byte-order mark.
public struct ExportOption: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// One of the listed values (value, label).
        case choice([Choice])
        /// On or off ("true" / "false"; "yes" / "no" are taken too, as in `--option health=yes`).
        case flag
    }

    public struct Choice: Sendable, Hashable {
        public let value: String
        /// Translated.
        public let label: String
        public init(_ value: String, label: String) {
            self.value = value
            self.label = label
        }
    }

    /// The key used on the command line: `--option key=value`.
    public let key: String
    /// Translated.
    public let label: String
    public let kind: Kind
    public let defaultValue: String

    public init(key: String, label: String, kind: Kind, defaultValue: String) {
        self.key = key
        self.label = label
        self.kind = kind
        self.defaultValue = defaultValue
    }

    /// The usual paper sizes for printed exports.
    public static func paperSize() -> ExportOption {
        ExportOption(key: "paper", label: Localization.tr("Paper size"),
                     kind: .choice([Choice("a4", label: "A4"), Choice("letter", label: Localization.tr("US Letter"))]),
                     defaultValue: "a4")
    }

    /// Whether `value` is acceptable for this option.
    public func accepts(_ value: String) -> Bool {
        switch kind {
        case .choice(let choices): choices.contains { $0.value == value }
        case .flag: ["true", "false", "yes", "no"].contains(value)
        }
    }
}

/// One export format: what the Export dialog and `export --format` offer.
public struct ExportFormat: Sendable, Hashable {
    /// Stable id, e.g. `ical`, `pdf-booklet`.
    public let id: String
    /// Translated name, e.g. "Personal booklet (PDF)".
    public let name: String
    /// Without the dot: `ics`, `pdf`, `csv`.
    public let fileExtension: String
    public let mimeType: String
    public let scopes: Set<ExportScope>
    public let options: [ExportOption]
    /// Whether the format uses `--language` (titles and texts in the chosen languages).
    public let usesLanguages: Bool
    /// Whether an `each-person` batch makes files for the visit's guests only (a booklet), not
    /// for everyone on the list.
    public let batchesGuestsOnly: Bool

    public init(id: String, name: String, fileExtension: String, mimeType: String, scopes: Set<ExportScope>,
                options: [ExportOption] = [], usesLanguages: Bool = true, batchesGuestsOnly: Bool = false) {
        self.id = id
        self.name = name
        self.fileExtension = fileExtension
        self.mimeType = mimeType
        self.scopes = scopes
        self.options = options
        self.usesLanguages = usesLanguages
        self.batchesGuestsOnly = batchesGuestsOnly
    }
}
