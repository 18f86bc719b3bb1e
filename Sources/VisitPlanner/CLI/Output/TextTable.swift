/// A plain aligned text table for the human output.
///
/// Widths count Characters (grapheme clusters), not bytes or scalars, so “Dvořáková” and
/// “Zoë” line up with plain ASCII names.
struct TextTable {
    enum Alignment { case left, right }

    struct Column {
        var title: String
        var alignment: Alignment = .left
    }

    var columns: [Column]
    private(set) var rows: [[String]] = []

    init(_ columns: [Column]) { self.columns = columns }

    mutating func append(_ row: [String]) {
        precondition(row.count == columns.count, "row width differs from the header")
        // A newline inside a cell would break the alignment of every later line.
        rows.append(row.map { $0.split(whereSeparator: \.isNewline).joined(separator: " ") })
    }

    /// The header, then the rows; columns separated by two spaces, no trailing blanks.
    func render() -> String {
        let widths = columns.indices.map { index in
            ([columns[index].title] + rows.map { $0[index] }).map(\.count).max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for (index, cell) in cells.enumerated() {
                let padding = String(repeating: " ", count: widths[index] - cell.count)
                switch columns[index].alignment {
                case .left: parts.append(cell + padding)
                case .right: parts.append(padding + cell)
                }
            }
            var text = parts.joined(separator: "  ")
            while text.last == " " { text.removeLast() }
            return text
        }
        return ([line(columns.map(\.title))] + rows.map(line)).joined(separator: "\n")
    }
}
