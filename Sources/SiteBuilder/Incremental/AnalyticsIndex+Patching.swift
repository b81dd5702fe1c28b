import ShopModel

extension AnalyticsIndex {
    /// Takes in the orders at `positions` of `shop` when each still counts (or not) as before, on the same date, for
    /// the same customer and with the same skus on its lines (only amounts moved); false when the index must be made
    /// again (serve's incremental layer, after an order edit). `shop` has the products, customers, traffic and as_of the index was made from.
    mutating func patch(orders positions: [Int], of shop: Shop, totals newTotals: [Money]) -> Bool {
        guard paidOf.count == shop.orders.count else { return false }
        for p in positions {
            let counts = shop.orders[p].isPaid && shop.orders[p].date <= shop.asOf
            let entry = paidOf[p]
            guard counts == (entry >= 0) else { return false }
            totals[p] = newTotals[p]
            guard entry >= 0 else { continue }
            let order = shop.orders[p].items
            guard paid[entry].date == shop.orders[p].date, customers[paid[entry].customer] == shop.orders[p].customer,
                  paid[entry].lines.count == order.count else { return false }
            for (j, item) in order.enumerated() {
                let l = paid[entry].lines.lowerBound + j
                guard skus[lines[l].sku] == item.sku else { return false }
                lines[l].qty = item.qty
                lines[l].amount = item.amount
            }
            paid[entry].total = newTotals[p]
        }
        return true
    }
}
