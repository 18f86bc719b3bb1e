extension PlannerStore {
    /// What importing `table` with `mapping` into a visit would do, row by row. Writes nothing.
    /// Call again after the user changes the mapping or the options.
    public func previewImport(_ table: SpreadsheetTable, mapping: ImportMapping, options: ImportOptions,
                              today: CalendarDate = .today()) throws(PlannerError) -> ImportPreview {
        guard let details = try visit(id: options.visitId) else {
            throw .notFound(.visit, key: String(options.visitId))
        }
        let language = ColumnGuesser.language(ofHeader: table.header)
        let dateColumns: [ImportField] = mapping.kind == .participants ? [.birthDate] : [.checkValidUntil, .availableFrom, .availableTo]
        let dateValues = dateColumns.flatMap { mapping.columns(of: $0) }.flatMap { column in table.rows.map { $0.cells[column] } }
        let order = options.dateOrder ?? ImportValueParsers.dateOrder(for: dateValues, fileLanguage: language)
        var fileProblems: [ImportProblem] = []
        let source = ImportSource.spreadsheet(encoding: table.encoding, encodingIsGuess: table.encodingIsGuess, delimiter: table.delimiter)

        switch mapping.kind {
        case .participants:
            if mapping.column(of: .fullName) == nil && (mapping.column(of: .givenName) == nil || mapping.column(of: .familyName) == nil) {
                fileProblems.append(ImportProblem(row: nil, column: nil, value: nil,
                    message: tr("Map a column to the full name, or columns to the given and the family name"), severity: .error))
            }
            // Never guessed: the user says, or each row's town column does.
            let townId = options.townId
            if townId == nil && mapping.column(of: .town) == nil {
                fileProblems.append(ImportProblem(row: nil, column: nil, value: nil,
                    message: tr("Which partner town do these people come from? Choose it before importing"), severity: .error))
            }
            let builder = ParticipantRowBuilder(mapping: mapping, visit: details, existing: try participants(ofVisit: details.id),
                                                townId: townId, fileLanguage: language, dateOrder: order,
                                                duplicateChoice: options.duplicateChoice, today: today)
            var preview = ImportPreview(kind: .participants, visitId: details.id, source: source, mapping: mapping, fileLanguage: language,
                                        townId: townId, dateOrder: order, rows: builder.build(table.rows), fileProblems: fileProblems)
            preview.fileName = table.fileName
            checkOrigin(&preview, details: details)
            return preview
        case .households:
            if mapping.column(of: .name) == nil && mapping.column(of: .contactPerson) == nil {
                fileProblems.append(ImportProblem(row: nil, column: nil, value: nil,
                    message: tr("Map a column to the household name"), severity: .error))
            }
            let offers = try hostingOffers(forVisit: details.id)
            let stored = Dictionary(offers.compactMap { offer in offer.availability.map { (offer.id, $0) } }, uniquingKeysWith: { a, _ in a })
            let builder = HouseholdRowBuilder(mapping: mapping, visit: details.visit, existing: try households(),
                                              existingAvailability: stored, fileLanguage: language, dateOrder: order,
                                              duplicateChoice: options.duplicateChoice)
            var preview = ImportPreview(kind: .households, visitId: details.id, source: source, mapping: mapping, fileLanguage: language,
                                        townId: nil, dateOrder: order, rows: builder.build(table.rows), fileProblems: fileProblems)
            preview.fileName = table.fileName
            return preview
        }
    }

    /// Compares every row with the town it would be stored under (`ImportOriginCheck`): marks the
    /// rows that look as if they came from elsewhere and adds the warnings the user must confirm.
    private func checkOrigin(_ preview: inout ImportPreview, details: VisitDetails) {
        let origin = ImportOriginCheck.origin(of: preview.rows, headerLanguage: preview.fileLanguage)
        let towns = Dictionary(details.towns.compactMap { town in town.id.map { ($0, town) } }, uniquingKeysWith: { a, _ in a })
        let townOfRow = Dictionary(preview.rows.compactMap { row in row.townId.flatMap { towns[$0] }.map { (row.number, $0) } },
                                   uniquingKeysWith: { a, _ in a })
        preview.origin = origin
        preview.originWarnings = ImportOriginCheck.warnings(origin, host: details.hostTown) { townOfRow[$0] }
        for index in preview.rows.indices {
            guard let town = townOfRow[preview.rows[index].number] else { continue }
            preview.rows[index].originSigns = ImportOriginCheck.contradictions(origin.signs(ofRow: preview.rows[index].number),
                                                                               town: town, host: details.hostTown)
        }
    }
}
