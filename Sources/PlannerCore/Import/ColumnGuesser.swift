/// Guesses the field of each column from its header, in English, Czech, German, French and
/// Polish, and the language the file is written in (which decides how ambiguous dates and
/// languages without a level are read).
public enum ColumnGuesser {
    /// A mapping for `header`, each field given to the column that names it best (a field
    /// that allows one column goes to one column only; the rest is `.ignore`).
    public static func guess(header: [String], kind: ImportKind) -> ImportMapping {
        let allowed = Set(kind.fields)
        var candidates: [(score: Double, column: Int, field: ImportField)] = []
        for (column, name) in header.enumerated() {
            let words = ImportText.words(name)
            guard !words.isEmpty else { continue }
            for entry in synonyms where allowed.contains(entry.field) && (entry.kind == nil || entry.kind == kind) {
                if let score = match(words, entry.words) { candidates.append((score * entry.weight, column, entry.field)) }
            }
        }
        candidates.sort { ($0.score, -$0.column) > ($1.score, -$1.column) }
        var fields = Array(repeating: ImportField.ignore, count: header.count)
        var decided = Set<Int>()
        var taken = Set<ImportField>()
        for candidate in candidates where !decided.contains(candidate.column) {
            if taken.contains(candidate.field) && !candidate.field.allowsSeveralColumns { continue }
            fields[candidate.column] = candidate.field
            decided.insert(candidate.column)
            taken.insert(candidate.field)
        }
        return ImportMapping(kind: kind, header: header, fields: fields)
    }

    /// The language (ISO 639-1) whose header words the file uses most; nil when none matched.
    public static func language(ofHeader header: [String]) -> String? {
        var votes: [String: Double] = [:]
        for name in header {
            let words = ImportText.words(name)
            guard !words.isEmpty else { continue }
            var best: (Double, String)?
            for entry in synonyms where entry.language != "*" {
                if let score = match(words, entry.words), score > (best?.0 ?? 0) { best = (score, entry.language) }
            }
            if let best { votes[best.1, default: 0] += best.0 }
        }
        return votes.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }

    /// 3 for the whole header, 2 (+ a little for longer synonyms) when the synonym's words
    /// occur in a row inside the header.
    private static func match(_ header: [String], _ synonym: [String]) -> Double? {
        if header == synonym { return 3 }
        guard synonym.count <= header.count else { return nil }
        for start in 0...(header.count - synonym.count) where Array(header[start..<start + synonym.count]) == synonym {
            return 2 + Double(synonym.joined().count) / 100
        }
        return nil
    }

    private struct Synonym {
        let field: ImportField
        let language: String
        let words: [String]
        let weight: Double
        let kind: ImportKind?
    }

    private static func entries(_ field: ImportField, _ language: String, _ list: String, weight: Double = 1,
                                kind: ImportKind? = nil) -> [Synonym] {
        list.split(separator: "|").map { Synonym(field: field, language: language, words: ImportText.words(String($0)),
                                                 weight: weight, kind: kind) }
    }

    // Written folded (no accents, lower case); `ImportText.words` folds the headers the same way.
    private static let synonyms: [Synonym] = {
        var s: [Synonym] = []
        // Participants.
        s += entries(.givenName, "en", "given name|first name|firstname|forename|given names|first names")
        s += entries(.givenName, "fr", "prenom|prenoms")
        s += entries(.givenName, "de", "vorname|vornamen|rufname")
        s += entries(.givenName, "cs", "jmeno|krestni jmeno|krestni")
        s += entries(.givenName, "pl", "imie|imiona")
        s += entries(.familyName, "en", "family name|last name|lastname|surname")
        s += entries(.familyName, "fr", "nom|nom de famille")
        s += entries(.familyName, "de", "nachname|familienname|zuname")
        s += entries(.familyName, "cs", "prijmeni")
        s += entries(.familyName, "pl", "nazwisko")
        s += entries(.fullName, "en", "name|full name|participant|guest")
        s += entries(.fullName, "fr", "nom complet|nom et prenom|prenom et nom|nom prenom|prenom nom|participant")
        s += entries(.fullName, "de", "vollstandiger name|vor und nachname|name vorname|teilnehmer|teilnehmerin|gast")
        s += entries(.fullName, "cs", "jmeno a prijmeni|cele jmeno|prijmeni a jmeno|ucastnik|host")
        s += entries(.fullName, "pl", "imie i nazwisko|uczestnik|gosc")
        s += entries(.birthDate, "en", "birth date|date of birth|birthdate|birthday|dob|born")
        s += entries(.birthDate, "fr", "date de naissance|ne le|nee le|naissance")
        s += entries(.birthDate, "de", "geburtsdatum|geboren am|geburtstag|geboren")
        s += entries(.birthDate, "cs", "datum narozeni|narozen|narozena|narozeni")
        s += entries(.birthDate, "pl", "data urodzenia|urodzony|urodzona|urodzenia")
        s += entries(.gender, "en", "gender|sex")
        s += entries(.gender, "fr", "sexe|genre")
        s += entries(.gender, "de", "geschlecht")
        s += entries(.gender, "cs", "pohlavi")
        s += entries(.gender, "pl", "plec")
        s += entries(.email, "en", "email|e mail|mail|email address|e mail address")
        s += entries(.email, "fr", "adresse e mail|adresse email|courriel|adresse mail|mel")
        s += entries(.email, "de", "e mail adresse|emailadresse|mailadresse")
        s += entries(.email, "cs", "emailova adresa|e mailova adresa")
        s += entries(.email, "pl", "adres e mail|adres email")
        s += entries(.phone, "en", "phone|telephone|mobile|phone number|cell|tel")
        s += entries(.phone, "fr", "telephone|portable|numero de telephone|tel")
        s += entries(.phone, "de", "telefon|handy|mobil|telefonnummer|handynummer")
        s += entries(.phone, "cs", "telefon|mobil|telefonni cislo|tel")
        s += entries(.phone, "pl", "telefon|numer telefonu|komorka|tel")
        s += entries(.languages, "en", "languages|language|spoken languages|language skills")
        s += entries(.languages, "fr", "langues|langues parlees|langue|langues etrangeres")
        s += entries(.languages, "de", "sprachen|sprachkenntnisse|sprache|fremdsprachen")
        s += entries(.languages, "cs", "jazyky|jazykove znalosti|jazyk|cizi jazyky")
        s += entries(.languages, "pl", "jezyki|znajomosc jezykow|jezyk|jezyki obce")
        s += entries(.diet, "en", "diet|dietary requirements|dietary|food")
        s += entries(.diet, "fr", "regime|regime alimentaire|alimentation")
        s += entries(.diet, "de", "ernahrung|ernahrungsweise|essen|diat")
        s += entries(.diet, "cs", "strava|stravovani|dieta|jidlo")
        s += entries(.diet, "pl", "dieta|wyzywienie")
        s += entries(.allergies, "en", "allergies|allergy|medical|health")
        s += entries(.allergies, "fr", "allergies|allergie|sante")
        s += entries(.allergies, "de", "allergien|allergie|gesundheit")
        s += entries(.allergies, "cs", "alergie|zdravotni omezeni|zdravi")
        s += entries(.allergies, "pl", "alergie|alergia|zdrowie")
        s += entries(.petAllergy, "en", "pet allergy|animal allergy|allergic to animals|allergic to pets")
        s += entries(.petAllergy, "fr", "allergie aux animaux|allergie animaux|allergie aux poils")
        s += entries(.petAllergy, "de", "tierhaarallergie|tierallergie|allergie gegen tiere")
        s += entries(.petAllergy, "cs", "alergie na zvirata|alergie na srst|alergie na zvire")
        s += entries(.petAllergy, "pl", "alergia na zwierzeta|alergia na siersc")
        s += entries(.smoker, "en", "smoker|smoking|smokes")
        s += entries(.smoker, "fr", "fumeur|fumeuse|fume")
        s += entries(.smoker, "de", "raucher|raucherin|rauchen")
        s += entries(.smoker, "cs", "kurak|kuracka|kouri")
        s += entries(.smoker, "pl", "palacy|palaca|pali|palenie")
        s += entries(.stayTogetherWith, "en", "stay together with|together with|room with|lodge with|stay with")
        s += entries(.stayTogetherWith, "fr", "je souhaite etre loge e avec|souhaite etre loge avec|loge avec|avec qui|avec")
        s += entries(.stayTogetherWith, "de", "unterbringung zusammen mit|zusammen mit|unterbringen mit")
        s += entries(.stayTogetherWith, "cs", "ubytovat spolu s|ubytovani spolu s|spolu s|ubytovat s")
        s += entries(.stayTogetherWith, "pl", "zakwaterowanie razem z|razem z|mieszkac z")
        s += entries(.role, "en", "role|category|function|type|status")
        s += entries(.role, "fr", "categorie|role|fonction|statut")
        s += entries(.role, "de", "funktion|rolle|kategorie|status")
        s += entries(.role, "cs", "role|kategorie|funkce")
        s += entries(.role, "pl", "rola|kategoria|funkcja")
        s += entries(.notes, "en", "notes|note|remarks|comments|comment")
        s += entries(.notes, "fr", "remarques|remarque|commentaire|commentaires|observations")
        s += entries(.notes, "de", "anmerkungen|anmerkung|bemerkungen|bemerkung|kommentar|hinweise")
        s += entries(.notes, "cs", "poznamka|poznamky|komentar|pozn")
        s += entries(.notes, "pl", "uwagi|uwaga|komentarz")
        s += entries(.parentalConsent, "en", "parental consent|consent of parents|parents consent")
        s += entries(.parentalConsent, "fr", "autorisation parentale|autorisation parentale signee")
        s += entries(.parentalConsent, "de", "einverstandniserklarung|einverstandnis der eltern|elterliche zustimmung")
        s += entries(.parentalConsent, "cs", "souhlas rodicu|souhlas zakonneho zastupce")
        s += entries(.parentalConsent, "pl", "zgoda rodzicow|zgoda rodzica|zgoda opiekuna")
        s += entries(.photoConsent, "en", "photo consent|photos|photo permission")
        s += entries(.photoConsent, "fr", "droit a l image|autorisation photo|photos")
        s += entries(.photoConsent, "de", "fotoerlaubnis|fotos|einverstandnis fotos")
        s += entries(.photoConsent, "cs", "souhlas s fotografovanim|fotografie|foto")
        s += entries(.photoConsent, "pl", "zgoda na zdjecia|zgoda na wizerunek|zdjecia")
        s += entries(.town, "en", "town|city|partner town|municipality")
        s += entries(.town, "fr", "ville|commune")
        s += entries(.town, "de", "stadt|ort|gemeinde|wohnort")
        s += entries(.town, "cs", "mesto|obec|bydliste")
        s += entries(.town, "pl", "miasto|miejscowosc|gmina")
        // Households.
        s += entries(.name, "en", "household|household name|family|host family")
        s += entries(.name, "fr", "foyer|famille|nom du foyer|famille d accueil")
        s += entries(.name, "de", "haushalt|gastfamilie|familie")
        s += entries(.name, "cs", "domacnost|rodina|hostitelska rodina")
        s += entries(.name, "pl", "gospodarstwo|rodzina|rodzina goszczaca")
        s += entries(.name, "*", "name", weight: 0.5)
        s += entries(.name, "*", "nom|nachname|surname|family name|prijmeni|nazwisko", weight: 0.3, kind: .households)
        s += entries(.contactPerson, "en", "contact|contact person")
        s += entries(.contactPerson, "fr", "contact|personne de contact|personne a contacter")
        s += entries(.contactPerson, "de", "kontaktperson|ansprechpartner|ansprechpartnerin|kontakt")
        s += entries(.contactPerson, "cs", "kontaktni osoba|kontakt")
        s += entries(.contactPerson, "pl", "osoba kontaktowa|kontakt")
        s += entries(.address, "en", "address|street|home address")
        s += entries(.address, "fr", "adresse|adresse postale")
        s += entries(.address, "de", "adresse|anschrift|strasse")
        s += entries(.address, "cs", "adresa|bydliste")
        s += entries(.address, "pl", "adres")
        s += entries(.beds, "en", "beds|number of beds|places|capacity|guests")
        s += entries(.beds, "fr", "lits|nombre de lits|places|nombre de places|capacite")
        s += entries(.beds, "de", "betten|anzahl betten|schlafplatze|platze|kapazitat")
        s += entries(.beds, "cs", "pocet luzek|luzka|pocet mist|kapacita|luzek")
        s += entries(.beds, "pl", "lozka|liczba lozek|miejsca|liczba miejsc")
        s += entries(.pets, "en", "pets|animals|pet")
        s += entries(.pets, "fr", "animaux|animaux domestiques|animal")
        s += entries(.pets, "de", "haustiere|tiere|haustier")
        s += entries(.pets, "cs", "domaci zvirata|zvirata|zvire")
        s += entries(.pets, "pl", "zwierzeta|zwierzeta domowe|zwierze")
        s += entries(.smoking, "en", "smoking|smokers|smoking household|smoker")
        s += entries(.smoking, "fr", "fumeurs|on fume|fumeur|fumee")
        s += entries(.smoking, "de", "raucher|rauchen|raucherhaushalt")
        s += entries(.smoking, "cs", "kouri se v domacnosti|koureni|kouri se|kouri|kuraci")
        s += entries(.smoking, "pl", "palenie|palacze|pali sie")
        s += entries(.childrenAges, "en", "children|children ages|children age|kids")
        s += entries(.childrenAges, "fr", "enfants|age des enfants|enfants age")
        s += entries(.childrenAges, "de", "kinder|alter der kinder|kinder alter")
        s += entries(.childrenAges, "cs", "deti|deti vek|vek deti")
        s += entries(.childrenAges, "pl", "dzieci|wiek dzieci|dzieci wiek")
        s += entries(.stepFree, "en", "step free|wheelchair|accessible|barrier free|step free access")
        s += entries(.stepFree, "fr", "accessibilite|acces pmr|accessible|plain pied")
        s += entries(.stepFree, "de", "barrierefrei|rollstuhlgerecht|barrierefreier zugang")
        s += entries(.stepFree, "cs", "bezbarierovy pristup|bezbarierovy|bez barier")
        s += entries(.stepFree, "pl", "bez barier|dostepnosc|dla niepelnosprawnych")
        s += entries(.canCook, "en", "can cook|we can cook|cooking|diets we cook")
        s += entries(.canCook, "fr", "cuisine|nous pouvons cuisiner|regimes possibles")
        s += entries(.canCook, "de", "kochen|wir konnen kochen|kochen fur")
        s += entries(.canCook, "cs", "umime varit|varime|vareni")
        s += entries(.canCook, "pl", "gotujemy|mozemy gotowac|gotowanie")
        s += entries(.checkValidUntil, "en", "safeguarding|safeguarding check|criminal record|background check|dbs")
        s += entries(.checkValidUntil, "fr", "casier judiciaire|extrait de casier|extrait de casier judiciaire")
        s += entries(.checkValidUntil, "de", "fuhrungszeugnis|erweitertes fuhrungszeugnis")
        s += entries(.checkValidUntil, "cs", "vypis z rejstriku trestu|rejstrik trestu|trestni rejstrik")
        s += entries(.checkValidUntil, "pl", "zaswiadczenie o niekaralnosci|niekaralnosc|krk")
        s += entries(.availableFrom, "en", "available from|from|arrival")
        s += entries(.availableFrom, "fr", "disponible du|disponible a partir du|disponible des|du|a partir du")
        s += entries(.availableFrom, "de", "verfugbar ab|verfugbar von|ab|von")
        s += entries(.availableFrom, "cs", "k dispozici od|od|dostupnost od")
        s += entries(.availableFrom, "pl", "dostepne od|dostepny od|od")
        s += entries(.availableTo, "en", "available to|available until|to|until")
        s += entries(.availableTo, "fr", "disponible jusqu au|jusqu au|au")
        s += entries(.availableTo, "de", "verfugbar bis|bis")
        s += entries(.availableTo, "cs", "k dispozici do|do|dostupnost do")
        s += entries(.availableTo, "pl", "dostepne do|dostepny do|do")
        s += entries(.hostingHistory, "en", "hosting history|hosted before|previous guests|hosted")
        s += entries(.hostingHistory, "fr", "deja accueilli|accueils precedents|historique")
        s += entries(.hostingHistory, "de", "fruher gastgeber|bisherige gaste|gastgeber seit")
        s += entries(.hostingHistory, "cs", "hostili drive|drive hostili|hostovali drive")
        s += entries(.hostingHistory, "pl", "goscili wczesniej|historia goszczenia")
        // Columns that are never imported.
        s += entries(.ignore, "en", "timestamp|submitted|submission date", weight: 1.2)
        s += entries(.ignore, "fr", "horodateur|horodatage", weight: 1.2)
        s += entries(.ignore, "de", "zeitstempel", weight: 1.2)
        s += entries(.ignore, "cs", "casova znacka|casove razitko", weight: 1.2)
        s += entries(.ignore, "pl", "sygnatura czasowa|znacznik czasu", weight: 1.2)
        return s
    }()
}
