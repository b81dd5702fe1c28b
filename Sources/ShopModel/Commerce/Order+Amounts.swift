extension Order {
    /// The total by the same formula as `total`, with checked arithmetic: every line, the items' sum and the total
    /// below `Money.ceiling`, and the discount no larger than the items' sum. The loader refuses an order that throws,
    /// so `total` and the figures summing it never overflow (see `AmountBudget` for the shop-wide sums).
    public func checkedTotal() throws(AmountProblem) -> Money {
        let sum = try AmountProblem.checkedSubtotal(self.items).rounded()
        guard self.discount <= sum else { throw AmountProblem.discountTooLarge(self.discount, subtotal: sum, at: "discount") }
        let both = self.discount + self.promotionDiscount
        guard both <= sum else {
            throw AmountProblem.discountTooLarge(both, subtotal: sum, at: "promotion", promotion: self.promotion?.rawValue ?? "")
        }
        // Both below the ceiling and the discounts not above the sum: no overflow, never negative.
        let total = sum + self.shipping - self.discount - self.promotionDiscount
        guard total.isBelowCeiling else {
            throw AmountProblem.key("shipping", "E-TOTAL-TOO-LARGE", ["total": total.plain, "ceiling": Money.ceilingText])
        }
        return total
    }
}
