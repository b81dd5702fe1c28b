import Testing
@testable import ShopModel

@Suite struct CustomerFiguresTests {
    @Test(arguments: [
        ("999.99", CustomerTier.new), ("1000", .regular), ("9999.99", .regular), ("10000", .key), ("0", .new),
    ])
    func tierThresholdsAreInclusive(paid: String, tier: CustomerTier) throws {
        let shop = Fixture.shop(customers: [Fixture.customer("A")], orders: [Fixture.order("O1", "A", "2025-11-30", paid)])
        let customer = try #require(ShopAnalytics(shop: shop).customer("A"))
        #expect(customer.tier == tier && customer.computedTier == tier)
        #expect(customer.paidAmount == Fixture.money(paid))
    }

    @Test(arguments: [OrderStatus.refunded, .cancelled, .pendingPayment])
    func unpaidStatusesCountNowhere(status: OrderStatus) throws {
        let shop = Fixture.shop(customers: [Fixture.customer("A")],
                                orders: [Fixture.order("O1", "A", "2025-11-30", "20000", status: status)])
        let analytics = ShopAnalytics(shop: shop)
        let customer = try #require(analytics.customer("A"))
        #expect(customer.paidAmount == .zero && customer.paidOrders == 0 && customer.tier == .new)
        #expect(customer.firstOrder == nil && customer.lastOrder == nil && !customer.dormant)
        #expect(analytics.windows.allSatisfy { $0.paidOrders == 0 && $0.gmv == .zero })
    }

    @Test(arguments: [OrderStatus.pendingShipment, .shipped, .completed, .disputed])
    func paidStatusesCount(status: OrderStatus) throws {
        let shop = Fixture.shop(customers: [Fixture.customer("A")],
                                orders: [Fixture.order("O1", "A", "2025-11-30", "1000", status: status)])
        #expect(ShopAnalytics(shop: shop).customer("A")?.tier == .regular)
    }

    @Test func ordersAfterAsOfDoNotCount() throws {
        let shop = Fixture.shop(customers: [Fixture.customer("A")], orders: [Fixture.order("O1", "A", "2025-12-01", "20000")])
        #expect(ShopAnalytics(shop: shop).customer("A")?.paidAmount == .zero)
    }

    @Test func manualTierOverridesComputedTier() throws {
        let shop = Fixture.shop(customers: [Fixture.customer("A", tier: .key)], orders: [Fixture.order("O1", "A", "2025-11-30", "5")])
        let customer = try #require(ShopAnalytics(shop: shop).customer("A"))
        #expect(customer.tier == .key && customer.computedTier == .new)
    }

    /// dormant_after_days is 30: exactly 30 days since the last paid order is not dormant, 31 is.
    @Test(arguments: [("2025-10-31", 30, false), ("2025-10-30", 31, true), ("2025-11-30", 0, false)])
    func dormancyStartsAfterDormantAfterDays(lastOrder: String, days: Int, dormant: Bool) throws {
        let shop = Fixture.shop(customers: [Fixture.customer("A")], orders: [Fixture.order("O1", "A", lastOrder, "1000")])
        let customer = try #require(ShopAnalytics(shop: shop).customer("A"))
        #expect(customer.tier == .regular)
        #expect(customer.daysSinceLastOrder == days)
        #expect(customer.dormant == dormant)
    }

    @Test func newCustomersAreNeverDormantButTieredOnesWithoutOrdersAre() throws {
        let shop = Fixture.shop(customers: [Fixture.customer("A"), Fixture.customer("K", tier: .key)],
                                orders: [Fixture.order("O1", "A", "2025-01-01", "5")])
        let analytics = ShopAnalytics(shop: shop)
        #expect(analytics.customer("A")?.dormant == false)
        #expect(analytics.customer("K")?.dormant == true)
        #expect(analytics.dormantCustomers.map(\.id) == ["K"])
    }

    @Test func dormantCustomersAreListedByPaidAmountDescending() {
        let shop = Fixture.shop(
            customers: [Fixture.customer("A"), Fixture.customer("B"), Fixture.customer("C")],
            orders: [Fixture.order("O1", "A", "2025-09-01", "1000"), Fixture.order("O2", "B", "2025-09-01", "20000"),
                     Fixture.order("O3", "C", "2025-09-01", "1000")])
        let analytics = ShopAnalytics(shop: shop)
        #expect(analytics.dormantCustomers.map(\.id) == ["B", "A", "C"])
        #expect(analytics.advice.contains(.winBackCustomers(count: 3, paidAmount: Money(22000), ids: ["B", "A", "C"])))
    }

    @Test(arguments: [
        (["2025-11-01"], nil),
        (["2025-11-01", "2025-11-11"], 10.0),
        (["2025-11-01", "2025-11-11", "2025-11-30"], 14.5),
        (["2025-11-30", "2025-11-30"], 0.0),
    ] as [([String], Double?)])
    func purchaseIntervalIsMeanDaysBetweenPaidOrders(dates: [String], interval: Double?) throws {
        let orders = dates.enumerated().map { Fixture.order("O\($0.offset)", "A", $0.element, "10") }
        let shop = Fixture.shop(customers: [Fixture.customer("A")], orders: orders)
        let customer = try #require(ShopAnalytics(shop: shop).customer("A"))
        #expect(customer.purchaseIntervalDays == interval)
        #expect(customer.firstOrder == Fixture.day(dates[0]) && customer.lastOrder == Fixture.day(dates[dates.count - 1]))
    }

    @Test func mixesCountEveryCustomerAndOrder() {
        let shop = Fixture.shop(
            customers: [Fixture.customer("A"), Fixture.customer("B", tier: .key), Fixture.customer("C")],
            orders: [Fixture.order("O1", "A", "2025-11-30", "1000"), Fixture.order("O2", "C", "2025-11-30", "1", status: .refunded)])
        let analytics = ShopAnalytics(shop: shop)
        #expect(analytics.tierMix == [Tally(key: .new, count: 1), Tally(key: .regular, count: 1), Tally(key: .key, count: 1)])
        #expect(analytics.orderStatusMix.first { $0.key == .completed }?.count == 1)
        #expect(analytics.orderStatusMix.first { $0.key == .refunded }?.count == 1)
        #expect(analytics.orderStatusMix.map(\.count).reduce(0, +) == 2)
    }
}
