import Testing
@testable import ShopModel

/// The 365-day paid amount, `tier_basis`, and the reorder date (last paid order + interval × reorder_factor, rounded
/// half up to whole days), all by hand. as_of is 2025-11-30 unless a case says otherwise.
@Suite struct CustomerReorderTests {
    private func figures(_ dates: [String], amount: String = "10", asOf: String = "2025-11-30",
                         configure: (inout SiteSettings) -> Void = { _ in }) throws -> CustomerFigures {
        let orders = dates.enumerated().map { Fixture.order("O\($0.offset)", "A", $0.element, amount) }
        let shop = Fixture.shop(settings: Fixture.settings(configure), customers: [Fixture.customer("A")], orders: orders,
                                asOf: Fixture.day(asOf))
        return try #require(ShopAnalytics(shop: shop).customer("A"))
    }

    @Test func noOrderAndOneOrderHaveNoIntervalAndNoReorderDate() throws {
        for dates in [[], ["2025-11-01"]] {
            let c = try figures(dates)
            #expect(c.purchaseIntervalDays == nil && c.reorderDue == nil && !c.reorderOverdue)
        }
    }

    /// (dates, due): 10 days × 1.5 = 15; 3 × 1.5 = 4.5 → 5 (half up); (3 / 2) × 1.5 = 2.25 → 2; 7 × 1.5 = 10.5 → 11.
    @Test(arguments: [
        (["2025-11-01", "2025-11-11"], "2025-11-26"),
        (["2025-11-01", "2025-11-04"], "2025-11-09"),
        (["2025-11-01", "2025-11-02", "2025-11-04"], "2025-11-06"),
        (["2025-11-10", "2025-11-17"], "2025-11-28"),
        (["2025-11-10", "2025-11-10"], "2025-11-10"),
    ])
    func reorderDateIsLastOrderPlusIntervalTimesFactorRoundedHalfUp(dates: [String], due: String) throws {
        #expect(try figures(dates).reorderDue == Fixture.day(due))
    }

    @Test func reorderFactorComesFromSiteYaml() throws {
        // 10 days × 2 = 20 after 2025-11-11.
        let c = try figures(["2025-11-01", "2025-11-11"]) { $0.advice.reorderFactor = Rate(2) }
        #expect(c.reorderDue == Fixture.day("2025-12-01"))
    }

    /// Due 2025-11-26: on the due date it is not overdue yet, the day after it is.
    @Test(arguments: [("2025-11-25", false), ("2025-11-26", false), ("2025-11-27", true)])
    func overdueOnlyWhenAsOfIsPastTheDueDate(asOf: String, overdue: Bool) throws {
        let c = try figures(["2025-11-01", "2025-11-11"], asOf: asOf)
        #expect(c.reorderDue == Fixture.day("2025-11-26"))
        #expect(c.reorderOverdue == overdue)
    }

    @Test func dormantCustomersAreNotOverdueToReorder() throws {
        // 1000 each: regular; last order 2025-10-11 is 50 days before as_of (> 30): dormant, though past its due date.
        let c = try figures(["2025-10-01", "2025-10-11"], amount: "1000")
        #expect(c.tier == .regular && c.dormant)
        #expect(c.reorderDue == Fixture.day("2025-10-26") && !c.reorderOverdue)
    }

    /// 2024-12-01 is the first of the 365 days ending at 2025-11-30; 2024-11-30 lies before them.
    @Test func paidAmountOver365DaysCountsFromTheWindowsFirstDay() throws {
        let orders = [Fixture.order("O1", "A", "2024-11-30", "20000"), Fixture.order("O2", "A", "2024-12-01", "600"),
                      Fixture.order("O3", "A", "2025-11-30", "500")]
        let shop = Fixture.shop(customers: [Fixture.customer("A")], orders: orders)
        let c = try #require(ShopAnalytics(shop: shop).customer("A"))
        #expect(c.paidAmount == Money(21100) && c.paidAmount365d == Money(1100))
        #expect(c.tier == .key)
    }

    /// tier_basis: last_365_days ranks by the 365-day amount (1,100 → regular; lifetime 21,100 would be key).
    @Test(arguments: [(TierBasis.lifetime, CustomerTier.key), (.last365Days, .regular)])
    func tierBasisDecidesWhichAmountRanks(basis: TierBasis, tier: CustomerTier) throws {
        let orders = [Fixture.order("O1", "A", "2024-11-30", "20000"), Fixture.order("O2", "A", "2024-12-01", "600"),
                      Fixture.order("O3", "A", "2025-11-30", "500")]
        let shop = Fixture.shop(settings: Fixture.settings { $0.tierBasis = basis }, customers: [Fixture.customer("A")], orders: orders)
        #expect(ShopAnalytics(shop: shop).customer("A")?.tier == tier)
        #expect(OrderIndex(orders: shop.orders).tier(of: shop.customers[0], asOf: shop.asOf, settings: shop.settings) == tier)
    }

    @Test func reportHasThe365DayAmountAndTheReorderDate() throws {
        let shop = Fixture.shop(customers: [Fixture.customer("A"), Fixture.customer("B")],
                                orders: [Fixture.order("O1", "A", "2025-11-01", "10"), Fixture.order("O2", "A", "2025-11-11", "12.5")])
        let json = ShopReport(shop: shop).json
        #expect(json.contains("""
                  "purchase_interval_days": 10.0,
                  "paid_amount_365d": "22.50",
                  "reorder_due": "2025-11-26"
            """), "\(json)")
        #expect(json.contains("""
                  "purchase_interval_days": null,
                  "paid_amount_365d": "0.00",
                  "reorder_due": null
            """))
    }
}
