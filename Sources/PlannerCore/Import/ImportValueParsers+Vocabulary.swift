/// Languages, diets, pets and roles as people write them in registration forms.
extension ImportValueParsers {
    // MARK: Languages

    private static let languageNames: [String: String] = {
        let table: [(String, String)] = [
            ("cs", "cs cz cestina cesky cesko czech tschechisch tcheque czeski czeska"),
            ("de", "de nemcina nemecky german deutsch allemand niemiecki niemiecka"),
            ("en", "en anglictina anglicky english englisch anglais angielski angielska"),
            ("fr", "fr francouzstina francouzsky french franzosisch francais francuski francuska"),
            ("pl", "pl polstina polsky polish polnisch polonais polski polska"),
            ("sk", "sk slovenstina slovensky slovak slowakisch slovaque slowacki"),
            ("it", "it italstina italsky italian italienisch italien wloski"),
            ("es", "es spanelstina spanelsky spanish spanisch espagnol hiszpanski"),
            ("ru", "ru rustina rusky russian russisch russe rosyjski"),
            ("uk", "uk ukrajinstina ukrainian ukrainisch ukrainien ukrainski"),
            ("nl", "nl nizozemstina holandstina dutch niederlandisch neerlandais niderlandzki"),
            ("hu", "hu madarstina hungarian ungarisch hongrois wegierski"),
            ("pt", "pt portugalstina portuguese portugiesisch portugais portugalski"),
            ("ar", "ar arabstina arabic arabisch arabe arabski"),
            ("tr", "tr turectina turkish turkisch turc turecki"),
            ("el", "el rectina greek griechisch grec grecki"),
            ("sv", "sv svedstina swedish schwedisch suedois szwedzki"),
            ("da", "da danstina danish danisch danois dunski"),
        ]
        var map: [String: String] = [:]
        for (code, words) in table { for word in words.split(separator: " ") { map[String(word)] = code } }
        return map
    }()

    private static let nativeWords: Set<String> = ["native", "mother", "tongue", "l1", "muttersprache", "muttersprachlich",
        "muttersprachler", "maternelle", "natif", "native", "materstina", "materska", "materskа", "rodily", "rodilá", "ojczysty",
        "ojczysta", "rodzimy"]
    private static let levelWords: [String: LanguageLevel] = [
        "fluent": .c1, "courant": .c1, "fliessend": .c1, "fliesend": .c1, "plynne": .c1, "plynnie": .c1, "biegle": .c1,
        "biegly": .c1, "excellent": .c1, "sehr": .c1, "good": .b2, "bien": .b2, "gut": .b2, "dobre": .b2, "dobrze": .b2,
        "dobry": .b2, "basic": .a2, "basics": .a2, "notions": .a2, "grundkenntnisse": .a2, "zaklady": .a2, "zakladni": .a2,
        "podstawy": .a2, "podstawowy": .a2, "beginner": .a1, "debutant": .a1, "anfanger": .a1, "zacatecnik": .a1, "poczatkujacy": .a1,
    ]

    /// Reads a language list: "français (langue maternelle), anglais (B1)", "Deutsch
    /// (Muttersprache), Englisch (B2)", "čeština, němčina", "fr native, en B1". A language
    /// without a level is native when it is the file's own language, B1 otherwise. Unknown
    /// languages are left out with a warning.
    public static func languages(_ text: String, fileLanguage: String?) -> ([LanguageSkill], ParseNote?) {
        var result: [LanguageSkill] = []
        var unknown: [String] = []
        for part in listParts(text) {
            let words = ImportText.words(part)
            guard let codeIndex = words.firstIndex(where: { languageNames[$0] != nil }) else {
                unknown.append(part)
                continue
            }
            let code = languageNames[words[codeIndex]]!
            var level: LanguageLevel?
            for word in words where word != words[codeIndex] {
                if let cefr = LanguageLevel(rawValue: word.uppercased()), cefr != .native { level = max(level ?? cefr, cefr) }
                else if nativeWords.contains(word) { level = .native }
                else if let described = levelWords[word] { level = level ?? described }
            }
            let final = level ?? (code == fileLanguage ? .native : .b1)
            if let index = result.firstIndex(where: { $0.code == code }) {
                result[index].level = max(result[index].level, final)
            } else {
                result.append(LanguageSkill(code: code, level: final))
            }
        }
        guard unknown.isEmpty else {
            return (result, .warning(tr("Unknown language “{part}”: left out", ["part": unknown.joined(separator: ", ")])))
        }
        return (result, nil)
    }

    // MARK: Diets

    private static let noneWords: Set<String> = ["none", "no", "non", "nein", "keine", "keiner", "zadna", "zadne", "zadny", "ne",
        "nie", "brak", "nic", "normal", "normale", "normalni", "normalna", "standard", "standardni", "rien", "aucun", "aucune",
        "omnivore", "alles", "vse", "vsechno", "wszystko", "tradycyjna", "klassisch", "classique", "n a", "na"]

    /// Words that make a food named beside them something to leave out: "sans porc", "ohne
    /// Rindfleisch", "bez vepřového", "nie jem wieprzowiny", "Schweinefleisch: nein". Without one,
    /// "vepřové" in a household's "can cook" column is not read as "no pork".
    private static let withoutWords: Set<String> = ["no", "not", "without", "free", "never", "nor", "don", "doesn", "dont",
        "doesnt", "sans", "pas", "ni", "jamais", "non", "ohne", "kein", "keine", "keinen", "nicht", "frei", "nein", "bez", "ne",
        "ani", "neji", "nejim", "nie"]
    /// Word beginnings of pork and beef: pork, porc, Schwein(efleisch), vepř(ové), wieprz(owina);
    /// beef, bœuf (folded "boeuf"), Rind(fleisch), hovězí, wołowina.
    private static let porkStems = ["pork", "porc", "schwein", "vepr", "wieprz"]
    private static let beefStems = ["beef", "boeuf", "rind", "hovez", "wolow"]

    /// Whether `words` name a food of `stems` to leave out: with a without-word in the same part
    /// (or the part before, `leavingOut`), or as one word ("Schweinefleischfrei", "porkfree").
    private static func avoids(_ words: [String], _ stems: [String], leavingOut: Bool) -> Bool {
        guard let food = words.first(where: { word in stems.contains { word.hasPrefix($0) } }) else { return false }
        return leavingOut || food.hasSuffix("frei") || food.hasSuffix("free") || words.contains { withoutWords.contains($0) }
    }

    /// Reads diets: végétarien, vegetarisch, vegetariánská, wegetariańska → vegetarian; vegan…;
    /// sans gluten, glutenfrei, bezlepková, bezglutenowa → gluten-free; sans lactose…; halal;
    /// casher/koscher → kosher; pescetarian, pescétarien, pescetarisch, pescetarián,
    /// peskatarianin → pescatarian; sans porc, ohne Schweinefleisch, bez vepřového, bez
    /// wieprzowiny → no pork; sans bœuf, kein Rind, bez hovězího, bez wołowiny → no beef;
    /// diabétique, Diabetiker, diabetická, cukrzyk, dieta cukrzycowa → diabetic. Anything else
    /// ("pas de champignons") is `.other` with the text as the note.
    public static func diets(_ text: String) -> (diets: [Diet], note: String) {
        var diets: [Diet] = []
        var other: [String] = []
        // "bez vepřového a hovězího" splits at "a": "hovězího" still goes without.
        var leavingOut = false
        for part in listParts(text) {
            let words = ImportText.words(part)
            let key = words.joined(separator: " ")
            if noneWords.contains(key) { continue }
            let found: [Diet]
            // One diet per part, the first that applies: vegan before vegetarian, and both
            // before the wishes they already include ("vegetarian without pork" is vegetarian).
            if key.contains("vegan") || key.contains("wegan") || key.contains("vegetalien") { found = [.vegan] }
            else if key.contains("vegetari") || key.contains("wegetari") || key.contains("vegeta") { found = [.vegetarian] }
            else if key.contains("gluten") || key.contains("bezlepk") || key.contains("lepku") || key.contains("celiak")
                        || key.contains("coeliaq") || key.contains("zoliak") || key.contains("glutenow") { found = [.glutenFree] }
            else if key.contains("lactose") || key.contains("laktos") || key.contains("laktoz") || key.contains("lactosa") { found = [.lactoseFree] }
            else if key.contains("halal") { found = [.halal] }
            else if key.contains("kosher") || key.contains("casher") || key.contains("cacher") || key.contains("koscher")
                        || key.contains("koszer") || key.contains("kaser") { found = [.kosher] }
            else if key.contains("pescetar") || key.contains("pescatar") || key.contains("peskatar") || key.contains("pesketar") {
                found = [.pescatarian]
            } else {
                // Meats to leave out and diabetes go together in one part: "no pork or beef".
                var wishes: [Diet] = []
                if avoids(words, porkStems, leavingOut: leavingOut) { wishes.append(.noPork) }
                if avoids(words, beefStems, leavingOut: leavingOut) { wishes.append(.noBeef) }
                if key.contains("diabet") || key.contains("cukrzy") { wishes.append(.diabetic) }
                found = wishes
            }
            leavingOut = found.contains(.noPork) || found.contains(.noBeef)
            if found.isEmpty { other.append(part) }
            for diet in found where !diets.contains(diet) { diets.append(diet) }
        }
        if !other.isEmpty && !diets.contains(.other) { diets.append(.other) }
        return (diets, other.joined(separator: ", "))
    }

    // MARK: Pets

    private static let petWords: [String: PetKind] = {
        let table: [(PetKind, String)] = [
            (.dog, "dog dogs puppy chien chiens chienne hund hunde hundin welpe pes psi psa pejsek fenka psy pies piesek suczka"),
            (.cat, "cat cats kitten chat chats chatte chaton katze katzen kater kocka kocky kocour kote kot koty kotka kotek"),
            (.bird, "bird birds parrot budgie canary oiseau oiseaux perruche perroquet canari vogel vogel wellensittich papagei kanarienvogel ptak ptaci andulka andulky papousek kanarek ptaki papuga papuzka papuzki"),
            (.rodent, "rodent rodents hamster hamsters guinea pig mouse mice rat rats chinchilla degu rongeur souris cochon hamster meerschweinchen maus mause ratte ratten nager hlodavec hlodavci krecek morce morcata mys mysi potkan krysa cincila chomik swinka mysz myszy szczur gryzon"),
            (.rabbit, "rabbit rabbits bunny lapin lapins kaninchen hase hasen kralik kralici kraliky krolik kroliki"),
            (.horse, "horse horses pony cheval chevaux poney pferd pferde pony kun kone konik kon konie kucyk"),
        ]
        var map: [String: PetKind] = [:]
        for (kind, words) in table { for word in words.split(separator: " ") { map[String(word)] = kind } }
        return map
    }()

    /// Reads pets: "pes, kočka", "Hund", "chat", "andulka", "2 dogs"… Unknown animals are
    /// `.other` with a warning; "none"/"ne"/"keine" is no pet.
    public static func pets(_ text: String) -> ([PetKind], ParseNote?) {
        var result: [PetKind] = []
        var unknown: [String] = []
        for part in listParts(text) {
            let words = ImportText.words(part)
            if noneWords.contains(words.joined(separator: " ")) { continue }
            if let kind = words.lazy.compactMap({ petWords[$0] }).first {
                if !result.contains(kind) { result.append(kind) }
            } else if words.contains(where: { $0.first?.isLetter == true }) {
                unknown.append(part)
                if !result.contains(.other) { result.append(.other) }
            }
        }
        guard unknown.isEmpty else {
            return (result, .warning(tr("Unknown animal “{part}”: stored as other animal", ["part": unknown.joined(separator: ", ")])))
        }
        return (result, nil)
    }

    // MARK: Roles

    private static let roleWords: [(Role, [String])] = [
        (.official, ["official", "officiel", "officielle", "offiziell", "delegation", "delegace", "delegacja", "oficialni",
                     "oficjalna", "oficjalny", "maire", "mayor", "burgermeister", "burgermeisterin", "starosta", "starostka",
                     "burmistrz", "wojt", "elu", "elue", "councillor", "conseiller", "conseillere", "stadtrat", "zastupitel", "radny"]),
        (.interpreter, ["interpreter", "translator", "interprete", "traducteur", "traductrice", "dolmetscher", "dolmetscherin",
                        "ubersetzer", "tlumocnik", "tlumocnice", "prekladatel", "tlumacz", "tlumaczka"]),
        (.driver, ["driver", "chauffeur", "conducteur", "fahrer", "busfahrer", "ridic", "kierowca"]),
        (.organizer, ["organizer", "organiser", "organisateur", "organisatrice", "organisator", "organizator", "organizatorka",
                      "poradatel", "committee", "comite", "komitee", "partnerschaftskomitee", "vybor", "komitet"]),
        (.leader, ["leader", "chaperone", "accompagnateur", "accompagnatrice", "animateur", "animatrice", "responsable",
                   "betreuer", "betreuerin", "gruppenleiter", "gruppenleiterin", "begleiter", "begleiterin", "begleitperson",
                   "lehrer", "lehrerin", "teacher", "professeur", "enseignant", "enseignante", "vedouci", "doprovod", "ucitel",
                   "ucitelka", "pedagog", "opiekun", "opiekunka", "nauczyciel", "nauczycielka", "wychowawca", "group leader"]),
        (.performer, ["performer", "musician", "band", "musicien", "musicienne", "fanfare", "orchestre", "harmonie", "chorale",
                      "danseur", "danseuse", "musiker", "musikerin", "blaskapelle", "kapelle", "chor", "tanzer", "tanzerin",
                      "hudebnik", "hudebnice", "kapela", "dechovka", "sbor", "tanecnik", "tanecnice", "muzyk", "orkiestra",
                      "zespol", "tancerz", "tancerka", "artist", "artiste", "kunstler", "umelec", "choir", "dancer"]),
        (.youth, ["youth", "young", "jeune", "jeunes", "jugendlicher", "jugendliche", "jugend", "schuler", "schulerin", "student",
                  "studentin", "eleve", "mladez", "mladi", "mladeznik", "zak", "zakyne", "student", "studentka", "mlodziez", "uczen",
                  "uczennica", "child", "enfant", "kind", "dite", "dziecko", "teen", "teenager", "ado", "adolescent", "adolescente"]),
        (.adult, ["adult", "adulte", "adultes", "erwachsener", "erwachsene", "burger", "burgerin", "citoyen", "citoyenne",
                  "citizen", "dospely", "dospela", "obcan", "obcanka", "dorosly", "dorosla", "mieszkaniec", "mieszkanka", "obywatel",
                  "member", "membre", "mitglied", "clen", "clenka", "czlonek", "czlonkini", "guest", "gast", "host", "gosc", "invite"]),
    ]

    /// Word → role; a word listed for two roles belongs to the first (official before adult…).
    private static let roleByWord: [String: Role] = {
        var map: [String: Role] = [:]
        for (role, keys) in roleWords { for key in keys where map[key] == nil { map[key] = role } }
        return map
    }()

    /// Reads a role: Jeune → youth, Accompagnateur → leader, Adulte / Bürger/in → adult,
    /// Delegation (offiziell) → official, Blaskapelle → performer… Unknown → adult, with a warning.
    public static func role(_ text: String) -> (Role, ParseNote?) {
        let words = ImportText.words(text)
        guard !words.isEmpty else { return (.adult, nil) }
        let joined = words.joined(separator: " ")
        if let role = roleByWord[joined] { return (role, nil) }
        let found = words.compactMap { roleByWord[$0] }
        // The role listed first wins ("Delegation (offiziell)": official; "Musiker, Jugend": performer).
        if let role = roleWords.first(where: { entry in found.contains(entry.0) })?.0 { return (role, nil) }
        if let role = Role(rawValue: joined) { return (role, nil) }
        return (.adult, .warning(tr("Unknown role “{text}”: taken as adult", ["text": text])))
    }
}
