import Synchronization

/// Translates the core's user-visible strings.
///
/// PlannerCore may not link gettext (it imports Foundation and GRDB only), so the app installs
/// its gettext lookup here at start-up. Until then strings come back untranslated (English).
public enum Localization {
    private static let translator = Mutex<@Sendable (String) -> String>({ $0 })

    /// Installs the function that translates a message id (the English text).
    public static func install(_ translate: @escaping @Sendable (String) -> String) {
        translator.withLock { $0 = translate }
    }

    /// Translates `message`; `xgettext --keyword=tr` extracts these literals.
    public static func tr(_ message: String) -> String {
        translator.withLock { $0 }(message)
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
