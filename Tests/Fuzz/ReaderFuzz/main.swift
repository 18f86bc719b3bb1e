// libFuzzer harness for SpreadsheetReader: built by meson-helpers/fuzz.sh with
// `swiftc -sanitize=fuzzer,address -parse-as-library` together with the reader's sources (not
// through SwiftPM: the fuzzer runtime must own `main`). Not part of CI; run `make fuzz`.
//
// The first byte chooses the reader's options (detected or forced encoding and delimiter); the
// rest is the file. The reader must never crash, hang or read out of bounds, and what it
// returns must be well-formed.

@_cdecl("LLVMFuzzerTestOneInput")
public func readerFuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let options = data[0]
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let encodings: [SpreadsheetEncoding?] = [nil, nil, nil, .utf8, .windows1250, .windows1252, .iso88592, .utf16LittleEndian]
    let delimiters: [SpreadsheetDelimiter?] = [nil, nil, .comma, .semicolon, .tab, .pipe, nil, nil]
    let encoding = encodings[Int(options & 0x07)]
    let delimiter = delimiters[Int((options >> 3) & 0x07)]
    do {
        let table = try SpreadsheetReader.read(bytes: bytes, encoding: encoding, delimiter: delimiter)
        precondition(!table.header.isEmpty, "a table without columns")
        precondition(!table.rows.isEmpty, "a table without rows must have thrown")
        var previous = 0
        for row in table.rows {
            precondition(row.cells.count == table.header.count, "row \(row.number) has \(row.cells.count) cells")
            precondition(row.number > previous, "row numbers go up")
            precondition(row.line >= row.number, "a row cannot start before its number")
            if let problem = row.readProblem { precondition(problem.column >= 0 && !problem.message.isEmpty) }
            for cell in row.cells { precondition(cell.utf8.count <= SpreadsheetReader.maximumCellSize) }
            previous = row.number
        }
    } catch {
        precondition(!error.message.isEmpty, "every refusal has a message")
    }
    return 0
}
