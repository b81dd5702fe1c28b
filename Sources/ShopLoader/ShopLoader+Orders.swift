import Concurrency
import Diagnostics
import ShopModel

extension ShopLoader {
    /// The orders resolved, in path order; those past the first that overflows the shop's sums are left out (with an
    /// error), so nothing after this sums more than fits.
    /// Each order left out is noted in `gaps` (under the error that left it out), so a promotion refused for a tier
    /// summed without it is a knock-on of that error.
    static func resolveOrders(_ drafts: [OrderDraft], _ resolver: ReferenceResolver, diagnostics: inout DiagnosticList,
                              knockOns: inout [KnockOn], gaps: inout OrderGaps) -> [Order] {
        var orders: [Order] = []
        orders.reserveCapacity(drafts.count)
        var position = 0
        drafts.parallelForEach(state: {}, { _, draft in resolver.resolve(draft) }, consume: { resolved in
            let (order, problems, knocks) = resolved
            if !problems.isEmpty { diagnostics.append(contentsOf: problems) }
            if !knocks.isEmpty { knockOns.append(contentsOf: knocks) }
            if let order {
                orders.append(order)
            } else {
                let draft = drafts[position].order
                gaps.lost(draft.customer, cause: knocks.first?.cause ?? draft.source.file.path)
            }
            position += 1
        })
        applyPromotions(to: &orders, resolver, diagnostics: &diagnostics, knockOns: &knockOns, gaps: &gaps)
        if let position = AmountBudget.firstOverflow(in: orders) {
            diagnostics.append(.error("E-AMOUNT-BUDGET", ["limit": AmountBudget.limitText], at: orders[position].source.location(of: "items")))
            for order in orders[position...] { gaps.lost(order.customer, cause: orders[position].source.file.path) }
            orders.removeSubrange(position...)
        }
        return orders
    }

    /// Each order naming a promotion checked against it and its amount taken off; those that cannot use it are left
    /// out (with an error). Tiers count the orders as resolved before any promotion.
    static func applyPromotions(to orders: inout [Order], _ resolver: ReferenceResolver, diagnostics: inout DiagnosticList,
                                knockOns: inout [KnockOn], gaps: inout OrderGaps) {
        let buyers = Set(orders.lazy.filter { $0.promotion != nil }.map(\.customer))
        guard !buyers.isEmpty else { return }
        let index = OrderIndex(orders: orders.filter { buyers.contains($0.customer) })
        var kept: [Order] = []
        kept.reserveCapacity(orders.count)
        let resolvedGaps = gaps  // the index holds every resolved order: only those left out before it are missing
        for var order in orders {
            if order.promotion != nil {
                var problems: [Diagnostic] = []
                var knocks: [KnockOn] = []
                resolver.applyPromotion(to: &order, orders: index, gaps: resolvedGaps, problems: &problems, knockOns: &knocks)
                diagnostics.append(contentsOf: problems)
                knockOns.append(contentsOf: knocks)
                guard problems.isEmpty && knocks.isEmpty else {
                    gaps.lost(order.customer, cause: knocks.first?.cause ?? order.source.file.path)
                    continue
                }
            }
            kept.append(order)
        }
        orders = kept
    }
}
