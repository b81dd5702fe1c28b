import Testing
@testable import ShopModel

@Suite struct AnalyticsListsTests {
    static func visits(_ sku: SKU?, _ visitors: Int) -> TrafficRow {
        TrafficRow(date: Fixture.asOf, sku: sku, visitors: visitors, pageViews: visitors, addToCart: 0)
    }

    /// P1: 100 visitors, 1 buyer (1%); P2: 10 visitors, none; P3: 200 visitors, 10 buyers (5%). Median visitors 100.
    static func trafficShop(benchmark: Double?) -> Shop {
        let settings = Fixture.settings { $0.benchmarkConversionRate = benchmark }
        var orders = [Fixture.order("O-1", "C0", "2025-11-30", "1", sku: "P1")]
        for i in 0..<10 { orders.append(Fixture.order("O-\(i + 10)", "C\(i)", "2025-11-30", "1", sku: "P3")) }
        return Fixture.shop(settings: settings, products: ["P1", "P2", "P3", "P4"].map { Fixture.product($0) },
                            customers: (0..<10).map { Fixture.customer("C\($0)", region: $0 < 5 ? "广东" : "浙江") },
                            orders: orders, traffic: [visits(nil, 400), visits("P1", 100), visits("P2", 10), visits("P3", 200)])
    }

    @Test func highTrafficLowConversionProductsUseTheBenchmark() throws {
        let window = try #require(ShopAnalytics(shop: Self.trafficShop(benchmark: 0.03)).windows.first)
        #expect(window.lowConversionProducts == ["P1"])
        #expect(window.productsWithoutTraffic == ["P4"])
    }

    /// Rule 2 sends the merchant to add 买家评价 and 批量采购案例 to a product's page so it sells better; like rule 3
    /// (delist candidates), that is about products on sale. A delisted P1 with the same traffic is not listed; the
    /// median still counts its visitors, so P2 stays a delist candidate.
    @Test(arguments: [(ProductStatus.active, ["P1"] as [SKU]), (.delisted, [])])
    func onlyActiveProductsAreToldToAddReviews(_ status: ProductStatus, listed: [SKU]) throws {
        var shop = Self.trafficShop(benchmark: 0.03)
        shop.products[0].status = status
        let window = try #require(ShopAnalytics(shop: shop).windows.first)
        #expect(window.lowConversionProducts == listed)
        #expect(window.delistCandidates == ["P2"])
    }

    @Test func withoutABenchmarkHalfTheStoreConversionIsTheBar() throws {
        // Store: 10 buyers / 400 visitors = 2.5%; the bar is 1.25%, so P1 (1%) is listed.
        let window = try #require(ShopAnalytics(shop: Self.trafficShop(benchmark: nil)).windows.first)
        #expect(window.lowConversionProducts == ["P1"])
        let strict = try #require(ShopAnalytics(shop: Self.trafficShop(benchmark: 0.001)).windows.first)
        #expect(strict.lowConversionProducts == [])
    }

    @Test func adviceComesFromTheLongestWindowAsData() {
        let analytics = ShopAnalytics(shop: Self.trafficShop(benchmark: 0.03))
        // Rule 3: P2 (10 visitors, below the median, no buyer) is a delist candidate; rule 4: all 10 buyers are new
        // (100% > 80%); rule 5: 广东 6/11 and 浙江 5/11 of the paid amount are both above 40%.
        #expect(analytics.advice == [
            .lowConversion(windowDays: 30, conversion: 10.0 / 400.0, benchmark: 0.03),
            .lowConversionProducts(windowDays: 30, skus: ["P1"]),
            .delistCandidates(windowDays: 30, skus: ["P2"]),
            .newCustomerShare(windowDays: 30, share: 1.0),
            .regionConcentration(windowDays: 30, region: "广东", share: 6.0 / 11.0),
            .regionConcentration(windowDays: 30, region: "浙江", share: 5.0 / 11.0),
        ])
        #expect(analytics.advice.map(\.key) == ["low_conversion", "low_conversion_products", "delist_candidates", "new_customer_share",
                                                "region_concentration", "region_concentration"])
    }

    @Test func skusOutsideTheCatalogStillListSortedBySku() throws {
        let shop = Fixture.shop(products: [Fixture.product("B")], customers: [Fixture.customer("C")],
                                orders: [Fixture.order("O1", "C", "2025-11-30", "1", sku: "A"), Fixture.order("O2", "C", "2025-11-30", "1", sku: "B")])
        let window = try #require(ShopAnalytics(shop: shop).windows.first)
        #expect(window.products.map(\.sku) == ["A", "B"])
    }

    @Test func quotesExpiringWithinThreeDaysAreListed() {
        func quote(_ id: String, _ validUntil: Day, _ status: QuoteStatus = .sent) -> Quote {
            var quote = Quote(id: QuoteID(id), customer: "C", date: Fixture.day("2025-11-01"), validUntil: validUntil,
                              source: Fixture.source("content/quotes/\(id).md"))
            quote.writtenStatus = status
            return quote
        }
        let asOf = Fixture.asOf
        let shop = Fixture.shop(customers: [Fixture.customer("C")], quotes: [
            quote("Q1", asOf.adding(days: 3)), quote("Q2", asOf.adding(days: 4)), quote("Q3", asOf),
            quote("Q4", asOf.adding(days: 1), .draft), quote("Q5", asOf.adding(days: -1)),
        ])
        let analytics = ShopAnalytics(shop: shop)
        #expect(analytics.expiringQuotes.map(\.id) == ["Q3", "Q1"])
        #expect(analytics.quotes.map(\.status) == [.sent, .sent, .sent, .draft, .expired])
        #expect(analytics.quotes.map(\.daysToExpiry) == [3, 4, 0, 1, -1])
    }
}
