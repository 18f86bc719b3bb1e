/// Undo and redo of the user's edits. Each entry knows how to reverse itself and how to do
/// itself again through the store; the view only pushes entries and calls undo/redo.
@MainActor
public final class UndoStack {
    public struct Entry {
        /// What the menu and the notification say ("Delete Léa Bonnet").
        public var title: String
        public var undo: @MainActor () throws -> Void
        public var redo: @MainActor () throws -> Void
        public init(title: String, undo: @escaping @MainActor () throws -> Void, redo: @escaping @MainActor () throws -> Void) {
            self.title = title
            self.undo = undo
            self.redo = redo
        }
    }

    /// An entry that takes back and puts back exactly the rows of `changes`, as recorded by
    /// `PlannerStore.recordingChanges` around the edit.
    public static func entry(_ title: String, changes: RecordedChanges, in store: PlannerStore) -> Entry {
        Entry(title: title, undo: { try store.revert(changes) }, redo: { try store.reapply(changes) })
    }

    private var done: [Entry] = []
    private var undone: [Entry] = []
    private let limit: Int
    /// Called after every change of what can be undone or redone.
    public var onChange: (() -> Void)?

    public init(limit: Int = 100) { self.limit = limit }

    public var canUndo: Bool { !done.isEmpty }
    public var canRedo: Bool { !undone.isEmpty }
    public var undoTitle: String? { done.last?.title }
    public var redoTitle: String? { undone.last?.title }

    /// Records an edit that has just been done.
    public func push(_ entry: Entry) {
        done.append(entry)
        if done.count > limit { done.removeFirst() }
        undone.removeAll()
        onChange?()
    }

    /// Reverses the latest edit. When reversing fails the entry is dropped (its data changed
    /// meanwhile) and the error is rethrown for the window to show.
    public func undo() throws {
        guard let entry = done.popLast() else { return }
        defer { onChange?() }
        try entry.undo()
        undone.append(entry)
    }

    public func redo() throws {
        guard let entry = undone.popLast() else { return }
        defer { onChange?() }
        try entry.redo()
        done.append(entry)
    }

    /// Forgets everything (another database was opened).
    public func clear() {
        done.removeAll()
        undone.removeAll()
        onChange?()
    }
}
