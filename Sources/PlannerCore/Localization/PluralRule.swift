/// The plural rule of a gettext catalogue: the C expression of its `Plural-Forms` header
/// ("nplurals=3; plural=(n==1) ? 0 : (n>=2 && n<=4) ? 1 : 2;"), compiled once and evaluated for a
/// count.
///
/// Written by hand because the exports read the catalogues themselves (see `MessageCatalog`):
/// libintl evaluates this expression only for the process's own locale, and no library exposes
/// its evaluator. The grammar is gettext's: `?:`, `||`, `&&`, `== !=`, `< > <= >=`, `+ -`,
/// `* / %`, unary `!`, parentheses, `n` and decimal numbers.
public struct PluralRule: Sendable, Hashable {
    /// How many forms a plural message has.
    public let count: Int
    private let expression: Expression

    /// English and the Germanic languages: one form for 1, another for everything else.
    public static let oneOther = PluralRule(count: 2, expression: .binary(.notEqual, .n, .number(1)))

    private init(count: Int, expression: Expression) {
        self.count = count
        self.expression = expression
    }

    /// Reads the value of a `Plural-Forms` header; nil when it does not parse.
    public init?(header: String) {
        var count: Int?
        var formula: String?
        for part in header.split(separator: ";") {
            let pair = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2 else { continue }
            if pair[0] == "nplurals" { count = Int(pair[1]) }
            if pair[0] == "plural" { formula = pair[1] }
        }
        guard let count, count >= 1, let formula else { return nil }
        var parser = Parser(Array(formula.utf8))
        guard let expression = parser.parseAll() else { return nil }
        self.init(count: count, expression: expression)
    }

    /// The index of the form to use for `n` (clamped to the forms there are).
    public func form(for n: Int) -> Int {
        let value = expression.evaluate(UInt64(max(0, n)))
        return value < UInt64(count) ? Int(value) : count - 1
    }

    // MARK: The expression

    private indirect enum Expression: Sendable, Hashable {
        case n
        case number(UInt64)
        case not(Expression)
        case binary(Operator, Expression, Expression)
        case condition(Expression, Expression, Expression)

        func evaluate(_ n: UInt64) -> UInt64 {
            switch self {
            case .n: return n
            case .number(let value): return value
            case .not(let operand): return operand.evaluate(n) == 0 ? 1 : 0
            case .condition(let test, let yes, let no): return test.evaluate(n) != 0 ? yes.evaluate(n) : no.evaluate(n)
            case .binary(let op, let left, let right):
                let a = left.evaluate(n)
                // Short-circuit like C, so `n != 0 && 10 / n` never divides by zero.
                switch op {
                case .and: return a != 0 && right.evaluate(n) != 0 ? 1 : 0
                case .or: return a != 0 || right.evaluate(n) != 0 ? 1 : 0
                default: break
                }
                let b = right.evaluate(n)
                switch op {
                case .equal: return a == b ? 1 : 0
                case .notEqual: return a != b ? 1 : 0
                case .less: return a < b ? 1 : 0
                case .greater: return a > b ? 1 : 0
                case .lessOrEqual: return a <= b ? 1 : 0
                case .greaterOrEqual: return a >= b ? 1 : 0
                case .plus: return a &+ b
                case .minus: return a &- b
                case .times: return a &* b
                case .divide: return b == 0 ? 0 : a / b
                case .remainder: return b == 0 ? 0 : a % b
                case .and, .or: return 0
                }
            }
        }
    }

    private enum Operator: Sendable, Hashable {
        case or, and, equal, notEqual, less, greater, lessOrEqual, greaterOrEqual, plus, minus, times, divide, remainder
    }

    /// Recursive descent, one function per precedence level, lowest first.
    private struct Parser {
        let text: [UInt8]
        var at = 0

        init(_ text: [UInt8]) { self.text = text }

        mutating func parseAll() -> Expression? {
            guard let expression = condition() else { return nil }
            skipSpaces()
            return at == text.count ? expression : nil
        }

        mutating func condition() -> Expression? {
            guard let test = binary(level: 0) else { return nil }
            guard take("?") else { return test }
            guard let yes = condition(), take(":"), let no = condition() else { return nil }
            return .condition(test, yes, no)
        }

        /// The binary operators by precedence, lowest first.
        static let levels: [[(String, Operator)]] = [
            [("||", .or)], [("&&", .and)], [("==", .equal), ("!=", .notEqual)],
            [("<=", .lessOrEqual), (">=", .greaterOrEqual), ("<", .less), (">", .greater)],
            [("+", .plus), ("-", .minus)], [("*", .times), ("/", .divide), ("%", .remainder)],
        ]

        mutating func binary(level: Int) -> Expression? {
            guard level < Self.levels.count else { return unary() }
            guard var left = binary(level: level + 1) else { return nil }
            while let op = Self.levels[level].first(where: { take($0.0) })?.1 {
                guard let right = binary(level: level + 1) else { return nil }
                left = .binary(op, left, right)
            }
            return left
        }

        mutating func unary() -> Expression? {
            if take("!") { return unary().map { .not($0) } }
            if take("(") {
                guard let inner = condition(), take(")") else { return nil }
                return inner
            }
            skipSpaces()
            if at < text.count, text[at] == UInt8(ascii: "n") {
                at += 1
                return .n
            }
            var value: UInt64 = 0
            let start = at
            while at < text.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(text[at]) {
                value = value &* 10 &+ UInt64(text[at] - UInt8(ascii: "0"))
                at += 1
            }
            return at > start ? .number(value) : nil
        }

        mutating func skipSpaces() {
            while at < text.count, text[at] == UInt8(ascii: " ") || text[at] == UInt8(ascii: "\t") { at += 1 }
        }

        /// Consumes `token` when it comes next (after spaces). A one-character token is not taken
        /// when it starts a two-character one ("<" of "<=", "!" of "!=", "|" of "||").
        mutating func take(_ token: String) -> Bool {
            skipSpaces()
            let bytes = Array(token.utf8)
            guard at + bytes.count <= text.count, Array(text[at..<at + bytes.count]) == bytes else { return false }
            if bytes.count == 1, at + 1 < text.count, text[at + 1] == UInt8(ascii: "="),
               [UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "!"), UInt8(ascii: "=")].contains(bytes[0]) { return false }
            at += bytes.count
            return true
        }
    }
}
