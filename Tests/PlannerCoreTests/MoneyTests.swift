import XCTest
@testable import PlannerCore

/// Exact amounts: the currency table, the one rounding rule, and how typed amounts are read.
final class MoneyTests: XCTestCase {
    /// A decimal from its text: a literal such as `0.1` would pass through a Double first.
    private func d(_ text: String) -> Decimal { Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))! }
    private func money(_ text: String, _ currency: String = "CZK") -> Money { Money(d(text), currency) }

    func testCurrencyTable() {
        XCTAssertTrue(Currency.isKnown("CZK"))
        XCTAssertTrue(Currency.isKnown("EUR"))
        XCTAssertFalse(Currency.isKnown("XYZ"))
        XCTAssertFalse(Currency.isKnown("czk"), "codes are stored upper case")
        XCTAssertEqual(Currency.minorDigits("CZK"), 2)
        XCTAssertEqual(Currency.minorDigits("JPY"), 0)
        XCTAssertEqual(Currency.minorDigits("KWD"), 3)
        XCTAssertEqual(Currency.minorDigits("CLF"), 4)
        XCTAssertNil(Currency.minorDigits("XYZ"))
        XCTAssertEqual(Currency.codes, Currency.codes.sorted())
    }

    func testSumsAreExact() {
        XCTAssertEqual(money("0.1", "EUR") + money("0.2", "EUR"), money("0.3", "EUR"))
        XCTAssertEqual((money("0.1", "EUR") + money("0.2", "EUR")).amount, d("0.3"))
        XCTAssertEqual(money("0.3") - money("0.1"), money("0.2"))
        // Ten times 0.10 is exactly 1.00, a million times 0.01 exactly 10000.
        XCTAssertEqual((0..<10).map { _ in money("0.10") }.reduce(.zero("CZK"), +), money("1"))
        XCTAssertEqual(money("0.01") * 1_000_000, money("10000"))
        XCTAssertEqual(money("650") * 43, money("27950"))
        XCTAssertEqual(money("200", "EUR").amount * d("25.08"), d("5016"))
    }

    func testRoundingIsHalfAwayFromZero() {
        XCTAssertEqual(money("0.125").rounded(), money("0.13"))
        XCTAssertEqual(money("-0.125").rounded(), money("-0.13"))
        XCTAssertEqual(money("0.135").rounded(), money("0.14"))
        XCTAssertEqual(money("0.145").rounded(), money("0.15"), "not banker's rounding")
        XCTAssertEqual(money("-0.145").rounded(), money("-0.15"))
        XCTAssertEqual(money("0.124999").rounded(), money("0.12"))
        XCTAssertEqual(money("-0.124999").rounded(), money("-0.12"))
        XCTAssertEqual(money("2.5", "JPY").rounded(), money("3", "JPY"))
        XCTAssertEqual(money("-2.5", "JPY").rounded(), money("-3", "JPY"))
        XCTAssertEqual(money("3.5", "JPY").rounded(), money("4", "JPY"))
        XCTAssertEqual(money("1.2345", "KWD").rounded(), money("1.235", "KWD"))
        XCTAssertEqual(money("1.2344", "KWD").rounded(), money("1.234", "KWD"))
        XCTAssertEqual(money("-1.2345", "KWD").rounded(), money("-1.235", "KWD"))
    }

    func testPlainAmount() {
        XCTAssertEqual(money("650").plainAmount, "650.00")
        XCTAssertEqual(money("18000").description, "18000.00 CZK")
        XCTAssertEqual(money("0").plainAmount, "0.00")
        XCTAssertEqual(money("0.05").plainAmount, "0.05")
        XCTAssertEqual(money("-0.05").plainAmount, "-0.05")
        XCTAssertEqual(money("0.125").plainAmount, "0.13")
        XCTAssertEqual(money("-0.125").plainAmount, "-0.13")
        XCTAssertEqual(money("-0.001").plainAmount, "0.00", "no negative zero")
        XCTAssertEqual(money("109966").plainAmount, "109966.00")
        XCTAssertEqual(Money(d("109966") / 43, "CZK").plainAmount, "2557.35")
        XCTAssertEqual(money("1500", "JPY").plainAmount, "1500")
        XCTAssertEqual(money("2.5", "JPY").plainAmount, "3")
        XCTAssertEqual(money("1.5", "KWD").plainAmount, "1.500")
        XCTAssertEqual(money("1.2345", "KWD").plainAmount, "1.235")
        XCTAssertEqual(money("0.0001", "CLF").plainAmount, "0.0001")
        XCTAssertEqual(money("123456789012.34").plainAmount, "123456789012.34")
    }

    func testMinorUnits() {
        XCTAssertEqual(money("18000").minorUnits, 1_800_000)
        XCTAssertEqual(money("-0.05").minorUnits, -5)
        XCTAssertEqual(money("1500", "JPY").minorUnits, 1500)
        XCTAssertEqual(money("1.5", "KWD").minorUnits, 1500)
        XCTAssertNil(money("1.234").minorUnits, "more decimals than CZK has")
        XCTAssertNil(money("1.5", "JPY").minorUnits)
        XCTAssertEqual(Money(minorUnits: 65_000, currency: "CZK"), money("650"))
        XCTAssertEqual(Money(minorUnits: 1500, currency: "KWD"), money("1.5", "KWD"))
        XCTAssertEqual(Money(minorUnits: 7, currency: "JPY"), money("7", "JPY"))
        for units: Int64 in [0, 1, -1, 99, 12_345_678_901] {
            XCTAssertEqual(Money(minorUnits: units, currency: "EUR").minorUnits, units)
        }
    }

    func testComparison() {
        XCTAssertLessThan(money("0.1"), money("0.2"))
        XCTAssertTrue(money("-0.01").isNegative)
        XCTAssertTrue(money("0.00").isZero)
        XCTAssertEqual(Money.zero("EUR"), money("0", "EUR"))
    }

    func testFormattedForTheUser() {
        XCTAssertEqual(money("18000").formatted(locale: Locale(identifier: "en_US")), "18,000.00 CZK")
        XCTAssertEqual(money("0.125").formatted(locale: Locale(identifier: "en_US")), "0.13 CZK")
        XCTAssertEqual(money("1500", "JPY").formatted(locale: Locale(identifier: "en_US")), "1,500 JPY")
    }

    // MARK: Typed amounts

    private func read(_ text: String, _ currency: String = "CZK") -> Result<Money, ValidationIssue.Problem> {
        AmountInput.money(text, currency: currency)
    }

    func testAmountInputGroupingAndSeparators() {
        XCTAssertEqual(read("1 500,50"), .success(money("1500.50")))
        XCTAssertEqual(read("1,500.50"), .success(money("1500.50")))
        XCTAssertEqual(read("1.500,50"), .success(money("1500.50")))
        XCTAssertEqual(read("1.500.000"), .success(money("1500000")))
        XCTAssertEqual(read("1,500,000.25"), .success(money("1500000.25")))
        XCTAssertEqual(read("1'500.50"), .success(money("1500.50")))
        XCTAssertEqual(read("18000"), .success(money("18000")))
        XCTAssertEqual(read("18 000"), .success(money("18000")))
        XCTAssertEqual(read("650.5"), .success(money("650.50")))
        XCTAssertEqual(read("+12"), .success(money("12")))
        XCTAssertEqual(read(" 12 "), .success(money("12")))
        XCTAssertEqual(read("12", " eur "), .success(money("12", "EUR")), "code trimmed and upper-cased")
    }

    func testAmountInputNonBreakingSpaces() {
        XCTAssertEqual(read("1\u{00A0}500,50"), .success(money("1500.50")), "no-break space (Czech/French grouping)")
        XCTAssertEqual(read("1\u{202F}500,50"), .success(money("1500.50")), "narrow no-break space")
        XCTAssertEqual(read("18\u{00A0}000"), .success(money("18000")))
        XCTAssertEqual(read("1\u{00A0}500\u{00A0}000", "JPY"), .success(money("1500000", "JPY")))
    }

    func testAmountInputRefusals() {
        // "18,000" reads as 18.000: too many decimals for CZK, never silently 18 or 18000.
        XCTAssertEqual(read("18,000"), .failure(.tooManyDecimals(currency: "CZK", digits: 2)))
        XCTAssertEqual(read("1.234"), .failure(.tooManyDecimals(currency: "CZK", digits: 2)))
        XCTAssertEqual(read("1.5", "JPY"), .failure(.tooManyDecimals(currency: "JPY", digits: 0)))
        XCTAssertEqual(read("1.5", "KWD"), .success(money("1.5", "KWD")))
        XCTAssertEqual(read("1.2345", "KWD"), .failure(.tooManyDecimals(currency: "KWD", digits: 3)))
        XCTAssertEqual(read("abc"), .failure(.unreadableAmount("abc")))
        XCTAssertEqual(read("12 CZK"), .failure(.unreadableAmount("12 CZK")))
        XCTAssertEqual(read(""), .failure(.unreadableAmount("")))
        XCTAssertEqual(read("."), .failure(.unreadableAmount(".")))
        XCTAssertEqual(read("-"), .failure(.unreadableAmount("-")))
        XCTAssertEqual(read("1.500,000.5"), .failure(.unreadableAmount("1.500,000.5")))
        XCTAssertEqual(read("12", "XYZ"), .failure(.invalidCurrency("XYZ")))
        XCTAssertEqual(read("12", ""), .failure(.required))
    }

    func testAmountInputNegativeIsReadButFlagged() {
        // Reading keeps the sign; forms refuse it where an amount cannot be negative (see BudgetStoreTests).
        XCTAssertEqual(read("-5"), .success(money("-5")))
        XCTAssertEqual(read("\u{2212}5"), .success(money("-5")), "the minus sign, as typographers write it")
        XCTAssertEqual(AmountInput.decimal("-1 500,5"), d("-1500.5"))
        XCTAssertNil(AmountInput.decimal("abc"))
    }
}
