import XCTest
@testable import PlannerCore

/// Storing the budget: drafts that refuse bad input (and write nothing), exact round trips,
/// Undo of deletions, a deleted visit taking its budget along, and the v6 migration.
final class BudgetStoreTests: XCTestCase {
    var store: PlannerStore!
    var visitId: Int64 = 0

    override func setUpWithError() throws {
        store = try PlannerStore(inMemory: ())
        visitId = try SampleVisit.install(in: store)
    }

    private func d(_ text: String) -> Decimal { Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))! }
    private func day(_ text: String) throws -> CalendarDate { try XCTUnwrap(CalendarDate(iso: text)) }

    private func budget() throws -> (lines: [BudgetLine], funding: [Funding], rates: [ExchangeRate]) {
        let snapshot = try XCTUnwrap(try store.snapshot(ofVisit: visitId))
        return (snapshot.budgetLines, snapshot.funding, snapshot.exchangeRates)
    }

    /// Rows per table, counted in the database itself.
    private func rowCounts() throws -> [Int] {
        let (lines, funding, rates) = try budget()
        return [lines.count, funding.count, rates.count]
    }

    private func issues<T>(_ result: Result<T, ValidationFailure>) -> [ValidationIssue] {
        if case .failure(let failure) = result { return failure.issues }
        return []
    }

    /// The draft is refused with exactly `expected`, and saving it writes nothing.
    private func assertRefused(_ draft: BudgetLineDraft, _ expected: [ValidationIssue],
                               file: StaticString = #filePath, line: UInt = #line) throws {
        XCTAssertEqual(issues(draft.line(visitId: visitId)), expected, file: file, line: line)
        let before = try rowCounts()
        XCTAssertThrowsError(try store.saveBudgetLine(draft, visitId: visitId), file: file, line: line) { error in
            XCTAssertEqual(error as? PlannerError, .invalid(ValidationFailure(expected)), file: file, line: line)
        }
        XCTAssertEqual(try rowCounts(), before, "nothing written", file: file, line: line)
    }

    private var validLine: BudgetLineDraft {
        BudgetLineDraft(description: "Welcome drinks", category: .meals, quantity: "1", unitPrice: "3 200,50", currency: "czk")
    }

    // MARK: Drafts

    func testValidLineDraft() throws {
        let saved = try store.saveBudgetLine(validLine, visitId: visitId)
        XCTAssertNotNil(saved.id)
        XCTAssertEqual(saved.unitPrice, Money(d("3200.50"), "CZK"))
        XCTAssertEqual(saved.quantity, 1)
        XCTAssertEqual(saved.category, .meals)
        XCTAssertNil(saved.actual)
        XCTAssertEqual(try budget().lines.last, saved)
        // Empty quantity means 1; a per-person basis ignores what was typed.
        var perPerson = validLine
        perPerson.basis = .perParticipant
        perPerson.quantity = "7"
        XCTAssertEqual(try perPerson.line(visitId: visitId).get().quantity, 1)
        var flat = validLine
        flat.quantity = ""
        XCTAssertEqual(try flat.line(visitId: visitId).get().quantity, 1)
        flat.quantity = "2,5"
        XCTAssertEqual(try flat.line(visitId: visitId).get().quantity, d("2.5"))
    }

    func testLineDraftRefusals() throws {
        var draft = validLine
        draft.currency = "XYZ"
        try assertRefused(draft, [.init(.currency, .invalidCurrency("XYZ"))])
        draft = validLine
        draft.currency = " "
        try assertRefused(draft, [.init(.currency, .required)])
        draft = validLine
        draft.quantity = "-2"
        try assertRefused(draft, [.init(.quantity, .negative)])
        draft = validLine
        draft.quantity = "two"
        try assertRefused(draft, [.init(.quantity, .unreadableAmount("two"))])
        draft = validLine
        draft.unitPrice = "18,000"
        try assertRefused(draft, [.init(.unitPrice, .tooManyDecimals(currency: "CZK", digits: 2))])
        draft = validLine
        draft.unitPrice = "abc"
        try assertRefused(draft, [.init(.unitPrice, .unreadableAmount("abc"))])
        draft = validLine
        draft.unitPrice = "-5"
        try assertRefused(draft, [.init(.unitPrice, .negative)])
        draft = validLine
        draft.unitPrice = ""
        try assertRefused(draft, [.init(.unitPrice, .required)])
        draft = validLine
        draft.currency = "JPY"
        draft.unitPrice = "1.5"
        try assertRefused(draft, [.init(.unitPrice, .tooManyDecimals(currency: "JPY", digits: 0))])
        draft = validLine
        draft.description = "  "
        try assertRefused(draft, [.init(.lineDescription, .required)])
        draft = validLine
        draft.actualAmount = "paid"
        try assertRefused(draft, [.init(.actualAmount, .unreadableAmount("paid"))])
        draft = validLine
        draft.actualAmount = "-1"
        try assertRefused(draft, [.init(.actualAmount, .negative)])
        draft = validLine
        draft.actualAmount = "100"
        draft.actualDate = "yesterday"
        try assertRefused(draft, [.init(.actualDate, .unreadableDate("yesterday"))])
        // A receipt without the amount paid would be lost: the amount is asked for.
        draft = validLine
        draft.receiptNumber = "R-1"
        try assertRefused(draft, [.init(.actualAmount, .required)])
        // Every problem at once, each beside its field.
        draft = BudgetLineDraft(description: "", quantity: "-1", unitPrice: "x", currency: "XYZ")
        XCTAssertEqual(Set(issues(draft.line(visitId: visitId)).map(\.field)), [.lineDescription, .quantity, .currency])
    }

    func testLineDraftRoundTrip() throws {
        var draft = validLine
        draft.actualAmount = "3 150"
        draft.actualDate = "2027-05-13"
        draft.paidBy = "Town hall"
        draft.receiptNumber = "2027/118"
        draft.attachmentPath = "/home/jana/receipts/118.pdf"
        draft.notes = "Sparkling wine and juice"
        let saved = try store.saveBudgetLine(draft, visitId: visitId)
        let again = BudgetLineDraft(saved)
        XCTAssertEqual(again.unitPrice, "3200.50")
        XCTAssertEqual(again.actualAmount, "3150.00")
        XCTAssertEqual(again.actualDate, "2027-05-13")
        XCTAssertEqual(try again.line(visitId: visitId, id: saved.id).get(), saved)
        let stored = try XCTUnwrap(try budget().lines.first { $0.id == saved.id })
        XCTAssertEqual(stored.actual, ActualCost(amount: Money(3150, "CZK"), date: try day("2027-05-13"), paidBy: "Town hall",
                                                 receiptNumber: "2027/118", attachmentPath: "/home/jana/receipts/118.pdf"))
    }

    func testExactDecimalsSurviveStorage() throws {
        let saved = try store.saveBudgetLine(BudgetLine(visitId: visitId, description: "Coffee", category: .meals,
                                                        quantity: d("2.5"), unitPrice: Money(d("0.10"), "EUR")))
        let stored = try XCTUnwrap(try budget().lines.first { $0.id == saved.id })
        XCTAssertEqual(stored.quantity, d("2.5"))
        XCTAssertEqual(stored.unitPrice, Money(d("0.1"), "EUR"))
        let figures = try XCTUnwrap(try store.budget(ofVisit: visitId)?.figures(ofLine: try XCTUnwrap(saved.id)))
        XCTAssertEqual(figures.planned, Money(d("0.25"), "EUR"))
        XCTAssertEqual(figures.plannedConverted?.result, Money(d("6.27"), "CZK"))
        let rate = try store.saveExchangeRate(ExchangeRate(visitId: visitId, from: "PLN", to: "CZK", rate: d("5.8731"),
                                                           date: try day("2027-05-02")))
        XCTAssertEqual(try budget().rates.first { $0.id == rate.id }?.rate, d("5.8731"))
    }

    /// A row has one currency and whole minor units: what does not fit is refused, never
    /// stored changed (10 EUR paid on a CZK line used to become 10 CZK; 1.234 CZK paid, or a
    /// 1.234 CZK grant, used to become "nothing paid" / "not known yet").
    func testAmountsThatDoNotFitTheRowAreRefused() throws {
        let before = try rowCounts()
        let otherCurrency = BudgetLine(visitId: visitId, description: "Ferry", category: .travel, unitPrice: Money(100, "CZK"),
                                       actual: ActualCost(amount: Money(10, "EUR")))
        XCTAssertThrowsError(try store.saveBudgetLine(otherCurrency))
        let tooPrecise = BudgetLine(visitId: visitId, description: "Ferry", category: .travel, unitPrice: Money(100, "CZK"),
                                    actual: ActualCost(amount: Money(d("1.234"), "CZK")))
        XCTAssertThrowsError(try store.saveBudgetLine(tooPrecise))
        XCTAssertThrowsError(try store.saveBudgetLine(BudgetLine(visitId: visitId, description: "Ferry", category: .travel,
                                                                 unitPrice: Money(d("0.001"), "CZK"))))
        XCTAssertThrowsError(try store.saveFunding(Funding(visitId: visitId, kind: .sponsor, source: "Bank",
                                                           amount: Money(d("1.234"), "CZK"))))
        XCTAssertEqual(try rowCounts(), before)
    }

    func testUnknownAmountKeepsItsCurrency() throws {
        let grant = try store.saveFunding(FundingDraft(kind: .grant, source: "Regional fund", amount: "", currency: "EUR"),
                                          visitId: visitId)
        func storedCurrency() throws -> [String] {
            try store.read { db in try String.fetchAll(db, sql: "SELECT currency FROM funding WHERE id = ?", arguments: [grant.id]) }
        }
        XCTAssertEqual(try storedCurrency(), ["EUR"])
        // Deleting the visit and restoring it puts the source back as it was, currency included.
        try store.revert(try store.recordingChanges { try store.deleteVisit(id: visitId) }.1)
        XCTAssertEqual(try storedCurrency(), ["EUR"])
    }

    func testRateDraftRefusals() throws {
        func assertRefused(_ draft: ExchangeRateDraft, _ expected: [ValidationIssue], line: UInt = #line) throws {
            XCTAssertEqual(issues(draft.rate(visitId: visitId)), expected, line: line)
            let before = try rowCounts()
            XCTAssertThrowsError(try store.saveExchangeRate(draft, visitId: visitId), line: line) { error in
                XCTAssertEqual(error as? PlannerError, .invalid(ValidationFailure(expected)), line: line)
            }
            XCTAssertEqual(try rowCounts(), before, line: line)
        }
        let valid = ExchangeRateDraft(from: "pln", to: "CZK", rate: "5,87", date: "2027-05-01")
        XCTAssertEqual(try valid.rate(visitId: visitId).get().rate, d("5.87"))
        XCTAssertEqual(try valid.rate(visitId: visitId).get().from, "PLN")
        var draft = valid
        draft.rate = "0"
        try assertRefused(draft, [.init(.rate, .notPositive)])
        draft.rate = "-25"
        try assertRefused(draft, [.init(.rate, .notPositive)])
        draft.rate = "lots"
        try assertRefused(draft, [.init(.rate, .unreadableAmount("lots"))])
        draft.rate = ""
        try assertRefused(draft, [.init(.rate, .required)])
        draft = valid
        draft.from = "XYZ"
        try assertRefused(draft, [.init(.fromCurrency, .invalidCurrency("XYZ"))])
        draft = valid
        draft.to = "ABC"
        try assertRefused(draft, [.init(.currency, .invalidCurrency("ABC"))])
        draft = valid
        draft.to = "pln"
        try assertRefused(draft, [.init(.fromCurrency, .sameCurrency)])
        draft = valid
        draft.date = "soon"
        try assertRefused(draft, [.init(.rateDate, .unreadableDate("soon"))])
        // A rate of zero is refused even when it does not come from a form.
        let before = try rowCounts()
        XCTAssertThrowsError(try store.saveExchangeRate(ExchangeRate(visitId: visitId, from: "EUR", to: "CZK", rate: 0,
                                                                     date: try day("2027-05-01")))) { error in
            XCTAssertEqual(error as? PlannerError, .invalid(ValidationFailure([.init(.rate, .notPositive)])))
        }
        XCTAssertEqual(try rowCounts(), before)
    }

    func testFundingDraftRefusals() throws {
        func assertRefused(_ draft: FundingDraft, _ expected: [ValidationIssue], line: UInt = #line) throws {
            XCTAssertEqual(issues(draft.funding(visitId: visitId)), expected, line: line)
            let before = try rowCounts()
            XCTAssertThrowsError(try store.saveFunding(draft, visitId: visitId), line: line) { error in
                XCTAssertEqual(error as? PlannerError, .invalid(ValidationFailure(expected)), line: line)
            }
            XCTAssertEqual(try rowCounts(), before, line: line)
        }
        let valid = FundingDraft(kind: .sponsor, source: "Brewery", amount: "5 000", currency: "CZK", status: .confirmed)
        XCTAssertEqual(try valid.funding(visitId: visitId).get().amount, Money(5000, "CZK"))
        var draft = valid
        draft.amount = "a lot"
        try assertRefused(draft, [.init(.amount, .unreadableAmount("a lot"))])
        draft.amount = "-100"
        try assertRefused(draft, [.init(.amount, .negative)])
        draft.amount = "12.345"
        draft.currency = "EUR"
        try assertRefused(draft, [.init(.amount, .tooManyDecimals(currency: "EUR", digits: 2))])
        draft = valid
        draft.currency = "XYZ"
        try assertRefused(draft, [.init(.currency, .invalidCurrency("XYZ"))])
        draft = valid
        draft.source = ""
        try assertRefused(draft, [.init(.source, .required)])
        // An empty amount is "not known yet", not an error.
        draft = valid
        draft.amount = ""
        let unknown = try store.saveFunding(draft, visitId: visitId)
        XCTAssertNil(unknown.amount)
        XCTAssertEqual(FundingDraft(unknown).amount, "")
    }

    func testUnknownVisitIsRefused() throws {
        let before = try rowCounts()
        XCTAssertThrowsError(try store.saveBudgetLine(validLine, visitId: 9999)) { error in
            guard case .notFound = error as? PlannerError else { return XCTFail("\(error)") }
        }
        XCTAssertThrowsError(try store.saveExchangeRate(ExchangeRateDraft(from: "EUR", to: "CZK", rate: "25", date: "2027-05-01"),
                                                        visitId: 9999))
        XCTAssertThrowsError(try store.saveFunding(FundingDraft(source: "X", amount: "1", currency: "CZK"), visitId: 9999))
        XCTAssertNil(try store.budget(ofVisit: 9999))
        XCTAssertThrowsError(try store.deleteBudgetLine(id: 9999)) { error in
            guard case .notFound = error as? PlannerError else { return XCTFail("\(error)") }
        }
        XCTAssertEqual(try rowCounts(), before)
    }

    // MARK: Undo

    func testDeleteAndUndoKeepTheIds() throws {
        let before = try budget()
        let report = try XCTUnwrap(try store.budget(ofVisit: visitId))

        let gala = try XCTUnwrap(before.lines.first { $0.basis == .perParticipant })
        let deletedLine = try store.deleteBudgetLine(id: try XCTUnwrap(gala.id))
        XCTAssertEqual(deletedLine, gala)
        XCTAssertFalse(try budget().lines.contains { $0.id == gala.id })
        XCTAssertEqual(try store.budget(ofVisit: visitId)?.plannedTotal, report.plannedTotal - Money(30550, "CZK"))
        let restoredLine = try store.saveBudgetLine(deletedLine)
        XCTAssertEqual(restoredLine.id, gala.id)

        let fee = try XCTUnwrap(before.funding.first { $0.perPerson })
        let deletedFunding = try store.deleteFunding(id: try XCTUnwrap(fee.id))
        XCTAssertEqual(deletedFunding, fee)
        XCTAssertEqual(try store.saveFunding(deletedFunding).id, fee.id)

        let rate = try XCTUnwrap(before.rates.first)
        let deletedRate = try store.deleteExchangeRate(id: try XCTUnwrap(rate.id))
        XCTAssertEqual(try store.budget(ofVisit: visitId)?.missingRates, ["EUR"])
        XCTAssertEqual(try store.saveExchangeRate(deletedRate).id, rate.id)

        let after = try budget()
        XCTAssertEqual(after.lines, before.lines, "same lines, same ids, same order")
        XCTAssertEqual(after.funding, before.funding)
        XCTAssertEqual(after.rates, before.rates)
        XCTAssertEqual(try store.budget(ofVisit: visitId), report)
    }

    func testEditingKeepsTheId() throws {
        let bus = try XCTUnwrap(try budget().lines.first)
        var draft = BudgetLineDraft(bus)
        draft.unitPrice = "18 500"
        let edited = try store.saveBudgetLine(draft, visitId: visitId, id: bus.id)
        XCTAssertEqual(edited.id, bus.id)
        XCTAssertEqual(try budget().lines.count, 6)
        XCTAssertEqual(try budget().lines.first?.unitPrice, Money(18500, "CZK"))
        // Undo of an edit: store the old line again.
        try store.saveBudgetLine(bus)
        XCTAssertEqual(try budget().lines.first, bus)
    }

    func testDeletedVisitKeepsItsBudget() throws {
        // Something paid, so the archive carries actual costs too.
        let bus = try XCTUnwrap(try budget().lines.first)
        var draft = BudgetLineDraft(bus)
        draft.actualAmount = "17 800"
        draft.receiptNumber = "F-2027-05"
        try store.saveBudgetLine(draft, visitId: visitId, id: bus.id)
        let before = try budget()
        let report = try XCTUnwrap(try store.budget(ofVisit: visitId))
        XCTAssertEqual(before.lines.count, 6)
        XCTAssertEqual(before.funding.count, 5)
        XCTAssertEqual(before.rates.count, 1)

        let (_, archive) = try store.recordingChanges { try store.deleteVisit(id: visitId) }
        XCTAssertNil(try store.budget(ofVisit: visitId))
        try store.revert(archive)

        let after = try budget()
        XCTAssertEqual(after.lines, before.lines)
        XCTAssertEqual(after.funding, before.funding)
        XCTAssertEqual(after.rates, before.rates)
        XCTAssertEqual(try store.budget(ofVisit: visitId), report)
        XCTAssertEqual(report.actualTotal, Money(17800, "CZK"))
    }

    // MARK: Migration

    func testVersion5FileGainsTheBudgetTables() throws {
        let folder = NSTemporaryDirectory() + "planner-budget-migration-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/v5.sqlite3"
        try LegacyDatabase.make(at: path, upTo: "v5-household-preferences", sql: MigrationTests.legacyRows)
        let tables = "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('budgetLine', 'funding', 'exchangeRate') ORDER BY name"
        XCTAssertEqual(try LegacyDatabase.strings(at: path, sql: tables), [])

        let store = try PlannerStore(path: path)
        XCTAssertEqual(try store.schemaVersion(), Schema.version)
        XCTAssertTrue(Schema.migrator.migrations.contains("v6-budget"))
        XCTAssertEqual(try LegacyDatabase.strings(at: path, sql: tables), ["budgetLine", "exchangeRate", "funding"])
        // The old visit has an empty budget, and one can be written.
        let empty = try XCTUnwrap(try store.budget(ofVisit: 5))
        XCTAssertEqual(empty.lines, [])
        XCTAssertEqual(empty.plannedTotal, Money(0, "CZK"))
        XCTAssertEqual(empty.costPerParticipant, Money(0, "CZK"), "one participant, no costs")
        try store.saveBudgetLine(BudgetLineDraft(description: "Bus", category: .travel, unitPrice: "9000", currency: "CZK"),
                                 visitId: 5)
        XCTAssertEqual(try store.budget(ofVisit: 5)?.plannedTotal, Money(9000, "CZK"))
        // The backup is the version-5 file, without the budget.
        let backup = path + ".bak-5"
        XCTAssertTrue(FileManager.default.fileExists(atPath: backup))
        XCTAssertEqual(try LegacyDatabase.strings(at: backup, sql: tables), [])
        XCTAssertEqual(try LegacyDatabase.strings(at: backup, sql: "SELECT familyName FROM participant"), ["Becker"])
    }
}
