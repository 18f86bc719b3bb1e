import Foundation
import XCTest
@testable import PlannerCore

/// The sample-visit fixtures and a visit to import them into.
enum ImportFixtures {
    /// Tests/Fixtures/sample-visit: the spreadsheets a committee receives (see its README).
    static let folder: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/sample-visit")

    /// Small files made for the tests (Tests/Fixtures/import).
    static let ownFolder: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/import")

    static func data(_ name: String) throws -> Data { try Data(contentsOf: folder.appendingPathComponent(name)) }
    static func text(_ name: String) throws -> String { String(decoding: try data(name), as: UTF8.self) }

    static let saintAubin = "guests-saint-aubin.csv"
    static let birkenfeld = "guests-birkenfeld.csv"
    static let hosts = "host-families-horni-lhota.csv"

    static let today = CalendarDate(year: 2027, month: 4, day: 1)!

    /// A store with the Ascension visit (three partner towns) and nothing else.
    static func store() throws -> (PlannerStore, VisitDetails) {
        let store = try PlannerStore()
        let id = try store.createVisit(VisitDraft(
            title: "Ascension meeting 2027", hostTown: .init(name: "Horní Lhota", countryCode: "CZ"),
            partnerTowns: [.init(name: "Saint-Aubin-sur-Loire", countryCode: "FR"), .init(name: "Birkenfeld am See", countryCode: "DE"),
                           .init(name: "Zielona Dolina", countryCode: "PL")],
            kind: .citizensMeeting, startDate: CalendarDate(year: 2027, month: 5, day: 13),
            endDate: CalendarDate(year: 2027, month: 5, day: 17), languages: ["cs", "fr", "de", "pl"], currency: "CZK"))
        return (store, try XCTUnwrap(try store.visit(id: id)))
    }

    /// Reads, maps (suggested), previews a file's bytes. Participants come from `town` (a name;
    /// the test files are French unless they say otherwise), as the user would choose it.
    static func preview(_ bytes: Data, kind: ImportKind, store: PlannerStore, visit: VisitDetails,
                        encoding: SpreadsheetEncoding? = nil, town: String = "Saint-Aubin-sur-Loire",
                        duplicates: DuplicateChoice = .update) throws -> ImportPreview {
        let table = try SpreadsheetReader.read(bytes, encoding: encoding)
        let mapping = try store.suggestedMapping(for: table, kind: kind)
        let townId = kind == .participants ? try XCTUnwrap(visit.towns.first { $0.name == town }?.id, town) : nil
        return try store.previewImport(table, mapping: mapping,
                                       options: ImportOptions(visitId: visit.id, townId: townId, duplicateChoice: duplicates), today: today)
    }

    /// The town each sample file comes from.
    static func town(of name: String) -> String { name == birkenfeld ? "Birkenfeld am See" : "Saint-Aubin-sur-Loire" }

    /// Reads, previews (from the file's own town), accepts warnings and imports.
    @discardableResult
    static func importFile(_ name: String, kind: ImportKind, store: PlannerStore, visit: VisitDetails) throws -> (ImportPreview, ImportReceipt) {
        var preview = try preview(try data(name), kind: kind, store: store, visit: visit, town: town(of: name))
        preview.acceptAllWarnings()
        return (preview, try store.runImport(preview, today: today))
    }
}

extension Array where Element == Participant {
    func named(_ given: String, _ family: String, file: StaticString = #filePath, line: UInt = #line) throws -> Participant {
        try XCTUnwrap(first { $0.givenName == given && $0.familyName == family }, "\(given) \(family) missing", file: file, line: line)
    }
}

func day(_ y: Int, _ m: Int, _ d: Int) -> CalendarDate { CalendarDate(year: y, month: m, day: d)! }
