import ShopModel
import TemplateEngine

/// The order figures (`analytics/orders/index.html`): the status mix, on-time shipping per window, late orders and
/// orders without tracking.
struct AnalyticsOrdersPage {
    /// The index and text of the site.
    let site: PageInputs

    /// Orders: status mix chart and table, late orders, orders without tracking (their first rows; the CSVs have all).
    func add(to context: inout PageContext) {
        let index = site.index
        guard let analytics = index.analytics else { return }
        let t = site.text
        var status = DataTable([t["status"], t["orders_count"]], numeric: [1], csv: "analytics/status.csv")
        for tally in analytics.orderStatusMix {
            status.rows.append([.badge(t["status_" + tally.key.rawValue], css: "status-" + tally.key.rawValue), .int(tally.count)])
        }
        let total = analytics.orderStatusMix.reduce(0) { $0 + $1.count }
        let donut = Chart.donutChart(slices: analytics.orderStatusMix.filter { $0.count > 0 }.map {
            ChartSlice(label: t["status_" + $0.key.rawValue], value: Double($0.count), valueLabel: t.count("chart_orders", $0.count))
        }, title: t["status_mix"], centerLabel: t.count("chart_orders", total))
        context.add([ChartPanel(title: t["status_mix"], svg: donut, table: status)], as: "panels")
        context.add(shippingTable(analytics.windows), as: "shipping", limit: Int.max)
        let shown = index.pageSizes.analyticsRows
        context.add(orderList(analytics.lateOrders, csv: "analytics/late.csv", linked: shown), as: "late", limit: shown)
        context.add(orderList(analytics.untrackedOrders, csv: "analytics/untracked.csv", linked: shown), as: "untracked", limit: shown)
    }

    /// On-time shipping per window: days, orders shipped, on time, on-time rate, average days to ship ("—" without any).
    func shippingTable(_ windows: [WindowFigures]) -> DataTable {
        let t = site.text
        var table = DataTable([t["order_window"], t["order_shipped_count"], t["order_on_time_count"], t["order_on_time_rate"],
                               t["order_days_to_ship"]], numeric: [1, 2, 3, 4], csv: "analytics/shipping.csv")
        for w in windows {
            let days = w.averageDaysToShip.map { Display.decimal($0, places: 1) } ?? "—"
            table.rows.append([.text(t.count("window_days", w.days)), .int(w.shipping.shipped), .int(w.shipping.onTime),
                               .percent(w.onTimeShippingRate), DataCell(text: days, csv: w.averageDaysToShip.map { Display.decimal($0, places: 1) } ?? "")])
        }
        return table
    }

    /// Orders as a table: number, customer, date, status, ship-by, total; the numbers of the first `linked` rows link
    /// to the order's row in the orders list (the page shows no more, the CSV has no links).
    func orderList(_ orders: [OrderFigures], csv: String, linked: Int = Int.max) -> DataTable {
        let index = site.index, t = site.text
        var table = DataTable([t["order_no"], t["customer"], t["order_date"], t["status"], t["ship_by"], t["total"]], numeric: [5], csv: csv)
        table.rows.reserveCapacity(orders.count)
        for (i, order) in orders.enumerated() {
            table.rows.append([.code(order.id.rawValue, url: i < linked ? index.orderURL(order.id) : nil),
                               .text(index.customerName(order.customer), url: index.customerURL(order.customer)), .day(order.date),
                               .badge(t["status_" + order.status.rawValue], css: "status-" + order.status.rawValue),
                               .day(order.shipBy), .money(order.total, symbol: t.symbol)])
        }
        return table
    }
}
