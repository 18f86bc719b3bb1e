/// Makes households of spreadsheet rows. Households outlive visits: a row matches an existing
/// household by name and address (the update then changes only what the file fills in), and
/// each row says when the household can host during this visit. Dates that share no night
/// with the visit are not applied (the row says so).
struct HouseholdRowBuilder {
    let mapping: ImportMapping
    let visit: Visit
    let existing: [Household]
    /// The stored households' availability for this visit, by household id.
    let existingAvailability: [Int64: Availability]
    let fileLanguage: String?
    let dateOrder: DateOrder
    let duplicateChoice: DuplicateChoice

    func build(_ rows: [SpreadsheetRow]) -> [ImportRow] {
        var byName: [String: [Household]] = [:]
        for h in existing { byName[ImportText.folded(h.name), default: []].append(h) }
        var result = rows.map { buildRow($0, existingByName: byName) }
        var seen: [String: Int] = [:]
        for index in result.indices {
            guard let h = result[index].household else { continue }
            let key = Self.key(h)
            if let first = seen[key] {
                result[index].problems.append(ImportProblem(row: result[index].number, column: nil, value: h.name,
                    message: tr("The same household as row {row} (same name and address)", ["row": String(first)]),
                    severity: .warning))
            } else { seen[key] = result[index].number }
        }
        return result
    }

    static func key(_ h: Household) -> String { ImportText.folded(h.name) + "|" + ImportText.folded(h.address) }

    private func buildRow(_ row: SpreadsheetRow, existingByName: [String: [Household]]) -> ImportRow {
        var cells = RowCells(row: row, mapping: mapping)
        cells.checkCommon()
        let name = cells.value(.name) ?? cells.value(.contactPerson) ?? ""
        let address = cells.value(.address) ?? ""
        let foldedAddress = ImportText.folded(address)
        let match = existingByName[ImportText.folded(name)]?.first { address.isEmpty || ImportText.folded($0.address) == foldedAddress }
        let h = fill(match ?? Household(name: name, beds: 0), matched: match != nil, &cells)
        // As a household of its own (the user may add it as new): the file's values alone; its
        // problems are the same, so they are not collected twice.
        var scratch = RowCells(row: row, mapping: mapping)
        let asNew = match == nil ? nil : fill(Household(name: name, beds: 0), matched: false, &scratch)
        let offered = availability(&cells, stored: match?.id.flatMap { existingAvailability[$0] })
        for issue in h.validate(availability: offered) {
            let fields: [ImportField] = switch issue.field {
            case .name: [.name, .contactPerson]
            case .beds: [.beds]
            case .email: [.email]
            case .phone: [.phone]
            case .children: [.childrenAges]
            case .availability: [.availableTo, .availableFrom]
            default: []
            }
            cells.add(issue, fields: fields)
        }
        var changes: [ImportFieldChange] = []
        if let match, let id = match.id {
            let stored = existingAvailability[id]
            changes = ImportFieldChanges.household(from: match, availability: stored, to: h, availability: offered ?? stored)
        }
        return ImportRow(number: row.number, cells: row.cells, problems: cells.problems, label: h.name, participant: nil,
                         household: h, householdAsNew: asNew, availability: offered, existingId: match?.id,
                         isPossibleDuplicate: false, duplicateChoice: duplicateChoice, isSkipped: false, warningsAccepted: false,
                         togetherWithRows: [], changes: changes)
    }

    /// The nights offered: the file's dates, or nil when they share no night with the visit (a
    /// file for another visit). Without dates: what is stored, else the whole visit.
    private func availability(_ cells: inout RowCells, stored: Availability?) -> Availability? {
        var from = visit.startDate, to = visit.endDate
        let fromText = cells.value(.availableFrom), toText = cells.value(.availableTo)
        if fromText == nil && toText == nil, let stored { return stored }
        if let text = fromText {
            let (date, note) = ImportValueParsers.date(text, order: dateOrder)
            cells.note(note, .availableFrom, value: text)
            if let date { from = date }
        }
        if let text = toText {
            let (date, note) = ImportValueParsers.date(text, order: dateOrder)
            cells.note(note, .availableTo, value: text)
            if let date { to = date }
        }
        let offered = Availability(from: from, to: to)
        guard fromText != nil || toText != nil, from <= to, !(from < visit.endDate && to > visit.startDate) else { return offered }
        let field: ImportField = fromText != nil ? .availableFrom : .availableTo
        cells.problem(.warning, tr("Available from {from} to {to}, which is not during this visit ({start} to {end}): the availability is not applied", ["from": from.description, "to": to.description, "start": visit.startDate.description, "end": visit.endDate.description]),
            field: field, value: [fromText, toText].compactMap { $0 }.joined(separator: " – "))
        return nil
    }

    /// The row's values over `base` (a stored household, or a new one).
    private func fill(_ base: Household, matched: Bool, _ cells: inout RowCells) -> Household {
        var h = base
        let name = cells.value(.name) ?? cells.value(.contactPerson) ?? ""
        let address = cells.value(.address) ?? ""
        h.name = name.isEmpty ? h.name : name
        if !address.isEmpty { h.address = address }
        if let text = cells.value(.contactPerson) { h.contactPerson = text }
        if let text = cells.value(.phone) { h.phone = text }
        if let text = cells.value(.email) { h.email = text }
        if let text = cells.value(.beds) {
            let (count, note) = ImportValueParsers.count(text)
            if let count { h.beds = count }
            cells.note(note, .beds, value: text)
        }
        if let text = cells.value(.pets) {
            let (pets, note) = ImportValueParsers.pets(text)
            h.pets = pets
            cells.note(note, .pets, value: text)
        }
        if let text = cells.value(.smoking) {
            let (yes, _, note) = ImportValueParsers.yesNo(text)
            h.smoking = yes ?? false
            cells.note(note, .smoking, value: text)
        }
        if let text = cells.value(.stepFree) {
            let (yes, _, note) = ImportValueParsers.yesNo(text)
            h.stepFree = yes ?? false
            // A step-free home has a room on the ground floor (as the sample data assumes).
            if yes == true { h.groundFloor = true }
            cells.note(note, .stepFree, value: text)
        }
        if let text = cells.value(.languages) {
            let (skills, note) = ImportValueParsers.languages(text, fileLanguage: fileLanguage)
            h.languages = skills
            cells.note(note, .languages, value: text)
        }
        if let text = cells.value(.childrenAges) {
            var children: [HostChild] = []
            var unreadable: [String] = []
            for part in ImportValueParsers.listParts(text) {
                if let age = Int(part.prefix { $0.isNumber }), age >= 0, age < 30 { children.append(HostChild(age: age)) }
                else if !["0", "-", "ne", "nein", "non", "nie", "no", "none", "zadne", "keine", "aucun"].contains(ImportText.folded(part)) {
                    unreadable.append(part)
                }
            }
            h.children = children
            if !unreadable.isEmpty {
                cells.problem(.warning, tr("Cannot read “{part}” as a child's age: left out", ["part": unreadable.joined(separator: ", ")]),
                              field: .childrenAges, value: text)
            }
        }
        if let text = cells.value(.canCook) {
            let (diets, other) = ImportValueParsers.diets(text)
            h.canCook = diets.filter { $0 != .other }
            if !other.isEmpty {
                cells.problem(.warning, tr("“{text}” is not a diet VisitPlanner knows: left out", ["text": other]),
                              field: .canCook, value: text)
            }
        }
        if let text = cells.value(.checkValidUntil) {
            let (date, note) = ImportValueParsers.date(text, order: dateOrder)
            cells.note(note, .checkValidUntil, value: text)
            if let date {
                if h.adults.isEmpty { h.adults = Self.adults(of: h) }
                for index in h.adults.indices { h.adults[index].checkValidUntil = date }
            }
        }
        if h.adults.isEmpty { h.adults = Self.adults(of: h) }
        if let text = cells.value(.hostingHistory) {
            let (records, rest) = Self.history(text)
            for record in records where !h.hostingHistory.contains(where: { $0.year == record.year && $0.note == record.note }) {
                h.hostingHistory.append(record)
            }
            if !rest.isEmpty {
                cells.problem(.warning, tr("No year in “{text}”: added to the notes", ["text": rest]), field: .hostingHistory, value: text)
                h.notes = h.notes.isEmpty ? rest : h.notes + "\n" + rest
            }
        }
        if let text = cells.value(.notes) {
            h.notes = !matched || h.notes.isEmpty ? text : (h.notes.contains(text) ? h.notes : h.notes + "\n" + text)
        }
        return h
    }

    /// "Hana a Václav Novák" → Hana Novák, Václav Novák; otherwise the contact person (or the name).
    static func adults(of h: Household) -> [HostAdult] {
        let parts = ImportValueParsers.listParts(h.name)
        if parts.count >= 2, let family = parts.last?.split(separator: " ").last, parts.last!.contains(" ") {
            return parts.map { part in HostAdult(name: part.contains(" ") ? part : "\(part) \(family)") }
        }
        let person = h.contactPerson.isEmpty ? h.name : h.contactPerson
        return person.isEmpty ? [] : [HostAdult(name: person)]
    }

    /// "famille française 2019, 2023" → two records with the note "famille française";
    /// text without a year is returned as the rest.
    static func history(_ text: String) -> ([HostingRecord], rest: String) {
        var years: [Int] = []
        var words: [Substring] = []
        for word in text.split(whereSeparator: { $0.isWhitespace || $0 == "," || $0 == ";" }) {
            let digits = word.filter(\.isNumber)
            if digits.count == 4, digits.count == word.count, let year = Int(digits), (1950...2100).contains(year) {
                years.append(year)
            } else { words.append(word) }
        }
        let note = words.joined(separator: " ")
        guard !years.isEmpty else { return ([], ImportText.trim(text)) }
        return (years.map { HostingRecord(year: $0, note: note) }, "")
    }
}
