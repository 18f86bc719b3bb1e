import Foundation

/// An amount read from a data file exactly: a JSON string ("28", "417.50") or a JSON integer.
///
/// JSONDecoder reads a JSON number with a fraction through Double, and 0.1 is no Double; money
/// must not pass through binary floating point, so fractions are written as strings and parsed
/// here digit by digit. A JSON number with a fraction is refused rather than rounded.
struct ExactDecimal: Decodable, Hashable, Sendable {
    let value: Decimal

    init(_ value: Decimal) { self.value = value }

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            guard let value = Self.parse(text) else {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "“\(text)” is not a plain decimal number such as \"417.50\"")
            }
            self.value = value
        } else if let whole = try? container.decode(Int64.self) {
            value = Decimal(whole)
        } else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "an amount is a string such as \"417.50\" or a whole number")
        }
    }

    /// "-12.345" → −12.345; nil for anything else (no exponent, grouping, spaces or trailing text:
    /// `Decimal(string:)` alone would read "12abc" as 12).
    static func parse(_ text: String) -> Decimal? {
        var digits = Substring(text)
        if digits.first == "-" { digits = digits.dropFirst() }
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count),
              parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { ("0"..."9").contains($0) } }) else { return nil }
        return Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
    }
}
