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
        for data in [old, new] {
            let shop = data.shop
            for quote in shop.quotes where !quotes.contains(quote.id) {
                if changes.customers.contains(quote.customer)
                    || quote.items.contains(where: { $0.sku.map(changes.products.contains) ?? false }) {
                    quotes.insert(quote.id)
                }
            }
            for order in shop.orders where changes.orders.contains(order.id)
                || order.items.contains(where: { changes.products.contains($0.sku) }) {
                customers.insert(order.customer)
            }
        }
        for data in [old, new] {
            for quote in data.shop.quotes where quotes.contains(quote.id) {
                customers.insert(quote.customer)
                for line in quote.items { if let sku = line.sku { products.insert(sku) } }
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
