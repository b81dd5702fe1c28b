/// The figures of one analytics window: the N dates ending at as_of, inclusive.
public struct WindowFigures: Hashable, Sendable {
    /// N, the window's length in days.
    public var days: Int
    /// The first date in the window.
    public var start: Day
    /// The last date in the window (as_of for the shop's windows).
    public var end: Day
    /// Sum of the store rows' visitors.
    public var visitors = 0
    /// Sum of the store rows' page views.
    public var pageViews = 0
    /// Distinct customers with a paid order in the window.
    public var buyers = 0
    /// Paid orders in the window.
    public var paidOrders = 0
    /// Sum of paid order totals in the window.
    public var gmv = Money.zero
    /// Buyers whose first paid order ever lies in the window.
    public var newBuyers = 0
    /// Customers with 2 or more paid orders in the window.
    public var repeatBuyers = 0
    /// Paid orders shipped in the window: how many, how many on time, and their days to ship.
    public var shipping = ShippingTally()
    /// Each region's share of the GMV, sorted by region name in code-point order.
    public var regions: [RegionShare] = []
    /// Every product with a traffic row or a paid sale in the window, sorted by sku.
    public var products: [ProductFigures] = []
    /// One point per day from `start` to `end`.
    public var daily: [DailyPoint] = []
    /// High traffic, low conversion: visitors at or above the median of the products with traffic, and conversion
    /// below `benchmarks.conversion_rate` (without a benchmark: below half the store's conversion), sorted by sku.
    public var lowConversionProducts: [SKU] = []
    /// Few visitors, low conversion: active products with visitors below that median and conversion below the same bar,
    /// sorted by sku; candidates to delist.
    public var delistCandidates: [SKU] = []
    /// Active products without a visitor in the window, sorted by sku.
    public var productsWithoutTraffic: [SKU] = []
    /// won / (won + lost) over the quotes dated in the window; nil when none was decided.
    public var quoteWinRate: Double?

    /// An empty window.
    public init(days: Int, start: Day, end: Day) {
        self.days = days
        self.start = start
        self.end = end
    }

    /// buyers / visitors.
    public var conversionRate: Double? { Ratio.of(buyers, visitors) }
    /// 客单价: GMV / buyers, rounded to 2 decimals.
    public var averageOrderValue: Money? { Ratio.average(gmv, over: buyers) }
    /// newBuyers / buyers.
    public var newCustomerShare: Double? { Ratio.of(newBuyers, buyers) }
    /// 复购率: repeatBuyers / buyers.
    public var repurchaseRate: Double? { Ratio.of(repeatBuyers, buyers) }
    /// 采购频次: paid orders / buyers.
    public var purchaseFrequency: Double? { Ratio.of(paidOrders, buyers) }

    /// On-time shipping rate: paid orders shipped in the window on or before ship_by / paid orders shipped in it.
    public var onTimeShippingRate: Double? { shipping.onTimeRate }
    /// Mean of (shipped_at − date) over the paid orders shipped in the window, rounded half up to one decimal.
    public var averageDaysToShip: Double? { shipping.averageDaysToShip }

    /// Whether a day lies in the window.
    public func contains(_ day: Day) -> Bool { start <= day && day <= end }
}
