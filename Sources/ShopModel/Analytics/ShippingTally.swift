/// The shipping figures of a window: paid orders with shipped_at in it, those shipped on or before ship_by, and
/// the days from date to shipped_at summed over them.
public struct ShippingTally: Hashable, Sendable {
    /// Paid orders with shipped_at in the window.
    public var shipped = 0
    /// Of those, shipped on or before ship_by.
    public var onTime = 0
    /// Sum of (shipped_at − date) in days over the same orders.
    public var daysToShip = 0

    /// An empty tally.
    public init() {}

    /// The tally of `orders` whose shipped_at lies in start...end (paid orders only).
    public init(_ orders: [Order], from start: Day, through end: Day) {
        for i in orders.indices where orders[i].isPaid {
            guard let shippedAt = orders[i].shippedAt, start <= shippedAt, shippedAt <= end else { continue }
            shipped += 1
            if shippedAt <= orders[i].shipBy { onTime += 1 }
            daysToShip += orders[i].date.distance(to: shippedAt)
        }
    }

    /// On-time shipping rate: onTime / shipped, nil without a shipped order.
    public var onTimeRate: Double? { Ratio.of(onTime, shipped) }

    /// Average days to ship, rounded half up to one decimal (exactly, in tenths), nil without a shipped order.
    public var averageDaysToShip: Double? {
        guard shipped > 0 else { return nil }
        // tenths = floor((20 × sum + n) / 2n): half up, also for a negative sum.
        let numerator = 20 * daysToShip + shipped, denominator = 2 * shipped
        var tenths = numerator / denominator
        if numerator % denominator != 0 && numerator < 0 { tenths -= 1 }
        return Double(tenths) / 10
    }
}
