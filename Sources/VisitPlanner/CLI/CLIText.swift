import PlannerCore

/// The CLI's user-visible text: every literal goes through gettext (installed into
/// `Localization` at start-up). The CLI never touches CGtk, so it cannot call `vp_gettext`.
enum CLIText {
    /// Translates `message` and fills its `{name}` placeholders (translations may reorder them).
    static func tr(_ message: String, _ values: [String: String] = [:]) -> String {
        var result = Localization.tr(message)
        for (key, value) in values { result = result.replacingOccurrences(of: "{\(key)}", with: value) }
        return result
    }
}
