import Synchronization

/// Translates the core's user-visible strings.
///
/// PlannerCore may not link gettext (it imports Foundation and GRDB only), so the app installs
/// its gettext lookup here at start-up. Until then strings come back untranslated (English).
public enum Localization {
    /// The closure lives in a class: a closure stored directly in the Mutex's generic storage was
    /// re-wrapped in a reabstraction thunk at every `withLock` access, so each lookup got slower
    /// than the last (measured: 45 % of the app's time after a few thousand lookups).
    private final class Translator: Sendable {
        let translate: @Sendable (String) -> String
        init(_ translate: @escaping @Sendable (String) -> String) { self.translate = translate }
    }

    private static let translator = Mutex(Translator({ $0 }))

    /// Installs the function that translates a message id (the English text).
    public static func install(_ translate: @escaping @Sendable (String) -> String) {
        let new = Translator(translate)
        translator.withLock { $0 = new }
    }

    /// Translates `message`; `xgettext --keyword=tr` extracts these literals.
    public static func tr(_ message: String) -> String {
        translator.withLock { $0 }.translate(message)
    }
}

/// Shorthand used inside the core for a translatable string.
func tr(_ message: String) -> String { Localization.tr(message) }

extension String {
    /// Replaces `{name}` placeholders; translations may reorder them, unlike positional `%@`.
    func filled(_ values: [String: String]) -> String {
        var result = self
        for (key, value) in values { result = result.replacingOccurrences(of: "{\(key)}", with: value) }
        return result
    }
}
