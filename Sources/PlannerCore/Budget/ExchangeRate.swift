import Foundation

/// A rate the user entered: on `date`, one `from` was worth `rate` `to`. Nothing is fetched:
/// the committee records the rate its bank or the grant rules say.
public struct ExchangeRate: Hashable, Sendable, Codable, Identifiable {
    public var id: Int64?
    public var visitId: Int64
    public var from: String
    public var to: String
    public var rate: Decimal
    public var date: CalendarDate

    public init(id: Int64? = nil, visitId: Int64, from: String, to: String, rate: Decimal, date: CalendarDate) {
        self.id = id
        self.visitId = visitId
        self.from = from
        self.to = to
        self.rate = rate
        self.date = date
    }
}
