/// One day of a trend chart: store visitors, distinct buyers and GMV of paid orders that day.
public struct DailyPoint: Hashable, Sendable {
    /// The day.
    public var day: Day
    /// Store visitors (the rows without sku).
    public var visitors: Int
    /// Distinct customers with a paid order dated that day.
    public var buyers: Int
    /// Sum of paid order totals dated that day.
    public var gmv: Money

    /// Creates a point.
    public init(day: Day, visitors: Int, buyers: Int, gmv: Money) {
        self.day = day
        self.visitors = visitors
        self.buyers = buyers
        self.gmv = gmv
    }
}
