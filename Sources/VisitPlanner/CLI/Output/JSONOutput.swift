import Foundation

/// Writes the one JSON document of a `--json` run: sorted keys (stable diffs for scripts),
/// pretty-printed, no escaped slashes, dates already `yyyy-MM-dd` strings in the models.
enum JSONOutput {
    static func print<T: Encodable>(_ document: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let data = try encoder.encode(document)
        Console.out(String(decoding: data, as: UTF8.self))
    }
}

/// An optional that is written as `null` when absent, instead of leaving its key out
/// (synthesized Encodable skips nil values; scripts should see every key every time).
@propertyWrapper
struct ExplicitNull<Value: Encodable>: Encodable {
    var wrappedValue: Value?

    init(wrappedValue: Value?) { self.wrappedValue = wrappedValue }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let wrappedValue { try container.encode(wrappedValue) } else { try container.encodeNil() }
    }
}

// The window reads documents the CLI wrote (`plugins list --json` from a child process).
extension ExplicitNull: Decodable where Value: Decodable {
    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        wrappedValue = container.decodeNil() ? nil : try container.decode(Value.self)
    }
}
