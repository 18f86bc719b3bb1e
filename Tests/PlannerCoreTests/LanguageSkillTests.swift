import XCTest
@testable import PlannerCore

final class LanguageSkillTests: XCTestCase {
    func testParsesListsWithLevels() throws {
        let skills = try LanguageSkill.parseList("fr native, en B1; de (A2)")
        XCTAssertEqual(skills, [LanguageSkill(code: "fr", level: .native), LanguageSkill(code: "en", level: .b1),
                                LanguageSkill(code: "de", level: .a2)])
    }

    func testDefaultsAndSynonyms() throws {
        XCTAssertEqual(try LanguageSkill.parseList("EN"), [LanguageSkill(code: "en", level: .b1)], "no level means B1")
        XCTAssertEqual(try LanguageSkill.parseList("de Muttersprache, cs c2"),
                       [LanguageSkill(code: "de", level: .native), LanguageSkill(code: "cs", level: .c2)])
        XCTAssertEqual(try LanguageSkill.parseList(""), [])
        XCTAssertEqual(try LanguageSkill.parseList(" , ,"), [])
    }

    func testRepeatedLanguageKeepsHighestLevel() throws {
        XCTAssertEqual(try LanguageSkill.parseList("en A2, en B2, en B1"), [LanguageSkill(code: "en", level: .b2)])
    }

    func testFormatRoundTrip() throws {
        let skills = [LanguageSkill(code: "pl", level: .native), LanguageSkill(code: "en", level: .a2),
                      LanguageSkill(code: "cs", level: .c1)]
        let text = LanguageSkill.format(skills)
        XCTAssertEqual(text, "pl native, en A2, cs C1")
        XCTAssertEqual(try LanguageSkill.parseList(text), skills)
        for level in LanguageLevel.allCases {
            let one = [LanguageSkill(code: "fr", level: level)]
            XCTAssertEqual(try LanguageSkill.parseList(LanguageSkill.format(one)), one, level.rawValue)
        }
    }

    func testErrorsNameTheUnreadablePart() {
        func problem(_ text: String) -> ValidationIssue.Problem? {
            do { _ = try LanguageSkill.parseList(text); return nil } catch { return error }
        }
        XCTAssertEqual(problem("fr native, français"), .unreadableLanguage("français"))
        XCTAssertEqual(problem("en expert"), .unreadableLanguage("en expert"))
        XCTAssertEqual(problem("en B1 fluent"), .unreadableLanguage("en B1 fluent"))
        XCTAssertEqual(problem("e"), .unreadableLanguage("e"))
        XCTAssertEqual(problem("d3 B1"), .unreadableLanguage("d3 B1"))
    }

    func testLevelsAreOrdered() {
        XCTAssertLessThan(LanguageLevel.a1, .a2)
        XCTAssertLessThan(LanguageLevel.c2, .native)
        XCTAssertEqual(LanguageLevel.allCases.sorted(), LanguageLevel.allCases)
    }

    func testCodeIsLowerCased() {
        XCTAssertEqual(LanguageSkill(code: "FR", level: .b1).code, "fr")
        XCTAssertEqual(LanguageSkill(code: "fr", level: .native).description, "fr native")
    }
}
