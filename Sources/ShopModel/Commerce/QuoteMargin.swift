/// A quote's margin from product costs, INTERNAL: shown on the screen view only, never printed, in a PDF or public.
public struct QuoteMargin: Hashable, Sendable {
    /// One line's margin: amount − qty × cost, and that over the amount.
    public struct Line: Hashable, Sendable {
        /// The line amount less its cost.
        public var amount: Money
        /// `amount / line amount`, nil for a zero amount.
        public var rate: Double?
    }

    /// Each line's margin, nil for a free line or a product without a cost.
    public var lines: [Line?]
    /// The quote's margin over its costed lines: their amounts − their cost − the whole discount and promotion
    /// (conservative: lines without a cost are left out, discounts count in full); shipping and tax left out.
    public var amount: Money
    /// The cost of the costed lines.
    public var cost: Money
    /// `amount / the costed lines' amounts`, nil when that is zero.
    public var rate: Double?

    /// The margin of `quote` with its `totals`, `cost` giving a product's unit cost; nil when no line has a cost.
    public init?(quote: Quote, totals: QuoteTotals, cost: (SKU) -> Money?) {
        var lines: [Line?] = []
        var costed = Money.zero, revenue = Money.zero
        for line in quote.items {
            guard let sku = line.sku, let unitCost = cost(sku) else { lines.append(nil); continue }
            let lineCost = (unitCost * line.qty).rounded()
            costed += lineCost
            revenue += line.amount
            lines.append(Line(amount: line.amount - lineCost, rate: Ratio.of(line.amount - lineCost, line.amount)))
        }
        guard lines.contains(where: { $0 != nil }) else { return nil }
        self.lines = lines
        self.cost = costed
        self.amount = revenue - costed - totals.totalDiscount
        self.rate = Ratio.of(amount, revenue)
    }
}
