/// Which language a document speaks when the user does not say: its reader's.
///
/// - A person's documents (booklet, calendar): their native language if the app has it, else
///   the one they speak best (by CEFR level) among the app's languages, else the visit's first
///   language, else English.
/// - A household's (host family letter, calendar): the language the family speaks best among
///   the app's, with the same fallbacks.
/// - An interpreter's work: the interpreter's first language the app has (their own, not the
///   languages they interpret from).
/// - The visit's (programme, attendance sheets, budget): the visit's languages the app has, the
///   host's first.
///
/// The export worker applies these rules file by file; `--language` and the Export dialog
/// replace them for every file of an export.
public enum DocumentLanguages {
    /// The default languages of a file about `target`, best first (never empty).
    public static func defaults(for target: ExportTarget, in snapshot: VisitSnapshot,
                                available: [String] = MessageCatalogs.available) -> [String] {
        switch target {
        case .visit: visit(snapshot.visit, available: available)
        case .person(let person): [reader(person.languages, visit: snapshot.visit, available: available)]
        case .household(let household): [reader(household.languages, visit: snapshot.visit, available: available)]
        case .interpreter(let person):
            [person.languages.map(\.code).first(where: available.contains) ?? fallback(snapshot.visit, available: available)]
        }
    }

    /// The language of a reader who speaks `skills`: native first, then the best level, then the
    /// visit's first language, then English.
    public static func reader(_ skills: [LanguageSkill], visit: Visit, available: [String] = MessageCatalogs.available) -> String {
        TitleLanguages.spoken(skills).first(where: available.contains) ?? fallback(visit, available: available)
    }

    /// The visit's languages the app has, the host's first; English when it has none of them.
    public static func visit(_ visit: Visit, available: [String] = MessageCatalogs.available) -> [String] {
        var result: [String] = []
        for code in visit.languages.map({ $0.lowercased() }) where available.contains(code) && !result.contains(code) {
            result.append(code)
        }
        return result.isEmpty ? ["en"] : result
    }

    private static func fallback(_ visit: Visit, available: [String]) -> String {
        visit.languages.map { $0.lowercased() }.first(where: available.contains) ?? "en"
    }

    /// `codes` lower-cased, each once, every one a language the app has.
    /// - Throws: `DocumentLanguageError.unknown` naming the first it does not have.
    public static func checked(_ codes: [String], available: [String] = MessageCatalogs.available) throws(DocumentLanguageError) -> [String] {
        var result: [String] = []
        for code in codes.map({ $0.lowercased() }) where !result.contains(code) {
            guard available.contains(code) else { throw .unknown(code, available: available) }
            result.append(code)
        }
        return result
    }
}

extension DocumentLanguages {
    /// How many of `targets`' files come out in each language when the user chooses none, the
    /// most common first: what a batch will write (each file's first language counts).
    public static func plan(_ targets: [ExportTarget], in snapshot: VisitSnapshot,
                            available: [String] = MessageCatalogs.available) -> [(language: String, files: Int)] {
        var counts: [String: Int] = [:]
        for target in targets {
            if let first = defaults(for: target, in: snapshot, available: available).first { counts[first, default: 0] += 1 }
        }
        return counts.map { (language: $0.key, files: $0.value) }
            .sorted { $0.files != $1.files ? $0.files > $1.files : $0.language < $1.language }
    }
}
