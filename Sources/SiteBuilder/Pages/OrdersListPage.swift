import ShopModel
import TemplateEngine

/// A page of an orders list, newest first: every order (`orders/index.html`, `orders/page/N/`) or one status group
/// (`orders/pending_payment/index.html` …): the orders table, its paginator, the status filter, and on page 1 of the
/// whole list `orders/orders.csv` with every order (in id order).
struct OrdersListPage {
    /// The index and text of the site.
    let site: PageInputs
    /// The status group listed; nil for every order.
    var group: OrderGroup? = nil
    /// The page's number, from 1.
    let number: Int

    /// Adds `table` (this page's rows), `paginator` and `status_filter`; page 1 of the whole list also writes the CSV.
    func add(to context: inout PageContext) {
        let list = site.index.orderLists.list(group)
        context.addPage(of: list.count, paginator: site.index.listPaginator(group?.base ?? "orders/", list.count, number), as: "table",
                        rows: { table(list[$0]) }, csv: group == nil ? csv : { [] })
        if group != nil { context.attachments.removeAll() }
        var filter: [TemplateValue] = []
        for choice in [nil] + OrderGroup.allCases.map(Optional.some) {
            filter.append(.map(["label": .string(site.text[choice.map { "order_group_" + $0.rawValue } ?? "order_group_all"]),
                                "url": .string((choice?.base ?? "orders/") + "index.html"),
                                "count": .int(site.index.orderLists.list(choice).count), "current": .bool(choice == group)]))
        }
        context.map["status_filter"] = .list(filter)
        context.map["order_group"] = group.map { .string(site.text["order_group_" + $0.rawValue]) } ?? .null
    }

    /// The orders at `positions` (all by default, in id order): number (linking to the order's page), customer, date
    /// (paid or ordered), status (late / untracked flags), ship-by, tracking, total.
    func table<Positions: Collection<Int>>(_ positions: Positions) -> DataTable {
        let index = site.index, t = site.text, symbol = site.text.symbol, shop = index.shop
        var table = DataTable([t["order_no"], t["customer"], t[dateHeading], t["status"], t["ship_by"], t["tracking"], t["total"]],
                              numeric: [6], csv: "orders/orders.csv")
        table.rows.reserveCapacity(positions.count)
        var labels: [OrderStatus: (label: String, css: String)] = [:]
        for status in OrderStatus.allCases { labels[status] = (t["status_" + status.rawValue], "status-" + status.rawValue) }
        let late = t["late"], untracked = t["untracked"], asOf = shop.asOf
        for i in positions {
            let order = shop.orders[i]
            let label = labels[order.status] ?? ("", "")
            // Cells are made whole (no cell is copied to set a flag or an anchor afterwards).
            let flag: (label: String, css: String)? = order.isLate(asOf: asOf) ? (late, "badge-late")
                : order.lacksTracking ? (untracked, "badge-untracked") : nil
            let id = order.id.rawValue, customer = order.customer
            let position = index.customerPosition[customer]
            let name = position.map { shop.customers[$0].name } ?? customer.rawValue
            table.rows.append([DataCell(text: id, csv: id, url: index.orderURL(position: i), anchor: id), .text(name, url: position.map(index.customerURL(position:))),
                               .day(order.date), DataCell(text: label.label, csv: label.label, badge: label.css, flag: flag),
                               .day(order.shipBy), .text(order.tracking ?? ""), .money(order.total, symbol: symbol)])
        }
        return table
    }

    /// The date column's heading: 下单日期 for unpaid orders, 付款日期 for paid ones, both where a list mixes them
    /// (contract, orders/: pages label `date` 付款日期 or 下单日期 accordingly).
    var dateHeading: String {
        switch group {
        case .pendingPayment: return "order_placed_on"
        case .pendingShipment, .shipped, .completed: return "order_date"
        case .afterSales, nil: return "order_list_date"
        }
    }

    /// orders.csv: the values of the table's cells, written directly (30,000 rows in a few milliseconds).
    func csv() -> [UInt8] {
        let index = site.index
        let columns = table(0..<0).columns
        var out = DataTable.csvHead(columns, rows: index.shop.orders.count)
        var labels: [OrderStatus: String] = [:]
        for status in OrderStatus.allCases { labels[status] = site.text["status_" + status.rawValue] }
        func field(_ text: String, numeric: Bool = false) {
            DataTable.appendCSVField(text, numeric: numeric, to: &out)
            out.append(0x2C)
        }
        for order in index.shop.orders {
            field(order.id.rawValue)
            field(index.customerName(order.customer))
            field(order.date.description)
            field(labels[order.status] ?? "")
            field(order.shipBy.description)
            field(order.tracking ?? "")
            DataTable.appendCSVField(order.total.plain, numeric: true, to: &out)
            out.append(contentsOf: [0x0D, 0x0A])
        }
        return out
    }
}
