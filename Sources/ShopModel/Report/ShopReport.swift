/// The machine-readable report of `shopsite report`: the derived figures as one JSON object in the spec's shape.
public struct ShopReport: Sendable {
    /// The figures the report prints.
    public let analytics: ShopAnalytics
    /// Whether quotes carry `total_in_words` (the zh-CN locale).
    public let includesWords: Bool

    /// Computes the shop's figures for the report.
    public init(shop: Shop) {
        self.init(analytics: ShopAnalytics(shop: shop), locale: shop.settings.locale)
    }

    /// A report from figures already computed (a build shares them with the pages).
    public init(analytics: ShopAnalytics, locale: SiteLocale) {
        self.analytics = analytics
        self.includesWords = locale == .zhCN
    }

    /// A promotion's entry: uses, discount given, paid amount, repurchase rates before and during.
    static func promotion(_ p: PromotionFigures) -> JSONValue {
        .object([("id", .string(p.id.rawValue)), ("uses", .int(p.uses)), ("discount_given", .money(p.discountGiven)),
                 ("paid_amount", .money(p.paidAmount)), ("repurchase_rate_before", .ratio(p.repurchaseRateBefore)),
                 ("repurchase_rate_during", .ratio(p.repurchaseRateDuring))])
    }

    /// The report as pretty-printed JSON (2-space indentation, keys in the spec's order), ending in a newline.
    public var json: String {
        // About 150 bytes per order, quote and customer, 250 per product of each window: one buffer, no regrowth.
        let figures = analytics, rows = figures.orders.count + figures.quotes.count + figures.customers.count
        let products = figures.windows.reduce(0) { $0 + $1.products.count }
        return JSONValue.object([
            ("as_of", .string(figures.asOf.description)),
            ("windows", .array(figures.windows.map(ShopReport.window))),
            ("customers", .rows(figures.customers.count) { ShopReport.customer(figures.customers[$0]) }),
            ("orders", .rows(figures.orders.count) { ShopReport.order(figures.orders[$0]) }),
            ("quotes", .rows(figures.quotes.count) { [self] in quote(figures.quotes[$0]) }),
            ("promotions", .array(figures.promotions.map(ShopReport.promotion))),
        ]).printed(capacity: 4096 + rows * 160 + products * 260, newline: true)
    }
}
