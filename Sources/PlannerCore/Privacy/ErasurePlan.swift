import Foundation

/// What erasing one person takes away, computed before anything is written, so the
/// confirmation (window or command line) names exactly what will go.
public struct ErasurePlan: Sendable, Hashable {
    /// One kind of data and how many of it.
    public struct Item: Sendable, Hashable {
        public let kind: ErasureKind
        public let count: Int
        /// "3 placements".
        public var label: String { kind.label(count: count) }

        /// The counts in `ErasureKind` order, without the kinds that have none.
        static func list(_ counts: [ErasureKind: Int]) -> [Item] {
            ErasureKind.allCases.compactMap { kind in counts[kind].flatMap { $0 > 0 ? Item(kind: kind, count: $0) : nil } }
        }
    }

    public let person: PersonTraces
    public let visitId: Int64
    public let visitTitle: String
    /// In `ErasureKind` order; kinds with nothing to erase are left out.
    public let items: [Item]
    /// The copies of the database cleaned like it: the rolling backups and the copies kept
    /// beside it before a restore or an upgrade.
    public let copies: [DatabaseCopy]
    /// Copies left as they are: a damaged file cannot be cleaned reliably, so it is named for
    /// the user to delete by hand.
    public let notCleaned: [String]

    init(person: PersonTraces, visitId: Int64, visitTitle: String, counts: [ErasureKind: Int], files: DatabaseCopies) {
        self.person = person
        self.visitId = visitId
        self.visitTitle = visitTitle
        items = Item.list(counts)
        copies = files.cleanable
        notCleaned = files.damaged
    }

    /// "Erase Léo Dubois irreversibly?"
    public var question: String { tr("Erase {name} irreversibly?", ["name": person.fullName]) }

    /// The lines of the confirmation: each kind with its count, then the copies. The window
    /// adds the Undo history, which the command line has none of.
    public func lines(includingUndoHistory: Bool) -> [String] {
        items.map(\.label) + CopiesCleaning.confirmationLines(copies: copies, notCleaned: notCleaned,
                                                             includingUndoHistory: includingUndoHistory)
    }

    /// The sentence under the question.
    public static var warning: String {
        tr("Nothing of it can be brought back, not by Undo and not from a backup. Freed space in the files is overwritten.")
    }
}
