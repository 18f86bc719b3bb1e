import Foundation

extension PlannerStore {
    /// One partner town's participants of a visit as an exchange file.
    public func partnerExchangeFile(visitId: Int64, townId: Int64) throws(PlannerError) -> PartnerExchangeFile {
        guard let details = try visit(id: visitId) else { throw .notFound(.visit, key: String(visitId)) }
        guard let town = details.towns.first(where: { $0.id == townId }) else {
            throw .notFound(.town, key: String(townId))
        }
        let people = try participants(ofVisit: visitId).filter { $0.townId == townId }
        let uuids = Dictionary(try participants(ofVisit: visitId).map { ($0.id!, $0.uuid) }, uniquingKeysWith: { a, _ in a })
        return PartnerExchangeFile(
            format: PartnerExchangeFile.formatName, version: PartnerExchangeFile.currentVersion,
            visitTitle: details.visit.title, visitStart: details.visit.startDate, visitEnd: details.visit.endDate,
            town: .init(name: town.name, countryCode: town.countryCode),
            participants: people.map { p in
                PartnerExchangeFile.Person(participant: p, stayTogetherWith: p.stayTogetherWith.compactMap { uuids[$0] })
            })
    }

    /// What importing an exchange file into a visit would do: people matched by UUID are
    /// updates, the others new. The file's town must be a town of the visit (by name).
    /// `fileName` (no folder) is kept as the source of the records the import writes.
    public func previewPartnerImport(_ file: PartnerExchangeFile, visitId: Int64, fileName: String? = nil,
                                     today: CalendarDate = .today()) throws(PlannerError) -> ImportPreview {
        guard let details = try visit(id: visitId) else { throw .notFound(.visit, key: String(visitId)) }
        let existing = try participants(ofVisit: visitId)
        let elsewhere = try read { db in
            Set(try String.fetchAll(db, sql: "SELECT uuid FROM participant WHERE visitId <> ?", arguments: [visitId]))
        }
        let townKey = SearchKey.fold(file.town.name)
        let town = details.towns.first { SearchKey.fold($0.name) == townKey }
        var fileProblems: [ImportProblem] = []
        if town == nil {
            fileProblems.append(ImportProblem(row: nil, column: nil, value: file.town.name,
                message: tr("“{town}” is not a town of this visit: add it as a partner town first", ["town": file.town.name]),
                severity: .error))
        }
        let byUUID = Dictionary(existing.map { ($0.uuid, $0) }, uniquingKeysWith: { a, _ in a })
        let rowOfUUID = Dictionary(file.participants.enumerated().map { ($1.uuid.lowercased(), $0) }, uniquingKeysWith: { a, _ in a })
        var rows: [ImportRow] = []
        for (index, person) in file.participants.enumerated() {
            let uuid = person.uuid.lowercased()
            let old = byUUID[uuid]
            // The file's fields, and this database's ids, town and requested household.
            var p = person.participant
            p.id = old?.id
            p.uuid = uuid
            p.visitId = visitId
            p.townId = town?.id
            p.requestedHouseholdId = old?.requestedHouseholdId
            p.stayTogetherWith = []
            p.source = .unknown
            p.lastUpdateSource = nil
            var problems: [ImportProblem] = []
            let number = index + 1
            if UUID(uuidString: uuid) == nil {
                problems.append(ImportProblem(row: number, column: "uuid", value: person.uuid, message: tr("Not a UUID"), severity: .error))
            } else if old == nil && elsewhere.contains(uuid) {
                problems.append(ImportProblem(row: number, column: "uuid", value: person.uuid,
                    message: tr("This person belongs to another visit"), severity: .error))
            }
            var links: [Int] = []
            for link in person.stayTogetherWith.map({ $0.lowercased() }) {
                if let row = rowOfUUID[link] { links.append(row) }
                else if let other = byUUID[link], let id = other.id { p.stayTogetherWith.append(id) }
                else {
                    problems.append(ImportProblem(row: number, column: "stayTogetherWith", value: link,
                        message: tr("Links to a person who is neither in the file nor in the visit: left out"), severity: .warning))
                }
            }
            for issue in p.validate(today: today, others: []) {
                problems.append(ImportProblem(row: number, column: issue.field.rawValue, value: nil, message: issue.message, severity: .error))
            }
            let changes = old.map { old in
                ImportFieldChanges.participant(from: old, to: ParticipantMerge.exchange(p, into: old), towns: details.towns,
                                               name: { id in existing.first { $0.id == id }?.fullName })
            } ?? []
            rows.append(ImportRow(number: number, cells: [], problems: problems, label: p.fullName, participant: p, household: nil,
                                  availability: nil, existingId: old?.id, isPossibleDuplicate: false, duplicateChoice: .update,
                                  isSkipped: false, warningsAccepted: false, togetherWithRows: links, changes: changes))
        }
        var preview = ImportPreview(kind: .participants, visitId: visitId, source: .partnerFile(townName: file.town.name),
                                    mapping: ImportMapping(kind: .participants, header: [], fields: []), fileLanguage: nil,
                                    townId: town?.id, dateOrder: .dayFirst, rows: rows, fileProblems: fileProblems)
        preview.fileName = fileName
        return preview
    }
}
