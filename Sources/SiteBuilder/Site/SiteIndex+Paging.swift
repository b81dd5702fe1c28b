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

    /// The orders list page showing the order at `position`, with its row's anchor (`orders/page/3/index.html#O-1`).
    func orderURL(position: Int) -> String {
        let id = shop.orders.indices.contains(position) ? shop.orders[position].id.rawValue : ""
        return Paginator.path("orders/", page: Paginator.page(ofItem: position, size: pageSizes.list)) + "#" + id
    }

    /// The orders list page showing the order `id` (page 1 when there is no such order).
    func orderURL(_ id: OrderID) -> String {
        guard let position = SiteIndex.position(of: id, in: shop.orders, id: \.id) else { return "orders/index.html#" + id.rawValue }
        return orderURL(position: position)
    }

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
