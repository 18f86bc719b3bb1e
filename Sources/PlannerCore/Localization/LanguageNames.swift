import Foundation

/// Names of languages, from ICU (Foundation), never typed in by hand.
public enum LanguageNames {
    /// The language's own name, capitalised ("Čeština", "Français", "Polski"), or the code when
    /// ICU does not know it.
    public static func own(_ code: String) -> String {
        capitalised(Locale(identifier: code).localizedString(forLanguageCode: code), code)
    }

    /// The language's name in the current document's language, as it stands in running text
    /// ("tchèque" in a French document, "Tschechisch" in a German one), or its own name outside a
    /// document.
    public static func current(_ code: String) -> String {
        guard let locale = Localization.document?.locale else { return own(code) }
        return LocalizedFormat.remembered("language \(code)") { locale.localizedString(forLanguageCode: code) ?? code }
    }

    private static func capitalised(_ name: String?, _ code: String) -> String {
        guard let name, !name.isEmpty else { return code }
        return name.prefix(1).uppercased() + name.dropFirst()
    }
}

extension String {
    /// A vocabulary word ("Vegetarian", "Host families") as it stands inside a sentence: lower
    /// case, except in German, where nouns keep their capital ("Gastfamilien").
    public var inRunningText: String {
        let language = Localization.document?.language ?? MessageCatalogs.windowLanguage
        return language == "de" ? self : lowercased()
    }
}
