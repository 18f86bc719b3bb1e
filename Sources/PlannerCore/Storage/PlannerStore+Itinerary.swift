import GRDB

/// A visit's programme, groups and interpreters as stored rows, for snapshots.
struct StoredItinerary: Sendable, Hashable {
    var items: [ProgrammeItem] = []
    var groups: [VisitGroup] = []
    var interpreters: [Interpreter] = []
    var assignments: [InterpretingAssignment] = []
    var settings: ItinerarySettings?
}

extension PlannerStore {
    static func fetchItinerary(_ visitId: Int64, _ db: Database) throws -> StoredItinerary {
        let byVisit = Column("visitId") == visitId
        return StoredItinerary(
            items: try ProgrammeItemRecord.filter(byVisit).fetchAll(db).map(\.item).sorted(by: ProgrammeItem.chronologically),
            groups: try VisitGroup.filter(byVisit).order(Column("name").collating(.localizedCaseInsensitiveCompare), Column("id")).fetchAll(db),
            interpreters: try InterpreterRecord.filter(byVisit).order(Column("participantId")).fetchAll(db).map(\.interpreter),
            assignments: try AssignmentRecord.filter(byVisit).order(Column("id")).fetchAll(db).map(\.assignment),
            settings: try ItinerarySettingsRecord.fetchOne(db, key: visitId)?.settings)
    }

    // MARK: Programme items

    /// Stores a programme item (inserted when it has no id, or an id not stored yet). Checked
    /// first (a title in the host language, an end after the start, a known time zone);
    /// nothing is written when it has a problem.
    @discardableResult
    public func saveProgrammeItem(_ item: ProgrammeItem) throws(PlannerError) -> ProgrammeItem {
        try write { db in
            let visit = try Self.requireVisit(item.visitId, db)
            let issues = item.issues(visitLanguages: visit.languages)
            guard issues.isEmpty else { throw PlannerError.invalid(ValidationFailure(issues)) }
            var record = ProgrammeItemRecord(item)
            if let id = item.id, let stored = try ProgrammeItemRecord.fetchOne(db, key: id) {
                // Count real changes only: saving an unchanged form must not make calendars
                // think the event changed.
                record.revision = stored.revision
                if record.item != stored.item { record.revision = stored.revision + 1 }
                try record.update(db)
            } else {
                try record.insert(db)
            }
            return record.item
        }
    }

    /// Stores a programme item from the form's draft, validated first.
    @discardableResult
    public func saveProgrammeItem(_ draft: ProgrammeItemDraft, visitId: Int64, id: Int64? = nil) throws(PlannerError) -> ProgrammeItem {
        let languages = try read { db in try Self.requireVisit(visitId, db).languages }
        return try saveProgrammeItem(try draft.item(visitId: visitId, id: id, visitLanguages: languages).validated())
    }

    /// Deletes an item with its interpreters' assignments, and returns it.
    @discardableResult
    public func deleteProgrammeItem(id: Int64) throws(PlannerError) -> ProgrammeItem {
        try write { db in
            let record = try ProgrammeItemRecord.fetchExisting(db, key: id, what: .programmeItem)
            _ = try ProgrammeItemRecord.deleteOne(db, key: id)
            return record.item
        }
    }

    // MARK: Groups

    /// Stores a group; its name must not be empty.
    @discardableResult
    public func saveGroup(_ group: VisitGroup) throws(PlannerError) -> VisitGroup {
        try write { db in
            _ = try Self.requireVisit(group.visitId, db)
            var group = group
            group.name = group.name.trimmingCharacters(in: .whitespaces)
            if group.name.isEmpty { throw PlannerError.invalid(ValidationFailure([.init(.name, .required)])) }
            try group.save(db)
            return group
        }
    }

    /// Deletes a group; returns it for Undo. Items naming it keep the id (ignored until Undo).
    @discardableResult
    public func deleteGroup(id: Int64) throws(PlannerError) -> VisitGroup {
        try write { db in
            let group = try VisitGroup.fetchExisting(db, key: id, what: .group)
            _ = try VisitGroup.deleteOne(db, key: id)
            return group
        }
    }

    // MARK: Interpreters

    /// Stores what an interpreter can do (one profile per participant, replaced on save).
    @discardableResult
    public func saveInterpreter(_ interpreter: Interpreter) throws(PlannerError) -> Interpreter {
        try write { db in
            _ = try Self.requireVisit(interpreter.visitId, db)
            guard let person = try Participant.fetchOne(db, key: interpreter.participantId), person.visitId == interpreter.visitId else {
                throw PlannerError.notFound(.participant, key: String(interpreter.participantId))
            }
            let issues = interpreter.issues()
            guard issues.isEmpty else { throw PlannerError.invalid(ValidationFailure(issues)) }
            try InterpreterRecord(interpreter).save(db)
            return interpreter
        }
    }

    /// Stores an interpreter's profile from the form's draft, validated first.
    @discardableResult
    public func saveInterpreter(_ draft: InterpreterDraft, participantId: Int64, visitId: Int64) throws(PlannerError) -> Interpreter {
        try saveInterpreter(try draft.interpreter(participantId: participantId, visitId: visitId).validated())
    }

    /// Removes an interpreter's profile (the participant stays); returns it for Undo.
    @discardableResult
    public func deleteInterpreter(participantId: Int64) throws(PlannerError) -> Interpreter {
        try write { db in
            let record = try InterpreterRecord.fetchExisting(db, key: participantId, what: .interpreter)
            _ = try InterpreterRecord.deleteOne(db, key: participantId)
            return record.interpreter
        }
    }

    // MARK: Assignments

    /// Replaces every assignment of the visit (what Assign does); returns the previous ones,
    /// so Undo can put them back.
    @discardableResult
    public func replaceAssignments(ofVisit visitId: Int64, with assignments: [InterpretingAssignment]) throws(PlannerError)
        -> [InterpretingAssignment] {
        try write { db in
            _ = try Self.requireVisit(visitId, db)
            let previous = try AssignmentRecord.filter(Column("visitId") == visitId).order(Column("id")).fetchAll(db).map(\.assignment)
            _ = try AssignmentRecord.filter(Column("visitId") == visitId).deleteAll(db)
            let items = Set(try Int64.fetchAll(db, ProgrammeItemRecord.filter(Column("visitId") == visitId).select(Column("id"))))
            for assignment in assignments {
                guard items.contains(assignment.itemId) else {
                    throw PlannerError.notFound(.programmeItem, key: String(assignment.itemId))
                }
                var record = AssignmentRecord(assignment, visitId: visitId)
                try record.insert(db)
            }
            return previous
        }
    }

    /// Adds one assignment by hand.
    @discardableResult
    public func addAssignment(_ assignment: InterpretingAssignment) throws(PlannerError) -> InterpretingAssignment {
        try write { db in
            let item = try ProgrammeItemRecord.fetchExisting(db, key: assignment.itemId, what: .programmeItem)
            var record = AssignmentRecord(assignment, visitId: item.visitId)
            try record.insert(db)
            return record.assignment
        }
    }

    /// Removes one assignment; returns it for Undo.
    @discardableResult
    public func removeAssignment(id: Int64) throws(PlannerError) -> InterpretingAssignment {
        try write { db in
            let record = try AssignmentRecord.fetchExisting(db, key: id, what: .assignment)
            _ = try AssignmentRecord.deleteOne(db, key: id)
            return record.assignment
        }
    }

    // MARK: Settings

    /// Stores the visit's itinerary settings.
    public func saveItinerarySettings(_ settings: ItinerarySettings, visitId: Int64) throws(PlannerError) {
        try write { db in
            _ = try Self.requireVisit(visitId, db)
            if settings.travelBufferMinutes < 0 || settings.pairInterpretersAfterMinutes <= 0 {
                throw PlannerError.invalid(ValidationFailure([.init(.travelBuffer, .negative)]))
            }
            try ItinerarySettingsRecord(visitId: visitId, settings: settings).save(db)
        }
    }
}

extension ProgrammeItem {
    /// Agenda order: start, then end, then title.
    public static func chronologically(_ a: ProgrammeItem, _ b: ProgrammeItem) -> Bool {
        let sa = a.timing.start, sb = b.timing.start
        if sa != sb { return sa < sb }
        if a.timing.end != b.timing.end { return a.timing.end < b.timing.end }
        return (a.id ?? 0) < (b.id ?? 0)
    }
}
