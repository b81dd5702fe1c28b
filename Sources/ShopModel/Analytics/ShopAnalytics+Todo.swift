extension ShopAnalytics {
    /// Everything that needs action on as_of, one group per `TodoKind` in its order (empty groups left out); each
    /// order, quote and customer in one group only (the most urgent).
    static func todo(shop: Shop, orders: [OrderFigures], quotes: [QuoteFigures], customers: [CustomerFigures],
                     dormant: [CustomerFigures]) -> [TodoGroup] {
        let asOf = shop.asOf, advice = shop.settings.advice
        var groups: [TodoKind: [Int]] = [:]
        for p in orders.indices {
            let order = orders[p]
            let kind: TodoKind?
            switch order.status {
            case .disputed: kind = .disputed
            case .pendingShipment:
                let left = asOf.distance(to: order.shipBy)
                kind = left < 0 ? .late : left <= advice.shipSoonDays ? .shipSoon : nil
            case .shipped, .completed: kind = order.untracked ? .untracked : nil
            case .pendingPayment: kind = order.date.distance(to: asOf) > advice.unpaidDays ? .unpaid : nil
            case .refunded, .cancelled: kind = nil
            }
            if let kind { groups[kind, default: []].append(p) }
        }
        for p in quotes.indices where shop.quotes.indices.contains(p) {
            let quote = quotes[p], status = quote.status
            guard status == .draft || status == .sent else { continue }
            if let followUp = shop.quotes[p].followUp, followUp <= asOf {
                groups[.followUp, default: []].append(p)
            } else if status == .draft {
                groups[.draftQuote, default: []].append(p)
            } else if quote.daysToExpiry <= expiringWithinDays || shop.quotes[p].date.distance(to: asOf) >= advice.quoteFollowUpDays {
                groups[.quoteDue, default: []].append(p)
            }
        }
        groups[.reorder] = customers.indices.filter { customers[$0].reorderOverdue }
        var position: [CustomerID: Int] = [:]
        for (i, customer) in customers.enumerated() { position[customer.id] = i }
        groups[.dormant] = dormant.compactMap { position[$0.id] }
        return TodoKind.allCases.compactMap { kind in
            guard var list = groups[kind], !list.isEmpty else { return nil }
            sort(&list, kind: kind, shop: shop, orders: orders, quotes: quotes, customers: customers)
            return TodoGroup(kind: kind, positions: list)
        }
    }

    /// Most urgent first: by the date that makes it due (then by id); dormant customers keep their order (largest first).
    private static func sort(_ list: inout [Int], kind: TodoKind, shop: Shop, orders: [OrderFigures], quotes: [QuoteFigures],
                             customers: [CustomerFigures]) {
        switch kind {
        case .disputed, .untracked, .unpaid: list.sort { (orders[$0].date, orders[$0].id) < (orders[$1].date, orders[$1].id) }
        case .late, .shipSoon: list.sort { (orders[$0].shipBy, orders[$0].id) < (orders[$1].shipBy, orders[$1].id) }
        case .followUp:
            list.sort { (shop.quotes[$0].followUp ?? shop.asOf, quotes[$0].id) < (shop.quotes[$1].followUp ?? shop.asOf, quotes[$1].id) }
        case .quoteDue: list.sort { (quotes[$0].validUntil, quotes[$0].id) < (quotes[$1].validUntil, quotes[$1].id) }
        case .draftQuote: list.sort { (shop.quotes[$0].date, quotes[$0].id) < (shop.quotes[$1].date, quotes[$1].id) }
        case .reorder:
            list.sort { (customers[$0].reorderDue ?? shop.asOf, customers[$0].id) < (customers[$1].reorderDue ?? shop.asOf, customers[$1].id) }
        case .dormant: break
        }
    }
}
