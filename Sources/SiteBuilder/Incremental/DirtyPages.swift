import ShopModel

/// The pages a set of entity changes touches, following what each page shows: its own entity, and one step
/// along its links (a product page lists the quotes naming it, each with its customer; a customer page lists
/// its orders with their products and its quotes; a quote sheet names its customer and its products).
enum DirtyPages {
    /// The output paths to render again, in both builds' terms (a path that no longer exists is skipped later).
    static func paths(for changes: EntityChanges, old: SiteData, new: SiteData) -> Set<String> {
        var paths: Set<String> = []
        var customers = changes.customers
        var products = changes.products
        var quotes = changes.quotes
        // By index, reading fields in place: copying each of 30,000 orders costs more than the test.
        for data in [old, new] {
            let quoteList = data.shop.quotes, orderList = data.shop.orders
            if !changes.customers.isEmpty || !changes.products.isEmpty {
                for i in quoteList.indices where !quotes.contains(quoteList[i].id) {
                    if changes.customers.contains(quoteList[i].customer)
                        || quoteList[i].items.contains(where: { $0.sku.map(changes.products.contains) ?? false }) {
                        quotes.insert(quoteList[i].id)
                    }
                }
            }
            if !changes.orders.isEmpty || !changes.products.isEmpty {
                for i in orderList.indices where changes.orders.contains(orderList[i].id)
                    || orderList[i].items.contains(where: { changes.products.contains($0.sku) }) {
                    customers.insert(orderList[i].customer)
                }
            }
        }
        for data in [old, new] where !quotes.isEmpty {
            let quoteList = data.shop.quotes
            for i in quoteList.indices where quotes.contains(quoteList[i].id) {
                customers.insert(quoteList[i].customer)
                for line in quoteList[i].items { if let sku = line.sku { products.insert(sku) } }
            }
        }
        if !changes.orders.isEmpty { customers.formUnion(DirtyListPages.customersOfMovedOrders(old: old, new: new)) }
        for sku in products { paths.insert("products/\(sku.rawValue)/index.html") }
        for id in customers { paths.insert("customers/\(id.rawValue)/index.html") }
        for id in quotes { paths.insert("quotes/\(id.rawValue)/index.html") }
        paths.formUnion(listPages(for: changes, old: old, new: new))
        // The dashboard lists every warning, whose lines move with any edit.
        if new.isInternal { paths.insert("index.html") }
        if !changes.isEmpty && new.isInternal {
            paths.formUnion(["analytics/index.html", "analytics/products/index.html",
                             "analytics/customers/index.html", "analytics/orders/index.html"])
        }
        return paths
    }

    /// The pages of the catalog and of the customers, quotes and orders lists the changes reach.
    static func listPages(for changes: EntityChanges, old: SiteData, new: SiteData) -> Set<String> {
        var paths = DirtyListPages.catalog(changes.products, old: old, new: new)
        if paths.contains("products/index.html") && !new.isInternal { paths.insert("index.html") }
        guard old.isInternal || new.isInternal else { return paths }
        let size = new.pageSizes.list, sameSize = old.pageSizes == new.pageSizes
        paths.formUnion(DirtyListPages.list("customers/", changed: changes.customers, old: old.shop.customers, new: new.shop.customers,
                                            id: \.id, size: size, sameSize: sameSize))
        let renamed = DirtyListPages.renamedCustomers(changes.customers, old: old, new: new)
        var orders = changes.orders, quotes = changes.quotes
        for data in [old, new] {
            for id in renamed {
                guard let c = data.customerPosition[id] else { continue }
                if c < data.ordersByCustomer.count { for o in data.ordersByCustomer[c] { orders.insert(data.shop.orders[o].id) } }
                if c < data.quotesByCustomer.count { for q in data.quotesByCustomer[c] { quotes.insert(data.shop.quotes[q].id) } }
            }
        }
        paths.formUnion(DirtyListPages.list("orders/", changed: orders, old: old.shop.orders, new: new.shop.orders, id: \.id,
                                            size: size, sameSize: sameSize))
        paths.formUnion(DirtyListPages.list("quotes/", changed: quotes, old: old.shop.quotes, new: new.shop.quotes, id: \.id,
                                            size: size, sameSize: sameSize))
        return paths
    }
}
