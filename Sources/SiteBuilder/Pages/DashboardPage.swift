import ShopModel
import TemplateEngine

/// The internal site's home page (`index.html`): KPI cards per window, the to-do list, the check warnings and advice.
struct DashboardPage {
    /// The index and text of the site.
    let site: PageInputs

    /// How many entries of each to-do kind the dashboard lists before "N more".
    static let todoLimit = 8

    /// How many check warnings of each kind the dashboard lists; `checks.html` lists them all.
    static let warningLimit = 5

    /// `windows` (label and KPI cards per window), `todo`, `todo_more`, `warning_groups`, `warnings_count`, `advice`.
    func add(to context: inout PageContext) {
        let index = site.index, t = site.text
        guard let analytics = index.analytics else { return }
        context.map["windows"] = .list(analytics.windows.indices.map { i in
            .map(["days": .int(analytics.windows[i].days),
                  "label": .string(t.count("window_days", analytics.windows[i].days)),
                  "kpis": .list(windowKPIs(i, analytics: analytics).map(\.value_))])
        })
        let (todo, more) = todoList(analytics)
        context.map["todo"] = .list(todo.map(\.templateValue))
        context.map["todo_more"] = .int(more)
        context.map["warning_groups"] = .list(CheckGroups(site: site).groups(limit: DashboardPage.warningLimit))
        context.map["warnings_count"] = .int(index.warnings.count)
        context.map["advice"] = .strings(adviceLines(analytics))
    }

    /// The to-do list: late orders, orders without tracking, expiring quotes, dormant customers, at most `todoLimit`
    /// of each kind; `more` counts those left out.
    func todoList(_ analytics: ShopAnalytics) -> (items: [TodoItem], more: Int) {
        let index = site.index, t = site.text
        var todo: [TodoItem] = []
        var more = 0
        // Only the first entries of each kind become items; the rest are only counted (thousands on a big shop).
        func add<Entity>(_ entities: [Entity], where keep: (Entity) -> Bool = { _ in true }, _ item: (Entity) -> TodoItem) {
            var listed = 0
            for entity in entities where keep(entity) {
                if listed < DashboardPage.todoLimit {
                    todo.append(item(entity))
                    listed += 1
                } else {
                    more += 1
                }
            }
        }
        add(analytics.lateOrders, where: { $0.status == .pendingShipment }) { order in
            TodoItem(cssClass: "is-danger", badge: t["late"], badgeClass: "badge-late", title: order.id.rawValue, url: index.orderURL(order.id),
                     text: index.customerName(order.customer) + " · " + t.format("todo_late", t.date(order.shipBy)),
                     meta: t.count("todo_overdue", order.shipBy.distance(to: index.shop.asOf)))
        }
        add(analytics.untrackedOrders) { order in
            TodoItem(cssClass: "is-warning", badge: t["untracked"], badgeClass: "badge-untracked", title: order.id.rawValue,
                     url: index.orderURL(order.id), text: index.customerName(order.customer) + " · " + t["todo_untracked"],
                     meta: order.date.description)
        }
        add(analytics.expiringQuotes) { quote in
            TodoItem(cssClass: "is-warning", badge: t["expiring"], badgeClass: "status-sent", title: quote.id.rawValue, url: index.quoteURL(quote.id),
                     text: index.customerName(quote.customer) + " · " + t.format("todo_expiring", t.date(quote.validUntil)),
                     meta: t.count("todo_days_left", quote.daysToExpiry))
        }
        add(analytics.dormantCustomers) { customer in
            TodoItem(cssClass: "", badge: t["dormant"], badgeClass: "badge-dormant", title: index.customerName(customer.id),
                     url: index.customerURL(customer.id),
                     text: t["tier_" + customer.tier.rawValue] + " · " + t["last_order"] + " " + (customer.lastOrder.map(t.date) ?? "—"),
                     meta: customer.daysSinceLastOrder.map { t.count("todo_dormant", $0) } ?? "")
        }
        return (todo, more)
    }

    /// The advice of the analytics, worded in the site's language.
    func adviceLines(_ analytics: ShopAnalytics) -> [String] {
        let t = site.text
        return analytics.advice.map { advice in
            switch advice {
            case .lowConversion(let days, let conversion, let benchmark):
                return t.fill("advice_low_conversion", [("days", String(days)), ("value", Display.percent(conversion)),
                                                        ("benchmark", Display.percent(benchmark))])
            case .lowConversionProducts(let days, let skus):
                let shown = skus.prefix(5).map(\.rawValue).joined(separator: t["list_separator"]) + (skus.count > 5 ? " …" : "")
                return t.count("advice_low_conversion_products", skus.count, filling: [("days", String(days)), ("skus", shown)])
            case .regionConcentration(let days, let region, let share):
                return t.fill("advice_region", [("days", String(days)), ("region", region.isEmpty ? t["region_none"] : region),
                                                ("value", Display.percent(share))])
            case .winBackCustomers(let count, let paid, _):
                return t.count("advice_win_back", count, filling: [("value", t.money(paid))])
            }
        }
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
