import Testing
@testable import ShopModel

/// Figures made again after an edit, reusing the unchanged orders' and quotes' figures, equal those of a fresh
/// computation of the edited shop.
@Suite struct AnalyticsReuseTests {
    static func quote(_ id: String, _ customer: String, price: String) -> Quote {
        var quote = Quote(id: QuoteID(id), customer: CustomerID(customer), date: Fixture.day("2025-11-20"),
                          validUntil: Fixture.day("2025-12-01"), source: Fixture.source("content/quotes/\(id).md"))
        quote.writtenStatus = .sent
        quote.items = [QuoteLine(sku: SKU("P1"), description: nil, qty: 100, unit: "件", price: Fixture.money(price), priceSource: .negotiated)]
        return quote
    }

    static let before = Fixture.shop(
        products: [Fixture.product("P1"), Fixture.product("P2")],
        customers: [Fixture.customer("C1", region: "广东"), Fixture.customer("C2", region: "浙江")],
        orders: [Fixture.order("O1", "C1", "2025-11-28", "600", qty: 2), Fixture.order("O2", "C2", "2025-11-02", "40", sku: "P2", qty: 30),
                 Fixture.order("O3", "C1", "2025-10-10", "10", status: .pendingShipment, tracking: nil)],
        quotes: [quote("Q1", "C1", price: "2.5"), quote("Q2", "C2", price: "3")])

    static func equal(_ a: ShopAnalytics, _ b: ShopAnalytics) -> Bool {
        a.windows == b.windows && a.previousWindows == b.previousWindows && a.customers == b.customers && a.orders == b.orders
            && a.quotes == b.quotes && a.tierMix == b.tierMix && a.orderStatusMix == b.orderStatusMix
            && a.dormantCustomers == b.dormantCustomers && a.lateOrders == b.lateOrders && a.untrackedOrders == b.untrackedOrders
            && a.expiringQuotes == b.expiringQuotes && a.advice == b.advice
    }

    @Test func reusedFiguresEqualFreshOnes() {
        var after = AnalyticsReuseTests.before
        after.orders[0].items[0].price = Fixture.money("6000")   // moves C1 to key
        after.orders[2].shippedAt = Fixture.day("2025-11-29")    // late, now shipped
        after.quotes[1].items[0].qty = 400
        let old = ShopAnalytics(shop: AnalyticsReuseTests.before)
        let fresh = ShopAnalytics(shop: after)
        let reused = ShopAnalytics(shop: after, reusing: old, ordersAt: [0, 2], quotesAt: [1])
        #expect(AnalyticsReuseTests.equal(reused, fresh))
        #expect(!AnalyticsReuseTests.equal(old, fresh))
        #expect(reused.customer(CustomerID("C1"))?.tier == .key)
    }

    /// Edits the index cannot take in place (an order no longer paid, another customer, another product) still agree.
    @Test(arguments: [0, 1, 2])
    func structuralOrderEditsEqualFreshOnes(edit: Int) {
        var after = AnalyticsReuseTests.before
        switch edit {
        case 0: after.orders[0].status = .refunded
        case 1: after.orders[1].customer = CustomerID("C1")
        default: after.orders[1].items[0].sku = SKU("P1")
        }
        let old = ShopAnalytics(shop: AnalyticsReuseTests.before)
        let reused = ShopAnalytics(shop: after, reusing: old, ordersAt: [0, 1], quotesAt: [])
        #expect(AnalyticsReuseTests.equal(reused, ShopAnalytics(shop: after)))
    }

    @Test func quoteOnlyFiguresEqualFreshOnes() {
        var after = AnalyticsReuseTests.before
        after.quotes[0].items[0].price = Fixture.money("7.25")
        let old = ShopAnalytics(shop: AnalyticsReuseTests.before)
        let reused = ShopAnalytics(old, shop: after, quotesAt: [0])
        #expect(AnalyticsReuseTests.equal(reused, ShopAnalytics(shop: after)))
        #expect(reused.quotes[0].totals.total == Fixture.money("725"))
    }
}
