import Foundation
import Synchronization

/// The languages the app has, and their catalogues, read once each from the locale folder
/// (`<folder>/<code>/LC_MESSAGES/visitplanner.mo`). English is always there: it is the text of
/// the sources.
public enum MessageCatalogs {
    /// The gettext domain, and so the name of every catalogue file.
    public static let domain = "visitplanner"

    private struct State {
        var folder: URL?
        var windowLanguage = "en"
        /// The folder's languages, read once (a batch asks for every file).
        var available: [String]?
        var loaded: [String: MessageCatalog] = ["en": .english]
    }

    private static let state = Mutex(State())

    /// Where the compiled catalogues are, and the window's language (the app sets both at
    /// start-up, with its gettext binding).
    public static func use(folder: URL, windowLanguage: String = "en") {
        state.withLock { $0 = State(folder: folder, windowLanguage: windowLanguage) }
    }

    /// The language the window speaks ("de"), as gettext chose it from the environment.
    public static var windowLanguage: String { state.withLock { $0.windowLanguage } }

    /// The codes of the languages the app has, sorted: "cs", "de", "en", "fr", "pl".
    public static var available: [String] {
        if let known = state.withLock({ $0.available }) { return known }
        guard let folder = state.withLock({ $0.folder }),
              let entries = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return ["en"] }
        let codes = entries.filter { code in
            code.count == 2 && code.allSatisfy { $0.isASCII && $0.isLowercase }
                && FileManager.default.fileExists(atPath: file(for: code, in: folder).path)
        }
        let found = Array(Set(codes + ["en"])).sorted()
        state.withLock { $0.available = found }
        return found
    }

    /// Whether the app has `code`.
    public static func has(_ code: String) -> Bool { available.contains(code.lowercased()) }

    /// The catalogue of `code` (ISO 639-1, any case).
    /// - Throws: `DocumentLanguageError.unknown` for a language the app does not have (the
    ///   message lists those it has), `.unreadable` for a damaged file.
    public static func catalog(for code: String) throws(DocumentLanguageError) -> MessageCatalog {
        let code = code.lowercased()
        if let known = state.withLock({ $0.loaded[code] }) { return known }
        guard let folder = state.withLock({ $0.folder }), available.contains(code) else {
            throw .unknown(code, available: available)
        }
        let catalog: MessageCatalog
        do {
            catalog = try MessageCatalog(language: code, moFile: file(for: code, in: folder))
        } catch {
            throw .unreadable(code, reason: error.description)
        }
        state.withLock { $0.loaded[code] = catalog }
        return catalog
    }

    static func file(for code: String, in folder: URL) -> URL {
        folder.appendingPathComponent(code).appendingPathComponent("LC_MESSAGES").appendingPathComponent("\(domain).mo")
    }
}

/// A document language that cannot be used.
public enum DocumentLanguageError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The app has no translation in that language.
    case unknown(String, available: [String])
    /// Its catalogue is there but damaged.
    case unreadable(String, reason: String)
    /// A document that takes at most `limit` languages was given more.
    case tooMany(limit: Int, given: [String])

    public var description: String {
        switch self {
        case .unknown(let code, let available):
            tr("VisitPlanner has no translation into “{language}”. Documents can be written in: {languages}.", ["language": code, "languages": available.map { "\($0) (\(LanguageNames.own($0)))" }.joined(separator: ", ")])
        case .unreadable(let code, let reason):
            tr("The translation into “{language}” cannot be used: {reason}", ["language": code, "reason": reason])
        case .tooMany(let limit, let given):
            trn("This document is printed in at most {limit} language; {languages} were given.", "This document is printed in at most {limit} languages; {languages} were given.", limit, ["limit": String(limit), "languages": given.joined(separator: ",")])
        }
    }
}
