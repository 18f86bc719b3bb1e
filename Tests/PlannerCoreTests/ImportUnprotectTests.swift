import XCTest
@testable import PlannerCore

/// A CSV the app exported reads back as it was typed: the word joiner before phone numbers and
/// the apostrophe before neutralised formulas do not end up in the database.
final class ImportUnprotectTests: XCTestCase {
    func testExportedCellsReadBackAsTyped() {
        for typed in ["+420 775 924 589", "=1+1", "-2+3", "@SUM(A1)", "+SUM(A1)", "Náměstí 1", "'s-Hertogenbosch", "-5", "😀 Zoë", "نور"] {
            let written = CSVDocument.cell(typed)
            XCTAssertEqual(ImportText.unprotected(written), typed, "written as \(written.debugDescription)")
        }
    }

    func testOnlyTheMarkersGo() {
        XCTAssertEqual(ImportText.unprotected("'s-Hertogenbosch"), "'s-Hertogenbosch")
        XCTAssertEqual(ImportText.unprotected("O'Neill"), "O'Neill")
        XCTAssertEqual(ImportText.unprotected("\u{2060}+33 6 12"), "+33 6 12")
        XCTAssertEqual(ImportText.unprotected("'=A1"), "=A1")
    }
}
