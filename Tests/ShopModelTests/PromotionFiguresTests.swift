@testable import ShopModel
import Testing

/// Promotion uses, discount given, paid amount and the repurchase rate before and during (contract, Derived figures),
/// computed by hand on a small shop. as_of 2025-11-25; 老客户 (regular) only; 11-21 … 11-30, so "during" is
/// 11-21 … 11-25 (5 days) and "before" 11-16 … 11-20.
struct PromotionFiguresTests {
    static func promotion(tiers: [CustomerTier] = [.regular], start: String? = "2025-11-21", end: String? = "2025-11-30") -> Promotion {
        var p = Promotion(id: "P-1", source: Fixture.source("content/promotions/P-1.md"))
        p.threshold = Money(500)
        p.amount = Money(100)
        p.tiers = tiers
        p.start = start.map(Fixture.day)
        p.end = end.map(Fixture.day)
        return p
    }

    static func used(_ order: Order) -> Order {
        var order = order
        order.promotion = "P-1"
        order.promotionDiscount = Money(100)
        return order
    }

    static let customers = ["A", "B", "C", "D", "E"].map { Fixture.customer($0, tier: $0 == "D" ? .key : nil) }
    static let orders: [Order] = [
        Fixture.order("O-01", "A", "2025-11-01", "1500"),                 // A regular on start
        Fixture.order("O-02", "A", "2025-11-16", "200"),
        Fixture.order("O-03", "A", "2025-11-18", "200"),                  // A: 2 before
        used(Fixture.order("O-04", "A", "2025-11-22", "600")),            // A: 1 during, uses it: 600 − 100
        Fixture.order("O-05", "B", "2025-11-10", "2000"),                 // B regular on start
        Fixture.order("O-06", "B", "2025-11-17", "300"),                  // B: 1 before
        Fixture.order("O-07", "B", "2025-11-21", "300"),
        used(Fixture.order("O-08", "B", "2025-11-24", "800")),            // B: 2 during, uses it: 800 − 100
        used(Fixture.order("O-09", "B", "2025-11-23", "900", status: .refunded)),   // not paid: no use, no count
        Fixture.order("O-10", "C", "2025-11-22", "700"),
        Fixture.order("O-11", "C", "2025-11-23", "700"),                  // C new on start: not eligible
        Fixture.order("O-12", "D", "2025-11-22", "700"),
        Fixture.order("O-13", "D", "2025-11-23", "700"),                  // D key (manual): not eligible
        Fixture.order("O-14", "E", "2025-11-21", "1000"),                 // E: exactly 1,000 on start day → regular; 1 during
    ]

    static func figures(_ promotion: Promotion) -> PromotionFigures {
        let shop = Fixture.shop(customers: customers, orders: orders, promotions: [promotion], asOf: Fixture.day("2025-11-25"))
        return ShopAnalytics.promotionFigures(shop: shop)[0]
    }

    @Test func usesAndRepurchaseBeforeAndDuring() {
        let f = Self.figures(Self.promotion())
        #expect(f.uses == 2)
        #expect(f.discountGiven == Money(200))
        #expect(f.paidAmount == Money(1200))
        #expect(f.eligibleCustomers == ["A", "B", "E"])
        #expect(f.during == Fixture.day("2025-11-21")...Fixture.day("2025-11-25"))
        #expect(f.before == Fixture.day("2025-11-16")...Fixture.day("2025-11-20"))
        // Before: A (2 orders) and B (1) bought; A repeated: 1/2. During: A (1), B (2), E (1): 1/3.
        #expect(f.repurchaseRateBefore == 0.5)
        #expect(f.repurchaseRateDuring == 1.0 / 3.0)
    }

    @Test func noTiersMeansEveryCustomer() {
        let f = Self.figures(Self.promotion(tiers: []))
        #expect(f.eligibleCustomers == ["A", "B", "C", "D", "E"])
        // During: A 1, B 2, C 2, D 2, E 1 → 3/5.
        #expect(f.repurchaseRateDuring == 0.6)
    }

    @Test(arguments: [("no start", nil as String?), ("starts after as_of", "2025-11-26")])
    func noPeriodGivesNull(_ name: String, start: String?) {
        let f = Self.figures(Self.promotion(start: start))
        #expect(f.repurchaseRateBefore == nil)
        #expect(f.repurchaseRateDuring == nil)
        #expect(f.uses == 2)
    }

    @Test func shorterPeriodAndAnEmptyShop() {
        // Starting on 11-22 ends "during" on 11-25 (4 days); before is 11-18 … 11-21: A (11-18), B (11-21), E (11-21).
        let f = Self.figures(Self.promotion(start: "2025-11-22"))
        #expect(f.before == Fixture.day("2025-11-18")...Fixture.day("2025-11-21"))
        #expect(f.repurchaseRateBefore == 0.0)
        let empty = ShopAnalytics.promotionFigures(shop: Fixture.shop(promotions: [Self.promotion()], asOf: Fixture.day("2025-11-25")))
        #expect(empty[0].repurchaseRateBefore == nil && empty[0].repurchaseRateDuring == nil && empty[0].uses == 0)
    }
    /// "All figures use the paid orders and the reference date as_of": an order naming the promotion but dated after
    /// as_of is not a use yet (a report run with an earlier --as-of must not count it).
    @Test(arguments: [("2025-11-25", 3, "1800"), ("2025-11-26", 2, "1200")])
    func anOrderAfterAsOfIsNoUse(_ date: String, uses: Int, paid: String) {
        let late = Self.used(Fixture.order("O-15", "E", date, "700"))
        let shop = Fixture.shop(customers: Self.customers, orders: Self.orders + [late], promotions: [Self.promotion()],
                                asOf: Fixture.day("2025-11-25"))
        let f = ShopAnalytics.promotionFigures(shop: shop)[0]
        #expect(f.uses == uses)
        #expect(f.discountGiven == Money(100) * uses)
        #expect(f.paidAmount == Fixture.money(paid))
    }
}
