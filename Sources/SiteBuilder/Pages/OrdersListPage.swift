import ShopModel

/// A page of the orders list (`orders/index.html`, `orders/page/N/`): the orders table, its paginator, and on page 1
/// `orders/orders.csv` with every order. Orders have no page of their own: links point at their row here.
struct OrdersListPage {
    /// The index and text of the site.
    let site: PageInputs
    /// The page's number, from 1.
    let number: Int

    /// Adds `table` (this page's rows) and `paginator`; page 1 also writes the CSV.
    func add(to context: inout PageContext) {
        let count = site.index.shop.orders.count
        context.addPage(of: count, paginator: site.index.listPaginator("orders/", count, number), as: "table",
                        rows: { table($0) }, csv: csv)
    }

    /// The orders at `positions` (all by default): number, customer, date, status (late / untracked flags), ship-by,
    /// tracking, total.
    func table(_ positions: Range<Int>? = nil) -> DataTable {
        let index = site.index, t = site.text, symbol = site.text.symbol, shop = index.shop
        var table = DataTable([t["order_no"], t["customer"], t["order_date"], t["status"], t["ship_by"], t["tracking"], t["total"]],
                              numeric: [6], csv: "orders/orders.csv")
        let positions = positions ?? shop.orders.indices
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
            table.rows.append([DataCell(text: id, csv: id, anchor: id), .text(name, url: position.map { _ in index.customerURL(customer) }),
                               .day(order.date), DataCell(text: label.label, csv: label.label, badge: label.css, flag: flag),
                               .day(order.shipBy), .text(order.tracking ?? ""), .money(order.total, symbol: symbol)])
        }
        return table
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
