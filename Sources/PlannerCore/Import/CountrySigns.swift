import Foundation

/// What a registration row reveals about a country: its international dialling code and the
/// languages people there speak natively. Used by `ImportOriginCheck`; the names of countries
/// and languages come from ICU, never typed in here.
enum CountrySigns {
    struct Country {
        /// ISO 3166-1 alpha-2.
        let code: String
        /// "+49".
        let dialCode: String
        /// ISO 639-1, the most spoken first.
        let languages: [String]
    }

    /// Listed so that a language's main country comes first (de → DE before AT and CH).
    static let countries: [Country] = [
        Country(code: "CZ", dialCode: "+420", languages: ["cs"]),
        Country(code: "SK", dialCode: "+421", languages: ["sk", "hu"]),
        Country(code: "DE", dialCode: "+49", languages: ["de"]),
        Country(code: "FR", dialCode: "+33", languages: ["fr"]),
        Country(code: "PL", dialCode: "+48", languages: ["pl"]),
        Country(code: "GB", dialCode: "+44", languages: ["en", "cy", "gd"]),
        Country(code: "NL", dialCode: "+31", languages: ["nl", "fy"]),
        Country(code: "IT", dialCode: "+39", languages: ["it"]),
        Country(code: "ES", dialCode: "+34", languages: ["es", "ca", "eu", "gl"]),
        Country(code: "PT", dialCode: "+351", languages: ["pt"]),
        Country(code: "HU", dialCode: "+36", languages: ["hu"]),
        Country(code: "AT", dialCode: "+43", languages: ["de", "hr", "sl", "hu"]),
        Country(code: "CH", dialCode: "+41", languages: ["de", "fr", "it", "rm"]),
        Country(code: "BE", dialCode: "+32", languages: ["nl", "fr", "de"]),
        Country(code: "LU", dialCode: "+352", languages: ["lb", "fr", "de"]),
        Country(code: "LI", dialCode: "+423", languages: ["de"]),
        Country(code: "IE", dialCode: "+353", languages: ["en", "ga"]),
        Country(code: "DK", dialCode: "+45", languages: ["da"]),
        Country(code: "SE", dialCode: "+46", languages: ["sv"]),
        Country(code: "NO", dialCode: "+47", languages: ["no", "nb", "nn"]),
        Country(code: "FI", dialCode: "+358", languages: ["fi", "sv"]),
        Country(code: "SI", dialCode: "+386", languages: ["sl"]),
        Country(code: "HR", dialCode: "+385", languages: ["hr"]),
        Country(code: "RS", dialCode: "+381", languages: ["sr"]),
        Country(code: "RO", dialCode: "+40", languages: ["ro", "hu"]),
        Country(code: "BG", dialCode: "+359", languages: ["bg"]),
        Country(code: "GR", dialCode: "+30", languages: ["el"]),
        Country(code: "LT", dialCode: "+370", languages: ["lt"]),
        Country(code: "LV", dialCode: "+371", languages: ["lv"]),
        Country(code: "EE", dialCode: "+372", languages: ["et"]),
        Country(code: "UA", dialCode: "+380", languages: ["uk"]),
        Country(code: "TR", dialCode: "+90", languages: ["tr"]),
        Country(code: "US", dialCode: "+1", languages: ["en", "es"]),
    ]

    private static let byCode = Dictionary(countries.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })

    /// The languages spoken natively in the country (empty when unknown).
    static func languages(ofCountry code: String) -> [String] { byCode[code.uppercased()]?.languages ?? [] }

    /// The country a language is mostly spoken in (nil when no country lists it).
    static func mainCountry(ofLanguage language: String) -> String? {
        countries.first { $0.languages.first == language }?.code ?? countries.first { $0.languages.contains(language) }?.code
    }

    /// The main language of a country ("FR" → "fr").
    static func mainLanguage(ofCountry code: String) -> String? { languages(ofCountry: code).first }

    /// The country of an international number: "+49 151 1175977", "0049 151…", "+420775924589"
    /// → ("+49", "DE"). National numbers ("06 12 34 56 78") say nothing.
    static func dialCode(of phone: String) -> (code: String, country: String)? {
        let trimmed = phone.trimmingCharacters(in: .whitespaces)
        let digits: Substring
        if trimmed.hasPrefix("+") {
            digits = trimmed.dropFirst().prefix { $0.isASCII && ($0.isNumber || $0 == " " || $0 == "-" || $0 == "(" || $0 == ")") }
        } else if trimmed.hasPrefix("00") {
            digits = trimmed.dropFirst(2).prefix { $0.isASCII && ($0.isNumber || $0 == " " || $0 == "-") }
        } else {
            return nil
        }
        let number = "+" + digits.filter(\.isNumber)
        // Longest code first: +420 is the Czech Republic, not +42….
        let match = countries.filter { number.hasPrefix($0.dialCode) }.max { $0.dialCode.count < $1.dialCode.count }
        return match.map { ($0.dialCode, $0.code) }
    }

    /// The country's name in the window's language (or the current document's).
    static func countryName(_ code: String) -> String {
        locale.localizedString(forRegionCode: code) ?? code
    }

    /// The language's name as it stands in running text ("German", "allemand").
    static func languageName(_ code: String) -> String {
        locale.localizedString(forLanguageCode: code) ?? code
    }

    private static var locale: Locale {
        Localization.document?.locale ?? Locale(identifier: MessageCatalogs.windowLanguage)
    }
}
