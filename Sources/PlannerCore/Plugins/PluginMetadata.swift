import Foundation

/// What a plugin's `<id>.plugin` file says, read without loading any code.
public struct PluginMetadata: Sendable, Hashable {
    /// The file's name without `.plugin`.
    public let id: String
    /// The library's name: `lib<Module>.so` in the plugin's folder.
    public let module: String
    public let names: LocalizedText
    public let descriptions: LocalizedText
    public let version: String
    public let authors: [String]
    public let website: String
    public let apiVersion: Int
    /// The export format ids the plugin provides.
    public let formats: [String]
    /// The `.plugin` file.
    public let file: URL

    public var folder: URL { file.deletingLastPathComponent() }
    /// The library the metadata names.
    public var library: URL { folder.appendingPathComponent("lib\(module).so") }

    /// The group libpeas uses.
    static let group = "Plugin"

    /// Reads `file`; an unreadable or invalid file throws a translated reason.
    public init(file: URL) throws(ExportError) {
        let id = file.deletingPathExtension().lastPathComponent
        guard let data = try? Data(contentsOf: file) else {
            throw ExportError(Localization.tr("the metadata file cannot be read"))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ExportError(Localization.tr("the metadata file is not UTF-8 text"))
        }
        let keys: KeyFile
        do {
            keys = try KeyFile(text: text)
        } catch {
            throw ExportError(Localization.tr("invalid metadata at line {line}: {reason}")
                .filled(["line": String(error.line), "reason": error.reason]))
        }
        let group = Self.group
        guard keys.hasGroup(group) else { throw ExportError(Localization.tr("the metadata has no [Plugin] group")) }
        func required(_ key: String) throws(ExportError) -> String {
            guard let value = keys.string(key, in: group)?.trimmingCharacters(in: .whitespaces), !value.isEmpty else {
                throw ExportError(Localization.tr("the metadata lacks the key {key}").filled(["key": key]))
            }
            return value
        }
        let module = try required("Module")
        guard module.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else {
            throw ExportError(Localization.tr("Module must be a library name, not a path: {module}").filled(["module": module]))
        }
        let name = try required("Name")
        let apiText = try required("X-Api-Version")
        guard let api = Int(apiText) else {
            throw ExportError(Localization.tr("X-Api-Version is not a number: {value}").filled(["value": apiText]))
        }
        let formats = keys.list("X-Formats", in: group) ?? []
        guard !formats.isEmpty else { throw ExportError(Localization.tr("the metadata lists no X-Formats")) }
        self.id = id
        self.module = module
        self.names = LocalizedText(base: name, translations: keys.localizedStrings("Name", in: group))
        self.descriptions = LocalizedText(base: keys.string("Description", in: group) ?? "",
                                          translations: keys.localizedStrings("Description", in: group))
        self.version = keys.string("Version", in: group) ?? ""
        self.authors = keys.list("Authors", in: group) ?? []
        self.website = keys.string("Website", in: group) ?? ""
        self.apiVersion = api
        self.formats = formats
        self.file = file
    }
}

/// A text with translations keyed by locale (`cs`, `pt_BR`), picked like GLib does.
public struct LocalizedText: Sendable, Hashable {
    public let base: String
    public let translations: [String: String]

    public init(base: String, translations: [String: String] = [:]) {
        self.base = base
        self.translations = translations
    }

    /// The text for `locale` (`cs_CZ.UTF-8`, `cs_CZ`, `cs`), falling back to the base text.
    public func text(for locale: String) -> String {
        let plain = String(locale.split(separator: ".").first ?? "").split(separator: "@").first.map(String.init) ?? ""
        let language = plain.split(separator: "_").first.map(String.init) ?? ""
        return translations[plain] ?? translations[language] ?? base
    }

    /// The text for the user's locale (`LANGUAGE`, `LC_ALL`, `LC_MESSAGES`, `LANG`).
    public var current: String {
        let environment = ProcessInfo.processInfo.environment
        if let languages = environment["LANGUAGE"], !languages.isEmpty {
            for language in languages.split(separator: ":") where translations[String(language)] != nil
                || translations[String(language.split(separator: "_").first ?? "")] != nil {
                return text(for: String(language))
            }
        }
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], !value.isEmpty { return text(for: value) }
        }
        return base
    }
}
