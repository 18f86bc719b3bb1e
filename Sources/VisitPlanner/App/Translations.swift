import CGtk
import Foundation
import PlannerCore

/// Sets up gettext for the `visitplanner` domain, for the window and for the core's messages,
/// and tells the core where the catalogues are, so documents can speak their readers' language.
enum Translations {
    static func install() {
        setlocale(LC_ALL, "")
        bindtextdomain(MessageCatalogs.domain, Resources.shared.localeDirectory)
        bind_textdomain_codeset(MessageCatalogs.domain, "UTF-8")
        textdomain(MessageCatalogs.domain)
        Localization.install({ L($0) }, plural: { one, other, count in L(one, other, count) })
        MessageCatalogs.use(folder: URL(fileURLWithPath: Resources.shared.localeDirectory), windowLanguage: windowLanguage())
    }

    /// The language gettext answers the window in: the first of LANGUAGE that has a catalogue,
    /// else the language of LC_ALL, LC_MESSAGES or LANG (gettext's own order); English for C.
    private static func windowLanguage() -> String {
        let env = ProcessInfo.processInfo.environment
        let code = { (value: String) in String(value.prefix { $0.isLetter }).lowercased() }
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { env[$0] }.first { !$0.isEmpty } ?? ""
        // gettext ignores LANGUAGE when the locale is plain C (not C.UTF-8).
        if !locale.isEmpty, locale != "C", locale != "POSIX", let list = env["LANGUAGE"] {
            let folder = URL(fileURLWithPath: Resources.shared.localeDirectory)
            for entry in list.split(separator: ":").map({ code(String($0)) }) where !entry.isEmpty {
                if entry == "en" || FileManager.default.fileExists(atPath: folder.appendingPathComponent(entry).path) { return entry }
            }
        }
        let fromLocale = code(locale)
        return fromLocale.isEmpty || fromLocale == "c" || fromLocale == "posix" ? "en" : fromLocale
    }
}
