import Foundation
import XCTest
@testable import PlannerCore

/// Grant checks as data: the embedded Erasmus+ table and CERV rules, the great-circle distance,
/// the bands, the amounts (only ever table amounts times head counts) and the eligibility rules.
final class GrantChecksTests: XCTestCase {
    let table = TravelSupportTable.erasmusPlus
    let rules = TwinningRules.cerv

    private func eur(_ amount: Decimal) -> Money { Money(amount, "EUR") }

    // MARK: Building visits

    private func town(_ id: Int64, _ name: String, _ country: String,
                      _ latitude: Double? = nil, _ longitude: Double? = nil) -> Town {
        Town(id: id, name: name, countryCode: country, latitude: latitude, longitude: longitude)
    }

    private let pragueTown = Town(id: 1, name: "Praha", countryCode: "CZ", latitude: 50.0755, longitude: 14.4378)

    /// `count` people of `townId` (nil: of no town), arriving by `means` (nil: no arrival recorded).
    private func people(_ count: Int, of townId: Int64?, by means: TravelMeans? = nil) -> [Participant] {
        let day = CalendarDate(year: 2027, month: 5, day: 13)!
        return (0..<count).map { index in
            Participant(id: Int64(index), visitId: 1, givenName: "P\(index)", familyName: "T\(townId ?? 0)",
                        townId: townId, arrival: means.map { Travel(date: day, means: $0) })
        }
    }

    private func snapshot(host: Town, partners: [Town], participants: [Participant]) -> VisitSnapshot {
        let start = CalendarDate(year: 2027, month: 5, day: 13)!, end = CalendarDate(year: 2027, month: 5, day: 17)!
        let visit = Visit(id: 1, title: "Test", hostTownId: host.id!, kind: .citizensMeeting,
                          startDate: start, endDate: end, languages: ["cs"], currency: "EUR")
        // Participant ids must be unique in a snapshot; renumber them.
        let numbered = participants.enumerated().map { index, person in
            var person = person
            person.id = Int64(index + 1)
            return person
        }
        return VisitSnapshot(details: VisitDetails(visit: visit, hostTown: host, partnerTowns: partners),
                             participants: numbered, offers: [], placements: [],
                             placementSettings: PlacementSettings())
    }

    private func sampleSnapshot() throws -> VisitSnapshot {
        let store = try PlannerStore(inMemory: ())
        let id = try SampleVisit.install(in: store)
        return try XCTUnwrap(try store.snapshot(ofVisit: id))
    }

    private func check(_ rule: GrantCheck.Rule, _ snapshot: VisitSnapshot) throws -> GrantCheck {
        try XCTUnwrap(rules.checks(for: snapshot).first { $0.id == rule })
    }

    // MARK: The data files

    func testTravelTableIsTheProgrammeGuides() {
        XCTAssertEqual(table.programme, "Erasmus+")
        XCTAssertEqual(table.year, 2025)
        XCTAssertEqual(table.source.title, "Erasmus+ Programme Guide 2025")
        XCTAssertTrue(table.source.url.hasPrefix("https://erasmus-plus.ec.europa.eu/programme-guide/"))
        XCTAssertEqual(table.currency, "EUR")
        XCTAssertEqual(table.minimumKilometres, 10)
        XCTAssertEqual(table.bands.map(\.fromKilometres), [10, 100, 500, 2000, 3000, 4000, 8000])
        XCTAssertEqual(table.bands.map(\.toKilometres), [99, 499, 1999, 2999, 3999, 7999, nil])
        let standard: [Decimal] = [28, 211, 309, 395, 580, 1188, 1735]
        XCTAssertEqual(table.bands.map(\.standard), standard.map { eur($0) })
        let green: [Decimal?] = [56, 285, 417, 535, 785, nil, nil]
        XCTAssertEqual(table.bands.map(\.green), green.map { $0.map { eur($0) } })
    }

    /// The table holds exactly the file's amounts: read the file here independently, as text.
    func testTravelTableAmountsAreExactlyTheFiles() throws {
        let json = Data(PackageResources.erasmus_plus_travel_support_json)
        let file = try XCTUnwrap(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        let bands = try XCTUnwrap(file["bands"] as? [[String: Any]])
        XCTAssertEqual(bands.count, table.bands.count)
        for (raw, band) in zip(bands, table.bands) {
            let standard = try XCTUnwrap(raw["standard"] as? String)
            XCTAssertEqual(band.standard.amount, Decimal(string: standard), standard)
            if let green = raw["green"] as? String {
                XCTAssertEqual(band.green?.amount, Decimal(string: green), green)
            } else {
                XCTAssertNil(band.green)
            }
        }
        XCTAssertEqual(file["year"] as? Int, table.year)
    }

    func testTwinningRulesAreTheCallsRules() {
        XCTAssertEqual(rules.year, 2025)
        XCTAssertTrue(rules.programme.hasPrefix("CERV"))
        XCTAssertEqual(rules.call, "CERV-2025-CITIZENS-TOWN-TT")
        XCTAssertEqual(rules.minimumParticipants, 50)
        XCTAssertEqual(rules.minimumInvitedParticipants, 25)
        XCTAssertEqual(rules.minimumCountries, 2)
        XCTAssertEqual(rules.minimumEUMemberStates, 1)
        XCTAssertEqual(rules.euMemberStates.count, 27)
        XCTAssertEqual(Set(rules.euMemberStates).count, 27)
        for member in ["CZ", "DE", "FR", "PL", "GR", "HR", "cz"] { XCTAssertTrue(rules.isEUMemberState(member), member) }
        for other in ["NO", "CH", "GB", "IS", "UA", "EL", ""] { XCTAssertFalse(rules.isEUMemberState(other), other) }
    }

    // MARK: Distance and bands

    func testPragueParisIsAbout885Kilometres() {
        let km = GreatCircle.kilometres(fromLatitude: 50.0755, longitude: 14.4378, toLatitude: 48.8566, longitude: 2.3522)
        XCTAssertEqual(km, 885, accuracy: 5)
        let back = GreatCircle.kilometres(fromLatitude: 48.8566, longitude: 2.3522, toLatitude: 50.0755, longitude: 14.4378)
        XCTAssertEqual(km, back, accuracy: 1e-9)
        XCTAssertEqual(GreatCircle.kilometres(fromLatitude: 50, longitude: 14, toLatitude: 50, longitude: 14), 0)
        // Half the circumference between antipodes, and no NaN.
        XCTAssertEqual(GreatCircle.kilometres(fromLatitude: 0, longitude: 0, toLatitude: 0, longitude: 180),
                       .pi * GreatCircle.meanEarthRadiusKilometres, accuracy: 1e-6)
    }

    func testBandBoundaries() {
        XCTAssertNil(table.band(forKilometres: 0))
        XCTAssertNil(table.band(forKilometres: 9.9))
        XCTAssertEqual(table.band(forKilometres: 10)?.fromKilometres, 10)
        XCTAssertEqual(table.band(forKilometres: 99.9)?.fromKilometres, 10)
        XCTAssertEqual(table.band(forKilometres: 100)?.fromKilometres, 100)
        XCTAssertEqual(table.band(forKilometres: 499.99)?.fromKilometres, 100)
        XCTAssertEqual(table.band(forKilometres: 500)?.fromKilometres, 500)
        XCTAssertEqual(table.band(forKilometres: 3999.9)?.fromKilometres, 3000)
        XCTAssertEqual(table.band(forKilometres: 7999.5)?.fromKilometres, 4000)
        XCTAssertEqual(table.band(forKilometres: 8000)?.fromKilometres, 8000)
        XCTAssertEqual(table.band(forKilometres: 19_000)?.fromKilometres, 8000)
        XCTAssertEqual(table.band(forKilometres: 8000)?.standard, eur(1735))
        XCTAssertEqual(table.bands.first?.label, "10–99 km")
        XCTAssertEqual(table.bands.last?.label, "8000 km or more")
    }

    // MARK: Amounts

    func testGreenAndStandardTravellersGetTheirTableAmounts() throws {
        // Vienna, about 251 km from Prague: band 100–499 km, 211 EUR standard, 285 EUR green.
        let vienna = town(2, "Wien", "AT", 48.2082, 16.3738)
        let travellers = people(3, of: 2, by: .train) + people(1, of: 2, by: .bus)
            + people(1, of: 2, by: .car) + people(1, of: 2, by: .plane) + people(1, of: 2)
        let estimate = try XCTUnwrap(GrantChecks.evaluate(snapshot(host: pragueTown, partners: [vienna],
                                                                   participants: travellers)).travelSupport.first)
        XCTAssertEqual(estimate.wholeKilometres, 250)
        XCTAssertEqual(estimate.band?.label, "100–499 km")
        XCTAssertEqual(estimate.participants, 7)
        XCTAssertEqual(estimate.greenTravellers, 4)
        XCTAssertEqual(estimate.standardTravellers, 3)
        XCTAssertEqual(estimate.amount, eur(4 * 285 + 3 * 211))
        XCTAssertEqual(estimate.amount?.description, "1773.00 EUR")
        XCTAssertEqual(estimate.allStandardAmount, eur(7 * 211))
        XCTAssertEqual(estimate.allGreenAmount, eur(7 * 285))
        XCTAssertNil(estimate.reason)
    }

    func testGreenTravellersGetTheStandardAmountWhereTheBandHasNoGreenOne() throws {
        // New York, about 6,600 km from Prague: band 4000–7999 km, 1188 EUR and no green amount.
        let newYork = town(2, "New York", "US", 40.7128, -74.0060)
        let travellers = people(2, of: 2, by: .bus) + people(1, of: 2, by: .plane)
        let estimate = try XCTUnwrap(GrantChecks.evaluate(snapshot(host: pragueTown, partners: [newYork],
                                                                   participants: travellers)).travelSupport.first)
        XCTAssertEqual(estimate.band?.fromKilometres, 4000)
        XCTAssertNil(estimate.band?.green)
        XCTAssertEqual(estimate.amount, eur(3 * 1188))
        XCTAssertEqual(estimate.allGreenAmount, estimate.allStandardAmount)
    }

    func testATownWithoutCoordinatesGetsAReasonNotAnAmount() throws {
        let birkenfeld = town(2, "Birkenfeld am See", "DE")
        let report = GrantChecks.evaluate(snapshot(host: pragueTown, partners: [birkenfeld],
                                                   participants: people(5, of: 2, by: .bus)))
        let estimate = try XCTUnwrap(report.travelSupport.first)
        XCTAssertNil(estimate.kilometres)
        XCTAssertNil(estimate.band)
        XCTAssertNil(estimate.amount)
        XCTAssertNil(estimate.allStandardAmount)
        XCTAssertNil(estimate.allGreenAmount)
        XCTAssertEqual(estimate.participants, 5)
        XCTAssertEqual(estimate.unavailable, .missingCoordinates([birkenfeld]))
        XCTAssertEqual(estimate.reason, "Birkenfeld am See has no coordinates: set its location to estimate travel support")
        XCTAssertFalse(report.isTravelSupportComplete)
        XCTAssertEqual(report.totalTravelSupport, eur(0))

        let lhota = town(1, "Horní Lhota", "CZ")
        let hostless = GrantChecks.evaluate(snapshot(host: lhota, partners: [town(2, "Wien", "AT", 48.2082, 16.3738)],
                                                     participants: people(5, of: 2)))
        XCTAssertEqual(hostless.travelSupport.first?.reason,
                       "Horní Lhota has no coordinates: set its location to estimate travel support")
        let neither = GrantChecks.evaluate(snapshot(host: lhota, partners: [birkenfeld], participants: []))
        XCTAssertEqual(neither.travelSupport.first?.reason,
                       "Birkenfeld am See and Horní Lhota have no coordinates: set their locations to estimate travel support")
    }

    func testNoTravelSupportUnderTenKilometres() throws {
        // Roztoky, about 9 km from the centre of Prague.
        let roztoky = town(2, "Roztoky", "CZ", 50.1584, 14.3975)
        let estimate = try XCTUnwrap(GrantChecks.evaluate(snapshot(host: pragueTown, partners: [roztoky],
                                                                   participants: people(4, of: 2, by: .bus))).travelSupport.first)
        XCTAssertLessThan(try XCTUnwrap(estimate.kilometres), 10)
        XCTAssertNil(estimate.band)
        XCTAssertNil(estimate.amount)
        XCTAssertEqual(estimate.unavailable, .belowFirstBand(minimumKilometres: 10))
        XCTAssertEqual(estimate.reason, "No travel support under 10 km")
    }

    // MARK: The sample visit

    func testSampleVisitTwinningRules() throws {
        let report = GrantChecks.evaluate(try sampleSnapshot())
        XCTAssertEqual(report.checks.map(\.id), GrantCheck.Rule.allCases)
        let byRule = Dictionary(uniqueKeysWithValues: report.checks.map { ($0.id, $0) })

        let participants = try XCTUnwrap(byRule[.participants])
        XCTAssertFalse(participants.isMet)
        XCTAssertEqual(participants.count, 47)
        XCTAssertEqual(participants.required, 50)
        XCTAssertEqual(participants.title, "At least 50 participants")
        XCTAssertEqual(participants.detail, "Participants on the list: 47; the rule asks for at least 50 (3 missing).")

        let invited = try XCTUnwrap(byRule[.invitedParticipants])
        XCTAssertTrue(invited.isMet)
        XCTAssertEqual(invited.count, 41)
        XCTAssertEqual(invited.required, 25)
        XCTAssertEqual(invited.detail, "Participants from partner towns: 41; the rule asks for at least 25.")

        let countries = try XCTUnwrap(byRule[.countries])
        XCTAssertTrue(countries.isMet)
        XCTAssertEqual(countries.count, 4)
        XCTAssertEqual(countries.required, 2)
        XCTAssertEqual(countries.detail, "Countries taking part: CZ, DE, FR, PL (4).")

        let member = try XCTUnwrap(byRule[.euMemberState])
        XCTAssertTrue(member.isMet)
        XCTAssertEqual(member.count, 4)
        XCTAssertEqual(member.required, 1)
        XCTAssertEqual(member.title, "At least one town in an EU member state")
        XCTAssertEqual(member.detail, "EU member states taking part: CZ, DE, FR, PL.")

        XCTAssertFalse(report.meetsAllRules)
        XCTAssertEqual(report.rules.year, 2025)
        XCTAssertEqual(report.table.year, 2025)
        XCTAssertEqual(report.table.source.title, "Erasmus+ Programme Guide 2025")
    }

    func testSampleVisitTravelSupport() throws {
        let report = GrantChecks.evaluate(try sampleSnapshot())
        // Every guest of the sample arrives by bus: all green.
        XCTAssertEqual(report.travelSupport.map(\.town.name), ["Saint-Aubin-sur-Loire", "Birkenfeld am See", "Zielona Dolina"])
        XCTAssertEqual(report.travelSupport.map(\.participants), [16, 14, 11])
        XCTAssertEqual(report.travelSupport.map(\.greenTravellers), [16, 14, 11])
        XCTAssertEqual(report.travelSupport.map(\.wholeKilometres), [973, 396, 148])
        XCTAssertEqual(report.travelSupport.map { $0.band?.label }, ["500–1999 km", "100–499 km", "100–499 km"])
        XCTAssertEqual(report.travelSupport.map(\.amount), [eur(16 * 417), eur(14 * 285), eur(11 * 285)])
        XCTAssertEqual(report.travelSupport.map(\.allStandardAmount), [eur(16 * 309), eur(14 * 211), eur(11 * 211)])
        XCTAssertTrue(report.isTravelSupportComplete)
        XCTAssertEqual(report.totalTravelSupport, eur(13_797))
        XCTAssertEqual(report.totalAllStandard, eur(10_219))
        XCTAssertEqual(report.totalAllGreen, report.totalTravelSupport)
        // Never an amount of its own: each per-person amount is one of the table's.
        let tableAmounts = Set(table.bands.flatMap { [$0.standard] + ($0.green.map { [$0] } ?? []) })
        for estimate in report.travelSupport {
            let band = try XCTUnwrap(estimate.band)
            XCTAssertTrue(tableAmounts.contains(band.standard) && tableAmounts.contains(band.greenOrStandard))
        }
    }

    // MARK: Edge cases of the rules

    func testExactly25InvitedMeetsTheRuleAnd24DoesNot() throws {
        let partner = town(2, "Wien", "AT")
        let exactly = snapshot(host: pragueTown, partners: [partner], participants: people(25, of: 2) + people(30, of: 1))
        let invited = try check(.invitedParticipants, exactly)
        XCTAssertTrue(invited.isMet)
        XCTAssertEqual(invited.count, 25)
        let short = snapshot(host: pragueTown, partners: [partner], participants: people(24, of: 2) + people(30, of: 1))
        let shortCheck = try check(.invitedParticipants, short)
        XCTAssertFalse(shortCheck.isMet)
        XCTAssertEqual(shortCheck.count, 24)
        XCTAssertEqual(shortCheck.detail, "Participants from partner towns: 24; the rule asks for at least 25 (1 missing).")
    }

    func testExactly50ParticipantsMeetsTheRuleAnd49DoNot() throws {
        let partner = town(2, "Wien", "AT")
        // People of the host town and of no town count as participants too.
        let fifty = snapshot(host: pragueTown, partners: [partner],
                             participants: people(25, of: 2) + people(24, of: 1) + people(1, of: nil))
        XCTAssertTrue(try check(.participants, fifty).isMet)
        XCTAssertEqual(try check(.participants, fifty).count, 50)
        let fortyNine = snapshot(host: pragueTown, partners: [partner], participants: people(25, of: 2) + people(24, of: 1))
        XCTAssertFalse(try check(.participants, fortyNine).isMet)
        let report = GrantChecks.evaluate(fifty, rules: rules, table: table)
        XCTAssertTrue(report.meetsAllRules)
    }

    func testTownsOfOneCountryFailTwoCountries() throws {
        let brno = town(2, "Brno", "CZ")
        let visit = snapshot(host: pragueTown, partners: [brno], participants: people(30, of: 2) + people(30, of: 1))
        let countries = try check(.countries, visit)
        XCTAssertFalse(countries.isMet)
        XCTAssertEqual(countries.count, 1)
        XCTAssertEqual(countries.detail, "Countries taking part: CZ (1); at least 2 are needed.")
        XCTAssertTrue(try check(.euMemberState, visit).isMet)
    }

    func testTownsOnlyOutsideTheEUFailTheMemberStateRule() throws {
        let oslo = town(1, "Oslo", "NO")
        let bern = town(2, "Bern", "CH")
        let visit = snapshot(host: oslo, partners: [bern], participants: people(30, of: 2) + people(30, of: 1))
        XCTAssertTrue(try check(.countries, visit).isMet)
        let member = try check(.euMemberState, visit)
        XCTAssertFalse(member.isMet)
        XCTAssertEqual(member.count, 0)
        XCTAssertEqual(member.required, 1)
        XCTAssertEqual(member.detail, "None of the countries taking part (CH, NO) is an EU member state.")
    }

    func testAPartnerTownSendingNobodyIsNoCountryTakingPart() throws {
        let wien = town(2, "Wien", "AT")
        let empty = town(3, "Kraków", "PL")
        let visit = snapshot(host: pragueTown, partners: [wien, empty], participants: people(3, of: 2))
        XCTAssertEqual(rules.countries(takingPartIn: visit), ["AT", "CZ"])
        // Every partner town still gets its line in the travel support, with no travellers.
        let report = GrantChecks.evaluate(visit)
        XCTAssertEqual(report.travelSupport.map(\.participants), [3, 0])
    }

    // MARK: Reading data

    func testAmountsAreReadExactly() throws {
        XCTAssertEqual(ExactDecimal.parse("417.50"), Decimal(string: "417.50"))
        XCTAssertEqual(ExactDecimal.parse("0.1").map { $0 * 3 }, Decimal(string: "0.3"))
        XCTAssertEqual(ExactDecimal.parse("-12"), -12)
        for bad in ["", "12abc", "1e3", ".5", "5.", "1,5", " 5", "1.2.3", "-"] {
            XCTAssertNil(ExactDecimal.parse(bad), bad)
        }
        let decoded = try JSONDecoder().decode([ExactDecimal].self, from: Data(#"["0.10", 28, "1735"]"#.utf8))
        XCTAssertEqual(decoded.map(\.value), [Decimal(string: "0.10")!, 28, 1735])
        // A JSON number with a fraction would have gone through Double: refused.
        XCTAssertThrowsError(try JSONDecoder().decode([ExactDecimal].self, from: Data("[28.5]".utf8)))
    }

    func testATableWithAGapBetweenBandsIsRefused() {
        func json(_ bands: String) -> Data {
            Data("""
                {"programme": "X", "source": {"title": "T", "section": "S", "url": "U"}, "year": 2025,
                 "currency": "EUR", "bands": [\(bands)]}
                """.utf8)
        }
        XCTAssertNoThrow(try TravelSupportTable(json: json(#"{"fromKilometres": 10, "toKilometres": 99, "standard": "1.25", "green": null}, {"fromKilometres": 100, "toKilometres": null, "standard": 2}"#)))
        XCTAssertEqual(try TravelSupportTable(json: json(#"{"fromKilometres": 10, "toKilometres": null, "standard": "1.25"}"#)).bands.first?.standard,
                       Money(Decimal(string: "1.25")!, "EUR"))
        XCTAssertThrowsError(try TravelSupportTable(json: json(#"{"fromKilometres": 10, "toKilometres": 99, "standard": "1"}, {"fromKilometres": 101, "toKilometres": null, "standard": "2"}"#)))
        XCTAssertThrowsError(try TravelSupportTable(json: json(#"{"fromKilometres": 10, "toKilometres": null, "standard": "1"}, {"fromKilometres": 11, "toKilometres": null, "standard": "2"}"#)))
        XCTAssertThrowsError(try TravelSupportTable(json: json(#"{"fromKilometres": 10, "toKilometres": 99, "standard": 28.5}"#)))
        XCTAssertThrowsError(try TravelSupportTable(json: json("")))
    }
}
