import PlannerCore

/// One kind of data an erasure or a retention took away, and how many: `{"kind": "placements",
/// "count": 3}` in `people erase --json` and `privacy apply --json`.
struct ErasedCountJSON: Encodable {
    let kind: String
    let count: Int

    init(_ item: ErasurePlan.Item) {
        kind = item.kind.rawValue
        count = item.count
    }

    init(_ item: RetentionPlan.HealthItem) {
        kind = item.kind.rawValue
        count = item.count
    }
}
