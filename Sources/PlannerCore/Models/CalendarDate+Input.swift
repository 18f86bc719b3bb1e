extension CalendarDate {
    /// Reads a date as people type it in a form: `2027-05-13`, `13.05.2027`, `13. 5. 2027`
    /// (Czech, German), `13/05/2027` (French: day first). Returns nil when it is not a real day.
    public init?(userInput text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let iso = CalendarDate(iso: trimmed) {
            self = iso
            return
        }
        let parts = trimmed.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "." || $0 == "/" || $0 == " " })
        guard parts.count == 3, parts[2].count == 4, parts[0].count <= 2, parts[1].count <= 2,
              let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }
}
