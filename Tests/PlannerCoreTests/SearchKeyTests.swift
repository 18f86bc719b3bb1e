import XCTest
@testable import PlannerCore

final class SearchKeyTests: XCTestCase {
    private func matches(_ query: String, _ text: String...) -> Bool {
        SearchKey(text).matches(foldedQueryWords: SearchKey.queryWords(query))
    }

    func testAccentsAndCaseAreIgnored() {
        XCTAssertTrue(matches("dvorak", "Alena a Lukáš Dvořák"))
        XCTAssertTrue(matches("elodie", "Élodie", "Bernard"))
        XCTAssertTrue(matches("GUERIN zoe", "Zoé", "Guérin"))
        XCTAssertTrue(matches("cerna", "Božena Černá"))
        XCTAssertTrue(matches("Dvořák", "dvorak22@example.cz"), "accents in the query fold too")
    }

    func testLettersDecompositionDoesNotReach() {
        XCTAssertTrue(matches("gross", "Lukas", "Groß"))
        XCTAssertTrue(matches("lukasz", "Łukasz Kowalczyk"))
        XCTAssertTrue(matches("wojcik", "Zofia Wójcik"))
        XCTAssertTrue(matches("mikolaj", "Mikołaj"))
        XCTAssertTrue(matches("oztürk", "Öztürk"))
        XCTAssertEqual(SearchKey.fold("Søren Æbeltoft Œuvre Đorđe"), "soren aebeltoft oeuvre dorde")
    }

    func testEveryWordMustMatch() {
        XCTAssertTrue(matches("hugo bonnet", "Hugo", "Bonnet"))
        XCTAssertFalse(matches("hugo dubois", "Hugo", "Bonnet"))
        XCTAssertTrue(matches("", "anything"), "an empty query matches everything")
        XCTAssertTrue(matches("  ", "anything"))
        XCTAssertFalse(matches("x", ""))
    }

    func testQueryWords() {
        XCTAssertEqual(SearchKey.queryWords("  Léa   BONNET "), ["lea", "bonnet"])
    }
}
