/// A promotion's figures at as_of: its uses on paid orders and the repurchase rate of its eligible customers
/// before and during it (contract, Derived figures).
public struct PromotionFigures: Hashable, Sendable {
    /// The promotion.
    public var id: PromotionID
    /// Paid orders naming it.
    public var uses = 0
    /// Sum of the amount it took off those orders.
    public var discountGiven = Money.zero
    /// Sum of those orders' totals.
    public var paidAmount = Money.zero
    /// The days counted as "during": start...min(end, as_of); nil without a start or when it starts after as_of.
    public var during: ClosedRange<Day>?
    /// The same number of days just before start.
    public var before: ClosedRange<Day>?
    /// Eligible customers (tier on start in the promotion's tiers) with a paid order before / during.
    public var buyersBefore = 0, buyersDuring = 0
    /// Of those, customers with 2 or more paid orders in the period.
    public var repeatBefore = 0, repeatDuring = 0
    /// Customers whose tier on start is in the promotion's tiers (every customer when it lists none), sorted by id.
    public var eligibleCustomers: [CustomerID] = []

    /// Figures with no use yet.
    public init(id: PromotionID) { self.id = id }

    /// Repurchase rate over the days before start: repeatBefore / buyersBefore, nil without a buyer.
    public var repurchaseRateBefore: Double? { Ratio.of(repeatBefore, buyersBefore) }
    /// Repurchase rate over start...min(end, as_of): repeatDuring / buyersDuring, nil without a buyer.
    public var repurchaseRateDuring: Double? { Ratio.of(repeatDuring, buyersDuring) }
}
