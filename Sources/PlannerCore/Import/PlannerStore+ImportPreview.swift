extension PlannerStore {
    /// What importing `table` with `mapping` into a visit would do, row by row. Writes nothing.
    /// Call again after the user changes the mapping or the options.
    public func previewImport(_ table: SpreadsheetTable, mapping: ImportMapping, options: ImportOptions,
                              today: CalendarDate = .today()) throws(PlannerError) -> ImportPreview {
        guard let details = try visit(id: options.visitId) else {
            throw .notFound(what: tr("visit"), key: String(options.visitId))
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
            let townId = options.townId ?? Self.guessTown(details, language: language)
            if townId == nil && mapping.column(of: .town) == nil {
                fileProblems.append(ImportProblem(row: nil, column: nil, value: nil,
                    message: tr("Which partner town do these people come from? Choose it before importing"), severity: .error))
            }
            let builder = ParticipantRowBuilder(mapping: mapping, visit: details, existing: try participants(ofVisit: details.id),
                                                townId: townId, fileLanguage: language, dateOrder: order,
                                                duplicateChoice: options.duplicateChoice, today: today)
            return ImportPreview(kind: .participants, visitId: details.id, source: source, mapping: mapping, fileLanguage: language,
                                 townId: townId, dateOrder: order, rows: builder.build(table.rows), fileProblems: fileProblems)
        case .households:
            if mapping.column(of: .name) == nil && mapping.column(of: .contactPerson) == nil {
                fileProblems.append(ImportProblem(row: nil, column: nil, value: nil,
                    message: tr("Map a column to the household name"), severity: .error))
            }
            let builder = HouseholdRowBuilder(mapping: mapping, visit: details.visit, existing: try households(),
                                              fileLanguage: language, dateOrder: order)
            return ImportPreview(kind: .households, visitId: details.id, source: source, mapping: mapping, fileLanguage: language,
                                 townId: nil, dateOrder: order, rows: builder.build(table.rows), fileProblems: fileProblems)
        }
    }

    /// The partner town whose language the file is written in; the only partner town when there is one.
    static func guessTown(_ details: VisitDetails, language: String?) -> Int64? {
        if details.partnerTowns.count == 1 { return details.partnerTowns[0].id }
        guard let language else { return nil }
        let matches = details.partnerTowns.filter { $0.languages.first == language || Self.mainLanguage(ofCountry: $0.countryCode) == language }
        return matches.count == 1 ? matches[0].id : nil
    }

    /// The language most files from a country are written in.
    static func mainLanguage(ofCountry code: String) -> String? {
        let map = ["CZ": "cs", "SK": "sk", "DE": "de", "AT": "de", "CH": "de", "LI": "de", "FR": "fr", "BE": "fr", "LU": "fr",
                   "PL": "pl", "GB": "en", "IE": "en", "US": "en", "IT": "it", "ES": "es", "PT": "pt", "NL": "nl", "HU": "hu",
                   "DK": "da", "SE": "sv", "UA": "uk", "GR": "el", "TR": "tr"]
        return map[code.uppercased()]
    }
}
