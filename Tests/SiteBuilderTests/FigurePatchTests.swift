import Testing
@testable import ShopModel
import ShopModelFixtures
@testable import SiteBuilder

/// Figures patched after an edit (serve's incremental layer, `FigurePatch`), reusing the unchanged orders' and quotes'
/// figures, equal those of a fresh computation of the edited shop.
@Suite struct FigurePatchTests {
    static func quote(_ id: String, _ customer: String, price: String) -> Quote {
        var quote = Quote(id: QuoteID(id), customer: CustomerID(customer), date: ModelFixture.day("2025-11-20"),
                          validUntil: ModelFixture.day("2025-12-01"), source: ModelFixture.source("content/quotes/\(id).md"))
        quote.writtenStatus = .sent
        quote.items = [QuoteLine(sku: SKU("P1"), description: nil, qty: 100, unit: "件", price: ModelFixture.money(price), priceSource: .negotiated)]
        return quote
    }

    static let before = ModelFixture.shop(
        products: [ModelFixture.product("P1"), ModelFixture.product("P2")],
        customers: [ModelFixture.customer("C1", region: "广东"), ModelFixture.customer("C2", region: "浙江")],
        orders: [ModelFixture.order("O1", "C1", "2025-11-28", "600", qty: 2), ModelFixture.order("O2", "C2", "2025-11-02", "40", sku: "P2", qty: 30),
                 ModelFixture.order("O3", "C1", "2025-10-10", "10", status: .pendingShipment, tracking: nil)],
        quotes: [quote("Q1", "C1", price: "2.5"), quote("Q2", "C2", price: "3")])

    static func equal(_ a: ShopAnalytics, _ b: ShopAnalytics) -> Bool {
        a.windows == b.windows && a.previousWindows == b.previousWindows && a.customers == b.customers && a.orders == b.orders
            && a.quotes == b.quotes && a.tierMix == b.tierMix && a.orderStatusMix == b.orderStatusMix
            && a.dormantCustomers == b.dormantCustomers && a.lateOrders == b.lateOrders && a.untrackedOrders == b.untrackedOrders
            && a.expiringQuotes == b.expiringQuotes && a.advice == b.advice && a.todo == b.todo
    }

    @Test func reusedFiguresEqualFreshOnes() {
        var after = FigurePatchTests.before
        after.orders[0].items[0].price = ModelFixture.money("6000")   // moves C1 to key
        after.orders[2].shippedAt = ModelFixture.day("2025-11-29")    // late, now shipped
        after.quotes[1].items[0].qty = 400
        let old = ShopAnalytics(shop: FigurePatchTests.before)
        let fresh = ShopAnalytics(shop: after)
        let reused = FigurePatch.redone(old, shop: after, ordersAt: [0, 2], quotesAt: [1])
        #expect(FigurePatchTests.equal(reused, fresh))
        #expect(!FigurePatchTests.equal(old, fresh))
        #expect(reused.customer(CustomerID("C1"))?.tier == .key)
    }

    /// Edits the index cannot take in place (an order no longer paid, another customer, another product) still agree.
    @Test(arguments: [0, 1, 2])
    func structuralOrderEditsEqualFreshOnes(edit: Int) {
        var after = FigurePatchTests.before
        switch edit {
        case 0: after.orders[0].status = .refunded
        case 1: after.orders[1].customer = CustomerID("C1")
        default: after.orders[1].items[0].sku = SKU("P1")
        }
        let old = ShopAnalytics(shop: FigurePatchTests.before)
        let reused = FigurePatch.redone(old, shop: after, ordersAt: [0, 1], quotesAt: [])
        #expect(FigurePatchTests.equal(reused, ShopAnalytics(shop: after)))
    }

    @Test func quoteOnlyFiguresEqualFreshOnes() {
        var after = FigurePatchTests.before
        after.quotes[0].items[0].price = ModelFixture.money("7.25")
        let old = ShopAnalytics(shop: FigurePatchTests.before)
        let reused = FigurePatch.quotesRedone(old, shop: after, at: [0])
        #expect(FigurePatchTests.equal(reused, ShopAnalytics(shop: after)))
        #expect(reused.quotes[0].totals.total == ModelFixture.money("725"))
    }
}
