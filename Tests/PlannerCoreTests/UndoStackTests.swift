import XCTest
@testable import PlannerCore

// Not @MainActor on the class: swift-corelibs-xctest cannot call main-actor test methods
// (it crashes casting them); XCTest runs tests on the main thread, so each body asserts that.
final class UndoStackTests: XCTestCase {
    private static func onMain(_ body: @MainActor () throws -> Void) rethrows {
        try MainActor.assumeIsolated(body)
    }

    struct Failure: Error {}

    /// An entry that appends what it does to a shared log.
    @MainActor
    private static func entry(_ name: String, log: Log, failUndo: Bool = false) -> UndoStack.Entry {
        UndoStack.Entry(title: name,
                        undo: { if failUndo { throw Failure() }; log.lines.append("undo \(name)") },
                        redo: { log.lines.append("redo \(name)") })
    }

    final class Log { var lines: [String] = [] }

    func testStartsEmpty() throws {
        try Self.onMain {
            let stack = UndoStack()
            XCTAssertFalse(stack.canUndo)
            XCTAssertFalse(stack.canRedo)
            XCTAssertNil(stack.undoTitle)
            try stack.undo()
            try stack.redo()
        }
    }

    func testUndoRedoInOrder() throws {
        try Self.onMain {
            let stack = UndoStack()
            let log = Log()
            stack.push(Self.entry("A", log: log))
            stack.push(Self.entry("B", log: log))
            XCTAssertEqual(stack.undoTitle, "B")
            try stack.undo()
            XCTAssertEqual(stack.undoTitle, "A")
            XCTAssertEqual(stack.redoTitle, "B")
            try stack.undo()
            XCTAssertFalse(stack.canUndo)
            try stack.redo()
            XCTAssertEqual(log.lines, ["undo B", "undo A", "redo A"])
            XCTAssertEqual(stack.undoTitle, "A")
            XCTAssertEqual(stack.redoTitle, "B")
        }
    }

    func testNewEditClearsRedo() throws {
        try Self.onMain {
            let stack = UndoStack()
            let log = Log()
            stack.push(Self.entry("A", log: log))
            try stack.undo()
            XCTAssertTrue(stack.canRedo)
            stack.push(Self.entry("C", log: log))
            XCTAssertFalse(stack.canRedo)
            XCTAssertEqual(stack.undoTitle, "C")
        }
    }

    func testLimitDropsOldest() throws {
        try Self.onMain {
            let stack = UndoStack(limit: 2)
            let log = Log()
            for name in ["A", "B", "C"] { stack.push(Self.entry(name, log: log)) }
            try stack.undo()
            try stack.undo()
            XCTAssertFalse(stack.canUndo, "A fell off")
            XCTAssertEqual(log.lines, ["undo C", "undo B"])
        }
    }

    func testFailedUndoDropsEntryAndRethrows() throws {
        try Self.onMain {
            let stack = UndoStack()
            let log = Log()
            stack.push(Self.entry("A", log: log))
            stack.push(Self.entry("B", log: log, failUndo: true))
            XCTAssertThrowsError(try stack.undo())
            XCTAssertFalse(stack.canRedo)
            XCTAssertEqual(stack.undoTitle, "A")
        }
    }

    func testOnChangeAndClear() throws {
        try Self.onMain {
            let stack = UndoStack()
            let log = Log()
            var changes = 0
            stack.onChange = { changes += 1 }
            stack.push(Self.entry("A", log: log))
            try stack.undo()
            try stack.redo()
            stack.clear()
            XCTAssertEqual(changes, 4)
            XCTAssertFalse(stack.canUndo)
            XCTAssertFalse(stack.canRedo)
        }
    }

    func testUndoOfARealDeletion() throws {
        try Self.onMain {
            let store = try PlannerStore()
            let visitId = try SampleVisit.install(in: store)
            let stack = UndoStack()
            let lea = try store.findParticipant("Léa Bonnet", inVisit: visitId)
            let leaId = try XCTUnwrap(lea.id)
            let (_, deleted) = try store.recordingChanges { try store.deleteParticipant(id: leaId) }
            stack.push(UndoStack.entry("Delete Léa Bonnet", changes: deleted, in: store))
            try stack.undo()
            XCTAssertEqual(try store.findParticipant("Léa Bonnet", inVisit: visitId), lea)
            try stack.redo()
            XCTAssertThrowsError(try store.findParticipant("Léa Bonnet", inVisit: visitId))
        }
    }
}
