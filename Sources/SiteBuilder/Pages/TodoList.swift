import ShopModel
import TemplateEngine

/// The to-do list (今日待办) worded for pages: one group per kind, most urgent kind first, each with its `label`,
/// `count` and at most `limit` items (the rest counted in `more`).
struct TodoList {
    /// The index and text of the site.
    let site: PageInputs

    /// The groups for templates: `kind`, `label`, `count`, `items` (see `TodoItem`), `more` and `more_url`: empty
    /// (the rest are on `todo.html`), or with `fullLists` and some left out, the page listing them all.
    func groups(_ analytics: ShopAnalytics, limit: Int, fullLists: Bool = false) -> [TemplateValue] {
        analytics.todo.map { group in
            let items = group.positions.prefix(limit).map { item(group.kind, $0, analytics).templateValue }
            let more = max(0, group.positions.count - limit)
            return .map(["kind": .string(group.kind.rawValue), "label": .string(site.text["wb_todo_" + group.kind.rawValue]),
                         "count": .int(group.positions.count), "items": .list(Array(items)), "more": .int(more),
                         "more_url": .string(fullLists && more > 0 ? TodoList.fullList(group.kind) : "")])
        }
    }

    /// The number of to-dos of every kind.
    static func count(_ analytics: ShopAnalytics) -> Int { analytics.todo.reduce(0) { $0 + $1.positions.count } }

    /// One entry: what it is, linked by name, with what is due.
    func item(_ kind: TodoKind, _ p: Int, _ analytics: ShopAnalytics) -> TodoItem {
        switch kind {
        case .disputed, .late, .shipSoon, .untracked, .unpaid: return orderItem(kind, analytics.orders[p])
        case .followUp, .quoteDue, .draftQuote: return quoteItem(kind, analytics.quotes[p], position: p)
        case .reorder, .dormant: return customerItem(kind, analytics.customers[p])
        }
    }

    private func orderItem(_ kind: TodoKind, _ order: OrderFigures) -> TodoItem {
        let index = site.index, t = site.text, asOf = index.shop.asOf
        let customer = index.customerName(order.customer)
        // Every order link goes through `orderURL`, so order pages can take over in one place.
        var item = TodoItem(cssClass: "is-warning", badge: t["status_" + order.status.rawValue], badgeClass: "status-" + order.status.rawValue,
                            title: order.id.rawValue, url: index.orderURL(order.id), text: customer, meta: "")
        switch kind {
        case .disputed:
            item.cssClass = "is-danger"
            item.text = t.fill("wb_disputed_text", [("customer", customer), ("date", order.date.description), ("total", t.money(order.total))])
            item.meta = t.count("wb_days_ago", order.date.distance(to: asOf))
        case .late:
            item.cssClass = "is-danger"
            item.badge = t["late"]
            item.badgeClass = "badge-late"
            item.text = customer + " · " + t.fill("todo_late", [("date", order.shipBy.description)])
            item.meta = t.count("todo_overdue", order.shipBy.distance(to: asOf))
        case .shipSoon:
            item.text = t.fill("wb_ship_soon_text", [("customer", customer), ("date", order.shipBy.description)])
            let left = asOf.distance(to: order.shipBy)
            item.meta = left == 0 ? t["wb_ship_today"] : t.count("todo_days_left", left)
        case .untracked:
            item.badge = t["untracked"]
            item.badgeClass = "badge-untracked"
            item.text = customer + " · " + t["todo_untracked"]
            item.meta = order.date.description
        default:
            item.cssClass = ""
            item.text = t.fill("wb_unpaid_text", [("customer", customer), ("date", order.date.description), ("total", t.money(order.total))])
            item.meta = t.count("wb_days_ago", order.date.distance(to: asOf))
        }
        return item
    }

    private func quoteItem(_ kind: TodoKind, _ quote: QuoteFigures, position: Int) -> TodoItem {
        let index = site.index, t = site.text, asOf = index.shop.asOf
        let customer = index.customerName(quote.customer)
        let written = index.shop.quotes[position]
        var item = TodoItem(cssClass: "", badge: t["status_" + quote.status.rawValue], badgeClass: "status-" + quote.status.rawValue,
                            title: quote.id.rawValue, url: index.quoteURL(quote.id), text: customer, meta: "")
        switch kind {
        case .followUp:
            item.cssClass = "is-warning"
            let day = written.followUp ?? asOf
            item.text = t.fill("wb_follow_up_text", [("customer", customer), ("date", day.description)])
            if day < asOf { item.meta = t.count("todo_overdue", day.distance(to: asOf)) }
        case .quoteDue:
            item.cssClass = "is-warning"
            item.text = t.fill("wb_quote_due_text", [("customer", customer), ("date", written.date.description),
                                                     ("until", quote.validUntil.description)])
            item.meta = t.count("todo_days_left", quote.daysToExpiry)
        default:
            item.text = t.fill("wb_draft_text", [("customer", customer), ("date", written.date.description),
                                                 ("total", t.money(quote.totals.total))])
        }
        return item
    }

    private func customerItem(_ kind: TodoKind, _ customer: CustomerFigures) -> TodoItem {
        let index = site.index, t = site.text, asOf = index.shop.asOf
        let tier = t["tier_" + customer.tier.rawValue]
        if kind == .reorder, let due = customer.reorderDue {
            let interval = customer.purchaseIntervalDays.map { Display.decimal($0, places: 1) } ?? "—"
            return TodoItem(cssClass: "", badge: tier, badgeClass: "tier-" + customer.tier.rawValue, title: index.customerName(customer.id),
                            url: index.customerURL(customer.id),
                            text: t.fill("wb_reorder_text", [("tier", tier), ("interval", interval), ("date", due.description)]),
                            meta: t.count("wb_overdue", due.distance(to: asOf)))
        }
        return TodoItem(cssClass: "", badge: t["dormant"], badgeClass: "badge-dormant", title: index.customerName(customer.id),
                        url: index.customerURL(customer.id),
                        text: tier + " · " + t["last_order"] + " " + (customer.lastOrder.map(t.date) ?? "—"),
                        meta: customer.daysSinceLastOrder.map { t.count("todo_dormant", $0) } ?? "")
    }
}
