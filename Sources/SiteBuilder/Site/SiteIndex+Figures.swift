import ShopLoader
import ShopModel

extension SiteIndex {
    /// The figures of `shop`: those of the previous build when the changes reach none, those with the changed quotes'
    /// figures made again when they reach only quotes, else all computed afresh (after a patched load, with the
    /// totals and figures of the unchanged orders and quotes taken from the previous build).
    static func analytics(shop: Shop, old: ShopAnalytics?, reach: FigureReach, changes: LoadChanges?) -> ShopAnalytics {
        switch (reach, old, changes) {
        case (.none, let old?, _): return old
        case (.quotes, let old?, let changes?): return ShopAnalytics(old, shop: shop, quotesAt: changes.quotePositions)
        case (.all, let old?, let changes?):
            return ShopAnalytics(shop: shop, reusing: old, ordersAt: changes.orderPositions, quotesAt: changes.quotePositions)
        default: return ShopAnalytics(shop: shop)
        }
    }
}
