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
        Localization.install(gettextMessage, plural: gettextPlural)
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

/// The app's one translation function, for the window and the command line alike: a whole
/// sentence, its `{name}` placeholders filled (`Localization.tr`, which answers from gettext in
/// the window's language, or in a document's while one is written).
func tr(_ message: String, _ values: [String: String] = [:]) -> String { Localization.tr(message, values) }

/// The plural form of a whole sentence for `count`, its `{count}` and other placeholders filled.
func trn(_ one: String, _ other: String, _ count: Int, _ values: [String: String] = [:]) -> String {
    Localization.trn(one, other, count, values)
}

/// libintl's answer for `message` in the `visitplanner` domain.
private func gettextMessage(_ message: String) -> String {
    // gettext returns the very pointer it was given when there is no translation, and that
    // pointer is Swift's temporary copy: never read it back, return the original string.
    message.withCString { source in
        let translated = vp_gettext(source)!
        return translated == source ? message : String(cString: translated)
    }
}

/// libintl's plural form for `count`.
private func gettextPlural(_ one: String, _ other: String, _ count: Int) -> String {
    one.withCString { oneSource in
        other.withCString { otherSource in
            let translated = vp_ngettext(oneSource, otherSource, UInt(max(count, 0)))!
            if translated == oneSource { return one }
            if translated == otherSource { return other }
            return String(cString: translated)
        }
    }
}
