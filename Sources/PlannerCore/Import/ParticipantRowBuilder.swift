/// Makes participants of spreadsheet rows: parses each mapped cell, finds duplicates in the
/// visit and in the file, resolves "stay together with" names.
struct ParticipantRowBuilder {
    let mapping: ImportMapping
    let visit: VisitDetails
    let existing: [Participant]
    let townId: Int64?
    let fileLanguage: String?
    let dateOrder: DateOrder
    let duplicateChoice: DuplicateChoice
    let today: CalendarDate

    func build(_ rows: [SpreadsheetRow]) -> [ImportRow] {
        var byIdentity: [String: [Participant]] = [:]
        for p in existing { byIdentity[Self.identity(p).name, default: []].append(p) }
        var result = rows.map { buildRow($0, existingByName: byIdentity) }
        markDuplicatesInFile(&result)
        resolveTogether(&result, rows: rows)
        describeChanges(&result)
        return result
    }

    /// For each row that matches someone in the visit: what an update would change.
    private func describeChanges(_ rows: inout [ImportRow]) {
        let byId = Dictionary(existing.compactMap { p in p.id.map { ($0, p) } }, uniquingKeysWith: { first, _ in first })
        // Links to other rows of the file: their stored person, or a placeholder id named after the row.
        let labels = rows.map(\.label), matched = rows.map(\.existingId)
        let linkId = { (index: Int) -> Int64 in matched[index] ?? -Int64(index + 1) }
        let name = { (id: Int64) -> String? in id < 0 ? labels[Int(-id) - 1] : byId[id]?.fullName }
        for index in rows.indices {
            guard let id = rows[index].existingId, let old = byId[id], let imported = rows[index].participant else { continue }
            var merged = ParticipantMerge.spreadsheet(imported, into: old, mapping: mapping)
            for link in rows[index].togetherWithRows.map(linkId) where link != id && !merged.stayTogetherWith.contains(link) {
                merged.stayTogetherWith.append(link)
            }
            rows[index].changes = ImportFieldChanges.participant(from: old, to: merged, towns: visit.towns, name: name)
        }
    }

    private func buildRow(_ row: SpreadsheetRow, existingByName: [String: [Participant]]) -> ImportRow {
        var cells = RowCells(row: row, mapping: mapping)
        cells.checkCommon()
        var p = Participant(visitId: visit.id, givenName: "", familyName: "", townId: townId)
        if let full = cells.value(.fullName) {
            let parts = ImportValueParsers.fullName(full)
            p.givenName = parts.given
            p.familyName = parts.family
        }
        if let given = cells.value(.givenName) { p.givenName = ImportValueParsers.name(given) }
        if let family = cells.value(.familyName) { p.familyName = ImportValueParsers.name(family) }
        if let text = cells.value(.birthDate) {
            let (date, note) = ImportValueParsers.date(text, order: dateOrder)
            p.birthDate = date
            cells.note(note, .birthDate, value: text)
        }
        if let text = cells.value(.gender) {
            let (gender, note) = ImportValueParsers.gender(text)
            p.gender = gender
            cells.note(note, .gender, value: text)
        }
        if let text = cells.value(.email) { p.email = text }
        if let text = cells.value(.phone) { p.phone = text }
        if let text = cells.value(.languages) {
            let (skills, note) = ImportValueParsers.languages(text, fileLanguage: fileLanguage)
            p.languages = skills
            cells.note(note, .languages, value: text)
        }
        if let text = cells.value(.diet) {
            let (diets, note) = ImportValueParsers.diets(text)
            p.diets = diets
            p.dietNote = note
        }
        if let text = cells.value(.allergies) { p.allergies = text }
        if let text = cells.value(.petAllergy) {
            let (yes, detail, note) = ImportValueParsers.yesNo(text)
            if yes == true {
                p.petAllergy = PetAllergy(kinds: ImportValueParsers.pets(detail).0.filter { $0 != .other })
            } else if yes == nil, case let (kinds, nil) = ImportValueParsers.pets(text), !kinds.isEmpty {
                // "chats", "Katzen": the animals alone mean yes.
                p.petAllergy = PetAllergy(kinds: kinds)
            } else {
                p.petAllergy = nil
                cells.note(note, .petAllergy, value: text)
            }
        }
        p.smoker = bool(.smoker, &cells) ?? p.smoker
        // A consent read from a file is dated the day of the import: the day it was recorded.
        if let given = bool(.parentalConsent, &cells) { p.setParentalConsent(given, on: nil, today: today) }
        if let given = bool(.photoConsent, &cells) { p.setPhotoConsent(given, on: nil, today: today) }
        if let text = cells.value(.role) {
            let (role, note) = ImportValueParsers.role(text)
            p.role = role
            cells.note(note, .role, value: text)
        }
        if let text = cells.value(.notes) { p.notes = text }
        if let text = cells.value(.town) {
            let key = ImportText.fold(text)
            if let town = visit.towns.first(where: { ImportText.fold($0.name) == key }) {
                p.townId = town.id
            } else if townId != nil {
                cells.problem(.warning, tr("“{town}” is not a town of this visit: the participant gets the import's town", ["town": text]), field: .town, value: text)
            } else {
                cells.problem(.error, tr("“{town}” is not a town of this visit: correct it in the file, or skip the row", ["town": text]), field: .town, value: text)
            }
        } else if townId == nil && mapping.column(of: .town) != nil {
            cells.problem(.error, tr("No town: fill it in in the file, or skip the row"), field: .town, value: "")
        }

        for issue in p.validate(today: today, others: []) {
            let fields: [ImportField] = switch issue.field {
            case .givenName: [.givenName, .fullName]
            case .familyName: [.familyName, .fullName]
            case .birthDate: [.birthDate]
            case .email: [.email]
            case .phone: [.phone]
            default: []
            }
            cells.add(issue, fields: fields)
        }

        var importRow = ImportRow(number: row.number, cells: row.cells, problems: cells.problems, label: p.fullName,
                                  participant: p, household: nil, availability: nil, existingId: nil,
                                  isPossibleDuplicate: false, duplicateChoice: duplicateChoice, isSkipped: false,
                                  warningsAccepted: false, togetherWithRows: [])
        let key = Self.identity(p)
        if let match = existingByName[key.name]?.first(where: {
            $0.birthDate == nil || p.birthDate == nil || $0.birthDate == p.birthDate }) {
            importRow.existingId = match.id
            importRow.isPossibleDuplicate = true
        }
        return importRow
    }

    private func bool(_ field: ImportField, _ cells: inout RowCells) -> Bool? {
        guard let text = cells.value(field) else { return nil }
        let (value, _, note) = ImportValueParsers.yesNo(text)
        cells.note(note, field, value: text)
        return value ?? false
    }

    static func identity(_ p: Participant) -> (name: String, birth: CalendarDate?) {
        (key(p.givenName + " " + p.familyName), p.birthDate)
    }

    /// Folded words: "Jean-Pierre  DUBOIS" and "jean pierre dubois" are the same person.
    static func key(_ name: String) -> String { ImportText.folded(name) }

    private func markDuplicatesInFile(_ rows: inout [ImportRow]) {
        var seen: [String: Int] = [:]
        for index in rows.indices {
            guard let p = rows[index].participant, !p.givenName.isEmpty || !p.familyName.isEmpty else { continue }
            let key = Self.key(p.fullName) + "|" + (p.birthDate?.description ?? "")
            if let first = seen[key] {
                rows[index].problems.append(ImportProblem(row: rows[index].number, column: nil, value: p.fullName,
                    message: tr("The same person as row {row} (same name and birth date)", ["row": String(first)]),
                    severity: .warning))
            } else {
                seen[key] = rows[index].number
            }
        }
    }

    /// "Éthan Bernard" → the row of Éthan Bernard in this file, else a participant of the visit.
    private func resolveTogether(_ rows: inout [ImportRow], rows raw: [SpreadsheetRow]) {
        guard let column = mapping.column(of: .stayTogetherWith) else { return }
        var byName: [String: [Int]] = [:]
        var byGiven: [String: [Int]] = [:]
        for (index, row) in rows.enumerated() {
            guard let p = row.participant else { continue }
            byName[Self.key(p.givenName + " " + p.familyName), default: []].append(index)
            byName[Self.key(p.familyName + " " + p.givenName), default: []].append(index)
            byGiven[Self.key(p.givenName), default: []].append(index)
        }
        var existingByName: [String: [Participant]] = [:]
        for p in existing {
            existingByName[Self.key(p.givenName + " " + p.familyName), default: []].append(p)
            existingByName[Self.key(p.familyName + " " + p.givenName), default: []].append(p)
        }
        for index in rows.indices {
            let text = ImportText.trim(raw[index].cells[column])
            guard !text.isEmpty, var p = rows[index].participant else { continue }
            var links: [Int] = []
            for name in Self.names(in: text) {
                let foldedKey = Self.key(name)
                let inFile = Array(Set(byName[foldedKey] ?? [])).sorted().filter { $0 != index }
                if inFile.count == 1 {
                    links.append(inFile[0])
                } else if inFile.count > 1 {
                    rows[index].problems.append(ImportProblem(row: rows[index].number, column: mapping.header[column], value: name,
                        message: tr("More than one person in the file is called “{name}”: the link is left out", ["name": name]),
                        severity: .warning))
                } else if let people = existingByName[foldedKey], people.count == 1, let id = people[0].id {
                    if !p.stayTogetherWith.contains(id) { p.stayTogetherWith.append(id) }
                } else if let given = byGiven[foldedKey]?.filter({ $0 != index }), given.count == 1 {
                    links.append(given[0])
                    rows[index].problems.append(ImportProblem(row: rows[index].number, column: mapping.header[column], value: name,
                        message: tr("“{name}” taken to be {person} (row {row})", ["name": name, "person": rows[given[0]].label, "row": String(rows[given[0]].number)]), severity: .warning))
                } else {
                    rows[index].problems.append(ImportProblem(row: rows[index].number, column: mapping.header[column], value: name,
                        message: tr("“{name}” is neither in this file nor in the visit: the link is left out", ["name": name]),
                        severity: .warning))
                }
            }
            rows[index].togetherWithRows = links
            rows[index].participant = p
        }
    }

    /// Names in a "together with" cell: "Jade Dubois", "Jade Dubois, Léo Dubois", "Jade et Léo".
    static func names(in text: String) -> [String] {
        text.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "/" || $0 == "&" || $0 == "+" || $0 == "\n" })
            .flatMap { part -> [String] in
                let words = part.split(whereSeparator: \.isWhitespace)
                var result: [String] = [], current: [Substring] = []
                for word in words {
                    if ["et", "und", "a", "i", "and", "oraz"].contains(word.lowercased()) && !current.isEmpty {
                        result.append(current.joined(separator: " ")); current = []
                    } else { current.append(word) }
                }
                if !current.isEmpty { result.append(current.joined(separator: " ")) }
                return result
            }
    }
}
