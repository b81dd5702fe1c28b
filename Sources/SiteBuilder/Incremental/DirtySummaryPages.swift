import ShopModel

/// Which of the internal site's whole-shop pages an edit reaches. Each is skipped only when everything its view
/// model reads is provably the same in both builds (settings, promotions, traffic and as_of are: a change to them
/// rebuilds everything); the differential tests (`IncrementalEditTests`, `SummaryPageSkipTests`) compare the result
/// with a fresh build.
enum DirtySummaryPages {
    /// The checks page when the warnings differ; the to-do page when its list or anything an entry shows moved; the
    /// quote pipeline only when a quote, order or customer changed or a changed product is quoted. The dashboard and
    /// the analytics overview, products, customers and orders pages when anything changed, unless `figuresKept` (the
    /// edit reached no figure, so both builds have the same `ShopAnalytics`): then each only when what it shows
    /// besides the figures moved (`FigureFreePages`).
    static func paths(for changes: EntityChanges, old: SiteIndex, new: SiteIndex, figuresKept: Bool = false) -> Set<String> {
        guard new.isInternal else { return [] }
        var paths: Set<String> = []
        let warningsMoved = !old.isInternal || old.warnings != new.warnings
        if warningsMoved { paths.insert("checks.html") }
        if !old.isInternal || todoMoved(changes, old: old, new: new) { paths.insert("todo.html") }
        if changes.isEmpty && !warningsMoved { return paths }
        if figuresKept && old.isInternal && !changes.sharedChanged {
            paths.formUnion(FigureFreePages.paths(for: changes, old: old, new: new, warningsMoved: warningsMoved))
        } else {
            paths.formUnion(["index.html", "analytics/index.html", "analytics/products/index.html", "analytics/customers/index.html",
                             "analytics/orders/index.html"])
        }
        guard !changes.isEmpty else { return paths }
        if !old.isInternal || pipelineMoved(changes, old: old, new: new) { paths.insert("analytics/quotes/index.html") }
        return paths
    }

    /// Whether `todo.html` may differ: its groups (positions of orders, quotes and customers) or a customer, order or
    /// quote an entry shows (their records and figures are in `changes`); it shows nothing of products.
    static func todoMoved(_ changes: EntityChanges, old: SiteIndex, new: SiteIndex) -> Bool {
        changes.sharedChanged || !changes.customers.isEmpty || !changes.orders.isEmpty || !changes.quotes.isEmpty
            || old.analytics?.todo != new.analytics?.todo
    }

    /// Whether the quote pipeline may differ: it reads the quotes, their figures, the orders naming them, customer
    /// names, the windows' win rates, and the titles of the quoted products.
    static func pipelineMoved(_ changes: EntityChanges, old: SiteIndex, new: SiteIndex) -> Bool {
        if changes.sharedChanged || !changes.customers.isEmpty || !changes.orders.isEmpty || !changes.quotes.isEmpty { return true }
        if old.analytics?.windows.map(\.quoteWinRate) != new.analytics?.windows.map(\.quoteWinRate) { return true }
        for sku in changes.products {
            for data in [old, new] {
                // A draft or unknown sku has no position: it may still be quoted, so it counts as moved.
                guard let p = data.productPosition[sku], p < data.quoteLinesByProduct.count else { return true }
                if !data.quoteLinesByProduct[p].isEmpty { return true }
            }
        }
        return false
    }
}
