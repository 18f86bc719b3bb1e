import GRDB

/// The budget of a visit as stored rows, for snapshots and for Undo.
struct StoredBudget: Sendable, Hashable {
    var lines: [BudgetLine]
    var funding: [Funding]
    var rates: [ExchangeRate]
}

extension Result where Failure == ValidationFailure {
    /// The draft's record, or the store's "invalid" error with every field problem.
    func validated() throws(PlannerError) -> Success {
        switch self {
        case .success(let value): value
        case .failure(let failure): throw .invalid(failure)
        }
    }
}

extension PlannerStore {
    static func fetchBudget(_ visitId: Int64, _ db: Database) throws -> StoredBudget {
        StoredBudget(
            lines: try BudgetLineRecord.filter(Column("visitId") == visitId).order(Column("id")).fetchAll(db).map(\.line),
            funding: try FundingRecord.filter(Column("visitId") == visitId).order(Column("id")).fetchAll(db).map(\.funding),
            rates: try ExchangeRateRecord.filter(Column("visitId") == visitId)
                .order(Column("fromCurrency"), Column("date"), Column("id")).fetchAll(db).map(\.exchangeRate))
    }

    static func insertBudget(_ budget: StoredBudget, visitId: Int64, _ db: Database) throws {
        for var line in budget.lines {
            line.visitId = visitId
            var record = try BudgetLineRecord(line)
            try record.insert(db)
        }
        for var funding in budget.funding {
            funding.visitId = visitId
            var record = try FundingRecord(funding)
            try record.insert(db)
        }
        for var rate in budget.rates {
            rate.visitId = visitId
            var record = ExchangeRateRecord(rate)
            try record.insert(db)
        }
    }

    // MARK: Lines

    /// Stores a new budget line (or replaces the one with the same id) from the form's draft.
    /// Validated first; nothing is written when the draft has a problem.
    @discardableResult
    public func saveBudgetLine(_ draft: BudgetLineDraft, visitId: Int64, id: Int64? = nil) throws(PlannerError) -> BudgetLine {
        try saveBudgetLine(try draft.line(visitId: visitId, id: id).validated())
    }

    /// Stores a budget line as it is (inserted when it has no id, or an id not stored yet).
    @discardableResult
    public func saveBudgetLine(_ line: BudgetLine) throws(PlannerError) -> BudgetLine {
        try write { db in
            _ = try Self.requireVisit(line.visitId, db)
            var record = try BudgetLineRecord(line)
            try record.save(db)
            return record.line
        }
    }

    /// Deletes a budget line; returns it, so Undo can store it again with its id.
    @discardableResult
    public func deleteBudgetLine(id: Int64) throws(PlannerError) -> BudgetLine {
        try write { db in
            let record = try BudgetLineRecord.fetchExisting(db, key: id, what: .budgetLine)
            _ = try BudgetLineRecord.deleteOne(db, key: id)
            return record.line
        }
    }

    // MARK: Funding

    /// Stores a source of money from the form's draft, validated first.
    @discardableResult
    public func saveFunding(_ draft: FundingDraft, visitId: Int64, id: Int64? = nil) throws(PlannerError) -> Funding {
        try saveFunding(try draft.funding(visitId: visitId, id: id).validated())
    }

    /// Stores a source of money as it is.
    @discardableResult
    public func saveFunding(_ funding: Funding) throws(PlannerError) -> Funding {
        try write { db in
            _ = try Self.requireVisit(funding.visitId, db)
            var record = try FundingRecord(funding)
            try record.save(db)
            return record.funding
        }
    }

    /// Deletes a source of money; returns it for Undo.
    @discardableResult
    public func deleteFunding(id: Int64) throws(PlannerError) -> Funding {
        try write { db in
            let record = try FundingRecord.fetchExisting(db, key: id, what: .funding)
            _ = try FundingRecord.deleteOne(db, key: id)
            return record.funding
        }
    }

    // MARK: Exchange rates

    /// Stores an exchange rate from the form's draft, validated first.
    @discardableResult
    public func saveExchangeRate(_ draft: ExchangeRateDraft, visitId: Int64, id: Int64? = nil) throws(PlannerError) -> ExchangeRate {
        try saveExchangeRate(try draft.rate(visitId: visitId, id: id).validated())
    }

    /// Stores an exchange rate as it is.
    @discardableResult
    public func saveExchangeRate(_ rate: ExchangeRate) throws(PlannerError) -> ExchangeRate {
        guard rate.rate > 0 else { throw .invalid(ValidationFailure([.init(.rate, .notPositive)])) }
        return try write { db in
            _ = try Self.requireVisit(rate.visitId, db)
            var record = ExchangeRateRecord(rate)
            try record.save(db)
            return record.exchangeRate
        }
    }

    /// Deletes an exchange rate; returns it for Undo.
    @discardableResult
    public func deleteExchangeRate(id: Int64) throws(PlannerError) -> ExchangeRate {
        try write { db in
            let record = try ExchangeRateRecord.fetchExisting(db, key: id, what: .exchangeRate)
            _ = try ExchangeRateRecord.deleteOne(db, key: id)
            return record.exchangeRate
        }
    }

    /// The visit's budget, computed from its current data.
    public func budget(ofVisit visitId: Int64) throws(PlannerError) -> BudgetReport? {
        try snapshot(ofVisit: visitId).map(BudgetReport.init)
    }
}
