import Diagnostics
import ShopModel

extension ReferenceResolver {
    /// The order's quote reference checked, and its promotion checked and applied (`promotionDiscount`), once every
    /// order is resolved: `orders` holds the resolved orders before any promotion is taken off, so the customer's tier
    /// on the order date counts its other paid orders dated on or before it (the order itself never qualifies itself),
    /// all of them or the last 365 days' as `tier_basis` says.
    func applyPromotion(to order: inout Order, orders: OrderIndex, gaps: OrderGaps, problems: inout [Diagnostic],
                        knockOns: inout [KnockOn]) {
        guard let id = order.promotion else { return }
        guard let promotion = promotions[id] else {
            unloaded.unknown("promotion", id.rawValue, kind: .promotions, at: order.source.location(of: "promotion"),
                             problems: &problems, knockOns: &knockOns)
            return
        }
        guard let customer = customers[order.customer] else { return }
        // As for quotes: the paid amount `tier_basis` counts (all, or the 365 days ending on the order date).
        var amount = settings.tierBasis == .lifetime ? orders.paidAmount(of: order.customer, asOf: order.date)
            : orders.paidAmount365(of: order.customer, asOf: order.date)
        if order.isPaid { amount = amount - order.total }
        let tier = customer.tierOverride ?? settings.tier(forPaidAmount: amount)
        if let (reason, details) = promotion.ineligibility(tier: tier, subtotal: order.subtotal, on: order.date) {
            let code: MessageCode = switch reason.rawValue {
            case "E-PROMOTION-NOT-STARTED": "E-ORDER-PROMOTION-NOT-STARTED"
            case "E-PROMOTION-ENDED": "E-ORDER-PROMOTION-ENDED"
            default: reason
            }
            let names = ["order": "\(order.id)", "promotion": "\(promotion.id)", "reason": code.rawValue]
            let error = Diagnostic.error("E-ORDER-PROMOTION-INELIGIBLE", details.merging(names) { a, _ in a },
                                         at: order.source.location(of: "promotion"))
            gaps.file(error, reason: code, customer: customer, problems: &problems, knockOns: &knockOns)
            return
        }
        order.promotionDiscount = promotion.amount
        do { _ = try order.checkedTotal() } catch { problems.append(error.diagnostic(in: order.source)) }
    }

    /// An error (or a knock-on of the quote file's own error) when the order names a quote that does not exist.
    func checkQuote(of order: OrderFields, problems: inout [Diagnostic], knockOns: inout [KnockOn]) {
        guard let id = order.quote, let quoteIDs, !quoteIDs.contains(id) else { return }
        unloaded.unknown("quote", id.rawValue, kind: .quotes, at: order.source.location(of: "quote"),
                         problems: &problems, knockOns: &knockOns)
    }
}
