@testable import ShopModel
import Testing

/// The pipeline figures by hand: outcomes, win rates per window, month, rep, customer and product, lost reasons,
/// days from quote to order, open quotes by value.
struct QuotePipelineTests {
    /// A quote of `qty` × ¥1 of each sku.
    static func quote(_ id: String, _ customer: String, _ date: String, _ status: QuoteStatus, rep: String? = nil,
                      skus: [String] = ["P1"], qty: Int = 100, validUntil: String = "2025-12-31", lost: LostReason? = nil) -> Quote {
        var quote = Quote(id: QuoteID(id), customer: CustomerID(customer), date: Fixture.day(date), validUntil: Fixture.day(validUntil),
                          source: Fixture.source("content/quotes/\(id).md"))
        quote.writtenStatus = status
        quote.rep = rep.map { RepID($0) }
        quote.lostReason = lost
        quote.items = skus.map { QuoteLine(sku: SKU($0), description: nil, qty: qty, unit: "件", price: Money(1), priceSource: .negotiated) }
        return quote
    }

    /// as_of 2025-11-30. Q1 accepted (won); Q2 sent but ordered on 11-20, 10 days after its date (won); Q3 rejected for
    /// price (lost); Q4 sent, expired on 11-05 (lost, no reason); Q5 sent and valid (open, ¥500); Q6 draft (open, ¥300).
    static func shop() -> Shop {
        var order = Fixture.order("O-1", "A", "2025-11-20", "1")
        order.quote = "Q2"
        var later = Fixture.order("O-2", "A", "2025-11-25", "1")
        later.quote = "Q2"
        return Fixture.shop(products: [Fixture.product("P1"), Fixture.product("P2")],
                            customers: [Fixture.customer("A"), Fixture.customer("B")], orders: [order, later], quotes: [
            quote("Q1", "A", "2025-10-15", .accepted, rep: "chen", skus: ["P1", "P2"]),
            quote("Q2", "A", "2025-11-10", .sent, rep: "chen"),
            quote("Q3", "B", "2025-11-24", .rejected, rep: "lin", skus: ["P2"], lost: .price),
            quote("Q4", "B", "2025-10-20", .sent, validUntil: "2025-11-05"),
            quote("Q5", "B", "2025-11-28", .sent, rep: "lin", qty: 500),
            quote("Q6", "A", "2025-11-29", .draft, qty: 300),
        ])
    }

    @Test func outcomesFollowStatusAndOrders() {
        let analytics = ShopAnalytics(shop: Self.shop())
        #expect(analytics.quotes.map(\.outcome) == [.won, .won, .lost, .lost, .open, .open])
    }

    /// 7 days (11-24…11-30): Q3 lost, Q5 and Q6 open → 0 / 1 = 0. 30 days (11-01…11-30): Q2 won, Q3 lost → 0.5.
    /// Q3 is dated exactly on the 7-day window's first day and counts.
    @Test func winRatePerWindow() {
        var settings = Fixture.settings()
        settings.analyticsWindows = [7, 30, 1]
        var shop = Self.shop()
        shop.settings = settings
        let analytics = ShopAnalytics(shop: shop)
        #expect(analytics.windows.map(\.quoteWinRate) == [0.0, 0.5, nil])   // 1 day (11-30): no quote dated in it
    }

    @Test func pipelineGroupsByMonthRepCustomerAndProduct() {
        let shop = Self.shop()
        let pipeline = QuotePipeline(shop: shop, figures: ShopAnalytics(shop: shop).quotes)
        #expect(pipeline.byMonth.map { "\($0.key) \($0.won)/\($0.lost)/\($0.open)" } == ["2025-10 1/1/0", "2025-11 1/1/2"])
        #expect(pipeline.byMonth.map(\.winRate) == [0.5, 0.5])
        #expect(pipeline.byRep.map { "\($0.key) \($0.won)/\($0.lost)/\($0.open)" } == [" 0/1/1", "chen 2/0/0", "lin 0/1/1"])
        #expect(pipeline.byCustomer.map { "\($0.key) \($0.won)/\($0.lost)/\($0.open)" } == ["A 2/0/1", "B 0/2/1"])
        // P1: Q1 Q2 won, Q4 lost, Q5 Q6 open; P2: Q1 won, Q3 lost.
        #expect(pipeline.byProduct.map { "\($0.key) \($0.won)/\($0.lost)/\($0.open)" } == ["P1 2/1/2", "P2 1/1/0"])
        #expect(pipeline.lostReasons.map(\.count) == [1, 0, 0, 0, 0, 1])
        #expect(pipeline.averageDaysToOrder == 10.0)   // Q2: 11-10 → first order 11-20
        #expect(pipeline.openByValue.map(\.id) == ["Q5", "Q6"])
    }

    @Test func emptyShopHasNoRatesAndNoAverage() {
        let shop = Fixture.shop()
        let pipeline = QuotePipeline(shop: shop, figures: [])
        #expect(pipeline.byMonth.isEmpty && pipeline.averageDaysToOrder == nil && pipeline.openByValue.isEmpty)
        #expect(ShopAnalytics(shop: shop).windows.allSatisfy { $0.quoteWinRate == nil })
    }
}
