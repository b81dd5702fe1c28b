/// The quote pipeline at as_of, for the quotes analytics page: win rates per month, rep, customer and product,
/// the lost reasons, the days from quote to order, and the open quotes by value.
///
/// "Sent" is the quote's `date` (the day the sheet goes to the buyer); the "decision" counted in
/// `averageDaysToOrder` is the first order naming the quote. Quotes accepted or rejected without an order carry no
/// dated decision and are left out of that average (they still count in every win rate).
public struct QuotePipeline: Hashable, Sendable {
    /// Per month of the quote date (`YYYY-MM`), oldest first.
    public var byMonth: [QuoteWinTally]
    /// Per rep (the quote's, else its customer's; "" for none), by rep id.
    public var byRep: [QuoteWinTally]
    /// Per customer, by id.
    public var byCustomer: [QuoteWinTally]
    /// Per product (each quote once per sku it names), by sku.
    public var byProduct: [QuoteWinTally]
    /// Lost quotes per written reason, in the order of `LostReason.allCases`, then those without a reason.
    public var lostReasons: [Tally<LostReason?>]
    /// Mean days from the quote date to the first order naming it (won by order), rounded half up to one decimal.
    public var averageDaysToOrder: Double?
    /// Open quotes, largest total first, then by id.
    public var openByValue: [QuoteFigures]

    /// The pipeline of `shop` from its quotes' figures (`figures[i]` belongs to `shop.quotes[i]`).
    public init(shop: Shop, figures: [QuoteFigures]) {
        var firstOrder: [QuoteID: Day] = [:]
        for i in shop.orders.indices {
            guard let id = shop.orders[i].quote else { continue }
            if let day = firstOrder[id], day <= shop.orders[i].date { continue }
            firstOrder[id] = shop.orders[i].date
        }
        var months: [(key: String, outcome: QuoteOutcome)] = [], reps = months, customers = months, products = months
        var reasons: [LostReason?: Int] = [:]
        var days = 0, decided = 0
        for i in shop.quotes.indices where figures.indices.contains(i) {
            let quote = shop.quotes[i], outcome = figures[i].outcome
            months.append((String(quote.date.description.prefix(7)), outcome))
            reps.append((quote.rep?.rawValue ?? "", outcome))
            customers.append((quote.customer.rawValue, outcome))
            for sku in Set(quote.items.compactMap(\.sku)) { products.append((sku.rawValue, outcome)) }
            if outcome == .lost { reasons[quote.lostReason, default: 0] += 1 }
            if let ordered = firstOrder[quote.id] {
                days += quote.date.distance(to: ordered)
                decided += 1
            }
        }
        byMonth = QuoteWinTally.grouped(months)
        byRep = QuoteWinTally.grouped(reps)
        byCustomer = QuoteWinTally.grouped(customers)
        byProduct = QuoteWinTally.grouped(products)
        lostReasons = (LostReason.allCases.map(Optional.some) + [nil]).map { Tally(key: $0, count: reasons[$0] ?? 0) }
        averageDaysToOrder = decided == 0 ? nil : (Double(days * 10) / Double(decided)).rounded(.toNearestOrAwayFromZero) / 10
        openByValue = figures.filter { $0.outcome == .open }
            .sorted { $0.totals.total != $1.totals.total ? $0.totals.total > $1.totals.total : $0.id < $1.id }
    }

    /// won / (won + lost) over the quotes dated `start...end`, nil when none was decided.
    public static func winRate(shop: Shop, figures: [QuoteFigures], from start: Day, to end: Day) -> Double? {
        var tally = QuoteWinTally(key: "")
        for i in shop.quotes.indices where figures.indices.contains(i) && (start...end).contains(shop.quotes[i].date) {
            tally.add(figures[i].outcome)
        }
        return tally.winRate
    }
}
