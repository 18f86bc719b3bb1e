import Foundation
import Synchronization

/// Translates the core's and the plugins' user-visible strings.
///
/// Two sources, in this order:
/// - while a document is written, the catalogue of the document's language, bound with
///   `speaking(_:_:)` for the current task or thread (the export worker binds each file's);
/// - otherwise the window's language: PlannerCore may not link gettext (it imports Foundation
///   and GRDB only), so the app installs its libintl lookup here at start-up. Until then strings
///   come back untranslated (English).
public enum Localization {
    /// The closures live in a class: a closure stored directly in the Mutex's generic storage was
    /// re-wrapped in a reabstraction thunk at every `withLock` access, so each lookup got slower
    /// than the last (measured: 45 % of the app's time after a few thousand lookups).
    private final class Translator: Sendable {
        let translate: @Sendable (String) -> String
        let plural: @Sendable (String, String, Int) -> String
        init(_ translate: @escaping @Sendable (String) -> String, plural: @escaping @Sendable (String, String, Int) -> String) {
            self.translate = translate
            self.plural = plural
        }
    }

    private static let translator = Mutex(Translator({ $0 }, plural: { one, other, count in count == 1 ? one : other }))

    /// The catalogue of the document being written, if any.
    @TaskLocal public static var document: MessageCatalog?

    /// Installs the window's lookup: `translate` for a message id (the English text), `plural`
    /// for a plural message and a count (libintl's ngettext).
    public static func install(_ translate: @escaping @Sendable (String) -> String,
                               plural: @escaping @Sendable (String, String, Int) -> String = { one, other, count in
                                   count == 1 ? one : other
                               }) {
        let new = Translator(translate, plural: plural)
        translator.withLock { $0 = new }
    }

    /// Translates the whole sentence `message` and fills its `{name}` placeholders with `values`
    /// (a translation may put them in another order); `xgettext --keyword=tr` extracts these.
    public static func tr(_ message: String, _ values: [String: String] = [:]) -> String {
        let template = if let document { document.translate(message) } else { translator.withLock { $0 }.translate(message) }
        return template.filled(values)
    }

    /// The form of a plural sentence for `count`, its `{count}` and the other placeholders
    /// filled; `xgettext --keyword=trn:1,2` extracts these.
    public static func trn(_ one: String, _ other: String, _ count: Int, _ values: [String: String] = [:]) -> String {
        let template = if let document {
            document.translate(one: one, other: other, count: count)
        } else {
            translator.withLock { $0 }.plural(one, other, count)
        }
        return template.filled(["count": String(count)].merging(values) { _, given in given })
    }

    /// Runs `body` with every `tr` and `trn` answering in `catalog`'s language, and dates and
    /// numbers formatted in its locale (`LocalizedFormat`).
    public static func speaking<T>(_ catalog: MessageCatalog, _ body: () throws -> T) rethrows -> T {
        try $document.withValue(catalog, operation: body)
    }
}

/// The core's spelling of `Localization.tr`.
func tr(_ message: String, _ values: [String: String] = [:]) -> String { Localization.tr(message, values) }

/// The core's spelling of `Localization.trn`.
func trn(_ one: String, _ other: String, _ count: Int, _ values: [String: String] = [:]) -> String {
    Localization.trn(one, other, count, values)
}

extension String {
    /// Replaces `{name}` placeholders in one pass over the text, so a value that itself holds
    /// braces ("{x}" typed in a note) is never filled in turn.
    func filled(_ values: [String: String]) -> String {
        guard !values.isEmpty, contains("{") else { return self }
        var result = ""
        var rest = self[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            if let close = rest[open...].firstIndex(of: "}"), let value = values[String(rest[rest.index(after: open)..<close])] {
                result += value
                rest = rest[rest.index(after: close)...]
            } else {
                result.append("{")
                rest = rest[rest.index(after: open)...]
            }
        }
        return result + rest
    }
}
