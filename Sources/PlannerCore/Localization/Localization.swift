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

    /// Translates `message`; `xgettext --keyword=tr` extracts these literals.
    public static func tr(_ message: String) -> String {
        if let document { return document.translate(message) }
        return translator.withLock { $0 }.translate(message)
    }

    /// The form of a plural message for `count`; `xgettext --keyword=trn:1,2` extracts these.
    /// Write the count into the text with a `{count}` placeholder.
    public static func trn(_ one: String, _ other: String, _ count: Int) -> String {
        if let document { return document.translate(one: one, other: other, count: count) }
        return translator.withLock { $0 }.plural(one, other, count)
    }

    /// Runs `body` with every `tr` and `trn` answering in `catalog`'s language, and dates and
    /// numbers formatted in its locale (`LocalizedFormat`).
    public static func speaking<T>(_ catalog: MessageCatalog, _ body: () throws -> T) rethrows -> T {
        try $document.withValue(catalog, operation: body)
    }
}

/// Shorthand used inside the core for a translatable string.
func tr(_ message: String) -> String { Localization.tr(message) }

/// Shorthand used inside the core for a translatable plural message.
func trn(_ one: String, _ other: String, _ count: Int) -> String { Localization.trn(one, other, count) }

extension String {
    /// Replaces `{name}` placeholders; translations may reorder them, unlike positional `%@`.
    func filled(_ values: [String: String]) -> String {
        var result = self
        for (key, value) in values { result = result.replacingOccurrences(of: "{\(key)}", with: value) }
        return result
    }
}
