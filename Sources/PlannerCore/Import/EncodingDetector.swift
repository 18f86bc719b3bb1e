/// Finds the encoding of a spreadsheet export: a byte order mark, then valid UTF-8, then
/// UTF-16 without a BOM (many NUL bytes), else a single-byte Windows code page.
///
/// The code page is guessed between Windows-1250 (Central Europe) and Windows-1252 (Western
/// Europe): both decodings are scored by how well their accented letters fit ONE of the
/// languages twinning files are written in (a Czech file read as 1252 shows "Dvoøák", letters no
/// single language uses together; a French one read as 1250 shows "frčre" next to "ŕ"). Letters
/// that both code pages share (á é í ó ú ä ö ü ß) do not decide anything.
enum EncodingDetector {
    /// What was found, and whether it was a guess the user should check.
    struct Detection {
        var encoding: SpreadsheetEncoding
        /// Bytes of the BOM to skip.
        var bomLength: Int
        /// True when the encoding is a guess (a single-byte code page).
        var isGuess: Bool
    }

    static func detect(_ bytes: [UInt8]) -> Detection {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return Detection(encoding: .utf8, bomLength: 3, isGuess: false) }
        if bytes.starts(with: [0xFF, 0xFE]) { return Detection(encoding: .utf16LittleEndian, bomLength: 2, isGuess: false) }
        if bytes.starts(with: [0xFE, 0xFF]) { return Detection(encoding: .utf16BigEndian, bomLength: 2, isGuess: false) }
        if let utf16 = utf16WithoutBOM(bytes) { return Detection(encoding: utf16, bomLength: 0, isGuess: true) }
        if String(validating: bytes, as: UTF8.self) != nil { return Detection(encoding: .utf8, bomLength: 0, isGuess: false) }
        return Detection(encoding: guessCodePage(bytes), bomLength: 0, isGuess: true)
    }

    /// The BOM length for `encoding` if the bytes start with its BOM.
    static func bomLength(_ bytes: [UInt8], for encoding: SpreadsheetEncoding) -> Int {
        switch encoding {
        case .utf8: bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        case .utf16LittleEndian: bytes.starts(with: [0xFF, 0xFE]) ? 2 : 0
        case .utf16BigEndian: bytes.starts(with: [0xFE, 0xFF]) ? 2 : 0
        default: 0
        }
    }

    /// Text in UTF-16 without BOM has a NUL in every other byte for ASCII characters.
    private static func utf16WithoutBOM(_ bytes: [UInt8]) -> SpreadsheetEncoding? {
        let sample = bytes.prefix(4096)
        guard sample.count >= 4, sample.count % 2 == 0 || bytes.count > 4096 else { return nil }
        var evenZeros = 0, oddZeros = 0
        for (index, byte) in sample.enumerated() where byte == 0 {
            if index % 2 == 0 { evenZeros += 1 } else { oddZeros += 1 }
        }
        let pairs = sample.count / 2
        if oddZeros * 10 >= pairs * 6 && evenZeros * 10 < pairs { return .utf16LittleEndian }
        if evenZeros * 10 >= pairs * 6 && oddZeros * 10 < pairs { return .utf16BigEndian }
        return nil
    }

    /// The accented letters of the languages twinning files are written in (lower case).
    private static let alphabets: [Set<Character>] = [
        Set("áčďéěíňóřšťúůýž"),        // Czech
        Set("áäčďéíĺľňóôŕšťúýž"),       // Slovak
        Set("ąćęłńóśźż"),               // Polish
        Set("áéíóöőúüű"),               // Hungarian
        Set("äöüßé"),                   // German
        Set("àâæçéèêëîïôœùûüÿ"),        // French
        Set("áéíñóúü"),                 // Spanish
        Set("àèéìíòóù"),                // Italian
        Set("áâãàçéêíóôõú"),            // Portuguese
        Set("åæøäöé"),                  // Nordic
        Set("šđčćž"),                   // Croatian, Slovene
        Set("ăâîșşțţ"),                 // Romanian
    ]

    /// Symbols that appear where a letter of the other code page was meant (³ for ł, ¹ for ą…).
    private static let oddSymbols: Set<Character> = Set("¹²³¼½¾¿¸¨¦ªº¤ˇ˘˛˝˙¯´¡¢¥ƒˆ˜")

    /// Windows-1250 or Windows-1252, whichever reads as one language's letters.
    static func guessCodePage(_ bytes: [UInt8]) -> SpreadsheetEncoding {
        // Only bytes ≥ 0x80 differ; look at the words that contain them.
        let sample = Array(bytes.prefix(256 * 1024))
        let central = score(SpreadsheetEncoding.windows1250.decode(sample) ?? "")
        let western = score(SpreadsheetEncoding.windows1252.decode(sample) ?? "")
        return central > western ? .windows1250 : .windows1252
    }

    /// max over languages of (letters that belong to it − letters that do not) − odd symbols.
    static func score(_ text: String) -> Int {
        var counts: [Character: Int] = [:]
        var odd = 0
        for character in text where !character.isASCII {
            if oddSymbols.contains(character) { odd += 1; continue }
            guard character.isLetter else { continue }
            let lower = Character(character.lowercased())
            counts[lower, default: 0] += 1
        }
        let total = counts.values.reduce(0, +)
        var best = Int.min
        for alphabet in alphabets {
            let inside = counts.reduce(0) { $0 + (alphabet.contains($1.key) ? $1.value : 0) }
            best = max(best, inside - (total - inside))
        }
        return (best == Int.min ? 0 : best) - 2 * odd
    }
}
