import Foundation
import GRDB
import XCTest
@testable import PlannerCore

/// Undo restores exactly what an edit changed, whatever it touched: seeded random sequences of
/// edits of every kind the store offers, on the sample visit, then undone and redone through
/// `recordingChanges` / `revert` / `reapply` (what the window's Undo and Redo call). After each
/// undo the whole database equals the state before that edit, after undoing everything it
/// equals the start, and after redoing everything it equals the end.
final class UndoPropertyTests: XCTestCase {
    static let sequences = 200
    static let editsPerSequence = 20

    func testRandomEditSequencesUndoAndRedoExactly() throws {
        var kindsSeen: [String: Int] = [:]
        // One store for all: each sequence ends by undoing everything, which must bring it back
        // to the sample visit exactly (checked), so the next one starts from there.
        let store = try PlannerStore()
        try SampleVisit.install(in: store)
        for seed in 1...UInt64(Self.sequences) {
            try runSequence(seed: seed, store: store, kindsSeen: &kindsSeen)
        }
        print("Undo property: \(Self.sequences) sequences of \(Self.editsPerSequence) edits; edits per kind: "
              + kindsSeen.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        print("Refused edits, per kind: \(Self.refusals)")
        // Every kind of edit really ran, and changed something, many times.
        for kind in EditKind.allCases {
            XCTAssertGreaterThan(kindsSeen[kind.rawValue, default: 0], 20, "\(kind) ran too rarely: \(kindsSeen)")
        }
    }

    /// The app's own database: a file in WAL mode through a DatabasePool, not the in-memory queue.
    func testSequencesOnADatabaseFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("undo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try PlannerStore(path: folder.appendingPathComponent("planner.sqlite3").path)
        try SampleVisit.install(in: store)
        var kindsSeen: [String: Int] = [:]
        // One store for all: after undoing everything it is back at the start, so the next
        // sequence starts from the sample visit again (with higher ids).
        for seed in 1001...1010 as ClosedRange<UInt64> {
            try runSequence(seed: seed, store: store, kindsSeen: &kindsSeen)
        }
    }

    /// The case the issue reported: a placed guest deleted, then undone, is placed again, with
    /// the stay-together wishes and group memberships that named him.
    func testDeletingAPlacedGuestIsUndoneWithHisPlacementAndLinks() throws {
        let store = try PlannerStore()
        let visitId = try SampleVisit.install(in: store)
        var snapshot = try XCTUnwrap(try store.snapshot(ofVisit: visitId))
        let household = try XCTUnwrap(snapshot.offers.first).household
        let guest = try XCTUnwrap(snapshot.participants.first { !$0.stayTogetherWith.isEmpty })
        try store.setPlacements(of: [guest.id!], inVisit: visitId,
                                to: [Placement(visitId: visitId, participantId: guest.id!, householdId: household.id!, status: .confirmed)])
        _ = try store.saveGroup(VisitGroup(visitId: visitId, name: "Choir", memberIds: [guest.id!]))
        let before = try dump(store)

        let (_, changes) = try store.recordingChanges { try store.deleteParticipant(id: guest.id!) }
        snapshot = try XCTUnwrap(try store.snapshot(ofVisit: visitId))
        XCTAssertNil(snapshot.placement(of: guest.id!))
        try store.revert(changes)

        XCTAssertEqual(try dump(store), before)
        snapshot = try XCTUnwrap(try store.snapshot(ofVisit: visitId))
        XCTAssertEqual(snapshot.placement(of: guest.id!)?.householdId, household.id)
        XCTAssertEqual(snapshot.placement(of: guest.id!)?.status, .confirmed)
        XCTAssertTrue(snapshot.groups.contains { $0.name == "Choir" && $0.memberIds == [guest.id!] })
    }

    /// An undo whose rows were changed since (by another window or the CLI) is refused and
    /// changes nothing.
    func testUndoRefusesRowsChangedSinceAndChangesNothing() throws {
        let store = try PlannerStore()
        let visitId = try SampleVisit.install(in: store)
        let snapshot = try XCTUnwrap(try store.snapshot(ofVisit: visitId))
        var guest = try XCTUnwrap(snapshot.participants.first)
        guest.notes = "first"
        let (_, changes) = try store.recordingChanges { _ = try store.save(guest) }
        guest.notes = "changed by somebody else"
        _ = try store.save(guest)
        let before = try dump(store)

        XCTAssertThrowsError(try store.revert(changes)) { error in
            XCTAssertEqual(error as? PlannerError, .changedSince)
        }
        XCTAssertEqual(try dump(store), before)
    }

    // MARK: - One sequence

    nonisolated(unsafe) static var refusals: [String: Int] = [:]

    private func runSequence(seed: UInt64, store: PlannerStore, kindsSeen: inout [String: Int]) throws {
        // SplitMix64 streams of nearby seeds are the same stream shifted by a step: start each
        // sequence at a scrambled point instead.
        var scrambler = SeededRandom(seed: seed)
        var random = SeededRandom(seed: scrambler.next())
        let start = try dump(store)
        var states = [start]
        var edits: [(kind: EditKind, changes: RecordedChanges)] = []
        var attempts = 0
        let cache = StateCache(store)
        while edits.count < Self.editsPerSequence && attempts < Self.editsPerSequence * 50 {
            attempts += 1
            let kind = EditKind.allCases[random.below(EditKind.allCases.count)]
            let before = states.last!
            let changes: RecordedChanges
            do {
                let recorded = try store.recordingChanges { try kind.apply(store: store, state: cache, random: &random) }
                guard recorded.0 else { continue }   // nothing to do this edit on
                changes = recorded.1
            } catch {
                Self.refusals["\(kind): \(error)".prefix(120).description, default: 0] += 1
                // A refused edit (a validation rule) must have changed nothing.
                XCTAssertEqual(try dump(store), before, "seed \(seed): refused \(kind) (\(error)) changed the database")
                continue
            }
            cache.clear()
            let after = try dump(store)
            if changes.isEmpty {
                XCTAssertEqual(after, before, "seed \(seed): \(kind) changed rows it did not record")
                continue
            }
            XCTAssertNotEqual(after, before, "seed \(seed): \(kind)")
            edits.append((kind, changes))
            states.append(after)
            kindsSeen[kind.rawValue, default: 0] += 1
        }
        XCTAssertEqual(edits.count, Self.editsPerSequence, "seed \(seed): too few edits could be made")
        let end = states.last!

        for (index, edit) in edits.enumerated().reversed() {
            try store.revert(edit.changes)
            let now = try dump(store)
            if now != states[index] {
                XCTFail("seed \(seed): undoing edit \(index + 1) (\(edit.kind)) did not restore the state before it:\n"
                        + difference(states[index], now))
                return
            }
        }
        XCTAssertEqual(try dump(store), start, "seed \(seed): undo all")
        for (index, edit) in edits.enumerated() {
            try store.reapply(edit.changes)
            if try dump(store) != states[index + 1] {
                XCTFail("seed \(seed): redoing edit \(index + 1) (\(edit.kind)) did not give the state after it")
                return
            }
        }
        XCTAssertEqual(try dump(store), end, "seed \(seed): redo all")
        // Back to the start for the next sequence on the same store.
        for edit in edits.reversed() { try store.revert(edit.changes) }
    }

    // MARK: - Canonical dump

    /// Every table, every row, rows sorted. `sqlite_sequence` is left out: it only remembers the
    /// highest id ever given, which undo does not lower (ids are never reused).
    /// Each row is written by SQLite itself as its columns' SQL literals (`quote()`: types and
    /// blobs exact), sorted in SQL: fast enough for a dump after every step.
    private func dump(_ store: PlannerStore) throws -> [String: [String]] {
        try store.read { db in
            let tables = try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name
                """)
            var result: [String: [String]] = [:]
            for table in tables {
                let columns = try String.fetchAll(db, sql: "SELECT name FROM pragma_table_info(?)", arguments: [table])
                let row = columns.map { "quote(\($0.quotedDatabaseIdentifier))" }.joined(separator: " || ',' || ")
                result[table] = try String.fetchAll(db, sql: "SELECT \(row) AS r FROM \(table.quotedDatabaseIdentifier) ORDER BY r")
            }
            return result
        }
    }

    private func difference(_ expected: [String: [String]], _ actual: [String: [String]]) -> String {
        var lines: [String] = []
        for table in Set(expected.keys).union(actual.keys).sorted() {
            let e = Set(expected[table] ?? []), a = Set(actual[table] ?? [])
            for row in e.subtracting(a).sorted().prefix(3) { lines.append("  \(table) missing: \(row.prefix(300))") }
            for row in a.subtracting(e).sorted().prefix(3) { lines.append("  \(table) extra:   \(row.prefix(300))") }
        }
        return lines.joined(separator: "\n")
    }
}

// MARK: - The edits

/// The visits and snapshots the edits pick from, read again only after a change.
private final class StateCache {
    private let store: PlannerStore
    private var visitList: [VisitSummary]?
    private var snapshots: [Int64: VisitSnapshot] = [:]
    init(_ store: PlannerStore) { self.store = store }

    func visits() throws -> [VisitSummary] {
        if let visitList { return visitList }
        let list = try store.visits()
        visitList = list
        return list
    }

    func snapshot(_ visitId: Int64) throws -> VisitSnapshot? {
        if let cached = snapshots[visitId] { return cached }
        let snapshot = try store.snapshot(ofVisit: visitId)
        snapshots[visitId] = snapshot
        return snapshot
    }

    func clear() {
        visitList = nil
        snapshots = [:]
    }
}

/// Every kind of edit the store offers. Each picks its target at random in the current state,
/// preferring the cases that used to lose data (placed guests, households with guests, items
/// with interpreters). `apply` returns false when there was nothing to do it on.
private enum EditKind: String, CaseIterable {
    case addGuest, editGuest, deleteGuest, deletePlacedGuest
    case addHousehold, editHousehold, deleteHousehold
    case place, unplace, replacePlacements, placementSettings, markDone
    case addItem, editItem, deleteItem
    case addAssignment, removeAssignment, replaceAssignments
    case saveInterpreter, deleteInterpreter
    case saveGroup, deleteGroup
    case addBudgetLine, editBudgetLine, deleteBudgetLine
    case addFunding, deleteFunding, addExchangeRate, deleteExchangeRate
    case itinerarySettings, editVisit, createVisit, deleteVisit
    case importGuests

    static let names = ["Léo", "Zoë", "Łukasz", "Jiří", "Ærøskøbing", "نور", "שרה", "😀 Emoji", "Anne-Marie"]

    func apply(store: PlannerStore, state: StateCache, random: inout SeededRandom) throws -> Bool {
        let visits = try state.visits()
        guard !visits.isEmpty else {
            guard self == .createVisit else { return false }
            return try Self.createVisit(store, random: &random)
        }
        // Mostly the sample visit, where there is something to edit; now and then a scratch one.
        let sample = visits.first { $0.details.visit.title == SampleVisit.title }
        let visitId = sample != nil && random.percent(85) ? sample!.id : visits[random.below(visits.count)].id
        guard let s = try state.snapshot(visitId) else { return false }
        func pick<T>(_ items: [T]) -> T? { items.isEmpty ? nil : items[random.below(items.count)] }
        func name() -> String { Self.names[random.below(Self.names.count)] + " \(random.below(1000))" }

        switch self {
        case .addGuest:
            guard var p = pick(s.participants) else { return false }
            p.id = nil
            p.uuid = UUID().uuidString.lowercased()
            p.givenName = name()
            p.stayTogetherWith = pick(s.participants).flatMap(\.id).map { [$0] } ?? []
            p.requestedHouseholdId = random.percent(50) ? pick(s.offers)?.id : nil
            _ = try store.save(p)
        case .editGuest:
            guard var p = pick(s.participants) else { return false }
            p.notes = name()
            p.requestedHouseholdId = random.percent(50) ? pick(s.offers)?.id : nil
            p.townId = pick(s.details.partnerTowns)?.id ?? p.townId
            _ = try store.save(p)
        case .deleteGuest:
            guard let p = pick(s.participants) else { return false }
            _ = try store.deleteParticipant(id: p.id!)
        case .deletePlacedGuest:
            guard let placement = pick(s.placements) else { return false }
            _ = try store.deleteParticipant(id: placement.participantId)
        case .addHousehold:
            guard var h = pick(s.offers)?.household else { return false }
            h.id = nil
            h.uuid = UUID().uuidString.lowercased()
            h.name = name()
            _ = try store.save(h, availability: Availability(from: s.visit.startDate, to: s.visit.endDate), forVisit: visitId)
        case .editHousehold:
            guard let offer = pick(s.offers) else { return false }
            var h = offer.household
            h.notes = name()
            h.beds = 1 + random.below(4)
            let availability = random.percent(30) ? nil : Availability(from: s.visit.startDate, to: s.visit.endDate, isBackup: random.percent(50))
            _ = try store.save(h, availability: availability, forVisit: visitId)
        case .deleteHousehold:
            let hosting = Set(s.placements.map(\.householdId))
            let withGuests = s.offers.filter { hosting.contains($0.id) }
            guard let offer = pick(withGuests.isEmpty || random.percent(20) ? s.offers : withGuests) else { return false }
            _ = try store.deleteHousehold(id: offer.id)
        case .place:
            let placed = Set(s.placements.map(\.participantId))
            guard let p = pick(s.participants.filter { !placed.contains($0.id!) }), let offer = pick(s.offers) else { return false }
            try store.setPlacements(of: [p.id!], inVisit: visitId,
                                    to: [Placement(visitId: visitId, participantId: p.id!, householdId: offer.id, status: .confirmed)])
        case .unplace:
            guard let placement = pick(s.placements) else { return false }
            _ = try store.removePlacement(participantId: placement.participantId, visitId: visitId)
        case .replacePlacements:
            guard !s.placements.isEmpty || !s.offers.isEmpty else { return false }
            var kept = s.placements.filter { _ in random.percent(50) }
            if let p = pick(s.participants), let offer = pick(s.offers), !kept.contains(where: { $0.participantId == p.id }) {
                kept.append(Placement(visitId: visitId, participantId: p.id!, householdId: offer.id))
            }
            _ = try store.replacePlacements(ofVisit: visitId, with: kept)
        case .placementSettings:
            var settings = s.placementSettings
            settings.sharedLanguage = random.below(50)
            settings.keepCurrent = random.below(500)
            try store.save(settings, forVisit: visitId)
        case .markDone:
            // With a placement confirmed first, so that the hosting histories change too.
            guard s.visit.status != .done, let p = pick(s.participants), let offer = pick(s.offers) else { return false }
            try store.setPlacements(of: [p.id!], inVisit: visitId,
                                    to: [Placement(visitId: visitId, participantId: p.id!, householdId: offer.id, status: .confirmed)])
            try store.markDone(visitId: visitId)
        case .addItem:
            guard var item = pick(s.programme) else { return false }
            item.id = nil
            let title = name()
            item.titles = item.titles.mapValues { _ in title }
            _ = try store.saveProgrammeItem(item)
        case .editItem:
            guard var item = pick(s.programme) else { return false }
            item.notes = name()
            item.status = random.percent(20) ? .cancelled : item.status
            _ = try store.saveProgrammeItem(item)
        case .deleteItem:
            let interpreted = Set(s.assignments.map(\.itemId))
            let items = s.programme.filter { interpreted.contains($0.id!) }
            guard let item = pick(items.isEmpty || random.percent(20) ? s.programme : items) else { return false }
            _ = try store.deleteProgrammeItem(id: item.id!)
        case .addAssignment:
            guard let item = pick(s.programme), let interpreter = pick(s.interpreters), let pair = pick(interpreter.pairs),
                  !s.assignments.contains(where: { $0.itemId == item.id && $0.interpreterId == interpreter.id && $0.pair == pair })
            else { return false }
            _ = try store.addAssignment(InterpretingAssignment(itemId: item.id!, interpreterId: interpreter.id, pair: pair, manual: true))
        case .removeAssignment:
            guard let assignment = pick(s.assignments) else { return false }
            _ = try store.removeAssignment(id: assignment.id!)
        case .replaceAssignments:
            guard !s.assignments.isEmpty else { return false }
            _ = try store.replaceAssignments(ofVisit: visitId, with: s.assignments.filter { _ in random.percent(50) })
        case .saveInterpreter:
            let profiled = Set(s.interpreters.map(\.participantId))
            if random.percent(50), var existing = pick(s.interpreters) {
                existing.maxMinutesPerDay = 60 + random.below(400)
                _ = try store.saveInterpreter(existing)
            } else {
                guard let template = pick(s.interpreters), let p = pick(s.participants.filter { !profiled.contains($0.id!) }) else { return false }
                var profile = template
                profile.participantId = p.id!
                _ = try store.saveInterpreter(profile)
            }
        case .deleteInterpreter:
            let busy = Set(s.assignments.map(\.interpreterId))
            let withWork = s.interpreters.filter { busy.contains($0.participantId) }
            guard let interpreter = pick(withWork.isEmpty ? s.interpreters : withWork) else { return false }
            _ = try store.deleteInterpreter(participantId: interpreter.participantId)
        case .saveGroup:
            let members = s.participants.filter { _ in random.percent(15) }.compactMap(\.id)
            if random.percent(40), var group = pick(s.groups) {
                group.memberIds = members
                _ = try store.saveGroup(group)
            } else {
                _ = try store.saveGroup(VisitGroup(visitId: visitId, name: name(), memberIds: members))
            }
        case .deleteGroup:
            guard let group = pick(s.groups) else { return false }
            _ = try store.deleteGroup(id: group.id!)
        case .addBudgetLine:
            guard var line = pick(s.budgetLines) else { return false }
            line.id = nil
            line.description = name()
            _ = try store.saveBudgetLine(line)
        case .editBudgetLine:
            guard var line = pick(s.budgetLines) else { return false }
            line.notes = name()
            line.quantity = Decimal(1 + random.below(40))
            _ = try store.saveBudgetLine(line)
        case .deleteBudgetLine:
            guard let line = pick(s.budgetLines) else { return false }
            _ = try store.deleteBudgetLine(id: line.id!)
        case .addFunding:
            guard var funding = pick(s.funding) else { return false }
            funding.id = nil
            funding.source = name()
            _ = try store.saveFunding(funding)
        case .deleteFunding:
            guard let funding = pick(s.funding) else { return false }
            _ = try store.deleteFunding(id: funding.id!)
        case .addExchangeRate:
            let rate = ExchangeRate(visitId: visitId, from: "EUR", to: s.visit.currency == "EUR" ? "CZK" : s.visit.currency,
                                    rate: Decimal(20 + random.below(10)), date: s.visit.startDate.adding(days: -random.below(30)))
            _ = try store.saveExchangeRate(rate)
        case .deleteExchangeRate:
            guard let rate = pick(s.exchangeRates) else { return false }
            _ = try store.deleteExchangeRate(id: rate.id!)
        case .itinerarySettings:
            try store.saveItinerarySettings(ItinerarySettings(travelBufferMinutes: random.below(60),
                                                              pairInterpretersAfterMinutes: 30 + random.below(200)), visitId: visitId)
        case .editVisit:
            var draft = VisitDraft(s.details)
            draft.notes = name()
            if random.percent(30) { draft.partnerTowns.append(.init(name: name(), countryCode: "SK")) }
            try store.updateVisit(id: visitId, with: draft)
        case .createVisit:
            return try Self.createVisit(store, random: &random)
        case .deleteVisit:
            // The sample visit itself now and then; mostly the scratch ones.
            let scratch = visits.filter { $0.details.visit.title != SampleVisit.title }
            guard let visit = pick(scratch.isEmpty || random.percent(10) ? visits : scratch) else { return false }
            _ = try store.deleteVisit(id: visit.id)
        case .importGuests:
            guard let town = pick(s.details.partnerTowns), let existing = pick(s.participants) else { return false }
            // One guest already there (an update of the phone number), two new ones.
            let csv = """
                given name,family name,town,phone
                \(existing.givenName),\(existing.familyName),\(town.name),+420 777 \(100_000 + random.below(800_000))
                \(name()),Nováková,\(town.name),+420 608 111 222
                \(name()),Dubois,\(town.name),+33 6 12 34 56 78
                """
            let table = try SpreadsheetReader.read(Data(csv.utf8))
            let mapping = try store.suggestedMapping(for: table, kind: .participants)
            var preview = try store.previewImport(table, mapping: mapping, options: ImportOptions(visitId: visitId),
                                                  today: CalendarDate(year: 2027, month: 4, day: 1)!)
            preview.acceptAllWarnings()
            if random.percent(80) { preview.confirmTown() }   // else refused: must change nothing
            _ = try store.runImport(preview, today: CalendarDate(year: 2027, month: 4, day: 1)!)
        }
        return true
    }

    private static func createVisit(_ store: PlannerStore, random: inout SeededRandom) throws -> Bool {
        let start = CalendarDate(year: 2027, month: 6 + random.below(5), day: 1 + random.below(20))!
        _ = try store.createVisit(VisitDraft(
            title: "Scratch visit \(random.below(100_000))", hostTown: .init(name: "Horní Lhota", countryCode: "CZ"),
            partnerTowns: [.init(name: "Saint-Aubin-sur-Loire", countryCode: "FR")], kind: .youthExchange,
            startDate: start, endDate: start.adding(days: 4), languages: ["cs", "fr"], currency: "CZK"))
        return true
    }
}
