import ShopLoader
import ShopModel

extension IncrementalPrepare {
    /// Whether the catalog and orders lists of `old` still hold for `new` (a patched load: the same ids at the same
    /// positions): no changed product moved to another category or status, no changed order to another date or status.
    static func listsKept(old: Shop, new: Shop, changes: LoadChanges) -> Bool {
        guard old.products.count == new.products.count, old.orders.count == new.orders.count else { return false }
        for p in changes.productPositions {
            let a = old.products[p], b = new.products[p]
            if a.sku != b.sku || a.category != b.category || a.status != b.status { return false }
        }
        for o in changes.orderPositions {
            let a = old.orders[o], b = new.orders[o]
            if a.id != b.id || a.date != b.date || a.status != b.status { return false }
        }
        return true
    }

    /// The pages of `new`: those of the site `old` was prepared from when the list is provably the same (the same
    /// entities at the same positions, from the same files, in the same catalog and orders lists, cut into pages of
    /// the same sizes), else listed again (`PageList.pages`). Called with the index being prepared.
    static func pages(_ new: SiteIndex, old: PreparedSite, changes: LoadChanges) -> [SitePage] {
        samePageList(old: old.index, new: new, changes: changes) ? old.pages : PageList.pages(for: new)
    }

    /// Whether `PageList.pages` gives the same list for `new` as for `old` (see `pages`).
    static func samePageList(old: SiteIndex, new: SiteIndex, changes: LoadChanges) -> Bool {
        let a = old.shop, b = new.shop
        guard old.isInternal == new.isInternal, old.pageSizes == new.pageSizes, a.products.count == b.products.count,
              a.customers.count == b.customers.count, a.quotes.count == b.quotes.count, a.orders.count == b.orders.count,
              a.promotions.map(\.source.file) == b.promotions.map(\.source.file), a.pages.map(\.source.file) == b.pages.map(\.source.file),
              a.promotions.map(\.id) == b.promotions.map(\.id), a.pages.map(\.id) == b.pages.map(\.id),
              old.catalog.products.count == new.catalog.products.count,
              ([nil] + OrderGroup.allCases.map(Optional.some)).allSatisfy({ old.orderLists.list($0).count == new.orderLists.list($0).count })
        else { return false }
        for p in changes.productPositions where old.productURLs[p] != new.productURLs[p] || a.products[p].source.file != b.products[p].source.file {
            return false
        }
        for id in changes.customers {
            guard let p = old.customerPosition[id], new.customerPosition[id] == p else { return false }
            if a.customers[p].id != b.customers[p].id || a.customers[p].source.file != b.customers[p].source.file { return false }
        }
        for o in changes.orderPositions where a.orders[o].id != b.orders[o].id || a.orders[o].source.file != b.orders[o].source.file {
            return false
        }
        for q in changes.quotePositions where a.quotes[q].id != b.quotes[q].id || a.quotes[q].source.file != b.quotes[q].source.file {
            return false
        }
        return true
    }
}
