import ShopLoader
import ShopModel

/// The pages a set of entity changes touches, following what each page shows: its own entity, and one step
/// along its links (a product page lists the quotes naming it, each with its customer; a customer page lists
/// its orders with their products and its quotes; a quote sheet names its customer and its products).
enum DirtyPages {
    /// The output paths to render again, in both builds' terms (a path that no longer exists is skipped later).
    /// With `patched` (the new data's load was patched from the old one's: the same ids at the same positions), the
    /// old lists are read only where they differ, and the orders naming a changed product come from the load's index.
    static func paths(for changes: EntityChanges, old: SiteIndex, new: SiteIndex, patched: LoadChanges? = nil) -> Set<String> {
        var paths: Set<String> = []
        var customers = changes.customers
        var products = changes.products
        var quotes = changes.quotes
        let namesProduct = { (items: [QuoteLine]) in items.contains { $0.sku.map(changes.products.contains) ?? false } }
        for data in [old, new] where !changes.customers.isEmpty || !changes.products.isEmpty {
            let all = data.shop.quotes
            let positions = data === old ? patched.map { Array(Set($0.quotePositions)) } : nil
            for i in positions ?? Array(all.indices) where !quotes.contains(all[i].id) {
                let quote = all[i]
                if changes.customers.contains(quote.customer) || (!changes.products.isEmpty && namesProduct(quote.items)) {
                    quotes.insert(quote.id)
                }
            }
        }
        if let patched, old.shop.orders.count == new.shop.orders.count {
            for p in patched.ordersNamingProducts.union(patched.orderPositions) {
                customers.insert(old.shop.orders[p].customer)
                customers.insert(new.shop.orders[p].customer)
            }
        } else {
            for data in [old, new] where !changes.orders.isEmpty || !changes.products.isEmpty {
                for order in data.shop.orders where changes.orders.contains(order.id)
                    || (!changes.products.isEmpty && order.items.contains { changes.products.contains($0.sku) }) {
                    customers.insert(order.customer)
                }
            }
        }
        for data in [old, new] where !quotes.isEmpty {
            for quote in data.shop.quotes where quotes.contains(quote.id) {
                customers.insert(quote.customer)
                for line in quote.items { if let sku = line.sku { products.insert(sku) } }
            }
        }
        customers.formUnion(DirtyListPages.customersRecommending(changes.products, old: old, new: new))
        for sku in products { paths.insert(EntityPagePath.product(sku)) }
        for id in customers { paths.insert(EntityPagePath.customer(id)) }
        for id in quotes { paths.insert(EntityPagePath.quote(id)) }
        paths.formUnion(listPages(for: changes, old: old, new: new))
        paths.formUnion(DirtyOrderPages.paths(for: changes, old: old, new: new, patched: patched))
        let figuresKept = patched.map { $0.figures == .none } ?? false  // FigurePatch then keeps the old figures
        paths.formUnion(DirtySummaryPages.paths(for: changes, old: old, new: new, figuresKept: figuresKept))
        return paths
    }

    /// The pages of the catalog and of the customers, quotes and orders lists the changes reach.
    static func listPages(for changes: EntityChanges, old: SiteIndex, new: SiteIndex) -> Set<String> {
        var paths = DirtyListPages.catalog(changes.products, old: old, new: new)
        if paths.contains("products/index.html") && !new.isInternal { paths.insert("index.html") }
        guard old.isInternal || new.isInternal else { return paths }
        let size = new.pageSizes.list, sameSize = old.pageSizes == new.pageSizes
        paths.formUnion(DirtyListPages.list("customers/", changed: changes.customers, old: old.shop.customers, new: new.shop.customers,
                                            id: \.id, size: size, sameSize: sameSize))
        let renamed = DirtyListPages.renamedCustomers(changes.customers, old: old, new: new)
        var quotes = changes.quotes
        for data in [old, new] {
            for id in renamed {
                guard let c = data.customerPosition[id] else { continue }
                if c < data.quotesByCustomer.count { for q in data.quotesByCustomer[c] { quotes.insert(data.shop.quotes[q].id) } }
            }
        }
        paths.formUnion(DirtyListPages.list("quotes/", changed: quotes, old: old.shop.quotes, new: new.shop.quotes, id: \.id,
                                            size: size, sameSize: sameSize))
        return paths
    }
}
