import XCTest
@testable import PlannerCore

/// The budget report: the sample visit's figures to the cent, conversions with dated rates,
/// lines that follow the participant list, and the budget's problems.
final class BudgetTests: XCTestCase {
    var store: PlannerStore!
    var visitId: Int64 = 0
    var snapshot: VisitSnapshot!
    var report: BudgetReport!

    override func setUpWithError() throws {
        store = try PlannerStore(inMemory: ())
        visitId = try SampleVisit.install(in: store)
        try reload()
    }

    private func reload() throws {
        snapshot = try XCTUnwrap(try store.snapshot(ofVisit: visitId))
        report = try XCTUnwrap(try store.budget(ofVisit: visitId))
    }

    private func d(_ text: String) -> Decimal { Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))! }
    private func czk(_ text: String) -> Money { Money(d(text), "CZK") }
    private func eur(_ text: String) -> Money { Money(d(text), "EUR") }
    private func day(_ text: String) throws -> CalendarDate { try XCTUnwrap(CalendarDate(iso: text)) }

    private func line(_ description: String, file: StaticString = #filePath, lineNumber: UInt = #line) throws -> BudgetLineFigures {
        try XCTUnwrap(report.lines.first { $0.line.description == description }, description, file: file, line: lineNumber)
    }

    private func funding(_ source: String, file: StaticString = #filePath, line: UInt = #line) throws -> FundingFigures {
        try XCTUnwrap(report.funding.first { $0.funding.source == source }, source, file: file, line: line)
    }

    /// Days from arrival to departure, both included, counted with Foundation's calendar (not
    /// `CalendarDate.dayNumber`, which the report uses).
    private func daysOfStay(_ person: Participant) throws -> Int {
        let visit = snapshot.visit
        let first = person.arrival?.date ?? visit.startDate, last = person.departure?.date ?? visit.endDate
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try XCTUnwrap(TimeZone(identifier: "UTC"))
        func date(_ day: CalendarDate) throws -> Date {
            try XCTUnwrap(calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day)))
        }
        let nights = try XCTUnwrap(calendar.dateComponents([.day], from: try date(first), to: try date(last)).day)
        return nights + 1
    }

    private var partnerTownIds: Set<Int64> { Set(snapshot.details.partnerTowns.compactMap(\.id)) }
    private var guests: [Participant] { snapshot.participants.filter { $0.townId.map(partnerTownIds.contains) ?? false } }

    // MARK: The sample's figures

    func testSampleLines() throws {
        XCTAssertEqual(report.reportingCurrency, "CZK")
        XCTAssertEqual(report.lines.map(\.line.description), [
            "Bus to Telč", "Gala dinner in the Sokolovna hall", "Concert stage and sound", "Interpreters",
            "Gifts for the delegations", "Travel insurance",
        ])
        XCTAssertEqual(try line("Bus to Telč").planned, czk("18000"))
        XCTAssertEqual(try line("Bus to Telč").people, nil)
        XCTAssertEqual(try line("Concert stage and sound").planned, czk("25000"))
        let interpreters = try line("Interpreters")
        XCTAssertEqual(interpreters.quantity, 6)
        XCTAssertEqual(interpreters.quantityDescription, "6")
        XCTAssertEqual(interpreters.planned, czk("27000"))
        XCTAssertTrue(report.lines.allSatisfy { $0.line.actual == nil && $0.actualConverted == nil })
    }

    func testGalaDinnerIs650PerParticipant() throws {
        let gala = try line("Gala dinner in the Sokolovna hall")
        let count = snapshot.participants.count
        XCTAssertEqual(count, 47)
        XCTAssertEqual(gala.line.basis, .perParticipant)
        XCTAssertEqual(gala.people, count)
        XCTAssertEqual(gala.quantity, Decimal(count))
        XCTAssertEqual(gala.quantityDescription, "47 participants")
        XCTAssertEqual(gala.planned, Money(650 * Decimal(count), "CZK"))
        XCTAssertEqual(gala.planned, czk("30550"))
        XCTAssertEqual(gala.plannedConverted?.result, czk("30550"))
    }

    func testInsuranceCountsEachGuestsDays() throws {
        let insurance = try line("Travel insurance")
        XCTAssertEqual(insurance.line.basis, .perParticipantDay)
        XCTAssertEqual(insurance.line.filter, .guests)
        let guestDays = try guests.map(daysOfStay).reduce(0, +)
        XCTAssertEqual(guests.count, 41)
        XCTAssertEqual(insurance.people, guests.count)
        XCTAssertEqual(insurance.quantity, Decimal(guestDays))
        XCTAssertEqual(insurance.planned, Money(35 * Decimal(guestDays), "CZK"))
        // Every guest travels Thursday 13 to Monday 17 May: 5 days each.
        XCTAssertEqual(guestDays, 205)
        XCTAssertEqual(insurance.quantityDescription, "205 participant-days")
        XCTAssertEqual(insurance.planned, czk("7175"))
    }

    func testGiftsConvertAtTheBankRate() throws {
        let gifts = try line("Gifts for the delegations")
        XCTAssertEqual(gifts.planned, eur("200"))
        let conversion = try XCTUnwrap(gifts.plannedConverted)
        XCTAssertEqual(conversion.result, czk("5016.00"))
        XCTAssertEqual(conversion.result.amount, 200 * d("25.08"))
        XCTAssertFalse(conversion.inverted)
        XCTAssertEqual(conversion.rate.rate, d("25.08"))
        XCTAssertEqual(conversion.rate.date, try day("2027-04-30"))
        XCTAssertEqual(conversion.rate.from, "EUR")
    }

    func testSampleTotals() throws {
        XCTAssertEqual(report.categories.map(\.category), [.travel, .meals, .programme, .interpretation, .insurance, .gifts])
        XCTAssertEqual(report.categories.map(\.planned),
                       [czk("18000"), czk("30550"), czk("25000"), czk("27000"), czk("7175"), czk("5016")])
        XCTAssertTrue(report.categories.allSatisfy { $0.actual == czk("0") && $0.lineCount == 1 && !$0.isOverPlanned })
        XCTAssertEqual(report.currencyTotals.map(\.currency), ["CZK", "EUR"])
        XCTAssertEqual(report.currencyTotals.map(\.planned), [czk("107725"), eur("200")])
        XCTAssertEqual(report.currencyTotals.map(\.actual), [czk("0"), eur("0")])

        let expected = 18000 + 650 * Decimal(snapshot.participants.count) + 25000 + 6 * 4500 + 200 * d("25.08")
            + 35 * Decimal(try guests.map(daysOfStay).reduce(0, +))
        XCTAssertEqual(report.plannedTotal, Money(expected, "CZK"))
        XCTAssertEqual(report.plannedTotal, czk("112741"))
        XCTAssertEqual(report.actualTotal, czk("0"))
        XCTAssertEqual(report.participantCount, 47)
        let perParticipant = try XCTUnwrap(report.costPerParticipant)
        XCTAssertEqual(perParticipant.amount, d("112741") / 47)
        XCTAssertEqual(perParticipant.rounded(), czk("2398.74"))
        XCTAssertEqual(perParticipant.plainAmount, "2398.74")
        XCTAssertEqual(report.missingRates, [])
        // Insurance is split by town: each partner pays its own guests' days; the host the rest.
        XCTAssertEqual(report.payerShares.map(\.town.name), ["Horní Lhota", "Saint-Aubin-sur-Loire", "Birkenfeld am See", "Zielona Dolina"])
        XCTAssertEqual(report.payerShares.map(\.planned), [czk("105566"), czk("2800"), czk("2450"), czk("1925")])
        XCTAssertEqual(report.payerShares.map(\.planned).reduce(czk("0"), +), report.plannedTotal)
    }

    /// A split line follows who comes: one more Birkenfeld guest adds their days to Birkenfeld's
    /// share only; a line with a named payer goes to that town whole.
    func testSplitByTownAndNamedPayer() throws {
        let birkenfeld = try XCTUnwrap(snapshot.details.partnerTowns.first { $0.name == "Birkenfeld am See" }?.id)
        let saintAubin = try XCTUnwrap(snapshot.details.partnerTowns.first { $0.name == "Saint-Aubin-sur-Loire" }?.id)
        var guest = Participant(visitId: visitId, givenName: "Jonas", familyName: "Late", townId: birkenfeld,
                                arrival: Travel(date: try day("2027-05-14")), departure: Travel(date: try day("2027-05-16")))
        guest = try store.save(guest)
        try store.saveBudgetLine(BudgetLineDraft(description: "Coach from Saint-Aubin", category: .travel, quantity: "1",
                                                 unitPrice: "500", currency: "EUR", payerTownId: saintAubin), visitId: visitId)
        try reload()
        let shares = Dictionary(uniqueKeysWithValues: report.payerShares.map { ($0.town.name, $0.planned) })
        XCTAssertEqual(shares["Birkenfeld am See"], czk("2555"), "2450 + 3 days × 35")
        XCTAssertEqual(shares["Saint-Aubin-sur-Loire"], czk("2800") + czk("12540"), "its insurance and the coach, 500 × 25.08")
        XCTAssertEqual(report.payerShares.map(\.planned).reduce(czk("0"), +), report.plannedTotal)
    }

    func testOnlyAPerPersonLineCanBeSplit() {
        let draft = BudgetLineDraft(description: "Hall", category: .programme, basis: .flat, unitPrice: "100", currency: "CZK",
                                    splitByTown: true)
        guard case .failure(let failure) = draft.line(visitId: visitId) else { return XCTFail("a split flat line was accepted") }
        XCTAssertEqual(failure.issues.map(\.field), [.payer])
    }

    func testSampleFunding() throws {
        let young = snapshot.participants.filter { $0.role == .youth || ($0.age(at: snapshot.visit) ?? 99) < 18 }
        XCTAssertEqual(young.count, 20)
        let rate = d("25.08")

        XCTAssertEqual(try funding("Town of Horní Lhota").converted?.result, czk("120000"))
        XCTAssertEqual(try funding("Saint-Aubin-sur-Loire").converted?.result, Money(1500 * rate, "CZK"))
        XCTAssertEqual(try funding("Birkenfeld am See").converted?.result, Money(2000 * rate, "CZK"))
        let fee = try funding("Youth participant fee")
        XCTAssertEqual(fee.people, young.count)
        XCTAssertEqual(fee.total, eur("800"))
        XCTAssertEqual(fee.converted?.result, Money(40 * rate * Decimal(young.count), "CZK"))
        XCTAssertEqual(fee.converted?.result, czk("20064"))

        // The grant's amount is not known yet: shown, counted nowhere.
        let grant = try funding("EU town-twinning grant (lump sum)")
        XCTAssertEqual(grant.funding.kind, .grant)
        XCTAssertNil(grant.funding.amount)
        XCTAssertNil(grant.total)
        XCTAssertNil(grant.converted)

        let expected = 120000 + 1500 * rate + 2000 * rate + 40 * rate * Decimal(young.count)
        XCTAssertEqual(report.fundingTotal, Money(expected, "CZK"))
        XCTAssertEqual(report.fundingTotal, czk("227844"))
        XCTAssertEqual(report.fundingReceived, czk("0"), "nothing is marked received")
        XCTAssertEqual(report.balance, czk("115103"))
        XCTAssertEqual(report.balance, report.fundingTotal - report.plannedTotal)
    }

    /// The sample counts on an EU town-twinning grant but has 47 participants of the 50 the
    /// rules ask for: that is its one budget problem.
    func testSampleHasOnlyTheGrantParticipantProblem() {
        let budgetProblems = ProblemFinder.problems(in: snapshot).filter {
            switch $0.subject {
            case .budget, .budgetLine, .budgetCategory: true
            default: false
            }
        }
        XCTAssertEqual(budgetProblems.count, 1)
        XCTAssertEqual(budgetProblems.first?.severity, .warning)
        XCTAssertTrue(budgetProblems.first?.message.contains("At least 50 participants") ?? false, "\(budgetProblems)")
        XCTAssertTrue(budgetProblems.first?.message.contains("47") ?? false, "\(budgetProblems)")
    }

    func testGrantRulesAreNoProblemWithoutAGrant() throws {
        let grant = try XCTUnwrap(snapshot.funding.first { $0.kind == .grant }?.id)
        try store.deleteFunding(id: grant)
        try reload()
        XCTAssertFalse(ProblemFinder.problems(in: snapshot).contains { $0.message.contains("Grant rule") })
    }

    // MARK: Conversions

    private func rate(_ from: String, _ to: String, _ value: String, _ date: String, id: Int64) throws -> ExchangeRate {
        ExchangeRate(id: id, visitId: 1, from: from, to: to, rate: d(value), date: try day(date))
    }

    func testLatestRateOnOrBeforeTheDate() throws {
        let rates = ExchangeRates([
            try rate("EUR", "CZK", "25.50", "2027-05-01", id: 2),
            try rate("EUR", "CZK", "25.00", "2027-04-01", id: 1),
            try rate("EUR", "CZK", "26.00", "2027-06-01", id: 3),
        ])
        func convert(_ date: String) throws -> Conversion? { rates.convert(eur("100"), to: "CZK", on: try day(date)) }
        XCTAssertEqual(try convert("2027-05-15")?.result, czk("2550"))
        XCTAssertEqual(try convert("2027-05-15")?.rate.id, 2)
        XCTAssertEqual(try convert("2027-05-01")?.result, czk("2550"), "a rate of that very day counts")
        XCTAssertEqual(try convert("2027-04-30")?.result, czk("2500"))
        XCTAssertEqual(try convert("2027-07-01")?.result, czk("2600"))
        // Every rate is later: the earliest of them.
        XCTAssertEqual(try convert("2027-03-01")?.result, czk("2500"))
        XCTAssertEqual(try convert("2027-03-01")?.rate.id, 1)
        // Same currency: unchanged, no rate needed.
        XCTAssertEqual(rates.convert(czk("12.34"), to: "CZK", on: try day("2027-01-01"))?.result, czk("12.34"))
        // No rate for the pair.
        XCTAssertNil(rates.convert(Money(100, "USD"), to: "CZK", on: try day("2027-05-15")))
        XCTAssertNil(ExchangeRates([]).convert(eur("1"), to: "CZK", on: try day("2027-05-15")))
    }

    func testInvertedRateWhenOnlyTheReverseExists() throws {
        let rates = ExchangeRates([try rate("CZK", "EUR", "0.04", "2027-04-30", id: 7)])
        let conversion = try XCTUnwrap(rates.convert(eur("100"), to: "CZK", on: try day("2027-05-13")))
        XCTAssertTrue(conversion.inverted)
        XCTAssertEqual(conversion.rate.id, 7)
        XCTAssertEqual(conversion.result, czk("2500"))
        // 100 / 0.0399 = 2506.2656…: exact until shown, then 2506.27.
        let uneven = ExchangeRates([try rate("CZK", "EUR", "0.0399", "2027-04-30", id: 8)])
        let result = try XCTUnwrap(uneven.convert(eur("100"), to: "CZK", on: try day("2027-05-13"))).result
        XCTAssertEqual(result.amount, d("100") / d("0.0399"))
        XCTAssertEqual(result.plainAmount, "2506.27")
        // The direct rate wins a tie on the same day.
        let both = ExchangeRates([try rate("CZK", "EUR", "0.05", "2027-04-30", id: 1), try rate("EUR", "CZK", "25", "2027-04-30", id: 2)])
        XCTAssertEqual(try both.convert(eur("1"), to: "CZK", on: try day("2027-05-13"))?.rate.id, 2)
        XCTAssertEqual(try both.convert(eur("1"), to: "CZK", on: try day("2027-01-01"))?.rate.id, 2)
        // A later direct rate loses to an earlier inverse one that is on or before the date.
        let mixed = ExchangeRates([try rate("CZK", "EUR", "0.04", "2027-04-30", id: 1), try rate("EUR", "CZK", "26", "2027-06-01", id: 2)])
        XCTAssertEqual(try mixed.convert(eur("1"), to: "CZK", on: try day("2027-05-13"))?.rate.id, 1)
    }

    func testActualAmountConvertsAtItsPaymentDate() throws {
        var draft = BudgetLineDraft(try line("Gifts for the delegations").line)
        draft.actualAmount = "210"
        draft.actualDate = "2027-06-10"
        draft.paidBy = "J. Horáková"
        draft.receiptNumber = "R-17"
        let saved = try store.saveBudgetLine(draft, visitId: visitId, id: try line("Gifts for the delegations").id)
        try store.saveExchangeRate(ExchangeRateDraft(from: "EUR", to: "CZK", rate: "24,90", date: "2027-06-01"), visitId: visitId)
        try reload()
        let gifts = try XCTUnwrap(report.figures(ofLine: try XCTUnwrap(saved.id)))
        XCTAssertEqual(gifts.line.actual?.amount, eur("210"))
        XCTAssertEqual(gifts.line.actual?.receiptNumber, "R-17")
        XCTAssertEqual(gifts.actualConverted?.result, Money(210 * d("24.90"), "CZK"), "the rate of June, when it was paid")
        XCTAssertEqual(gifts.plannedConverted?.result, czk("5016"), "planned at the visit's start: the April rate")
        XCTAssertEqual(report.actualTotal, czk("5229"))
        XCTAssertEqual(report.currencyTotals.first { $0.currency == "EUR" }?.actual, eur("210"))
    }

    func testMissingRateIsLeftOutAndReported() throws {
        let before = report.plannedTotal
        try store.saveBudgetLine(BudgetLineDraft(description: "Hotel for the Polish drivers", category: .accommodation,
                                                 quantity: "2", unitPrice: "120", currency: "USD"), visitId: visitId)
        try store.saveFunding(FundingDraft(kind: .sponsor, source: "British sponsor", amount: "300", currency: "GBP"),
                              visitId: visitId)
        try reload()
        let hotel = try line("Hotel for the Polish drivers")
        XCTAssertEqual(hotel.planned, Money(240, "USD"))
        XCTAssertNil(hotel.plannedConverted)
        XCTAssertEqual(report.plannedTotal, before, "an amount without a rate is left out of the totals")
        XCTAssertEqual(report.categories.first { $0.category == .accommodation }?.planned, czk("0"))
        XCTAssertEqual(report.currencyTotals.first { $0.currency == "USD" }?.planned, Money(240, "USD"))
        XCTAssertNil(try funding("British sponsor").converted)
        XCTAssertEqual(report.fundingTotal, czk("227844"))
        XCTAssertEqual(report.missingRates, ["GBP", "USD"])

        let problems = ProblemFinder.problems(in: snapshot).filter { $0.subject == .budget && $0.severity == .error }
        XCTAssertEqual(problems.count, 2)
        XCTAssertTrue(problems.allSatisfy { $0.severity == .error })
        XCTAssertTrue(problems.contains { $0.message.contains("USD") && $0.message.contains("CZK") })
        XCTAssertTrue(problems.contains { $0.message.contains("GBP") })

        // Entering the rate closes the gap.
        try store.saveExchangeRate(ExchangeRateDraft(from: "USD", to: "CZK", rate: "23.1", date: "2027-05-01"), visitId: visitId)
        try reload()
        XCTAssertEqual(try line("Hotel for the Polish drivers").plannedConverted?.result, czk("5544"))
        XCTAssertEqual(report.plannedTotal, before + czk("5544"))
        XCTAssertEqual(report.missingRates, ["GBP"])
    }

    // MARK: Lines follow the participant list

    func testLinesFollowTheParticipants() throws {
        let gala = try line("Gala dinner in the Sokolovna hall"), insurance = try line("Travel insurance")
        let fee = try funding("Youth participant fee")
        let french = try XCTUnwrap(snapshot.details.partnerTowns.first?.id)
        // A guest arriving a day late: 14 to 17 May, 4 days.
        let late = try store.save(Participant(visitId: visitId, givenName: "Chloé", familyName: "Martin", townId: french,
                                              role: .youth, birthDate: try day("2012-02-02"),
                                              arrival: Travel(date: try day("2027-05-14")),
                                              departure: Travel(date: try day("2027-05-17")), parentalConsent: true),
                                  today: try day("2027-05-01"))
        try reload()
        XCTAssertEqual(try line("Gala dinner in the Sokolovna hall").quantity, gala.quantity + 1)
        XCTAssertEqual(try line("Gala dinner in the Sokolovna hall").planned, gala.planned + czk("650"))
        XCTAssertEqual(try line("Travel insurance").quantity, insurance.quantity + 4)
        XCTAssertEqual(try line("Travel insurance").people, 42)
        XCTAssertEqual(try line("Travel insurance").planned, czk("7315"))
        XCTAssertEqual(try funding("Youth participant fee").people, 21)
        XCTAssertEqual(try funding("Youth participant fee").total, try XCTUnwrap(fee.total) + eur("40"))
        XCTAssertEqual(report.participantCount, 48)
        XCTAssertEqual(report.plannedTotal, czk("112741") + czk("650") + czk("140"))

        // A host person counts for the dinner but is no guest: no insurance.
        let host = try XCTUnwrap(snapshot.details.hostTown.id)
        let helper = try store.save(Participant(visitId: visitId, givenName: "Petr", familyName: "Novák", townId: host,
                                                role: .organizer), today: try day("2027-05-01"))
        try reload()
        XCTAssertEqual(try line("Gala dinner in the Sokolovna hall").quantity, gala.quantity + 2)
        XCTAssertEqual(try line("Travel insurance").quantity, insurance.quantity + 4)

        // Deleting them shrinks the lines back.
        try store.deleteParticipant(id: try XCTUnwrap(late.id))
        try store.deleteParticipant(id: try XCTUnwrap(helper.id))
        try reload()
        XCTAssertEqual(try line("Gala dinner in the Sokolovna hall").quantity, gala.quantity)
        XCTAssertEqual(try line("Travel insurance").quantity, insurance.quantity)
        XCTAssertEqual(try funding("Youth participant fee").total, fee.total)
        XCTAssertEqual(report.plannedTotal, czk("112741"))

        // And a guest of the sample who cancels takes their 5 days and their dinner with them.
        let lea = try XCTUnwrap(snapshot.participants.first { $0.fullName == "Léa Bonnet" })
        try store.deleteParticipant(id: try XCTUnwrap(lea.id))
        try reload()
        XCTAssertEqual(try line("Gala dinner in the Sokolovna hall").quantity, 46)
        XCTAssertEqual(try line("Travel insurance").quantity, 200)
        XCTAssertEqual(try funding("Youth participant fee").people, 19)
        XCTAssertEqual(report.plannedTotal, czk("112741") - czk("650") - czk("175"))
    }

    func testPerNightCountsNights() throws {
        try store.saveBudgetLine(BudgetLineDraft(description: "Hostel beds", category: .accommodation, basis: .perNight,
                                                 filter: .role(.leader), unitPrice: "400", currency: "CZK"), visitId: visitId)
        try reload()
        let hostel = try line("Hostel beds")
        XCTAssertEqual(hostel.people, 4)
        XCTAssertEqual(hostel.quantity, 16, "4 leaders × 4 nights")
        XCTAssertEqual(hostel.quantityDescription, "16 participant-nights")
        XCTAssertEqual(hostel.planned, czk("6400"))
    }

    func testFiltersCountTheRightPeople() throws {
        let towns = snapshot.details.partnerTowns.compactMap(\.id)
        let filters: [(ParticipantFilter, Int)] = [
            (.everyone, 47), (.guests, 41), (.youngPeople, 20), (.town(towns[0]), 16), (.town(towns[1]), 14),
            (.town(towns[2]), 11), (.role(.performer), 8), (.role(.driver), 1), (.role(.interpreter), 4),
        ]
        for (filter, expected) in filters {
            XCTAssertEqual(snapshot.participants.filter { filter.includes($0, in: snapshot.details) }.count, expected, filter.key)
            XCTAssertEqual(ParticipantFilter(key: filter.key), filter)
        }
        XCTAssertNil(ParticipantFilter(key: "role:astronaut"))
        XCTAssertNil(ParticipantFilter(key: "town:x"))
    }

    // MARK: Problems

    func testCategoryOverPlannedIsAProblem() throws {
        let bus = try line("Bus to Telč")
        var draft = BudgetLineDraft(bus.line)
        draft.actualAmount = "19 250"
        draft.actualDate = "2027-05-14"
        try store.saveBudgetLine(draft, visitId: visitId, id: bus.id)
        try reload()
        let travel = try XCTUnwrap(report.categories.first { $0.category == .travel })
        XCTAssertEqual(travel.actual, czk("19250"))
        XCTAssertTrue(travel.isOverPlanned)
        let problems = ProblemFinder.problems(in: snapshot).filter { $0.subject == .budgetCategory(.travel) }
        XCTAssertEqual(problems.count, 1)
        XCTAssertEqual(problems.first?.severity, .warning)
        XCTAssertTrue(problems.first?.message.contains("19250.00 CZK") ?? false, problems.first?.message ?? "")
        XCTAssertTrue(problems.first?.message.contains("18000.00 CZK") ?? false)

        // Paid exactly as planned: no problem.
        draft.actualAmount = "18000"
        try store.saveBudgetLine(draft, visitId: visitId, id: bus.id)
        try reload()
        XCTAssertFalse(try XCTUnwrap(report.categories.first { $0.category == .travel }).isOverPlanned)
        XCTAssertEqual(ProblemFinder.problems(in: snapshot).filter { $0.subject == .budgetCategory(.travel) }, [])
    }

    func testPerPersonLineCountingNobodyIsAProblem() throws {
        // The sample's one driver cancels: a per-day line for drivers now counts nobody.
        let josef = try XCTUnwrap(snapshot.participants.first { $0.role == .driver })
        try store.deleteParticipant(id: try XCTUnwrap(josef.id))
        let nobody = try store.saveBudgetLine(BudgetLineDraft(description: "Driver's per diem", category: .travel,
                                                              basis: .perParticipantDay, filter: .role(.driver),
                                                              unitPrice: "300", currency: "CZK"), visitId: visitId)
        let interpreters = try store.saveBudgetLine(BudgetLineDraft(description: "Interpreters' lunches", category: .meals,
                                                                    basis: .perParticipant, filter: .role(.interpreter),
                                                                    unitPrice: "180", currency: "CZK"), visitId: visitId)
        try reload()
        XCTAssertEqual(report.figures(ofLine: try XCTUnwrap(nobody.id))?.people, 0)
        XCTAssertEqual(report.figures(ofLine: try XCTUnwrap(nobody.id))?.planned, czk("0"))
        XCTAssertEqual(report.figures(ofLine: try XCTUnwrap(interpreters.id))?.people, 4)
        XCTAssertEqual(report.figures(ofLine: try XCTUnwrap(interpreters.id))?.planned, czk("720"))
        let problems = ProblemFinder.problems(in: snapshot)
        let lineProblems = problems.filter { if case .budgetLine = $0.subject { true } else { false } }
        XCTAssertEqual(lineProblems.map(\.subject), [.budgetLine(try XCTUnwrap(nobody.id))])
        XCTAssertEqual(lineProblems.first?.severity, .warning)
        XCTAssertTrue(lineProblems.first?.message.contains("Driver's per diem") ?? false)
        XCTAssertEqual(Set(problems.map(\.id)).count, problems.count, "problem ids are unique")

        // A flat line never counts people, so it is never "nobody".
        try store.saveBudgetLine(BudgetLineDraft(description: "Flowers", category: .gifts, filter: .role(.driver),
                                                 unitPrice: "500", currency: "CZK"), visitId: visitId)
        try reload()
        XCTAssertEqual(ProblemFinder.problems(in: snapshot).filter { if case .budgetLine = $0.subject { true } else { false } }.count, 1)
    }
}
