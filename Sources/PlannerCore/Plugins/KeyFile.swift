/// A reader for the GLib key-file format (`.desktop`, libpeas `.plugin`): `[Group]` headers,
/// `Key=Value` and `Key[locale]=Value` entries, `#` comments, `\s \n \t \r \\` escapes and `;`
/// separated lists.
///
/// Written by hand because PlannerCore links Foundation and GRDB only (no GLib), and the format
/// is small and fully specified by the Desktop Entry specification.
public struct KeyFile: Sendable {
    public struct ParseError: Error, Sendable, Equatable {
        public let line: Int
        public let reason: String
    }

    /// Values by group, then by key (a localized key keeps its `[locale]` suffix).
    private var groups: [String: [String: String]] = [:]

    public init(text: String) throws(ParseError) {
        var group: String?
        // "\r\n" is ONE Character in Swift: splitting on "\n" alone would keep CRLF lines whole.
        for (index, line) in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).enumerated() {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            if trimmed.hasPrefix("[") {
                guard trimmed.hasSuffix("]"), trimmed.count > 2 else {
                    throw ParseError(line: index + 1, reason: "unclosed group header")
                }
                let name = String(trimmed.dropFirst().dropLast())
                guard groups[name] == nil else { throw ParseError(line: index + 1, reason: "group [\(name)] appears twice") }
                groups[name] = [:]
                group = name
                continue
            }
            guard let equals = trimmed.firstIndex(of: "=") else {
                throw ParseError(line: index + 1, reason: "a line that is neither a group, a key=value nor a comment")
            }
            guard let current = group else { throw ParseError(line: index + 1, reason: "a key before the first group") }
            let key = trimmed[..<equals].trimmingCharacters(in: " \t")
            let value = trimmed[trimmed.index(after: equals)...].drop { $0 == " " || $0 == "\t" }
            guard !key.isEmpty else { throw ParseError(line: index + 1, reason: "an empty key") }
            guard groups[current]?[key] == nil else {
                throw ParseError(line: index + 1, reason: "key \(key) appears twice in [\(current)]")
            }
            groups[current]?[key] = String(value)
        }
    }

    public func hasGroup(_ group: String) -> Bool { groups[group] != nil }

    /// The unescaped value of `key`, or nil.
    public func string(_ key: String, in group: String) -> String? {
        groups[group]?[key].map { Self.unescape($0) }
    }

    /// The values of `key[locale]` for every locale present, by locale.
    public func localizedStrings(_ key: String, in group: String) -> [String: String] {
        var result: [String: String] = [:]
        for (name, value) in groups[group] ?? [:] where name.hasPrefix(key + "[") && name.hasSuffix("]") {
            result[String(name.dropFirst(key.count + 1).dropLast())] = Self.unescape(value)
        }
        return result
    }

    /// A `;` separated list (a trailing `;` allowed, `\;` keeps a semicolon), empty items dropped.
    public func list(_ key: String, in group: String) -> [String]? {
        guard let raw = groups[group]?[key] else { return nil }
        var items: [String] = []
        var current = ""
        var escaped = false
        for character in raw {
            if escaped {
                current.append(character == ";" ? ";" : "\\\(character)")
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == ";" {
                items.append(Self.unescape(current))
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { items.append(Self.unescape(current)) }
        return items.map { $0.trimmingCharacters(in: " \t") }.filter { !$0.isEmpty }
    }

    static func unescape(_ value: String) -> String {
        guard value.contains("\\") else { return value }
        var result = ""
        var escaped = false
        for character in value {
            if escaped {
                switch character {
                case "s": result.append(" ")
                case "n": result.append("\n")
                case "t": result.append("\t")
                case "r": result.append("\r")
                default: result.append(character)
                }
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                result.append(character)
            }
        }
        return result
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: String) -> String {
        String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: String) -> String { self[...].trimmingCharacters(in: set) }
}
