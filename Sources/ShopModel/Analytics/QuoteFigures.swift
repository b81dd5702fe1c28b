/// One quote's figures at as_of.
public struct QuoteFigures: Hashable, Sendable {
    /// The quote number.
    public var id: QuoteID
    /// The buyer.
    public var customer: CustomerID
    /// Subtotal, discount, promotion, shipping, tax and total.
    public var totals: QuoteTotals
    /// The total in capital numerals (大写金额), only for the zh-CN locale.
    public var totalInWords: String?
    /// The last valid day.
    public var validUntil: Day
    /// The status shown at as_of (`expired` for a sent quote past valid_until).
    public var status: QuoteStatus
    /// Days from as_of to valid_until (negative once past).
    public var daysToExpiry: Int
    /// Won, lost or open at as_of.
    public var outcome: QuoteOutcome

    /// Creates the figures.
    public init(id: QuoteID, customer: CustomerID, totals: QuoteTotals, totalInWords: String?, validUntil: Day,
                status: QuoteStatus, daysToExpiry: Int) {
        self.id = id
        self.customer = customer
        self.totals = totals
        self.totalInWords = totalInWords
        self.validUntil = validUntil
        self.status = status
        self.daysToExpiry = daysToExpiry
        self.outcome = QuoteOutcome(status: status, ordered: false)
    }
}
