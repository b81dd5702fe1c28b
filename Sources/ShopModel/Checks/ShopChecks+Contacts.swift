import Diagnostics

extension ShopChecks {
    /// Two marketing contacts (message or coupon) to a customer who is new on the later contact's date, fewer than
    /// `marketing.new_customer_gap_days` (N) days apart: a warning at the later contact's line. "At most one marketing
    /// contact to a new customer in N days" (site.yaml's comment): exactly N days apart is allowed; N = 0 checks nothing.
    public static func contactWarnings(_ shop: Shop) -> [Diagnostic] {
        guard shop.customers.contains(where: { $0.contacts.count(where: \.kind.isMarketing) >= 2 }) else { return [] }
        let orders = OrderIndex(orders: shop.orders)
        let gap = shop.settings.newCustomerGapDays
        var found: [Diagnostic] = []
        for i in shop.customers.indices where shop.customers[i].contacts.count(where: \.kind.isMarketing) >= 2 {
            let customer = shop.customers[i]
            // Any order of entries: by date, then as written.
            let marketing = customer.contacts.filter(\.kind.isMarketing).sorted { ($0.date, $0.line) < ($1.date, $1.line) }
            for (previous, contact) in zip(marketing, marketing.dropFirst()) {
                let days = previous.date.distance(to: contact.date)
                guard days < gap, orders.tier(of: customer, asOf: contact.date, settings: shop.settings) == .new else { continue }
                found.append(.warning("W-MARKETING-TOO-CLOSE",
                                      ["kind": "P-CONTACT-" + contact.kind.rawValue.uppercased(), "customer": customer.name, "date": contact.date.description,
                                       "previous": previous.date.description, "days": String(days), "gap": String(gap)],
                                      at: customer.source.location(line: contact.line)))
            }
        }
        return found
    }
}
