/// One customer's standing at as_of, from its paid orders dated on or before as_of.
public struct CustomerFigures: Hashable, Sendable {
    /// The customer.
    public var id: CustomerID
    /// The province, "" when none.
    public var region: String
    /// The manual `tier:` when set, else the tier its paid amount earns.
    public var tier: CustomerTier
    /// The tier its paid amount earns, ignoring any manual override.
    public var computedTier: CustomerTier
    /// Sum of its paid order totals.
    public var paidAmount: Money
    /// Number of its paid orders.
    public var paidOrders: Int
    /// Date of its first paid order.
    public var firstOrder: Day?
    /// Date of its last paid order.
    public var lastOrder: Day?
    /// Days from its last paid order to as_of; nil without paid orders.
    public var daysSinceLastOrder: Int?
    /// Regular or key, and more than dormant_after_days since its last paid order (or no paid order at all).
    public var dormant: Bool
    /// Mean days between consecutive paid orders: (last − first) / (orders − 1); nil below 2 orders.
    public var purchaseIntervalDays: Double?
    /// Sum of its paid order totals dated in the 365 days ending at as_of.
    public var paidAmount365d = Money.zero
    /// Its last paid order + purchase interval × advice.reorder_factor (rounded half up to whole days); nil below 2 orders.
    public var reorderDue: Day?
    /// as_of is past `reorderDue` and it is not dormant.
    public var reorderOverdue = false
    /// Products to recommend (根据画像推送): see `ShopAnalytics.recommendations`.
    public var recommended: [SKU] = []

    /// Creates the figures.
    public init(id: CustomerID, region: String, tier: CustomerTier, computedTier: CustomerTier, paidAmount: Money,
                paidOrders: Int, firstOrder: Day?, lastOrder: Day?, daysSinceLastOrder: Int?, dormant: Bool,
                purchaseIntervalDays: Double?) {
        self.id = id
        self.region = region
        self.tier = tier
        self.computedTier = computedTier
        self.paidAmount = paidAmount
        self.paidOrders = paidOrders
        self.firstOrder = firstOrder
        self.lastOrder = lastOrder
        self.daysSinceLastOrder = daysSinceLastOrder
        self.dormant = dormant
        self.purchaseIntervalDays = purchaseIntervalDays
    }
}
