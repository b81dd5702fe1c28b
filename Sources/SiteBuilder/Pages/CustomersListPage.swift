import ShopModel

/// A page of the customers list (`customers/index.html`, `customers/page/N/`): the customers table, its paginator,
/// and on page 1 `customers/customers.csv` with every customer.
struct CustomersListPage {
    /// The index and text of the site.
    let site: PageInputs
    /// The page's number, from 1.
    let number: Int

    /// Adds `table` (this page's rows) and `paginator`; page 1 also writes the CSV.
    func add(to context: inout PageContext) {
        let count = site.index.shop.customers.count
        context.addPage(of: count, paginator: site.index.listPaginator("customers/", count, number), as: "table",
                        rows: { table($0) }, csv: csv)
    }

    /// The customers at `positions` (all by default): id, name (dormant flag), tier, paid amount (lifetime and 365 days),
    /// orders, region, last order, reorder date (overdue flag).
    func table(_ positions: Range<Int>? = nil) -> DataTable {
        let index = site.index, t = site.text
        var table = DataTable([t["customer_no"], t["name"], t["tier"], t["paid_amount"], t["wb_paid_365d"], t["paid_orders"], t["region"],
                               t["last_order"], t["wb_reorder_due"]],
                              numeric: [3, 4, 5], csv: "customers/customers.csv")
        for customer in index.shop.customers[positions ?? index.shop.customers.indices] {
            let figures = index.analytics?.customer(customer.id)
            let tier = figures?.tier ?? .new
            var name = DataCell.text(customer.name, url: index.customerURL(customer.id))
            if figures?.dormant == true { name.flag = (t["dormant"], "badge-dormant") }
            table.rows.append([.text(customer.id.rawValue, url: index.customerURL(customer.id)), name,
                               .badge(t["tier_" + tier.rawValue], css: "tier-" + tier.rawValue, sort: String(tier.rank)),
                               .money(figures?.paidAmount ?? .zero, symbol: t.symbol),
                               .money(figures?.paidAmount365d ?? .zero, symbol: t.symbol), .int(figures?.paidOrders ?? 0),
                               .text(customer.region), .day(figures?.lastOrder), reorderCell(figures)])
        }
        return table
    }

    /// The reorder date, flagged when overdue.
    private func reorderCell(_ figures: CustomerFigures?) -> DataCell {
        var cell = DataCell.day(figures?.reorderDue)
        if figures?.reorderOverdue == true { cell.flag = (site.text["wb_reorder_overdue"], "badge-late") }
        return cell
    }

    /// customers.csv: the values of the table's cells, written directly (no page cells for every row).
    func csv() -> [UInt8] {
        let index = site.index
        let columns = table(0..<0).columns
        var out = DataTable.csvHead(columns, rows: index.shop.customers.count)
        for customer in index.shop.customers {
            let figures = index.analytics?.customer(customer.id)
            let tier = figures?.tier ?? .new
            DataTable.appendCSVRow([customer.id.rawValue, customer.name, site.text["tier_" + tier.rawValue], (figures?.paidAmount ?? .zero).plain,
                                    (figures?.paidAmount365d ?? .zero).plain, String(figures?.paidOrders ?? 0), customer.region,
                                    figures?.lastOrder?.description ?? "", figures?.reorderDue?.description ?? ""],
                                   columns: columns, to: &out)
        }
        return out
    }
}
