extension ShopAnalytics {
    /// The figures of `old` with those of the quotes at `positions` computed again from `shop`, whose orders,
    /// customers, products, traffic and settings are those `old` was computed from (only quotes were edited).
    public init(_ old: ShopAnalytics, shop: Shop, quotesAt positions: [Int]) {
        self = old
        var promotions: [PromotionID: Promotion] = [:]
        for promotion in shop.promotions { promotions[promotion.id] = promotion }
        let inWords = shop.settings.locale == .zhCN
        let ordered = ShopAnalytics.orderedQuotes(shop)
        for p in positions where quotes.indices.contains(p) && shop.quotes.indices.contains(p) {
            quotes[p] = ShopAnalytics.quoteFigures(shop.quotes[p], promotions: promotions, inWords: inWords, asOf: shop.asOf, ordered: ordered)
        }
        expiringQuotes = ShopAnalytics.expiring(quotes)
        todo = ShopAnalytics.todo(shop: shop, orders: orders, quotes: quotes, customers: customers, dormant: dormantCustomers)
        for w in windows.indices {
            windows[w].quoteWinRate = QuotePipeline.winRate(shop: shop, figures: quotes, from: windows[w].start, to: windows[w].end)
        }
    }

    /// One order's figures, with its total computed once by the caller.
    static func orderFigures(_ order: borrowing Order, total: Money, asOf: Day) -> OrderFigures {
        OrderFigures(id: order.id, customer: order.customer, date: order.date, status: order.status, total: total,
                     paid: order.isPaid, shipBy: order.shipBy, late: order.isLate(asOf: asOf), untracked: order.lacksTracking)
    }

    /// Sent quotes that expire within `expiringWithinDays` days of as_of, by valid_until then id.
    static func expiring(_ quotes: [QuoteFigures]) -> [QuoteFigures] {
        quotes.filter {
            $0.status == .sent && (0...ShopAnalytics.expiringWithinDays).contains($0.daysToExpiry)
        }.sorted { ($0.validUntil, $0.id) < ($1.validUntil, $1.id) }
    }
}
