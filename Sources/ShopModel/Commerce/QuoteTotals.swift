/// A quote's money, computed by the spec's formulas; every figure already rounded to 2 decimals.
public struct QuoteTotals: Hashable, Sendable {
    /// Sum of line amounts, each round2(qty × price).
    public var subtotal: Money
    /// The written discount: the amount, or round2(subtotal × percent / 100).
    public var discount: Money
    /// The promotion's amount when one is used (it is part of `totalDiscount`).
    public var promotion: Money
    /// Shipping.
    public var shipping: Money
    /// round2((subtotal − totalDiscount + shipping) × tax_rate).
    public var tax: Money
    /// subtotal − totalDiscount + shipping + tax.
    public var total: Money

    /// Discount and promotion together, as the report's `discount`.
    public var totalDiscount: Money { discount + promotion }
}

extension Quote {
    /// The quote's totals, given the promotion it uses (the loader has checked eligibility).
    public func totals(promotion: Promotion?) -> QuoteTotals {
        var subtotal = Money.zero
        for item in items { subtotal += item.amount }
        let discount: Money
        switch self.discount {
        case .percent(let percent)?: discount = subtotal.rounded(percent: percent)
        case .amount(let amount)?: discount = amount.rounded()
        case nil: discount = .zero
        }
        let promotionAmount = promotion?.amount.rounded() ?? .zero
        let taxable = subtotal - discount - promotionAmount + shipping.rounded()
        let tax = taxable.rounded(times: taxRate)
        return QuoteTotals(subtotal: subtotal, discount: discount, promotion: promotionAmount,
                           shipping: shipping.rounded(), tax: tax, total: taxable + tax)
    }
}

extension Promotion {
    /// Why a quote may not use this promotion, or nil when it may.
    public func ineligibility(tier: CustomerTier, subtotal: Money, on date: Day) -> String? {
        if !tiers.contains(tier) {
            return "customer tier `\(tier.rawValue)` is not among the promotion's tiers (\(tiers.map(\.rawValue).joined(separator: ", ")))"
        }
        if subtotal < threshold { return "subtotal \(subtotal.plain) is below the promotion's threshold \(threshold.plain)" }
        if let start, date < start { return "quote date \(date) is before the promotion starts (\(start))" }
        if let end, date > end { return "quote date \(date) is after the promotion ends (\(end))" }
        return nil
    }
}
