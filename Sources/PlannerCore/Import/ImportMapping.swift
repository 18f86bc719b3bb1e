import Foundation

/// Which field each column of a file fills. One entry per header column, in order.
public struct ImportMapping: Sendable, Hashable, Codable {
    public var kind: ImportKind
    /// The header the mapping was made for.
    public var header: [String]
    /// The field of each column (`.ignore` for columns not imported).
    public var fields: [ImportField]

    public init(kind: ImportKind, header: [String], fields: [ImportField]) {
        self.kind = kind
        self.header = header
        self.fields = fields.count == header.count ? fields
            : Array((fields + repeatElement(.ignore, count: max(0, header.count - fields.count))).prefix(header.count))
    }

    /// The field of column `index`.
    public func field(ofColumn index: Int) -> ImportField { index < fields.count ? fields[index] : .ignore }

    /// Maps column `index` to `field`. A field that allows one column only is taken away from
    /// the column that had it (which becomes `.ignore`).
    public mutating func set(_ field: ImportField, forColumn index: Int) {
        guard index < fields.count else { return }
        if !field.allowsSeveralColumns {
            for other in fields.indices where other != index && fields[other] == field { fields[other] = .ignore }
        }
        fields[index] = field
    }

    /// The first column mapped to `field`.
    public func column(of field: ImportField) -> Int? { fields.firstIndex(of: field) }

    /// Every column mapped to `field`.
    public func columns(of field: ImportField) -> [Int] { fields.indices.filter { fields[$0] == field } }

    /// The key under which the store remembers this mapping: the kind and a hash of the
    /// normalized header, so a file with the same columns gets the same mapping.
    public var headerKey: String { Self.headerKey(header, kind: kind) }

    /// `participants:` + FNV-1a 64 of the header (trimmed, lower case, joined by U+001F).
    public static func headerKey(_ header: [String], kind: ImportKind) -> String {
        let normalized = header.map { $0.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() }.joined(separator: "\u{1F}")
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in normalized.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return "\(kind.rawValue):\(String(repeating: "0", count: 16 - hex.count))\(hex)"
    }

    /// Reads a mapping file (CLI `--mapping`): a JSON object from column name to field
    /// (`{"Nom": "familyName", "Horodateur": "ignore"}`; columns not named keep their guess), or
    /// a JSON array with one field per column.
    public static func fromJSON(_ data: [UInt8], base: ImportMapping) throws(ImportError) -> ImportMapping {
        var mapping = base
        let header = base.header, kind = base.kind
        guard let parsed = try? JSONSerialization.jsonObject(with: Data(data), options: [.fragmentsAllowed]) else {
            throw .invalidMapping(tr("not a JSON object or array"))
        }
        func field(_ value: Any) throws(ImportError) -> ImportField {
            guard let name = value as? String else { throw .invalidMapping(tr("field names must be strings")) }
            guard let field = ImportField(rawValue: name), kind.fields.contains(field) else {
                throw .invalidMapping(tr("“{name}” is not a field of this import (fields: {fields})", ["name": name, "fields": kind.fields.map(\.rawValue).joined(separator: ", ")]))
            }
            return field
        }
        if let pairs = parsed as? [String: Any] {
            for (column, value) in pairs.sorted(by: { $0.key < $1.key }) {
                guard let index = header.firstIndex(where: { $0.caseInsensitiveCompare(column) == .orderedSame }) else {
                    throw .invalidMapping(tr("the file has no column “{column}”", ["column": column]))
                }
                mapping.set(try field(value), forColumn: index)
            }
        } else if let values = parsed as? [Any] {
            guard values.count == header.count else {
                throw .invalidMapping(tr("{count} fields for {columns} columns", ["count": String(values.count), "columns": String(header.count)]))
            }
            for (index, value) in values.enumerated() { mapping.set(try field(value), forColumn: index) }
        } else {
            throw .invalidMapping(tr("not a JSON object or array"))
        }
        return mapping
    }
}
