import Concurrency
/// Every derived figure of a shop at its `asOf`, computed once: windows, customers, orders, quotes and what the
/// analytics pages list (trends, mixes, dormant customers, late orders, expiring quotes, advice).
///
/// Only paid orders dated on or before as_of count in any figure. Orders and traffic are indexed once,
/// so the cost is linear in the shop's size.
public struct ShopAnalytics: Sendable {
    /// The reference date.
    public let asOf: Day
    /// One entry per `analytics.windows`, in that order: the N dates ending at as_of.
    public package(set) var windows: [WindowFigures]
    /// For each window, the N dates just before it, for "vs previous window".
    public let previousWindows: [WindowFigures]
    /// Every customer, sorted by id.
    public let customers: [CustomerFigures]
    /// Every order, sorted by id.
    public let orders: [OrderFigures]
    /// Every quote, sorted by id.
    public package(set) var quotes: [QuoteFigures]
    /// Customers per tier, in the order new, regular, key.
    public let tierMix: [Tally<CustomerTier>]
    /// Orders per status, in the order of `OrderStatus.allCases`.
    public let orderStatusMix: [Tally<OrderStatus>]
    /// Dormant customers, by paid amount (largest first), then id.
    public let dormantCustomers: [CustomerFigures]
    /// Late orders, sorted by id.
    public let lateOrders: [OrderFigures]
    /// Shipped or completed orders without tracking, sorted by id.
    public let untrackedOrders: [OrderFigures]
    /// Sent quotes that expire within `expiringWithinDays` days of as_of (valid_until from as_of on), by valid_until then id.
    public package(set) var expiringQuotes: [QuoteFigures]
    /// Advice for the dashboard, as data: the contract's rules 1 to 6 that apply, in order.
    public let advice: [Advice]
    /// The to-do list (今日待办): one group per kind that has entries, most urgent kind first.
    public package(set) var todo: [TodoGroup]
    /// Every promotion's uses and repurchase rates, sorted by id.
    public let promotions: [PromotionFigures]
    let customerPosition: [CustomerID: Int]
    /// The index the figures were computed from (serve's incremental layer patches it after an edit).
    package let index: AnalyticsIndex

    /// A sent quote valid for at most this many more days is listed as expiring.
    public static let expiringWithinDays = 3

    /// Shops with at least this many orders make their customers' figures on a second thread.
    static let concurrentFromOrders = 2_000

    /// Computes every figure of the shop at `shop.asOf`.
    public init(shop: Shop) {
        self.init(shop: shop, index: AnalyticsIndex(shop: shop), orders: nil, quotes: nil)
    }

    /// Computes the figures from an index of the shop, with the order and quote figures given when known (serve's
    /// incremental layer gives those of the orders and quotes an edit left alone).
    package init(shop: Shop, index: AnalyticsIndex, orders knownOrders: [OrderFigures]?, quotes knownQuotes: [QuoteFigures]?) {
        self.index = index
        let asOf = shop.asOf
        self.asOf = asOf
        // The customers' figures (their recommendations are the largest part) on a thread of their own while this one
        // makes the quotes', windows' and orders' (a large shop only: a thread costs more than a small shop's figures).
        let customerWork = shop.orders.count >= ShopAnalytics.concurrentFromOrders
            ? Background { ShopAnalytics.customerFigures(shop: shop, index: index) } : nil
        let quotes = knownQuotes ?? ShopAnalytics.quoteFigures(shop: shop)
        // Each window and the one before it, on every core for a large shop (each is a pass over its orders and traffic).
        let spans = shop.settings.analyticsWindows
        let ends = spans.map { ($0, asOf) } + spans.map { ($0, asOf.adding(days: -$0)) }
        let made = ends.parallelMap(serialUpTo: customerWork == nil ? ends.count : 1) { span in
            ShopAnalytics.window(days: span.0, endingAt: span.1, shop: shop, index: index)
        }
        windows = Array(made.prefix(spans.count))
        previousWindows = Array(made.suffix(from: spans.count))
        orders = knownOrders ?? shop.orders.enumerated().map { ShopAnalytics.orderFigures($1, total: index.totals[$0], asOf: asOf) }
        customers = customerWork?.value ?? ShopAnalytics.customerFigures(shop: shop, index: index)
        self.quotes = []

        var position: [CustomerID: Int] = [:]
        for (i, customer) in customers.enumerated() { position[customer.id] = i }
        customerPosition = position
        let customers = self.customers
        tierMix = CustomerTier.allCases.map { tier in Tally(key: tier, count: customers.count { $0.tier == tier }) }
        var statusCounts: [OrderStatus: Int] = [:]
        for order in shop.orders { statusCounts[order.status, default: 0] += 1 }
        orderStatusMix = OrderStatus.allCases.map { Tally(key: $0, count: statusCounts[$0] ?? 0) }
        dormantCustomers = customers.filter(\.dormant).sorted {
            $0.paidAmount != $1.paidAmount ? $0.paidAmount > $1.paidAmount : $0.id < $1.id
        }
        lateOrders = orders.filter(\.late)
        untrackedOrders = orders.filter(\.untracked)
        expiringQuotes = []
        advice = ShopAnalytics.advice(windows: windows, dormant: dormantCustomers, settings: shop.settings)
        todo = []
        promotions = ShopAnalytics.promotionFigures(shop: shop)
        setQuotes(quotes, shop: shop)
    }

    /// A customer's figures by id.
    public func customer(_ id: CustomerID) -> CustomerFigures? {
        customerPosition[id].map { customers[$0] }
    }
}
