import Testing
@testable import ShopModel

/// Recommended products: active products in the 2 categories a customer bought most (units), not bought, newest
/// first (`since:` date, then sku descending), at most 5.
@Suite struct RecommendationTests {
    private func product(_ sku: String, _ category: String, since: String? = nil, status: ProductStatus = .active) -> Product {
        var product = Fixture.product(sku)
        product.category = category
        product.status = status
        if let since { product.params = [ParamEntry(key: "since", value: .string(since))] }
        return product
    }

    @Test func newestActiveUnboughtProductsOfTheTopTwoCategories() throws {
        let products = [
            product("H1", "合页"), product("H2", "合页", since: "2025-10-01"), product("H3", "合页", since: "2025-11-01"),
            product("H4", "合页", status: .delisted), product("L1", "拉手"), product("L2", "拉手", since: "2025-10-15"),
            product("S1", "螺丝"), product("S2", "螺丝", since: "2025-11-20"),
        ]
        // Units: 合页 300 (H1), 拉手 200 (L1), 螺丝 100 (S1): the top two are 合页 and 拉手.
        let orders = [Fixture.order("O1", "C", "2025-11-01", "1", sku: "H1", qty: 300), Fixture.order("O2", "C", "2025-11-02", "1", sku: "L1", qty: 200),
                      Fixture.order("O3", "C", "2025-11-03", "1", sku: "S1", qty: 100)]
        let shop = Fixture.shop(products: products, customers: [Fixture.customer("C"), Fixture.customer("N")], orders: orders)
        let analytics = ShopAnalytics(shop: shop)
        // H3 (11-01), L2 (10-15), H2 (10-01); H4 is delisted, S2 is in the third category.
        #expect(analytics.customer("C")?.recommended == ["H3", "L2", "H2"])
        #expect(analytics.customer("N")?.recommended == [])
    }

    @Test func atMostFiveAndUndatedBySkuDescending() throws {
        let products = (1...8).map { product("P\($0)", "螺丝") }
        let shop = Fixture.shop(products: products, customers: [Fixture.customer("C")],
                                orders: [Fixture.order("O1", "C", "2025-11-01", "1", sku: "P8")])
        #expect(ShopAnalytics(shop: shop).customer("C")?.recommended == ["P7", "P6", "P5", "P4", "P3"])
    }

    @Test func unpaidOrdersDoNotCount() throws {
        let shop = Fixture.shop(products: [product("A", "合页"), product("B", "合页")], customers: [Fixture.customer("C")],
                                orders: [Fixture.order("O1", "C", "2025-11-01", "1", sku: "A", status: .cancelled)])
        #expect(ShopAnalytics(shop: shop).customer("C")?.recommended == [])
    }
}
