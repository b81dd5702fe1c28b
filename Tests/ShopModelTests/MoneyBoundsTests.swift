import Testing
@testable import ShopModel

/// The checked money arithmetic behind the contract's bounds: nil or a thrown `AmountProblem`, never a trap.
@Suite struct MoneyBoundsTests {
    @Test(arguments: [("9999999999999.9999", 99_999_999_999_999_999), ("0000000000000000012", 120_000),
                      ("-9999999999999", -99_999_999_999_990_000)] as [(String, Int64)])
    func parsesUpToThirteenWholeDigits(text: String, tenThousandths: Int64) throws {
        #expect(try Money.parse(text).tenThousandths == tenThousandths)
    }

    @Test(arguments: ["10000000000000", "99999999999999", "9223372036854775807", "-10000000000000.5"])
    func refusesAmountsFromTheCeilingUp(text: String) {
        #expect(throws: Money.ParseError.outOfRange(text)) { try Money.parse(text) }
        #expect(Money.ParseError.outOfRange(text).description == "`\(text)` is too large: \(Self.ceiling)")
    }

    @Test func checkedOperationsGiveNilWhereTheOperatorsWouldTrap() throws {
        let largest = Money(tenThousandths: .max)
        #expect(largest.adding(Money(tenThousandths: 1)) == nil)
        #expect(Money(tenThousandths: .min).subtracting(Money(tenThousandths: 1)) == nil)
        #expect(Money(200).roundedTimes(6_901_234_567_892) == nil)
        #expect(Money(tenThousandths: 350).roundedTimes(1003)?.plain == "35.11")
        #expect(largest.roundedTimes(rate: Rate(2)) == nil)
        #expect(largest.roundedTimes(percent: Rate(200)) == nil)
        #expect(Money(1000).roundedTimes(rate: try Rate.parse("0.13"))?.plain == "130.00")
    }

    @Test func uncheckedRatesSaturateInsteadOfTrapping() {
        let largest = Money(tenThousandths: .max)
        #expect(largest.rounded(times: Rate(2)).tenThousandths == Int64.max / 100 * 100)
        #expect(largest.rounded(percent: -Rate(200)).tenThousandths == Int64.min / 100 * 100)
    }

    static func order(_ lines: [(Int, String)], shipping: String = "0", discount: String = "0") -> Order {
        var order = Fixture.order("O-1", "C-1", "2025-11-20", "1")
        order.source = Fixture.source("content/orders/O-1.md", ["items": 5, "shipping": 9, "discount": 10])
        order.items = lines.enumerated().map { OrderItem(sku: "P1", qty: $1.0, price: Fixture.money($1.1), line: 6 + $0) }
        order.shipping = Fixture.money(shipping)
        order.discount = Fixture.money(discount)
        return order
    }

    static let ceiling = "amounts stay below ¥10,000,000,000,000"
    static let negative = "a total is never negative"

    @Test(arguments: [
        (order([(1_000_000_000, "9999999999999")]),
         "content/orders/O-1.md:6: error: the line amount 1000000000 × 9999999999999 is too large: \(ceiling)"),
        (order([(1_000_000_000, "5000"), (1_000_000_000, "5000")]),
         "content/orders/O-1.md:5: error: the items add up to more than ¥10,000,000,000,000: amounts stay below it"),
        (order([(3, "1")], discount: "3.0001"),
         "content/orders/O-1.md:10: error: `discount` 3.0001 is larger than the items' sum 3.00; \(negative)"),
        (order([(1_000_000_000, "9999")], shipping: "1000000000"),
         "content/orders/O-1.md:9: error: the total 10000000000000.00 is too large: \(ceiling)"),
    ])
    func orderOutOfBoundsThrowsAtItsLine(order: Order, message: String) {
        #expect { try order.checkedTotal() } throws: { error in
            (error as? AmountProblem)?.diagnostic(in: order.source).description == message
        }
    }

    @Test func orderWithinBoundsTotalsAsTheUncheckedFormula() throws {
        let order = Self.order([(1_000_000_000, "9999.9999"), (3, "0.035")], shipping: "12.5", discount: "100")
        #expect(try order.checkedTotal() == order.total)
        #expect(order.total.plain == "9999999899912.61")
    }

    static func quote(discount: QuoteDiscount?, taxRate: String = "0") -> Quote {
        var quote = Quote(id: "Q-1", customer: "C-1", date: Fixture.day("2025-11-25"), validUntil: Fixture.day("2025-12-10"),
                          source: Fixture.source("content/quotes/Q-1.md", ["discount": 7, "promotion": 8, "tax_rate": 9]))
        quote.items = [QuoteLine(sku: "P1", description: nil, qty: 100, unit: "件", price: Money(10), priceSource: .negotiated,
                                 line: 5)]
        quote.discount = discount
        quote.taxRate = Fixture.rate(taxRate)
        return quote
    }

    @Test(arguments: [
        (quote(discount: .percent(Rate(200))), nil as Money?,
         "content/quotes/Q-1.md:7: error: `percent` 200 is more than 100; \(negative)"),
        (quote(discount: .amount(Fixture.money("1000.01"))), nil,
         "content/quotes/Q-1.md:7: error: `discount` 1000.01 is larger than the items' sum 1000.00; \(negative)"),
        (quote(discount: .amount(Money(600))), Money(500),
         "content/quotes/Q-1.md:7: error: the discount with promotion `P-1` 1100 is larger than the items' sum 1000.00; \(negative)"),
        (quote(discount: nil), Money(1001),
         "content/quotes/Q-1.md:8: error: the discount with promotion `P-1` 1001 is larger than the items' sum 1000.00; \(negative)"),
        (quote(discount: nil, taxRate: "9999999999999"), nil,
         "content/quotes/Q-1.md:9: error: the total with tax at rate 9999999999999 is too large: \(ceiling)"),
    ])
    func quoteOutOfBoundsThrowsAtItsLine(quote: Quote, promotionAmount: Money?, message: String) {
        let promotion = promotionAmount.map { amount -> Promotion in
            var promotion = Promotion(id: "P-1", source: Fixture.source("content/promotions/P-1.md"))
            promotion.amount = amount
            return promotion
        }
        #expect { try quote.checkedTotals(promotion: promotion) } throws: { error in
            (error as? AmountProblem)?.diagnostic(in: quote.source).description == message
        }
        #expect(quote.totals(promotion: promotion).total == .zero)
    }

    @Test func fullDiscountLeavesAZeroTotalNotANegativeOne() throws {
        let totals = try Self.quote(discount: .percent(Rate(100)), taxRate: "0.13").checkedTotals(promotion: nil)
        #expect(totals.total == .zero)
        #expect(CapitalAmount.words(for: totals.total) == "零元整")
    }

    @Test func budgetNamesTheFirstOrderThatNoLongerFitsInTheSum() {
        let big = Self.order([(1_000_000_000, "9999")])
        #expect(AmountBudget.firstOverflow(in: Array(repeating: big, count: 92)) == nil)
        #expect(AmountBudget.firstOverflow(in: Array(repeating: big, count: 100)) == 92)
        #expect(AmountBudget.firstOverflow(in: [Self.order([(1_000_000_000, "9223372036854")])]) == 0)
    }

    /// Random lines from tiny to absurd: `checkedTotal` either throws or gives the unchecked total, in 0..<ceiling,
    /// and the budget never traps. A fixed seed keeps the run reproducible.
    @Test func randomOrdersNeverTrapAndNeverGoNegative() throws {
        var state: UInt64 = 0x5EED_1234
        func next() -> UInt64 {  // SplitMix64
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        func amount() -> Money { Money(tenThousandths: Int64(next() % (UInt64(Money.ceiling.tenThousandths) >> (next() % 56)))) }
        var orders: [Order] = []
        for _ in 0..<2_000 {
            var order = Self.order([])
            order.items = (0..<Int(next() % 4)).map { _ in
                OrderItem(sku: "P1", qty: Int(next() % UInt64(Quantity.maximum >> (next() % 30))) + 1, price: amount(), line: 6)
            }
            order.shipping = amount()
            order.discount = next() % 2 == 0 ? .zero : amount()
            if let total = try? order.checkedTotal() {
                #expect(total == order.total)
                #expect(!total.isNegative && total.isBelowCeiling)
                orders.append(order)
            }
        }
        #expect(orders.count > 100)
        if let position = AmountBudget.firstOverflow(in: orders) { #expect(position > 0) }
    }
}
