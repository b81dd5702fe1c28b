import ShopModel
import TemplateEngine

extension SiteData {
    /// How many entries of each to-do kind the dashboard lists before "N more".
    static let todoLimit = 8

    /// `windows` (label and KPI cards per window), `todo`, `todo_more`, `warnings`, `advice`.
    func addDashboard(to context: inout PageContext) {
        guard let analytics else { return }
        context.map["windows"] = .list(analytics.windows.indices.map { i in
            .map(["days": .int(analytics.windows[i].days),
                  "label": .string(strings.format("window_days", String(analytics.windows[i].days))),
                  "kpis": .list(windowKPIs(i, analytics: analytics).map(\.value_))])
        })
        var todo: [TemplateValue] = []
        var more = 0
        // Only the first entries of each kind become items; the rest are only counted (thousands on a big shop).
        func add<Entity>(_ entities: [Entity], where keep: (Entity) -> Bool = { _ in true }, _ item: (Entity) -> TemplateValue) {
            var listed = 0
            for entity in entities where keep(entity) {
                if listed < SiteData.todoLimit {
                    todo.append(item(entity))
                    listed += 1
                } else {
                    more += 1
                }
            }
        }
        let t = strings
        add(analytics.lateOrders, where: { $0.status == .pendingShipment }) { order in
            todoItem("is-danger", t["late"], "badge-late", order.id.rawValue, orderURL(order.id),
                     customerName(order.customer) + " · " + t.format("todo_late", order.shipBy.description),
                     t.format("todo_overdue", String(order.shipBy.distance(to: shop.asOf))))
        }
        add(analytics.untrackedOrders) { order in
            todoItem("is-warning", t["untracked"], "badge-untracked", order.id.rawValue, orderURL(order.id),
                     customerName(order.customer) + " · " + t["todo_untracked"], order.date.description)
        }
        add(analytics.expiringQuotes) { quote in
            todoItem("is-warning", t["expiring"], "status-sent", quote.id.rawValue, quoteURL(quote.id),
                     customerName(quote.customer) + " · " + t.format("todo_expiring", quote.validUntil.description),
                     t.format("todo_days_left", String(quote.daysToExpiry)))
        }
        add(analytics.dormantCustomers) { customer in
            todoItem("", t["dormant"], "badge-dormant", customerName(customer.id), customerURL(customer.id),
                     t["tier_" + customer.tier.rawValue] + " · " + t["last_order"] + " " + (customer.lastOrder?.description ?? "—"),
                     customer.daysSinceLastOrder.map { t.format("todo_dormant", String($0)) } ?? "")
        }
        context.map["todo"] = .list(todo)
        context.map["todo_more"] = .int(more)
        context.map["warnings"] = .strings(warnings.prefix(20).map(\.description))
        context.map["warnings_count"] = .int(warnings.count)
        context.map["advice"] = .strings(adviceLines(analytics))
    }

    func todoItem(_ css: String, _ badge: String, _ badgeClass: String, _ title: String, _ url: String, _ text: String,
                  _ meta: String) -> TemplateValue {
        .map(["class": .string(css), "badge": .string(badge), "badge_class": .string(badgeClass), "title": .string(title),
              "url": .string(url), "text": .string(text), "meta": .string(meta)])
    }

    /// The headline cards of window `i`: visitors, buyers, conversion (with the benchmark), AOV, GMV.
    func windowKPIs(_ i: Int, analytics: ShopAnalytics) -> [KPI] {
        let now = analytics.windows[i], before = analytics.previousWindows[i], t = strings
        let visitorsSpark = Chart.sparkline(values: now.daily.map { Double($0.visitors) }, title: t["visitors"])
        let gmvSpark = Chart.sparkline(values: now.daily.map { $0.gmv.approximateDouble }, title: t["gmv"])
        var visitors = KPI(label: t["visitors"], value: Display.integer(now.visitors), previous: t.format("previous", Display.integer(before.visitors)), spark: visitorsSpark)
        visitors.compare(Double(now.visitors), Double(before.visitors))
        var buyers = KPI(label: t["buyers"], value: Display.integer(now.buyers), previous: t.format("previous", Display.integer(before.buyers)),
                         spark: Chart.sparkline(values: now.daily.map { Double($0.buyers) }, title: t["buyers"]))
        buyers.compare(Double(now.buyers), Double(before.buyers))
        var conversion = KPI(label: t["conversion"], value: Display.percent(now.conversionRate),
                             previous: t.format("previous", Display.percent(before.conversionRate)), spark: visitorsSpark)
        conversion.comparePoints(now.conversionRate, before.conversionRate)
        if let benchmark = settings.benchmarkConversionRate {
            conversion.bench = t.format("benchmark", Display.percent(benchmark, places: 1))
            if let rate = now.conversionRate { conversion.benchClass = rate >= benchmark ? "is-above" : "is-below" }
        }
        var aov = KPI(label: t["aov"], value: money(now.averageOrderValue), previous: t.format("previous", money(before.averageOrderValue)), spark: gmvSpark)
        aov.compare(now.averageOrderValue?.approximateDouble, before.averageOrderValue?.approximateDouble)
        var gmv = KPI(label: t["gmv"], value: money(now.gmv), previous: t.format("previous", money(before.gmv)), spark: gmvSpark)
        gmv.compare(now.gmv.approximateDouble, before.gmv.approximateDouble)
        return [visitors, buyers, conversion, aov, gmv]
    }
}
