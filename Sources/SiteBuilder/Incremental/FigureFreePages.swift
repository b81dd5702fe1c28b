import ShopModel

/// The dashboard and the analytics overview, products, customers and orders pages after an edit that reached no
/// figure (both builds have the same `ShopAnalytics`): each is rendered again only when something it shows besides
/// the figures moved. What each reads besides the figures:
/// - the dashboard and the overview (which holds the dashboard's cards): the warnings, the names of customers and the
///   numbers of orders and quotes on the to-do entries and in the advice, and the titles of the products the advice
///   names (low conversion, delist candidates, the dormant customers' recommended products);
/// - analytics/products: every product's title (its CSV lists them all) and cost (the margin column);
/// - analytics/customers and analytics/orders: customer names (and order numbers, for the orders page).
enum FigureFreePages {
    /// The pages of these five that `changes` reach, given that the figures are the same in `old` and `new`.
    static func paths(for changes: EntityChanges, old: SiteIndex, new: SiteIndex, warningsMoved: Bool) -> Set<String> {
        let retitled = productsShownDifferently(changes.products, old: old, new: new)
        var paths: Set<String> = []
        let recordsMoved = !changes.customers.isEmpty || !changes.orders.isEmpty || !changes.quotes.isEmpty
        if warningsMoved || recordsMoved || retitled.contains(where: adviceNames(old).contains) {
            paths.formUnion(["index.html", "analytics/index.html"])
        }
        if !retitled.isEmpty { paths.insert("analytics/products/index.html") }
        if !changes.customers.isEmpty { paths.insert("analytics/customers/index.html") }
        if !changes.customers.isEmpty || !changes.orders.isEmpty { paths.insert("analytics/orders/index.html") }
        return paths
    }

    /// The changed products whose title or cost differs between the builds, or which are in only one of them (a
    /// product the site does not show, such as a draft, has neither in both and is left out).
    static func productsShownDifferently(_ skus: Set<SKU>, old: SiteIndex, new: SiteIndex) -> Set<SKU> {
        var moved: Set<SKU> = []
        for sku in skus {
            let a = old.productPosition[sku].map { old.shop.products[$0] }, b = new.productPosition[sku].map { new.shop.products[$0] }
            if a?.title != b?.title || a?.cost != b?.cost || (a == nil) != (b == nil) { moved.insert(sku) }
        }
        return moved
    }

    /// Every product the dashboard's advice names: the first `AdviceList.shown` of the low-conversion and delist lists,
    /// and the products recommended to the first `AdviceList.shown` dormant customers (the rest are only counted).
    static func adviceNames(_ index: SiteIndex) -> Set<SKU> {
        guard let analytics = index.analytics else { return [] }
        var skus: Set<SKU> = []
        for advice in analytics.advice {
            switch advice {
            case .lowConversionProducts(_, let list), .delistCandidates(_, let list): skus.formUnion(list.prefix(AdviceList.shown))
            case .winBackCustomers(_, _, let ids): for id in ids.prefix(AdviceList.shown) { skus.formUnion(analytics.customer(id)?.recommended ?? []) }
            default: break
            }
        }
        return skus
    }
}
