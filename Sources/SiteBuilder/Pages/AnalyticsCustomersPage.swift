import ShopModel
import TemplateEngine

/// The customer figures (`analytics/customers/index.html`): tier and region mix, buyer figures, dormant customers,
/// customers due to reorder.
struct AnalyticsCustomersPage {
    /// The index and text of the site.
    let site: PageInputs

    /// Customers: tier mix, buyer figures per window, region mix per window (with the >40% note), dormant list.
    func add(to context: inout PageContext) {
        let index = site.index
        guard let analytics = index.analytics else { return }
        let t = site.text
        var tiers = DataTable([t["tier"], t["customers_count"]], numeric: [1], csv: "analytics/tiers.csv")
        for tally in analytics.tierMix {
            tiers.rows.append([.badge(t["tier_" + tally.key.rawValue], css: "tier-" + tally.key.rawValue, sort: String(tally.key.rank)), .int(tally.count)])
        }
        let total = analytics.tierMix.reduce(0) { $0 + $1.count }
        let donut = Chart.donutChart(slices: analytics.tierMix.map {
            ChartSlice(label: t["tier_" + $0.key.rawValue], value: Double($0.count), valueLabel: t.count("chart_customers", $0.count))
        }, title: t["tier_mix"], centerLabel: t.count("chart_customers", total))
        var panels = [ChartPanel(title: t["tier_mix"], svg: donut, table: tiers)]
        for window in analytics.windows {
            let label = t.count("window_days", window.days)
            var regions = DataTable([t["region"], t["gmv"], t["share"]], numeric: [1, 2], csv: "analytics/regions-\(window.days).csv")
            var note: String?
            for share in window.regions {
                let name = share.region.isEmpty ? t["region_none"] : share.region
                regions.rows.append([.text(name), .money(share.gmv, symbol: t.symbol), .percent(share.share)])
                let threshold = index.settings.advice.regionShare
                if let value = share.share, !share.region.isEmpty, note == nil,
                   threshold.isExceeded(by: share.gmv.tenThousandths, of: window.gmv.tenThousandths) {
                    note = t.fill("wb_region_note", [("region", name), ("value", Display.percent(value)),
                                                     ("threshold", AdviceList.percent(threshold))])
                }
            }
            let bars = window.regions.map { ChartBar(label: $0.region.isEmpty ? t["region_none"] : $0.region, value: $0.share ?? 0,
                                                     valueLabel: Display.percent($0.share)) }
            let title = t["region_mix"] + " · " + label
            panels.append(ChartPanel(title: title, svg: bars.isEmpty ? Chart.noData(title: title) : Chart.barChart(bars: bars, title: title, valueFormat: .percent(fractionDigits: 1)),
                                     table: regions, caption: note))
        }
        context.add(panels, as: "panels")
        var buyers = DataTable([t["figure"]] + analytics.windows.map { t.count("window_days", $0.days) },
                               numeric: Set(analytics.windows.indices.map { $0 + 1 }), csv: "analytics/buyers.csv")
        buyers.sortable = false
        let w = analytics.windows
        buyers.rows = [[.text(t["buyers"])] + w.map { .int($0.buyers) },
                       [.text(t["new_customer_share"])] + w.map { .percent($0.newCustomerShare) },
                       [.text(t["repurchase_rate"])] + w.map { .percent($0.repurchaseRate) },
                       [.text(t["purchase_frequency"])] + w.map { f in
                           DataCell(text: f.purchaseFrequency.map { Display.decimal($0, places: 2) } ?? "—", csv: Display.ratioCSV(f.purchaseFrequency))
                       }]
        context.add(buyers, as: "buyers")
        var dormant = DataTable([t["customer_no"], t["name"], t["tier"], t["paid_amount"], t["last_order"], t["days_since"]],
                                numeric: [3, 5], csv: "analytics/dormant.csv")
        for f in analytics.dormantCustomers {
            dormant.rows.append([.code(f.id.rawValue, url: index.customerURL(f.id)), .text(index.customerName(f.id)),
                                 .badge(t["tier_" + f.tier.rawValue], css: "tier-" + f.tier.rawValue, sort: String(f.tier.rank)),
                                 .money(f.paidAmount, symbol: t.symbol), .day(f.lastOrder),
                                 f.daysSinceLastOrder.map { .int($0) } ?? .text("—")])
        }
        context.add(dormant, as: "dormant", limit: index.pageSizes.analyticsRows)
        context.add(reorderTable(analytics), as: "reorder", limit: index.pageSizes.analyticsRows)
    }

    /// How many days ahead the reorder list looks.
    static let reorderAheadDays = 7

    /// 补货提醒: customers not dormant whose reorder date is at most `reorderAheadDays` after as_of (overdue ones
    /// included), by reorder date then id.
    func reorderTable(_ analytics: ShopAnalytics) -> DataTable {
        let index = site.index, t = site.text, asOf = index.shop.asOf
        var table = DataTable([t["customer_no"], t["name"], t["tier"], t["last_order"], t["wb_interval"], t["wb_reorder_due"], t["status"]],
                              numeric: [4], csv: "analytics/reorder.csv")
        let due = analytics.customers.filter { f in
            !f.dormant && f.reorderDue.map { asOf.distance(to: $0) <= AnalyticsCustomersPage.reorderAheadDays } ?? false
        }.sorted { ($0.reorderDue ?? asOf, $0.id) < ($1.reorderDue ?? asOf, $1.id) }
        for f in due {
            let interval = f.purchaseIntervalDays.map { Display.decimal($0, places: 1) } ?? "—"
            let status: DataCell = f.reorderOverdue
                ? .badge(t["wb_reorder_overdue"], css: "badge-late")
                : .text(t.count("todo_days_left", asOf.distance(to: f.reorderDue ?? asOf)))
            table.rows.append([.code(f.id.rawValue, url: index.customerURL(f.id)), .text(index.customerName(f.id)),
                               .badge(t["tier_" + f.tier.rawValue], css: "tier-" + f.tier.rawValue, sort: String(f.tier.rank)),
                               .day(f.lastOrder), DataCell(text: interval, csv: interval), .day(f.reorderDue), status])
        }
        return table
    }
}
