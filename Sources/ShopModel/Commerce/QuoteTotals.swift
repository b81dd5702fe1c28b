import Diagnostics

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
    /// round2((subtotal − totalDiscount + shipping) × tax_rate); with prices including tax, the VAT inside the total
    /// (其中增值税): round2(total × tax_rate / (1 + tax_rate)).
    public var tax: Money
    /// subtotal − totalDiscount + shipping + tax; with prices including tax, subtotal − totalDiscount + shipping.
    public var total: Money
    /// Whether `tax` is inside `total` (prices include tax) rather than added to it.
    public var taxIncluded = false

    /// All zero.
    static let zero = QuoteTotals(subtotal: .zero, discount: .zero, promotion: .zero, shipping: .zero, tax: .zero, total: .zero)

    /// Discount and promotion together, as the report's `discount`.
    public var totalDiscount: Money { discount + promotion }
}

extension Quote {
    /// The quote's totals, given the promotion it uses (the loader has checked eligibility and `checkedTotals`).
    /// A quote whose amounts break the bounds, which the loader never lets through, gives zero totals instead of a trap.
    public func totals(promotion: Promotion?) -> QuoteTotals {
        do { return try checkedTotals(promotion: promotion) } catch { return QuoteTotals.zero }
    }

    /// The totals by the spec's formulas with checked arithmetic: every line, the subtotal and the total below
    /// `Money.ceiling`, a percent of at most 100, and the discount with the promotion no larger than the subtotal.
    public func checkedTotals(promotion: Promotion?) throws(AmountProblem) -> QuoteTotals {
        let subtotal = try AmountProblem.checkedSubtotal(self.items)
        let discount: Money
        switch self.discount {
        case .percent(let percent)?:
            guard percent <= Rate.hundredPercent else {
                throw AmountProblem.key("discount", "E-PERCENT-OVER-100", ["percent": "\(percent)"])
            }
            discount = subtotal.rounded(percent: percent)
        case .amount(let amount)?: discount = amount.rounded()
        case nil: discount = .zero
        }
        guard discount <= subtotal else { throw AmountProblem.discountTooLarge(discount, subtotal: subtotal, at: "discount") }
        let promotionAmount = promotion?.amount.rounded() ?? .zero
        // Each below the ceiling: the sums below cannot overflow.
        if let promotion, discount + promotionAmount > subtotal {
            throw AmountProblem.discountTooLarge(discount + promotionAmount, subtotal: subtotal,
                                                 at: self.discount == nil ? "promotion" : "discount",
                                                 promotion: "\(promotion.id)")
        }
        let taxable = subtotal - discount - promotionAmount + self.shipping.rounded()
        guard taxable.isBelowCeiling else {
            throw AmountProblem.key("shipping", "E-TOTAL-TOO-LARGE", ["total": taxable.plain, "ceiling": Money.ceilingText])
        }
        if self.pricesIncludeTax {
            guard let tax = taxable.roundedIncludedTax(rate: self.taxRate) else {
                throw AmountProblem.key("tax_rate", "E-TAXED-TOTAL-TOO-LARGE", ["rate": "\(self.taxRate)", "ceiling": Money.ceilingText])
            }
            return QuoteTotals(subtotal: subtotal, discount: discount, promotion: promotionAmount,
                               shipping: self.shipping.rounded(), tax: tax, total: taxable, taxIncluded: true)
        }
        guard let tax = taxable.roundedTimes(rate: self.taxRate), let total = taxable.adding(tax), total.isBelowCeiling else {
            throw AmountProblem.key("tax_rate", "E-TAXED-TOTAL-TOO-LARGE", ["rate": "\(self.taxRate)",
                                                                           "ceiling": Money.ceilingText])
        }
        return QuoteTotals(subtotal: subtotal, discount: discount, promotion: promotionAmount,
                           shipping: self.shipping.rounded(), tax: tax, total: total)
    }
}

extension Promotion {
    /// Why a quote may not use this promotion, or nil when it may.
    public func ineligibility(tier: CustomerTier, subtotal: Money, on date: Day) -> (MessageCode, [String: String])? {
        if !tiers.contains(tier) {
            return ("E-PROMOTION-TIER-INELIGIBLE", ["tier": tier.rawValue, "tiers": tiers.map(\.rawValue).joined(separator: ", ")])
        }
        if subtotal < threshold {
            return ("E-PROMOTION-THRESHOLD", ["subtotal": subtotal.plain, "threshold": threshold.plain])
        }
        if let start, date < start { return ("E-PROMOTION-NOT-STARTED", ["date": "\(date)", "start": "\(start)"]) }
        if let end, date > end { return ("E-PROMOTION-ENDED", ["date": "\(date)", "end": "\(end)"]) }
        return nil
    }
}
