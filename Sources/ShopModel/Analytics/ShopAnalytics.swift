/// Every derived figure of a shop at its `asOf`, computed once: windows, customers, orders, quotes and what the
/// analytics pages list (trends, mixes, dormant customers, late orders, expiring quotes, advice).
///
/// Only paid orders dated on or before as_of count in any figure. Orders and traffic are indexed once,
/// so the cost is linear in the shop's size.
public struct ShopAnalytics: Sendable {
    /// The reference date.
    public let asOf: Day
    /// One entry per `analytics.windows`, in that order: the N dates ending at as_of.
    public internal(set) var windows: [WindowFigures]
    /// For each window, the N dates just before it, for "vs previous window".
    public let previousWindows: [WindowFigures]
    /// Every customer, sorted by id.
    public let customers: [CustomerFigures]
    /// Every order, sorted by id.
    public let orders: [OrderFigures]
    /// Every quote, sorted by id.
    public internal(set) var quotes: [QuoteFigures]
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
    public internal(set) var expiringQuotes: [QuoteFigures]
    /// Advice for the dashboard, as data: the contract's rules 1 to 6 that apply, in order.
    public let advice: [Advice]
    /// The to-do list (今日待办): one group per kind that has entries, most urgent kind first.
    public internal(set) var todo: [TodoGroup]
    /// Every promotion's uses and repurchase rates, sorted by id.
    public let promotions: [PromotionFigures]
    let customerPosition: [CustomerID: Int]
    /// The index the figures were computed from (a later edit patches it).
    let index: AnalyticsIndex

    /// A sent quote valid for at most this many more days is listed as expiring.
    public static let expiringWithinDays = 3

    /// Computes every figure of the shop at `shop.asOf`.
    public init(shop: Shop) {
        self.init(shop: shop, totals: nil, orders: nil, quotes: nil)
    }

    /// Computes every figure of `shop`, taking the totals and figures of its orders and quotes from `old` except at the
    /// given positions (`shop` has the same orders and quotes, by id and position, as the shop `old` was computed from,
    /// at the same as_of and with the same promotions and settings).
    public init(shop: Shop, reusing old: ShopAnalytics, ordersAt changedOrders: [Int], quotesAt changedQuotes: [Int]) {
        guard old.orders.count == shop.orders.count, old.quotes.count == shop.quotes.count, old.asOf == shop.asOf else {
            self.init(shop: shop)
            return
        }
        var totals = old.index.totals, orders = old.orders, quotes = old.quotes
        for p in changedOrders where orders.indices.contains(p) {
            totals[p] = shop.orders[p].total
            orders[p] = ShopAnalytics.orderFigures(shop.orders[p], total: totals[p], asOf: shop.asOf)
        }
        if !changedQuotes.isEmpty {
            var promotions: [PromotionID: Promotion] = [:]
            for promotion in shop.promotions { promotions[promotion.id] = promotion }
            let inWords = shop.settings.locale == .zhCN
            let ordered = ShopAnalytics.orderedQuotes(shop)
            for p in changedQuotes where quotes.indices.contains(p) {
                quotes[p] = ShopAnalytics.quoteFigures(shop.quotes[p], promotions: promotions, inWords: inWords, asOf: shop.asOf, ordered: ordered)
            }
        }
        var index = old.index
        let sameCustomers = old.customers.count == shop.customers.count
            && shop.customers.indices.allSatisfy { old.customers[$0].region == shop.customers[$0].region }
        let patched = sameCustomers && old.index.skus.count >= shop.products.count && index.patch(orders: changedOrders, of: shop, totals: totals)
        self.init(shop: shop, index: patched ? index : AnalyticsIndex(shop: shop, totals: totals), orders: orders, quotes: quotes)
    }

    /// Computes the figures, with the order totals and the order and quote figures given when known.
    init(shop: Shop, totals: [Money]?, orders knownOrders: [OrderFigures]?, quotes knownQuotes: [QuoteFigures]?) {
        self.init(shop: shop, index: AnalyticsIndex(shop: shop, totals: totals), orders: knownOrders, quotes: knownQuotes)
    }

    /// Computes the figures from an index of the shop, with the order and quote figures given when known.
    init(shop: Shop, index: AnalyticsIndex, orders knownOrders: [OrderFigures]?, quotes knownQuotes: [QuoteFigures]?) {
        self.index = index
        let asOf = shop.asOf
        self.asOf = asOf
        let quotes = knownQuotes ?? ShopAnalytics.quoteFigures(shop: shop)
        windows = shop.settings.analyticsWindows.map {
            var window = ShopAnalytics.window(days: $0, endingAt: asOf, shop: shop, index: index)
            window.quoteWinRate = QuotePipeline.winRate(shop: shop, figures: quotes, from: window.start, to: window.end)
            return window
        }
        previousWindows = shop.settings.analyticsWindows.map {
            ShopAnalytics.window(days: $0, endingAt: asOf.adding(days: -$0), shop: shop, index: index)
        }
        customers = ShopAnalytics.customerFigures(shop: shop, index: index)
        orders = knownOrders ?? shop.orders.enumerated().map { ShopAnalytics.orderFigures($1, total: index.totals[$0], asOf: asOf) }
        self.quotes = quotes

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
        expiringQuotes = ShopAnalytics.expiring(quotes)
        advice = ShopAnalytics.advice(windows: windows, dormant: dormantCustomers, settings: shop.settings)
        todo = ShopAnalytics.todo(shop: shop, orders: orders, quotes: quotes, customers: customers, dormant: dormantCustomers)
        promotions = ShopAnalytics.promotionFigures(shop: shop)
    }

    /// A customer's figures by id.
    public func customer(_ id: CustomerID) -> CustomerFigures? {
        customerPosition[id].map { customers[$0] }
    }
}
