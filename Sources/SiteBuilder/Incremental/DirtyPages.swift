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
        for sku in products { paths.insert("products/\(sku.rawValue)/index.html") }
        for id in customers { paths.insert("customers/\(id.rawValue)/index.html") }
        for id in quotes { paths.insert("quotes/\(id.rawValue)/index.html") }
        if !changes.products.isEmpty { paths.formUnion(["products/index.html", "index.html"]) }
        if !changes.customers.isEmpty { paths.insert("customers/index.html") }
        if !changes.customers.isEmpty || !changes.orders.isEmpty { paths.insert("orders/index.html") }
        if !changes.customers.isEmpty || !changes.quotes.isEmpty { paths.insert("quotes/index.html") }
        // The dashboard lists every warning, whose lines move with any edit.
        if new.isInternal { paths.insert("index.html") }
        if !changes.isEmpty && new.isInternal {
            paths.formUnion(["analytics/index.html", "analytics/products/index.html",
                             "analytics/customers/index.html", "analytics/orders/index.html"])
        }
        return paths
    }
}
