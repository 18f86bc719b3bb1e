import Foundation

/// Reads a spreadsheet export (CSV, semicolon- or tab-separated) into a `SpreadsheetTable`.
///
/// Encoding: a BOM (UTF-8, UTF-16), else valid UTF-8, else UTF-16 without BOM, else a
/// Windows code page guessed between 1250 and 1252 (`EncodingDetector`). Delimiter: the one of
/// , ; tab | that splits the first rows into the same number of columns. Quotes follow RFC 4180
/// (cells with the delimiter, line breaks and doubled quotes); a quote that is never closed
/// becomes a problem of its row, and the rows after it are still read. Both choices can be
/// forced by the caller, and what was used is reported in the table.
public enum SpreadsheetReader {
    /// Larger files are refused (a registration list of thousands of people is < 2 MB).
    public static let maximumFileSize = 20 * 1_048_576
    /// Larger cells are refused.
    public static let maximumCellSize = 1_048_576
    /// After this many unterminated quotes the rest of the file is not read.
    static let maximumRecoveries = 10

    /// Reads the file at `path`.
    public static func read(contentsOf path: String, encoding: SpreadsheetEncoding? = nil,
                            delimiter: SpreadsheetDelimiter? = nil) throws(ImportError) -> SpreadsheetTable {
        let url = URL(fileURLWithPath: path)
        let size: Int
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        } catch {
            throw .cannotRead(path: path, reason: tr("no such file, or no permission to read it"))
        }
        if size > maximumFileSize { throw .fileTooLarge(bytes: size) }
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw .cannotRead(path: path, reason: error.localizedDescription)
        }
        var table = try read(data, encoding: encoding, delimiter: delimiter)
        table.fileName = url.lastPathComponent
        return table
    }

    /// Reads a file's bytes.
    public static func read(_ data: Data, encoding: SpreadsheetEncoding? = nil,
                            delimiter: SpreadsheetDelimiter? = nil) throws(ImportError) -> SpreadsheetTable {
        try read(bytes: [UInt8](data), encoding: encoding, delimiter: delimiter)
    }

    /// Reads a file's bytes.
    public static func read(bytes: [UInt8], encoding: SpreadsheetEncoding? = nil,
                            delimiter: SpreadsheetDelimiter? = nil) throws(ImportError) -> SpreadsheetTable {
        if bytes.count > maximumFileSize { throw .fileTooLarge(bytes: bytes.count) }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) { throw .emptyFile }

        let chosen: SpreadsheetEncoding
        let bom: Int
        let isGuess: Bool
        if let encoding {
            chosen = encoding
            bom = EncodingDetector.bomLength(bytes, for: encoding)
            isGuess = false
        } else {
            let detection = EncodingDetector.detect(bytes)
            chosen = detection.encoding
            bom = detection.bomLength
            isGuess = detection.isGuess
        }
        let body = bytes[bom...]
        if chosen != .utf16LittleEndian && chosen != .utf16BigEndian && looksBinary(body) { throw .binaryFile }
        guard let text = chosen.decode(body) else { throw .invalidText(encoding: chosen.rawValue) }
        if chosen == .utf16LittleEndian || chosen == .utf16BigEndian, text.unicodeScalars.contains(where: isBinaryControl) {
            throw .binaryFile
        }
        var utf8 = Array(text.utf8)
        // A BOM left inside the text (a forced encoding) is not part of the first column's name.
        if utf8.starts(with: [0xEF, 0xBB, 0xBF]) { utf8.removeFirst(3) }
        if utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) { throw .emptyFile }

        let separator = delimiter ?? detectDelimiter(utf8)
        var records = try CSVScanner(bytes: utf8, delimiter: separator.byte).records()
        // Leading blank rows are skipped; the header is the first row with text.
        guard let headerIndex = records.firstIndex(where: { !$0.isBlank }) else { throw .emptyFile }
        let headerRecord = records[headerIndex]
        let header = headerRecord.cells.enumerated().map { index, name in
            let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed.isEmpty ? tr("Column {n}", ["n": String(index + 1)]) : trimmed
        }
        records.removeSubrange(...headerIndex)
        var rows: [SpreadsheetRow] = []
        rows.reserveCapacity(records.count)
        for record in records where !record.isBlank {
            var cells = record.cells
            var extra: [String] = []
            if cells.count < header.count {
                cells.append(contentsOf: repeatElement("", count: header.count - cells.count))
            } else if cells.count > header.count {
                extra = cells[header.count...].filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
                cells.removeSubrange(header.count...)
            }
            rows.append(SpreadsheetRow(number: record.number, line: record.line, cells: cells, extra: extra,
                                       readProblem: record.problem))
        }
        guard !rows.isEmpty else { throw .noDataRows }
        return SpreadsheetTable(header: header, rows: rows, encoding: chosen, encodingIsGuess: isGuess,
                                delimiter: separator, hadByteOrderMark: bom > 0)
    }

    /// NUL bytes, a ZIP or other binary signature, or many control characters.
    static func looksBinary(_ bytes: ArraySlice<UInt8>) -> Bool {
        let sample = bytes.prefix(65_536)
        if sample.starts(with: [0x50, 0x4B, 0x03, 0x04]) || sample.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { return true }
        var controls = 0
        for byte in sample {
            if byte == 0 { return true }
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C { controls += 1 }
        }
        return controls * 100 > sample.count
    }

    private static func isBinaryControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0 || (scalar.value < 0x20 && scalar.value != 0x09 && scalar.value != 0x0A && scalar.value != 0x0D && scalar.value != 0x0C)
    }

    /// The candidate that splits the first rows most consistently into more than one column.
    static func detectDelimiter(_ utf8: [UInt8]) -> SpreadsheetDelimiter {
        let prefix = Array(utf8.prefix(64 * 1024))
        var best = SpreadsheetDelimiter.comma
        var bestScore = (0.0, 0)
        for candidate in [SpreadsheetDelimiter.comma, .semicolon, .tab, .pipe] {
            guard let records = try? CSVScanner(bytes: prefix, delimiter: candidate.byte, recordLimit: 50,
                                                checkCellSize: false).records() else { continue }
            let counts = records.filter { !$0.isBlank }.map(\.cells.count)
            guard let columns = counts.first, columns > 1 else { continue }
            // The last row of a cut prefix may be incomplete: judge by the others.
            let judged = counts.count > 2 ? Array(counts.dropLast()) : counts
            let consistency = Double(judged.filter { $0 == columns }.count) / Double(judged.count)
            let score = (consistency, columns)
            if score > bestScore { best = candidate; bestScore = score }
        }
        return best
    }
}

/// The RFC 4180 state machine over UTF-8 bytes (delimiters and quotes are ASCII, so a byte
/// scan never splits a character).
struct CSVScanner {
    struct Record {
        var number: Int
        var line: Int
        var cells: [String]
        var problem: SpreadsheetRow.ReadProblem?
        var isBlank: Bool { problem == nil && cells.allSatisfy { $0.allSatisfy { $0 == " " || $0 == "\t" } } }
    }

    let bytes: [UInt8]
    let delimiter: UInt8
    var recordLimit = Int.max
    var checkCellSize = true

    private static let quote: UInt8 = 0x22, lf: UInt8 = 0x0A, cr: UInt8 = 0x0D

    func records() throws(ImportError) -> [Record] {
        var result: [Record] = []
        var i = 0
        var line = 1
        var recoveries = 0
        let n = bytes.count
        while i < n && result.count < recordLimit {
            var record = Record(number: result.count + 1, line: line, cells: [])
            var endOfRecord = false
            while !endOfRecord {
                var cell: [UInt8] = []
                if i < n && bytes[i] == Self.quote {
                    let quoteStart = i
                    let quoteLine = line
                    var j = i + 1
                    var closed = false
                    while j < n {
                        let b = bytes[j]
                        if b == Self.quote {
                            if j + 1 < n && bytes[j + 1] == Self.quote { cell.append(Self.quote); j += 2; continue }
                            j += 1
                            closed = true
                            break
                        }
                        if b == Self.lf { line += 1 }
                        cell.append(b)
                        j += 1
                        if checkCellSize && cell.count > SpreadsheetReader.maximumCellSize {
                            throw .cellTooLarge(row: record.number, column: record.cells.count + 1)
                        }
                    }
                    if closed {
                        // Text after the closing quote (not RFC 4180) is kept as it is.
                        while j < n && bytes[j] != delimiter && bytes[j] != Self.lf && bytes[j] != Self.cr {
                            cell.append(bytes[j]); j += 1
                        }
                        i = j
                    } else {
                        // Never closed: keep this line's text, report it, read on from the next line.
                        line = quoteLine
                        recoveries += 1
                        record.problem = SpreadsheetRow.ReadProblem(
                            column: record.cells.count,
                            message: tr("A quoted cell is never closed (the file may be cut off); this row is incomplete."))
                        var k = quoteStart + 1
                        cell = []
                        while k < n && bytes[k] != Self.lf && bytes[k] != Self.cr { cell.append(bytes[k]); k += 1 }
                        i = recoveries > SpreadsheetReader.maximumRecoveries ? n : k
                    }
                } else {
                    let start = i
                    while i < n && bytes[i] != delimiter && bytes[i] != Self.lf && bytes[i] != Self.cr { i += 1 }
                    if checkCellSize && i - start > SpreadsheetReader.maximumCellSize {
                        throw .cellTooLarge(row: record.number, column: record.cells.count + 1)
                    }
                    cell = Array(bytes[start..<i])
                }
                record.cells.append(String(decoding: cell, as: UTF8.self))
                if i >= n {
                    endOfRecord = true
                } else if bytes[i] == delimiter {
                    i += 1
                } else {
                    if bytes[i] == Self.cr { i += 1; if i < n && bytes[i] == Self.lf { i += 1 } } else { i += 1 }
                    line += 1
                    endOfRecord = true
                }
            }
            result.append(record)
        }
        return result
    }
}
