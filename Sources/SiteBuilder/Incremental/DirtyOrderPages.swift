import ShopLoader
import ShopModel

/// The order pages and order list pages (all and per status, newest first) a set of changes reaches. An order page shows its lines' product titles and its customer's name, contact and address; a
/// list row shows the order and its customer's name.
enum DirtyOrderPages {
    /// The paths to render again.
    static func paths(for changes: EntityChanges, old: SiteIndex, new: SiteIndex, patched: LoadChanges?) -> Set<String> {
        guard new.isInternal || old.isInternal else { return [] }
        var pages = changes.orders
        var listed = changes.orders
        // Only a customer whose record changed: its figures (tier, paid amount) are not on an order page or row.
        let edited = changes.customers.filter { id in
            old.customerPosition[id].map { old.shop.customers[$0] } != new.customerPosition[id].map { new.shop.customers[$0] }
        }
        for data in [old, new] {
            for id in edited {
                guard let c = data.customerPosition[id], c < data.ordersByCustomer.count else { continue }
                for o in data.ordersByCustomer[c] { pages.insert(data.shop.orders[o].id); listed.insert(data.shop.orders[o].id) }
            }
        }
        if !changes.products.isEmpty {
            if let patched, old.shop.orders.count == new.shop.orders.count {
                for p in patched.ordersNamingProducts { pages.insert(new.shop.orders[p].id) }
            } else {
                for data in [old, new] {
                    for order in data.shop.orders where order.items.contains(where: { changes.products.contains($0.sku) }) {
                        pages.insert(order.id)
                    }
                }
            }
        }
        var paths = Set(pages.map(EntityPagePath.order))
        // The promotions pages list the orders, quotes and customers that used or may use them (a few pages).
        if !changes.isEmpty {
            paths.insert("promotions/index.html")
            for i in new.shop.promotions.indices { paths.insert(EntityPagePath.promotion(new.shop.promotions[i].id)) }
        }
        let lists = [nil] + OrderGroup.allCases.map(Optional.some)
        // Every list page shows each list's count in the status filter.
        let countsMoved = lists.contains { old.orderLists.list($0).count != new.orderLists.list($0).count }
        for group in lists {
            if countsMoved {
                let size = new.pageSizes.list, base = group?.base ?? "orders/"
                let count = max(Paginator.pageCount(items: old.orderLists.list(group).count, size: old.pageSizes.list),
                                Paginator.pageCount(items: new.orderLists.list(group).count, size: size))
                paths.formUnion(DirtyListPages.pages(base, upTo: count))
            } else {
                paths.formUnion(listPages(group, changed: listed, old: old, new: new))
            }
        }
        return paths
    }

    /// The pages of one orders list holding a changed order or an order that moved, in either build: all of them
    /// when the list's length changed (every page shows the count).
    static func listPages(_ group: OrderGroup?, changed: Set<OrderID>, old: SiteIndex, new: SiteIndex) -> Set<String> {
        let a = old.orderLists.list(group), b = new.orderLists.list(group)
        let base = group?.base ?? "orders/"
        let size = new.pageSizes.list
        guard a.count == b.count, old.pageSizes == new.pageSizes else {
            let count = max(Paginator.pageCount(items: a.count, size: size), Paginator.pageCount(items: b.count, size: size))
            return DirtyListPages.pages(base, upTo: count)
        }
        var numbers: Set<Int> = []
        for i in b.indices {
            let x = old.shop.orders[a[i]].id, y = new.shop.orders[b[i]].id
            if x != y || changed.contains(y) { numbers.insert(Paginator.page(ofItem: i, size: size)) }
        }
        // Page 1 of the whole list writes orders.csv.
        if group == nil && !changed.isEmpty { numbers.insert(1) }
        return Set(numbers.map { Paginator.path(base, page: $0) })
    }
}
