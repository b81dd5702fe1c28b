extension ShopAnalytics {
    /// Every promotion's figures, sorted by id.
    static func promotionFigures(shop: Shop) -> [PromotionFigures] {
        guard !shop.promotions.isEmpty else { return [] }
        let index = OrderIndex(orders: shop.orders)
        return shop.promotions.map { promotionFigures($0, shop: shop, orders: index) }.sorted { $0.id < $1.id }
    }

    /// One promotion's uses, and the repurchase rates of the customers eligible on its start day.
    static func promotionFigures(_ promotion: Promotion, shop: Shop, orders index: OrderIndex) -> PromotionFigures {
        var figures = PromotionFigures(id: promotion.id)
        // Like every figure, only paid orders dated on or before as_of.
        for i in shop.orders.indices
        where shop.orders[i].isPaid && shop.orders[i].date <= shop.asOf && shop.orders[i].promotion == promotion.id {
            figures.uses += 1
            figures.discountGiven += shop.orders[i].promotionDiscount
            figures.paidAmount += shop.orders[i].total
        }
        guard let start = promotion.start else { return figures }
        let last = min(promotion.end ?? shop.asOf, shop.asOf)
        let eligible = shop.customers.filter { customer in
            promotion.tiers.isEmpty || promotion.tiers.contains(index.tier(of: customer, asOf: start, settings: shop.settings))
        }.map(\.id).sorted()
        figures.eligibleCustomers = eligible
        guard start <= last else { return figures }
        let length = start.distance(to: last) + 1
        let during = start...last, before = start.adding(days: -length)...start.adding(days: -1)
        figures.during = during
        figures.before = before
        for id in eligible {
            let orders = index.paidOrdersByCustomer[id] ?? []
            let inBefore = orders.count { before.contains($0.date) }, inDuring = orders.count { during.contains($0.date) }
            if inBefore > 0 { figures.buyersBefore += 1 }
            if inBefore > 1 { figures.repeatBefore += 1 }
            if inDuring > 0 { figures.buyersDuring += 1 }
            if inDuring > 1 { figures.repeatDuring += 1 }
        }
        return figures
    }
}
