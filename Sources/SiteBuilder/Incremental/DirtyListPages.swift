import ShopModel

/// The pages of the paginated lists (catalog, customers, quotes, orders) a set of entity changes reaches. Every
/// page shows the list's total and its page count, so a change in the number of entries re-renders all of them;
/// otherwise only the pages holding a changed entry (and page 1, which writes the list's CSV) are rendered again.
enum DirtyListPages {
    /// Catalog pages: those holding an edited product; from the first to the last page a moved product (new
    /// category) passes through, including the pages of both groups whose counts change; all when products
    /// come or go, or the category choices change.
    static func catalog(_ changed: Set<SKU>, old: SiteIndex, new: SiteIndex) -> Set<String> {
        guard !changed.isEmpty else { return [] }
        let a = old.catalog, b = new.catalog
        let size = new.pageSizes.catalog
        func all() -> Set<String> { pages("products/", upTo: max(old.catalogPaginator(1).pageCount, new.catalogPaginator(1).pageCount)) }
        guard a.products.count == b.products.count, a.categories == b.categories, old.pageSizes == new.pageSizes else { return all() }
        let was = positions(of: changed, in: old), now = positions(of: changed, in: new)
        var paths: Set<String> = []
        var moved: (low: Int, high: Int)?
        for sku in changed {
            switch (was[sku], now[sku]) {
            case (nil, nil): continue
            case (let i?, let j?) where i == j && old.product(sku)?.category == new.product(sku)?.category:
                paths.insert(Paginator.path("products/", page: Paginator.page(ofItem: i, size: size)))
            default:
                var low = min(was[sku] ?? Int.max, now[sku] ?? Int.max), high = max(was[sku] ?? -1, now[sku] ?? -1)
                let categories = [old.product(sku)?.category, new.product(sku)?.category].compactMap { $0 }
                for layout in [a, b] {
                    for group in layout.groups where categories.contains(group.category) {
                        low = min(low, group.range.lowerBound)
                        high = max(high, group.range.upperBound - 1)
                    }
                }
                moved = (min(moved?.low ?? low, low), max(moved?.high ?? high, high))
            }
        }
        if let moved, moved.low <= moved.high {
            for number in Paginator.page(ofItem: moved.low, size: size)...Paginator.page(ofItem: moved.high, size: size) {
                paths.insert(Paginator.path("products/", page: number))
            }
        }
        return paths
    }

    /// Where each of `skus` stands in a build's catalog (absent: not in the catalog).
    static func positions(of skus: Set<SKU>, in data: SiteIndex) -> [SKU: Int] {
        var found: [SKU: Int] = [:]
        for (i, p) in data.catalog.products.enumerated() where skus.contains(data.shop.products[p].sku) { found[data.shop.products[p].sku] = i }
        return found
    }

    /// The pages of a list in `base` sorted by id (the entries of both builds), whose rows for `changed` ids are
    /// rendered again: all pages when ids came or went, else the pages holding them and page 1.
    static func list<Element, Key: Comparable & Hashable>(_ base: String, changed: Set<Key>, old oldIDs: [Element], new newIDs: [Element],
                                                          id: (Element) -> Key, size: Int, sameSize: Bool) -> Set<String> {
        guard !changed.isEmpty else { return [] }
        var paths: Set<String> = []
        var numbers: Set<Int> = [1]
        var shifted = !sameSize || oldIDs.count != newIDs.count
        for key in changed where !shifted {
            let i = SiteIndex.position(of: key, in: oldIDs, id: id), j = SiteIndex.position(of: key, in: newIDs, id: id)
            if let i, let j, i == j { numbers.insert(Paginator.page(ofItem: i, size: size)) } else if i != nil || j != nil { shifted = true }
        }
        if shifted { return pages(base, upTo: max(Paginator.pageCount(items: oldIDs.count, size: size), Paginator.pageCount(items: newIDs.count, size: size))) }
        for number in numbers { paths.insert(Paginator.path(base, page: number)) }
        return paths
    }

    /// Pages 1 to `count` of the list in `base`.
    static func pages(_ base: String, upTo count: Int) -> Set<String> {
        Set((1...max(1, count)).map { Paginator.path(base, page: $0) })
    }

    /// Customers whose name or existence differs between the builds (their name and link appear in list rows).
    static func renamedCustomers(_ changed: Set<CustomerID>, old: SiteIndex, new: SiteIndex) -> Set<CustomerID> {
        changed.filter { id in
            old.customerPosition[id].map { old.shop.customers[$0].name } != new.customerPosition[id].map { new.shop.customers[$0].name }
        }
    }
}
