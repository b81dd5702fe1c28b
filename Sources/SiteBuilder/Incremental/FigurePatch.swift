import ShopLoader
import ShopModel

/// The figures of a patched shop made from those of the build it was patched from: the same figures when the edit
/// reaches none, the changed quotes' figures made again when it reaches only quotes, else everything computed again
/// from the old index with the changed orders taken in, reusing the totals and figures of the orders and quotes the
/// edit left alone. Each result equals `ShopAnalytics(shop:)` of the patched shop (the differential tests hold it).
enum FigurePatch {
    /// The figures of `shop`, a patched load of the shop `old` was computed from with `changes`.
    static func analytics(shop: Shop, old: ShopAnalytics, changes: LoadChanges) -> ShopAnalytics {
        switch changes.figures {
        case .none: return old
        case .quotes: return quotesRedone(old, shop: shop, at: changes.quotePositions)
        case .all: return redone(old, shop: shop, ordersAt: changes.orderPositions, quotesAt: changes.quotePositions)
        }
    }

    /// The figures of `old` with those of the quotes at `positions` computed again from `shop`, whose orders,
    /// customers, products, traffic and settings are those `old` was computed from (only quotes were edited).
    static func quotesRedone(_ old: ShopAnalytics, shop: Shop, at positions: [Int]) -> ShopAnalytics {
        var figures = old
        var quotes = old.quotes
        redo(&quotes, shop: shop, at: positions)
        figures.setQuotes(quotes, shop: shop)
        return figures
    }

    /// Every figure of `shop` computed again, with the totals and figures of its orders and quotes taken from `old`
    /// except at the given positions (`shop` has the same orders and quotes, by id and position, as the shop `old`
    /// was computed from, at the same as_of and with the same promotions and settings).
    static func redone(_ old: ShopAnalytics, shop: Shop, ordersAt changedOrders: [Int], quotesAt changedQuotes: [Int]) -> ShopAnalytics {
        guard old.orders.count == shop.orders.count, old.quotes.count == shop.quotes.count, old.asOf == shop.asOf else {
            return ShopAnalytics(shop: shop)
        }
        var totals = old.index.totals, orders = old.orders, quotes = old.quotes
        for p in changedOrders where orders.indices.contains(p) {
            totals[p] = shop.orders[p].total
            orders[p] = ShopAnalytics.orderFigures(shop.orders[p], total: totals[p], asOf: shop.asOf)
        }
        redo(&quotes, shop: shop, at: changedQuotes)
        var index = old.index
        let sameCustomers = old.customers.count == shop.customers.count
            && shop.customers.indices.allSatisfy { old.customers[$0].region == shop.customers[$0].region }
        let patched = sameCustomers && old.index.skus.count >= shop.products.count && index.patch(orders: changedOrders, of: shop, totals: totals)
        return ShopAnalytics(shop: shop, index: patched ? index : AnalyticsIndex(shop: shop, totals: totals), orders: orders, quotes: quotes)
    }

    /// The figures of the quotes at `positions` computed again from `shop`.
    private static func redo(_ quotes: inout [QuoteFigures], shop: Shop, at positions: [Int]) {
        guard !positions.isEmpty else { return }
        var promotions: [PromotionID: Promotion] = [:]
        for promotion in shop.promotions { promotions[promotion.id] = promotion }
        let inWords = shop.settings.locale == .zhCN
        let ordered = ShopAnalytics.orderedQuotes(shop)
        for p in positions where quotes.indices.contains(p) && shop.quotes.indices.contains(p) {
            quotes[p] = ShopAnalytics.quoteFigures(shop.quotes[p], promotions: promotions, inWords: inWords, asOf: shop.asOf, ordered: ordered)
        }
    }
}
