import Testing
@testable import ShopModel

/// The advice's thresholds from site.yaml, by hand, exactly at and just above each; and the contract's order 1 to 6.
@Suite struct AdviceThresholdTests {
    /// Five buyers on 2025-11-20; the first `old` of them also paid on 2025-09-01 (before the 30-day window), so they are
    /// not new. Amounts per buyer in `amounts`, regions 甲 for the first two and 乙 for the rest.
    private func shop(old: Int, amounts: [String] = ["10", "10", "10", "10", "10"], configure: (inout SiteSettings) -> Void = { _ in }) -> Shop {
        var orders: [Order] = []
        for (i, amount) in amounts.enumerated() {
            orders.append(Fixture.order("O-\(i)", "C\(i)", "2025-11-20", amount))
            if i < old { orders.append(Fixture.order("OLD-\(i)", "C\(i)", "2025-09-01", "1")) }
        }
        return Fixture.shop(settings: Fixture.settings(configure),
                            customers: amounts.indices.map { Fixture.customer("C\($0)", region: $0 < 2 ? "甲" : "乙") }, orders: orders)
    }

    private func keys(_ shop: Shop) -> [String] { ShopAnalytics(shop: shop).advice.map(\.key) }

    /// New-customer share 4/5 = 80%: exactly at the default 0.8 gives nothing; 5/5 is above; a 0.79 threshold is below 80%.
    @Test func newCustomerShareMustBeAboveTheThreshold() {
        #expect(!keys(shop(old: 1)).contains("new_customer_share"))
        #expect(ShopAnalytics(shop: shop(old: 0)).advice.contains(.newCustomerShare(windowDays: 30, share: 1)))
        #expect(keys(shop(old: 1) { $0.advice.newCustomerShare = Fixture.rate("0.79") }).contains("new_customer_share"))
        #expect(!keys(shop(old: 1) { $0.advice.newCustomerShare = Fixture.rate("0.8") }).contains("new_customer_share"))
    }

    /// 甲 holds 40.00 of 100.00 (exactly 40%): no advice for it; 40.01 of 100.00 is above.
    @Test func regionShareMustBeAboveTheThreshold() {
        let at = ShopAnalytics(shop: shop(old: 5, amounts: ["20", "20", "20", "20", "20"])).advice
        #expect(at == [.regionConcentration(windowDays: 30, region: "乙", share: 0.6)])
        let above = ShopAnalytics(shop: shop(old: 5, amounts: ["20.01", "20", "20", "20", "19.99"])).advice
        #expect(above.map(\.key) == ["region_concentration", "region_concentration"])
        // A threshold of 0.6 leaves 乙's 60% (exactly at) without advice.
        #expect(ShopAnalytics(shop: shop(old: 5, amounts: ["20", "20", "20", "20", "20"]) { $0.advice.regionShare = Fixture.rate("0.6") }).advice.isEmpty)
    }

    @Test func sharesAreComparedExactlyEvenForHugeAmounts() {
        let threshold = Fixture.rate("0.4")
        #expect(!threshold.isExceeded(by: 4_000_000_000_000_000, of: 10_000_000_000_000_000))
        #expect(threshold.isExceeded(by: 4_000_000_000_000_001, of: 10_000_000_000_000_000))
        #expect(!threshold.isExceeded(by: 1, of: 0))
    }

    @Test func dormantCustomersComeLastWithTheirRecommendations() throws {
        var products = [Fixture.product("A1"), Fixture.product("A2"), Fixture.product("A3")]
        for i in products.indices { products[i].category = "五金/合页" }
        let shop = Fixture.shop(products: products, customers: [Fixture.customer("K", region: "甲")],
                                orders: [Fixture.order("O1", "K", "2025-09-01", "12000", sku: "A1")])
        let analytics = ShopAnalytics(shop: shop)
        #expect(analytics.advice.last == .winBackCustomers(count: 1, paidAmount: Money(12000), ids: ["K"]))
        #expect(analytics.customer("K")?.recommended == ["A3", "A2"])
    }
}
