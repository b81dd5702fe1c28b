import ShopModel

extension SiteIndex {
    /// The catalog's paginator for page `number`.
    func catalogPaginator(_ number: Int) -> Paginator {
        Paginator(itemCount: catalog.products.count, size: pageSizes.catalog, page: number, base: "products/")
    }

    /// Page `number` of the list of `count` entries in `base` (`orders/`), at the list page size.
    func listPaginator(_ base: String, _ count: Int, _ number: Int) -> Paginator {
        Paginator(itemCount: count, size: pageSizes.list, page: number, base: base)
    }

    /// The page of the order at `position` (`orders/O-1.html`).
    func orderURL(position: Int) -> String {
        if orderURLs.indices.contains(position) { return orderURLs[position] }
        return EntityPagePath.order(shop.orders.indices.contains(position) ? shop.orders[position].id : OrderID(""))
    }

    /// The page of order `id`.
    func orderURL(_ id: OrderID) -> String { EntityPagePath.order(id) }

    /// The position of `id` in a list sorted by id, found by halving.
    static func position<Element, Key: Comparable>(of id: Key, in list: [Element], id key: (Element) -> Key) -> Int? {
        var low = 0, high = list.count
        while low < high {
            let mid = (low + high) / 2
            if key(list[mid]) < id { low = mid + 1 } else { high = mid }
        }
        return low < list.count && key(list[low]) == id ? low : nil
    }
}
