import ShopModel
import TemplateEngine

extension SiteData {
    /// The position of the longest analytics window, the one the trend charts show.
    func longestWindow(_ analytics: ShopAnalytics) -> Int? {
        analytics.windows.indices.max { analytics.windows[$0].days < analytics.windows[$1].days }
    }

    /// Overview: KPI cards per window, the figures table, daily visitor and GMV trends, advice.
    func addAnalyticsOverview(to context: inout PageContext) {
        guard let analytics else { return }
        addDashboard(to: &context)
        let t = strings
        var figures = DataTable([t["figure"]] + analytics.windows.map { t.format("window_days", String($0.days)) },
                                numeric: Set(analytics.windows.indices.map { $0 + 1 }), csv: "analytics/overview.csv")
        figures.sortable = false
        let w = analytics.windows
        figures.rows = [
            [.text(t["visitors"])] + w.map { .int($0.visitors) },
            [.text(t["page_views"])] + w.map { .int($0.pageViews) },
            [.text(t["buyers"])] + w.map { .int($0.buyers) },
            [.text(t["paid_orders"])] + w.map { .int($0.paidOrders) },
            [.text(t["conversion"])] + w.map { .percent($0.conversionRate) },
            [.text(t["aov"])] + w.map { .money($0.averageOrderValue, symbol: symbol) },
            [.text(t["gmv"])] + w.map { .money($0.gmv, symbol: symbol) },
        ]
        context.add(figures, as: "figures")
        guard let i = longestWindow(analytics) else { return }
        let now = analytics.windows[i], before = analytics.previousWindows[i]
        let labels = now.daily.map { String($0.day.description.dropFirst(5)) }
        let current = t.format("window_days", String(now.days))
        var visitors = DataTable([t["date_label"], t["visitors"], t["buyers"]], numeric: [1, 2], csv: "analytics/daily-visitors-\(now.days).csv")
        var gmv = DataTable([t["date_label"], t["gmv"], t["buyers"]], numeric: [1, 2], csv: "analytics/daily-gmv-\(now.days).csv")
        for point in now.daily {
            visitors.rows.append([.day(point.day), .int(point.visitors), .int(point.buyers)])
            gmv.rows.append([.day(point.day), .money(point.gmv, symbol: symbol), .int(point.buyers)])
        }
        let visitorChart = Chart.lineChart(series: [ChartSeries(name: current, values: now.daily.map { Double($0.visitors) }),
                                                    ChartSeries(name: t["previous_window"], values: before.daily.map { Double($0.visitors) }, dashed: true)],
                                           labels: labels, title: t["daily_visitors"], yFormat: .integer)
        let gmvChart = Chart.lineChart(series: [ChartSeries(name: current, values: now.daily.map { $0.gmv.approximateDouble }),
                                                ChartSeries(name: t["previous_window"], values: before.daily.map { $0.gmv.approximateDouble }, dashed: true)],
                                       labels: labels, title: t["daily_gmv"], yFormat: .currency(symbol: symbol, fractionDigits: 0))
        context.add([ChartPanel(title: t["daily_visitors"] + " · " + current, svg: visitorChart, table: visitors),
                     ChartPanel(title: t["daily_gmv"] + " · " + current, svg: gmvChart, table: gmv)], as: "panels")
    }

    /// The advice of the analytics, worded in the site's language.
    func adviceLines(_ analytics: ShopAnalytics) -> [String] {
        let t = strings
        return analytics.advice.map { advice in
            switch advice {
            case .lowConversion(let days, let conversion, let benchmark):
                return t.fill("advice_low_conversion", [("days", String(days)), ("value", Display.percent(conversion)),
                                                        ("benchmark", Display.percent(benchmark))])
            case .lowConversionProducts(let days, let skus):
                let shown = skus.prefix(5).map(\.rawValue).joined(separator: "、") + (skus.count > 5 ? " …" : "")
                return t.fill("advice_low_conversion_products", [("days", String(days)), ("count", String(skus.count)), ("skus", shown)])
            case .regionConcentration(let days, let region, let share):
                return t.fill("advice_region", [("days", String(days)), ("region", region.isEmpty ? t["region_none"] : region),
                                                ("value", Display.percent(share))])
            case .winBackCustomers(let count, let paid, _):
                return t.fill("advice_win_back", [("count", String(count)), ("value", money(paid))])
            }
        }
    }
}
