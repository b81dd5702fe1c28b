extension Order {
    /// The total by the same formula as `total`, with checked arithmetic: every line, the items' sum and the total
    /// below `Money.ceiling`, and the discount no larger than the items' sum. The loader refuses an order that throws,
    /// so `total` and the figures summing it never overflow (see `AmountBudget` for the shop-wide sums).
    public func checkedTotal() throws(AmountProblem) -> Money {
        let sum = try AmountProblem.checkedSubtotal(self.items).rounded()
        guard self.discount <= sum else { throw AmountProblem.discountTooLarge(self.discount, subtotal: sum, at: "discount") }
        // Both below the ceiling and the discount not above the sum: no overflow, never negative.
        let total = sum + self.shipping - self.discount
        guard total.isBelowCeiling else {
            throw AmountProblem.key("shipping", "E-TOTAL-TOO-LARGE", ["total": total.plain, "ceiling": Money.ceilingText])
        }
        return total
    }
}
