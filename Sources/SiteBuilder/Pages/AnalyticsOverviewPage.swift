import ShopModel
import TemplateEngine

/// The figures overview (`analytics/index.html`): the dashboard's KPI cards, the figures table per window and the
/// daily visitor and GMV trends of the longest window.
struct AnalyticsOverviewPage {
    /// The index and text of the site.
    let site: PageInputs

    /// The position of the longest analytics window, the one the trend charts show.
    static func longestWindow(_ analytics: ShopAnalytics) -> Int? {
        analytics.windows.indices.max { analytics.windows[$0].days < analytics.windows[$1].days }
    }

    /// Overview: KPI cards per window, the figures table, daily visitor and GMV trends, advice.
    func add(to context: inout PageContext) {
        let index = site.index
        guard let analytics = index.analytics else { return }
        DashboardPage(site: site).add(to: &context)
        let t = site.text
        var figures = DataTable([t["figure"]] + analytics.windows.map { t.count("window_days", $0.days) },
                                numeric: Set(analytics.windows.indices.map { $0 + 1 }), csv: "analytics/overview.csv")
        figures.sortable = false
        let w = analytics.windows
        figures.rows = [
            [.text(t["visitors"])] + w.map { .int($0.visitors) },
            [.text(t["page_views"])] + w.map { .int($0.pageViews) },
            [.text(t["buyers"])] + w.map { .int($0.buyers) },
            [.text(t["paid_orders"])] + w.map { .int($0.paidOrders) },
            [.text(t["conversion"])] + w.map { .percent($0.conversionRate) },
            [.text(t["aov"])] + w.map { .money($0.averageOrderValue, symbol: t.symbol) },
            [.text(t["gmv"])] + w.map { .money($0.gmv, symbol: t.symbol) },
        ]
        context.add(figures, as: "figures")
        guard let i = AnalyticsOverviewPage.longestWindow(analytics) else { return }
        let now = analytics.windows[i], before = analytics.previousWindows[i]
        let labels = now.daily.map { String($0.day.description.dropFirst(5)) }
        let current = t.count("window_days", now.days)
        var visitors = DataTable([t["date_label"], t["visitors"], t["buyers"]], numeric: [1, 2], csv: "analytics/daily-visitors-\(now.days).csv")
        var gmv = DataTable([t["date_label"], t["gmv"], t["buyers"]], numeric: [1, 2], csv: "analytics/daily-gmv-\(now.days).csv")
        for point in now.daily {
            visitors.rows.append([.day(point.day), .int(point.visitors), .int(point.buyers)])
            gmv.rows.append([.day(point.day), .money(point.gmv, symbol: t.symbol), .int(point.buyers)])
        }
        let visitorChart = Chart.lineChart(series: [ChartSeries(name: current, values: now.daily.map { Double($0.visitors) }),
                                                    ChartSeries(name: t["previous_window"], values: before.daily.map { Double($0.visitors) }, dashed: true)],
                                           labels: labels, title: t["daily_visitors"], yFormat: .integer)
        let gmvChart = Chart.lineChart(series: [ChartSeries(name: current, values: now.daily.map { $0.gmv.approximateDouble }),
                                                ChartSeries(name: t["previous_window"], values: before.daily.map { $0.gmv.approximateDouble }, dashed: true)],
                                       labels: labels, title: t["daily_gmv"], yFormat: .currency(symbol: t.symbol, fractionDigits: 0))
        context.add([ChartPanel(title: t["daily_visitors"] + " · " + current, svg: visitorChart, table: visitors),
                     ChartPanel(title: t["daily_gmv"] + " · " + current, svg: gmvChart, table: gmv)], as: "panels")
    }
}
