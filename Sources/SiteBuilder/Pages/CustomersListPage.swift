import ShopModel

extension SiteData {
    /// The customers at `positions` (all by default): id, name (dormant flag), tier, paid amount, orders, region, last order.
    func customersTable(_ positions: Range<Int>? = nil) -> DataTable {
        let t = strings
        var table = DataTable([t["customer_no"], t["name"], t["tier"], t["paid_amount"], t["paid_orders"], t["region"], t["last_order"]],
                              numeric: [3, 4], csv: "customers/customers.csv")
        for customer in shop.customers[positions ?? shop.customers.indices] {
            let figures = analytics?.customer(customer.id)
            let tier = figures?.tier ?? .new
            var name = DataCell.text(customer.name, url: customerURL(customer.id))
            if figures?.dormant == true { name.flag = (t["dormant"], "badge-dormant") }
            table.rows.append([.text(customer.id.rawValue, url: customerURL(customer.id)), name,
                               .badge(t["tier_" + tier.rawValue], css: "tier-" + tier.rawValue, sort: String(tierRank(tier))),
                               .money(figures?.paidAmount ?? .zero, symbol: symbol), .int(figures?.paidOrders ?? 0),
                               .text(customer.region), .day(figures?.lastOrder)])
        }
        return table
    }

    /// The quotes at `positions` (all by default): number, customer, date, valid until, status, lines, total.
    func quotesTable(_ positions: Range<Int>? = nil) -> DataTable {
        let t = strings
        var table = DataTable([t["quote_no"], t["customer"], t["quote_date"], t["valid_until"], t["status"], t["items"], t["total"]],
                              numeric: [5, 6], csv: "quotes/quotes.csv")
        for position in positions ?? shop.quotes.indices {
            let quote = shop.quotes[position]
            let figures = QuoteObject(data: self, position: position).figures
            table.rows.append([.text(quote.id.rawValue, url: quoteURL(quote.id)),
                               .text(customerName(quote.customer), url: customerPosition[quote.customer].map { _ in customerURL(quote.customer) }),
                               .day(quote.date), .day(quote.validUntil),
                               .badge(t["status_" + figures.status.rawValue], css: "status-" + figures.status.rawValue),
                               .int(quote.items.count), .money(figures.totals.total, symbol: symbol)])
        }
        return table
    }

    /// The orders at `positions` (all by default): number, customer, date, status (late / untracked flags), ship-by,
    /// tracking, total.
    func ordersTable(_ positions: Range<Int>? = nil) -> DataTable {
        let t = strings
        var table = DataTable([t["order_no"], t["customer"], t["order_date"], t["status"], t["ship_by"], t["tracking"], t["total"]],
                              numeric: [6], csv: "orders/orders.csv")
        let positions = positions ?? shop.orders.indices
        table.rows.reserveCapacity(positions.count)
        var labels: [OrderStatus: (label: String, css: String)] = [:]
        for status in OrderStatus.allCases { labels[status] = (t["status_" + status.rawValue], "status-" + status.rawValue) }
        let late = t["late"], untracked = t["untracked"], asOf = shop.asOf
        // Through a buffer pointer, fields are read in place instead of copying each order.
        shop.orders.withUnsafeBufferPointer { orders in
            for i in positions {
                let label = labels[orders[i].status] ?? ("", "")
                // Cells are made whole (no cell is copied to set a flag or an anchor afterwards).
                let flag: (label: String, css: String)? = orders[i].isLate(asOf: asOf) ? (late, "badge-late")
                    : orders[i].lacksTracking ? (untracked, "badge-untracked") : nil
                let id = orders[i].id.rawValue, customer = orders[i].customer
                let position = customerPosition[customer]
                let name = position.map { shop.customers[$0].name } ?? customer.rawValue
                table.rows.append([DataCell(text: id, csv: id, anchor: id), .text(name, url: position.map { _ in customerURL(customer) }),
                                   .day(orders[i].date), DataCell(text: label.label, csv: label.label, badge: label.css, flag: flag),
                                   .day(orders[i].shipBy), .text(orders[i].tracking ?? ""), .money(orders[i].total, symbol: symbol)])
            }
        }
        return table
    }

    /// new 0, regular 1, key 2: the sort key of a tier.
    func tierRank(_ tier: CustomerTier) -> Int {
        switch tier {
        case .new: return 0
        case .regular: return 1
        case .key: return 2
        }
    }
}
