import ShopModel

extension SiteData {
    /// The figures of `shop`: those of the previous build when the changes reach none, those with the changed quotes'
    /// figures made again when they reach only quotes, else all computed afresh.
    static func analytics(shop: Shop, old: ShopAnalytics?, reach: FigureReach, changes: LoadChanges?) -> ShopAnalytics {
        switch (reach, old, changes) {
        case (.none, let old?, _): return old
        case (.quotes, let old?, let changes?): return ShopAnalytics(old, shop: shop, quotesAt: changes.quotePositions)
        default: return ShopAnalytics(shop: shop)
        }
    }
}
