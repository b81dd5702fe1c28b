import ShopModel
import TemplateEngine

/// The internal site's home page (`index.html`): KPI cards per window, the to-do list, the check warnings and advice.
struct DashboardPage {
    /// The index and text of the site.
    let site: PageInputs

    /// How many entries of each to-do kind the dashboard lists; `todo.html` lists them all.
    static let todoLimit = 5

    /// How many check warnings of each kind the dashboard lists; `checks.html` lists them all.
    static let warningLimit = 5

    /// `windows` (label and KPI cards per window), `todo_groups`, `todo_count` (and the flat `todo`, `todo_more`),
    /// `warning_groups`, `warnings_count`, `advice` (maps: `text`, `links`, `more`, `customers`).
    func add(to context: inout PageContext) {
        let index = site.index, t = site.text
        guard let analytics = index.analytics else { return }
        context.map["windows"] = .list(analytics.windows.indices.map { i in
            .map(["days": .int(analytics.windows[i].days),
                  "label": .string(t.count("window_days", analytics.windows[i].days)),
                  "kpis": .list(windowKPIs(i, analytics: analytics).map(\.value_))])
        })
        let groups = TodoList(site: site).groups(analytics, limit: DashboardPage.todoLimit)
        let count = TodoList.count(analytics)
        context.map["todo_groups"] = .list(groups)
        context.map["todo_count"] = .int(count)
        // `todo` and `todo_more` as before: the listed entries of every kind in one list, and how many are left out.
        var flat: [TemplateValue] = []
        for case .map(let group) in groups { if case .list(let items)? = group["items"] { flat.append(contentsOf: items) } }
        context.map["todo"] = .list(flat)
        context.map["todo_more"] = .int(count - flat.count)
        context.map["warning_groups"] = .list(CheckGroups(site: site).groups(limit: DashboardPage.warningLimit))
        context.map["warnings_count"] = .int(index.warnings.count)
        context.map["advice"] = .list(AdviceList(site: site).items(analytics))
    }

    /// The headline cards of window `i`: visitors, buyers, conversion (with the benchmark), AOV, GMV.
    func windowKPIs(_ i: Int, analytics: ShopAnalytics) -> [KPI] {
        let now = analytics.windows[i], before = analytics.previousWindows[i], t = site.text
        let visitorsSpark = Chart.sparkline(values: now.daily.map { Double($0.visitors) }, title: t["visitors"])
        let gmvSpark = Chart.sparkline(values: now.daily.map { $0.gmv.approximateDouble }, title: t["gmv"])
        var visitors = KPI(label: t["visitors"], value: Display.integer(now.visitors), previous: t.format("previous", Display.integer(before.visitors)), spark: visitorsSpark)
        visitors.compare(Double(now.visitors), Double(before.visitors))
        var buyers = KPI(label: t["buyers"], value: Display.integer(now.buyers), previous: t.format("previous", Display.integer(before.buyers)),
                         spark: Chart.sparkline(values: now.daily.map { Double($0.buyers) }, title: t["buyers"]))
        buyers.compare(Double(now.buyers), Double(before.buyers))
        var conversion = KPI(label: t["conversion"], value: Display.percent(now.conversionRate),
                             previous: t.format("previous", Display.percent(before.conversionRate)), spark: visitorsSpark)
        conversion.comparePoints(now.conversionRate, before.conversionRate, unit: t["points"])
        if let benchmark = site.index.settings.benchmarkConversionRate {
            conversion.bench = t.format("benchmark", Display.percent(benchmark, places: 1))
            if let rate = now.conversionRate { conversion.benchClass = rate >= benchmark ? "is-above" : "is-below" }
        }
        var aov = KPI(label: t["aov"], value: t.money(now.averageOrderValue), previous: t.format("previous", t.money(before.averageOrderValue)), spark: gmvSpark)
        aov.compare(now.averageOrderValue?.approximateDouble, before.averageOrderValue?.approximateDouble)
        var gmv = KPI(label: t["gmv"], value: t.money(now.gmv), previous: t.format("previous", t.money(before.gmv)), spark: gmvSpark)
        gmv.compare(now.gmv.approximateDouble, before.gmv.approximateDouble)
        return [visitors, buyers, conversion, aov, gmv]
    }
}
