import Testing
@testable import ShopModel

@Suite struct AnalyticsWindowTests {
    /// A: 广东, B: 浙江, C: no region. Paid: O1 A as_of−6 ¥100, O2 A as_of−7 ¥200, O3 B as_of ¥300, O7 B 10-01 ¥50.
    /// Not counted: O4 refunded, O5 unpaid, O6 dated after as_of.
    static let shop = Fixture.shop(
        customers: [Fixture.customer("A", region: "广东"), Fixture.customer("B", region: "浙江"), Fixture.customer("C")],
        orders: [
            Fixture.order("O1", "A", "2025-11-24", "100"),
            Fixture.order("O2", "A", "2025-11-23", "200"),
            Fixture.order("O3", "B", "2025-11-30", "300", status: .shipped),
            Fixture.order("O4", "B", "2025-11-29", "999", status: .refunded),
            Fixture.order("O5", "C", "2025-11-28", "500", status: .pendingPayment),
            Fixture.order("O6", "C", "2025-12-01", "700"),
            Fixture.order("O7", "B", "2025-10-01", "50"),
        ],
        traffic: [
            TrafficRow(date: Fixture.day("2025-11-23"), sku: nil, visitors: 50, pageViews: 60, addToCart: 0),
            TrafficRow(date: Fixture.day("2025-11-24"), sku: nil, visitors: 100, pageViews: 140, addToCart: 0),
            TrafficRow(date: Fixture.day("2025-11-30"), sku: nil, visitors: 300, pageViews: 900, addToCart: 0),
            TrafficRow(date: Fixture.day("2025-11-30"), sku: "P1", visitors: 40, pageViews: 80, addToCart: 4),
            TrafficRow(date: Fixture.day("2025-12-01"), sku: nil, visitors: 9999, pageViews: 9999, addToCart: 0),
        ])

    @Test func sevenDayWindowIncludesAsOfMinusSixButNotMinusSeven() throws {
        let window = try #require(ShopAnalytics(shop: Self.shop).windows.first)
        #expect(window.days == 7)
        #expect(window.start == Fixture.day("2025-11-24") && window.end == Fixture.asOf)
        #expect(window.paidOrders == 2)
        #expect(window.gmv == Money(400))
        #expect(window.buyers == 2)
        #expect(window.visitors == 400 && window.pageViews == 1040)
        #expect(window.conversionRate == 2.0 / 400.0)
        #expect(window.averageOrderValue == Money(200))
        #expect(window.newCustomerShare == 0)
        #expect(window.repurchaseRate == 0)
        #expect(window.purchaseFrequency == 1)
    }

    @Test func thirtyDayWindowCountsRepeatAndNewBuyers() throws {
        let window = try #require(ShopAnalytics(shop: Self.shop).windows.last)
        #expect(window.days == 30 && window.start == Fixture.day("2025-11-01"))
        #expect(window.paidOrders == 3 && window.buyers == 2 && window.gmv == Money(600))
        #expect(window.visitors == 450)
        #expect(window.newCustomerShare == 0.5)   // A's first paid order is in the window; B's is in October.
        #expect(window.repurchaseRate == 0.5)      // A has 2 paid orders in it.
        #expect(window.purchaseFrequency == 1.5)
        #expect(window.averageOrderValue == Money(300))
    }

    @Test func regionSharesAreSortedByCodePoint() throws {
        let window = try #require(ShopAnalytics(shop: Self.shop).windows.first)
        #expect(window.regions.map(\.region) == ["广东", "浙江"])
        #expect(window.regions.map(\.share) == [0.25, 0.75])
    }

    @Test func regionlessCustomersShareUnderTheEmptyRegionFirst() throws {
        let shop = Fixture.shop(
            customers: [Fixture.customer("A", region: "广东"), Fixture.customer("C"), Fixture.customer("D", region: "Zhejiang")],
            orders: [Fixture.order("O1", "A", "2025-11-30", "10"), Fixture.order("O2", "C", "2025-11-30", "30"),
                     Fixture.order("O3", "D", "2025-11-30", "60")])
        let window = try #require(ShopAnalytics(shop: shop).windows.first)
        #expect(window.regions.map(\.region) == ["", "Zhejiang", "广东"])
        #expect(window.regions.map(\.share) == [0.3, 0.6, 0.1])
    }

    @Test func productFiguresJoinTrafficAndPaidSales() throws {
        let shop = Fixture.shop(
            products: [Fixture.product("P1"), Fixture.product("P2"), Fixture.product("P3")],
            customers: [Fixture.customer("A"), Fixture.customer("B")],
            orders: [Fixture.order("O1", "A", "2025-11-30", "0.035", sku: "P1", qty: 1003),
                     Fixture.order("O2", "A", "2025-11-29", "2", sku: "P1", qty: 10),
                     Fixture.order("O3", "B", "2025-11-28", "5", sku: "P2", qty: 3),
                     Fixture.order("O4", "B", "2025-11-28", "5", sku: "P3", qty: 3, status: .cancelled)],
            traffic: [TrafficRow(date: Fixture.day("2025-11-30"), sku: "P1", visitors: 40, pageViews: 80, addToCart: 4),
                      TrafficRow(date: Fixture.day("2025-11-20"), sku: "P1", visitors: 1000, pageViews: 1, addToCart: 1)])
        let window = try #require(ShopAnalytics(shop: shop).windows.first)
        #expect(window.products.map(\.sku) == ["P1", "P2"])
        let p1 = window.products[0], p2 = window.products[1]
        #expect((p1.visitors, p1.pageViews, p1.addToCart, p1.buyers, p1.units) == (40, 80, 4, 1, 1013))
        #expect(p1.gmv == Fixture.money("55.11"))   // 35.11 + 20.00
        #expect(p1.addToCartRate == 0.1 && p1.conversionRate == 1.0 / 40.0)
        #expect(p2.visitors == 0 && p2.addToCartRate == nil && p2.conversionRate == nil && p2.buyers == 1)
        #expect(window.productsWithoutTraffic == ["P2", "P3"])
    }

    @Test func zeroDenominatorsGiveNil() throws {
        let window = try #require(ShopAnalytics(shop: Fixture.shop()).windows.first)
        #expect(window.conversionRate == nil && window.averageOrderValue == nil && window.newCustomerShare == nil)
        #expect(window.repurchaseRate == nil && window.purchaseFrequency == nil)
        #expect(window.regions.isEmpty && window.products.isEmpty)
    }

    @Test func zeroGMVGivesNilRegionShare() throws {
        let shop = Fixture.shop(customers: [Fixture.customer("A", region: "广东")],
                                orders: [Fixture.order("O1", "A", "2025-11-30", "0")])
        let window = try #require(ShopAnalytics(shop: shop).windows.first)
        #expect(window.regions == [RegionShare(region: "广东", gmv: .zero, share: nil)])
        #expect(window.averageOrderValue == Money.zero)
    }

    @Test func dailySeriesAndPreviousWindowLineUp() throws {
        let analytics = ShopAnalytics(shop: Self.shop)
        let window = try #require(analytics.windows.first), previous = try #require(analytics.previousWindows.first)
        #expect(window.daily.count == 7)
        #expect(window.daily.first == DailyPoint(day: Fixture.day("2025-11-24"), visitors: 100, buyers: 1, gmv: Money(100)))
        #expect(window.daily.last == DailyPoint(day: Fixture.asOf, visitors: 300, buyers: 1, gmv: Money(300)))
        #expect(previous.start == Fixture.day("2025-11-17") && previous.end == Fixture.day("2025-11-23"))
        #expect(previous.gmv == Money(200) && previous.visitors == 50 && previous.buyers == 1)
    }

    @Test func averageOrderValueRoundsHalfAwayFromZero() {
        #expect(Ratio.average(Fixture.money("100"), over: 3) == Fixture.money("33.33"))
        #expect(Ratio.average(Fixture.money("0.05"), over: 2) == Fixture.money("0.03"))
        #expect(Ratio.average(Fixture.money("1"), over: 0) == nil)
    }
}
