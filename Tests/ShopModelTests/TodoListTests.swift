import Testing
@testable import ShopModel

/// The to-do list at as_of 2025-11-30 with the default advice thresholds (ship_soon_days 2, unpaid_days 3,
/// quote_follow_up_days 3), each kind at and just past its threshold.
@Suite struct TodoListTests {
    private func order(_ id: String, _ date: String, _ status: OrderStatus, shipBy: String? = nil, tracking: String? = "SF1") -> Order {
        var order = Fixture.order(id, "C", date, "100", status: status, tracking: tracking)
        if let shipBy { order.shipBy = Fixture.day(shipBy) }
        return order
    }

    private func quote(_ id: String, _ date: String, _ status: QuoteStatus, validUntil: String = "2025-12-20", followUp: String? = nil) -> Quote {
        var quote = Quote(id: QuoteID(id), customer: "C", date: Fixture.day(date), validUntil: Fixture.day(validUntil),
                          source: Fixture.source("content/quotes/\(id).md"))
        quote.writtenStatus = status
        quote.followUp = followUp.map(Fixture.day)
        return quote
    }

    /// The ids of each kind, most urgent kind first.
    private func todo(_ shop: Shop) -> [String: [String]] {
        let analytics = ShopAnalytics(shop: shop)
        var out: [String: [String]] = [:]
        for group in analytics.todo {
            out[group.kind.rawValue] = group.positions.map { p in
                switch group.kind {
                case .disputed, .late, .shipSoon, .untracked, .unpaid: return analytics.orders[p].id.rawValue
                case .followUp, .quoteDue, .draftQuote: return analytics.quotes[p].id.rawValue
                case .reorder, .dormant: return analytics.customers[p].id.rawValue
                }
            }
        }
        return out
    }

    @Test func ordersFallIntoTheirKindAtEachThreshold() {
        let shop = Fixture.shop(customers: [Fixture.customer("C")], orders: [
            order("D1", "2025-11-10", .disputed),
            order("L1", "2025-11-20", .pendingShipment, shipBy: "2025-11-29"),      // 1 day late
            order("S0", "2025-11-28", .pendingShipment, shipBy: "2025-11-30"),      // due today
            order("S2", "2025-11-28", .pendingShipment, shipBy: "2025-12-02"),      // 2 days: exactly ship_soon_days
            order("S3", "2025-11-28", .pendingShipment, shipBy: "2025-12-03"),      // 3 days: not yet
            order("T1", "2025-11-20", .shipped, tracking: nil),
            order("U3", "2025-11-27", .pendingPayment),                              // 3 days: exactly unpaid_days, not older
            order("U4", "2025-11-26", .pendingPayment),                              // 4 days: older
            order("X1", "2025-11-01", .cancelled),
        ])
        let found = todo(shop)
        #expect(found["disputed"] == ["D1"] && found["late"] == ["L1"] && found["ship_soon"] == ["S0", "S2"])
        #expect(found["untracked"] == ["T1"] && found["unpaid"] == ["U4"])
        #expect(ShopAnalytics(shop: shop).todo.map(\.kind) == [.disputed, .late, .shipSoon, .untracked, .unpaid])
    }

    @Test func shipSoonAndUnpaidDaysComeFromSiteYaml() {
        let shop = Fixture.shop(settings: Fixture.settings { $0.advice.shipSoonDays = 3; $0.advice.unpaidDays = 2 },
                                customers: [Fixture.customer("C")],
                                orders: [order("S3", "2025-11-28", .pendingShipment, shipBy: "2025-12-03"), order("U3", "2025-11-27", .pendingPayment)])
        #expect(todo(shop) == ["ship_soon": ["S3"], "unpaid": ["U3"]])
    }

    @Test func quotesFallIntoTheirKindAtEachThreshold() {
        let shop = Fixture.shop(customers: [Fixture.customer("C")], quotes: [
            quote("F1", "2025-11-01", .sent, followUp: "2025-11-30"),        // follow-up today
            quote("F2", "2025-11-29", .draft, followUp: "2025-12-01"),       // follow-up tomorrow: still a draft
            quote("F3", "2025-11-01", .accepted, followUp: "2025-11-20"),    // decided: nothing to do
            quote("A3", "2025-11-27", .sent),                                 // 3 days without a decision
            quote("A2", "2025-11-28", .sent),                                 // 2 days: not yet
            quote("E3", "2025-11-29", .sent, validUntil: "2025-12-03"),       // expires in 3 days
            quote("E4", "2025-11-29", .sent, validUntil: "2025-12-04"),       // in 4 days: not yet
            quote("EX", "2025-11-01", .sent, validUntil: "2025-11-29"),       // expired: lost
            quote("D1", "2025-11-25", .draft),
        ])
        let found = todo(shop)
        #expect(found["follow_up"] == ["F1"])
        #expect(found["quote_due"] == ["E3", "A3"])
        #expect(found["draft_quote"] == ["D1", "F2"])
    }

    @Test func customersOverdueToReorderThenDormantOnes() {
        // R: orders 11-01 and 11-11, due 11-26, overdue at 11-30. K: key, last order 2025-09-01, dormant.
        let shop = Fixture.shop(customers: [Fixture.customer("R"), Fixture.customer("K"), Fixture.customer("N")], orders: [
            Fixture.order("O1", "R", "2025-11-01", "10"), Fixture.order("O2", "R", "2025-11-11", "10"),
            Fixture.order("O3", "K", "2025-09-01", "20000"), Fixture.order("O4", "N", "2025-11-20", "10"),
        ])
        #expect(todo(shop) == ["reorder": ["R"], "dormant": ["K"]])
        #expect(ShopAnalytics(shop: shop).todo.map(\.kind) == [.reorder, .dormant])
    }

    @Test func anEmptyShopHasNothingToDo() {
        #expect(ShopAnalytics(shop: Fixture.shop()).todo.isEmpty)
    }
}
