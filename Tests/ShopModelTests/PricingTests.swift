import Testing
@testable import ShopModel

@Suite struct PricingTests {
    static let product = Fixture.product("P1", tiers: [(50, "18"), (100, "15"), (500, "12.5")])

    @Test(arguments: [(49, nil), (50, "18"), (99, "18"), (100, "15"), (499, "15"), (500, "12.5"), (100_000, "12.5")] as [(Int, String?)])
    func quantityExactlyAtATierMinTakesThatTier(qty: Int, price: String?) {
        #expect(Self.product.unitPrice(forQuantity: qty) == price.map(Fixture.money))
    }

    @Test func orderTotalRoundsEachLineHalfUp() {
        var order = Fixture.order("O1", "A", "2025-11-30", "0.035", qty: 1003)
        order.items.append(OrderItem(sku: "P2", qty: 3, price: Fixture.money("0.3333")))
        order.shipping = Money(30)
        order.discount = Fixture.money("5.5")
        #expect(order.items[0].amount.plain == "35.11")       // 35.105, where a Double gives 35.10
        #expect(order.total.plain == "60.61")                 // 35.11 + 1.00 + 30 − 5.50
    }

    static func quote(discount: QuoteDiscount?, shipping: String = "0", taxRate: String = "0",
                      lines: [(Int, String)] = [(1003, "0.035"), (500, "2")]) -> Quote {
        var quote = Quote(id: "Q1", customer: "A", date: Fixture.day("2025-11-20"), validUntil: Fixture.day("2025-12-05"),
                          source: Fixture.source("content/quotes/Q1.md"))
        quote.items = lines.map { QuoteLine(sku: "P1", description: nil, qty: $0.0, unit: "件", price: Fixture.money($0.1), priceSource: .negotiated) }
        quote.discount = discount
        quote.shipping = Fixture.money(shipping)
        quote.taxRate = Fixture.rate(taxRate)
        return quote
    }

    /// subtotal 1035.11; discount; tax = round2((subtotal − discount + shipping) × rate).
    @Test(arguments: [
        (QuoteDiscount?.none, "0", "0", "0.00", "0.00", "1035.11"),
        (.percent(Fixture.rate("5")), "0", "0", "51.76", "0.00", "983.35"),           // 51.7555 → 51.76
        (.percent(Fixture.rate("2.5")), "200", "0.13", "25.88", "157.20", "1366.43"),  // (1035.11 − 25.88 + 200) × 0.13 = 157.1999
        (.amount(Fixture.money("300")), "0", "0.13", "300.00", "95.56", "830.67"),      // 735.11 × 0.13 = 95.5643
    ] as [(QuoteDiscount?, String, String, String, String, String)])
    func quoteTotalsFollowTheSpec(discount: QuoteDiscount?, shipping: String, taxRate: String,
                                  expectedDiscount: String, tax: String, total: String) {
        let totals = Self.quote(discount: discount, shipping: shipping, taxRate: taxRate).totals(promotion: nil)
        #expect(totals.subtotal.plain == "1035.11")
        #expect(totals.discount.plain == expectedDiscount)
        #expect(totals.tax.plain == tax)
        #expect(totals.total.plain == total)
    }

    @Test func promotionAddsToTheReportedDiscount() {
        var promotion = Promotion(id: "P-11", source: Fixture.source("content/promotions/P-11.md"))
        promotion.amount = Money(300)
        let totals = Self.quote(discount: .amount(Money(35)), taxRate: "0.13").totals(promotion: promotion)
        #expect(totals.totalDiscount.plain == "335.00")
        #expect(totals.tax.plain == "91.01")      // (1035.11 − 335) × 0.13 = 91.0143
        #expect(totals.total.plain == "791.12")
    }
}
