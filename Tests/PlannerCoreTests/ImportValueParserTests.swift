import XCTest
@testable import PlannerCore

/// The value parsers, in the five languages.
final class ImportValueParserTests: XCTestCase {
    func testDates() {
        XCTAssertEqual(ImportValueParsers.date("13.05.2027").0, day(2027, 5, 13))
        XCTAssertEqual(ImportValueParsers.date("13. 5. 2027").0, day(2027, 5, 13))
        XCTAssertEqual(ImportValueParsers.date("13/05/2027").0, day(2027, 5, 13))
        XCTAssertEqual(ImportValueParsers.date("2027-05-13").0, day(2027, 5, 13))
        XCTAssertEqual(ImportValueParsers.date("04/03/2027 01:43:02").0, day(2027, 3, 4))
        XCTAssertEqual(ImportValueParsers.date("31.02.2011").1?.severity, .error)
        XCTAssertEqual(ImportValueParsers.date("yesterday").1?.severity, .error)
        XCTAssertEqual(ImportValueParsers.date("03/04/2011", order: .dayFirstAsking).1?.severity, .warning)
        XCTAssertNil(ImportValueParsers.date("13/04/2011", order: .dayFirstAsking).1)
        XCTAssertEqual(ImportValueParsers.date("03/04/2011", order: .monthFirst).0, day(2011, 3, 4))
        XCTAssertNil(ImportValueParsers.date("  ").0)
    }

    func testYesNoInFiveLanguages() {
        for yes in ["ano", "Ja", "oui", "TAK", "yes", "x", "1"] { XCTAssertEqual(ImportValueParsers.yesNo(yes).0, true, yes) }
        for no in ["ne", "nein", "Non", "nie", "no", "0", "-"] { XCTAssertEqual(ImportValueParsers.yesNo(no).0, false, no) }
        let chats = ImportValueParsers.yesNo("Oui (chats)")
        XCTAssertEqual(chats.0, true)
        XCTAssertEqual(ImportValueParsers.pets(chats.detail).0, [.cat])
        XCTAssertEqual(ImportValueParsers.yesNo("perhaps").2?.severity, .warning)
    }

    func testGenders() {
        for (text, gender) in [("Femme", Gender.female), ("Homme", .male), ("weiblich", .female), ("männlich", .male),
                               ("žena", .female), ("muž", .male), ("kobieta", .female), ("mężczyzna", .male), ("divers", .diverse),
                               ("F", .female), ("M", .male)] {
            XCTAssertEqual(ImportValueParsers.gender(text).0, gender, text)
        }
        XCTAssertEqual(ImportValueParsers.gender("?").0, .notStated)
    }

    func testLanguages() {
        func read(_ text: String, _ file: String? = nil) -> [String] { ImportValueParsers.languages(text, fileLanguage: file).0.map(\.description) }
        XCTAssertEqual(read("anglais (B1)"), ["en B1"])
        XCTAssertEqual(read("Deutsch (Muttersprache), Englisch (B2)"), ["de native", "en B2"])
        XCTAssertEqual(read("čeština, němčina", "cs"), ["cs native", "de B1"])
        XCTAssertEqual(read("français (langue maternelle)"), ["fr native"])
        XCTAssertEqual(read("polski (ojczysty), angielski B2, niemiecki - podstawy"), ["pl native", "en B2", "de A2"])
        XCTAssertEqual(read("fr native, en B1"), ["fr native", "en B1"])
        XCTAssertEqual(read("English fluent"), ["en C1"])
        let klingon = ImportValueParsers.languages("anglais (B1), klingon", fileLanguage: nil)
        XCTAssertEqual(klingon.0.map(\.code), ["en"])
        XCTAssertEqual(klingon.1?.severity, .warning)
    }

    func testDietsPetsRoles() {
        XCTAssertEqual(ImportValueParsers.diets("végétarien").diets, [.vegetarian])
        XCTAssertEqual(ImportValueParsers.diets("vegetarisch").diets, [.vegetarian])
        XCTAssertEqual(ImportValueParsers.diets("vegetariánská, veganská").diets, [.vegetarian, .vegan])
        XCTAssertEqual(ImportValueParsers.diets("sans gluten").diets, [.glutenFree])
        XCTAssertEqual(ImportValueParsers.diets("bezlepková").diets, [.glutenFree])
        XCTAssertEqual(ImportValueParsers.diets("bez laktozy").diets, [.lactoseFree])
        XCTAssertEqual(ImportValueParsers.diets("halal").diets, [.halal])
        let mushrooms = ImportValueParsers.diets("pas de champignons")
        XCTAssertEqual(mushrooms.diets, [.other])
        XCTAssertEqual(mushrooms.note, "pas de champignons")
        XCTAssertEqual(ImportValueParsers.diets("keine").diets, [])

        XCTAssertEqual(ImportValueParsers.pets("pes, kočka").0, [.dog, .cat])
        XCTAssertEqual(ImportValueParsers.pets("andulka").0, [.bird])
        XCTAssertEqual(ImportValueParsers.pets("Hund und Katze").0, [.dog, .cat])
        XCTAssertEqual(ImportValueParsers.pets("chat").0, [.cat])
        XCTAssertEqual(ImportValueParsers.pets("2 chiens").0, [.dog])
        XCTAssertEqual(ImportValueParsers.pets("morče").0, [.rodent])
        let alpaca = ImportValueParsers.pets("alpaka")
        XCTAssertEqual(alpaca.0, [.other])
        XCTAssertEqual(alpaca.1?.severity, .warning)

        for (text, role) in [("Jeune", Role.youth), ("Accompagnateur", .leader), ("Adulte", .adult), ("Delegation (offiziell)", .official),
                             ("Blaskapelle", .performer), ("Bürger/in", .adult), ("Dolmetscher", .interpreter), ("opiekun", .leader),
                             ("mládež", .youth), ("starosta", .official)] {
            XCTAssertEqual(ImportValueParsers.role(text).0, role, text)
        }
        XCTAssertEqual(ImportValueParsers.role("Astronaut").1?.severity, .warning)
    }

    func testFreeTextDietWishesInFiveLanguages() {
        let phrases: [(Diet, [String])] = [
            (.noPork, ["no pork", "pork free", "sans porc", "pas de porc", "ohne Schweinefleisch", "kein Schweinefleisch",
                       "bez vepřového", "bez vepřové", "bez veproveho", "bez wieprzowiny"]),
            (.noBeef, ["no beef", "sans bœuf", "sans boeuf", "SANS BŒUF", "ohne Rindfleisch", "kein Rind", "kein Rindfleisch",
                       "bez hovězího", "bez hoveziho", "bez wołowiny"]),
            (.pescatarian, ["pescetarian", "pescatarian", "pescetarien", "pescétarien", "pescetarisch", "pescetarián",
                            "pescetariánská", "peskatarianin", "pescetarianin"]),
            (.diabetic, ["diabetic", "diabetes", "diabétique", "Diabetiker", "diabetisch", "diabetik", "diabetická",
                         "diabeticka", "cukrzyk", "cukrzyca", "dla diabetyka", "dieta cukrzycowa"]),
        ]
        for (diet, texts) in phrases {
            for text in texts {
                let read = ImportValueParsers.diets(text)
                XCTAssertEqual(read.diets, [diet], text)
                XCTAssertEqual(read.note, "", text)
            }
        }
        let both = ImportValueParsers.diets("vegetarian, sans porc")
        XCTAssertEqual(both.diets, [.vegetarian, .noPork])
        XCTAssertEqual(both.note, "")
        XCTAssertEqual(ImportValueParsers.diets("végétarien sans porc").diets, [.vegetarian], "vegetarian wins within a part")
        XCTAssertEqual(ImportValueParsers.diets("bez vepřového a hovězího").diets, [.noPork, .noBeef], "the “without” carries over")
        XCTAssertEqual(ImportValueParsers.diets("vepřové").diets, [.other], "pork without a “without” is not a wish")
        let unknown = ImportValueParsers.diets("pas de champignons")
        XCTAssertEqual(unknown.diets, [.other])
        XCTAssertEqual(unknown.note, "pas de champignons")
        let mixed = ImportValueParsers.diets("sans porc, pas de champignons")
        XCTAssertEqual(mixed.diets, [.noPork, .other])
        XCTAssertEqual(mixed.note, "pas de champignons")
    }

    func testNames() {
        XCTAssertEqual(ImportValueParsers.name("BONNET"), "Bonnet")
        XCTAssertEqual(ImportValueParsers.name("GUÉRIN"), "Guérin")
        XCTAssertEqual(ImportValueParsers.name("JEAN-PIERRE"), "Jean-Pierre")
        XCTAssertEqual(ImportValueParsers.name("d'Artagnan"), "d'Artagnan")
        XCTAssertEqual(ImportValueParsers.name("  Léa   Marie "), "Léa Marie")
        XCTAssertEqual(ImportValueParsers.name("حداد"), "حداد")
        XCTAssertTrue(ImportValueParsers.fullName("BONNET Léa") == ("Léa", "Bonnet"))
        XCTAssertTrue(ImportValueParsers.fullName("Léa Bonnet") == ("Léa", "Bonnet"))
        XCTAssertTrue(ImportValueParsers.fullName("Bonnet, Léa") == ("Léa", "Bonnet"))
        XCTAssertFalse(ImportValueParsers.looksLikeFormula("+33 6 99 23 35 43", field: .phone))
        XCTAssertTrue(ImportValueParsers.looksLikeFormula("=1+1", field: .notes))
        XCTAssertTrue(ImportValueParsers.looksLikeFormula("@cmd", field: .givenName))
        XCTAssertFalse(ImportValueParsers.looksLikeFormula("-", field: .diet))
    }
}
