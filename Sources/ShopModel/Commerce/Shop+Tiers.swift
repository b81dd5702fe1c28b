extension SiteSettings {
    /// The tier a paid amount earns: key at `tiers.key`, regular at `tiers.regular`, else new.
    public func tier(forPaidAmount amount: Money) -> CustomerTier {
        if amount >= keyThreshold { return .key }
        if amount >= regularThreshold { return .regular }
        return .new
    }
}

/// Paid orders grouped by customer, built once so no figure joins orders to customers twice.
public struct OrderIndex: Sendable {
    /// Each customer's paid orders, sorted by date then id.
    public let paidOrdersByCustomer: [CustomerID: [Order]]

    /// Indexes the shop's paid orders.
    public init(orders: [Order]) {
        var map: [CustomerID: [Order]] = [:]
        for order in orders where order.isPaid { map[order.customer, default: []].append(order) }
        for key in map.keys {
            map[key]?.sort { ($0.date, $0.id) < ($1.date, $1.id) }
        }
        paidOrdersByCustomer = map
    }

    /// A customer's paid orders dated on or before `asOf`.
    public func paidOrders(of customer: CustomerID, asOf: Day) -> ArraySlice<Order> {
        let all = paidOrdersByCustomer[customer] ?? []
        let end = all.firstIndex { $0.date > asOf } ?? all.count
        return all[..<end]
    }

    /// Sum of totals of the customer's paid orders dated on or before `asOf`.
    public func paidAmount(of customer: CustomerID, asOf: Day) -> Money {
        paidOrders(of: customer, asOf: asOf).reduce(Money.zero) { $0 + $1.total }
    }

    /// Sum of totals of the customer's paid orders dated in the 365 days ending at `asOf`.
    public func paidAmount365(of customer: CustomerID, asOf: Day) -> Money {
        let start = asOf.adding(days: -364)
        return paidOrders(of: customer, asOf: asOf).reduce(Money.zero) { $1.date >= start ? $0 + $1.total : $0 }
    }

    /// The customer's tier at `asOf`: the manual `tier:` if set, else from the paid amount `tier_basis` counts.
    public func tier(of customer: Customer, asOf: Day, settings: SiteSettings) -> CustomerTier {
        if let manual = customer.tierOverride { return manual }
        let amount = settings.tierBasis == .lifetime ? paidAmount(of: customer.id, asOf: asOf) : paidAmount365(of: customer.id, asOf: asOf)
        return settings.tier(forPaidAmount: amount)
    }
}
