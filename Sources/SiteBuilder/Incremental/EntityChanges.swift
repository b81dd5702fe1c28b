import ShopLoader
import ShopModel

/// What differs between the data of two builds, entity by entity: a record as loaded and resolved, or a figure
/// derived from it (a customer's tier and paid amount, a quote's totals and status).
struct EntityChanges {
    /// Products (drafts left out of the site included) added, removed or edited.
    var products: Set<SKU> = []
    /// Customers added, removed, edited, or whose figures moved.
    var customers: Set<CustomerID> = []
    /// Orders added, removed or edited (a product price change re-prices its tier-priced orders).
    var orders: Set<OrderID> = []
    /// Quotes added, removed, edited, or whose figures moved.
    var quotes: Set<QuoteID> = []
    /// Whether something all pages may show changed (settings, promotions, free pages, traffic, as_of).
    var sharedChanged = false

    /// Compares the data of the last good build with the new one.
    init(old: SiteIndex, new: SiteIndex) {
        let a = old.shop, b = new.shop
        sharedChanged = a.asOf != b.asOf || a.settings != b.settings || a.promotions != b.promotions || a.pages != b.pages
            || a.traffic != b.traffic || old.audience != new.audience
        products = EntityChanges.differing(a.products + old.excludedDrafts.values.sorted { $0.sku < $1.sku },
                                           b.products + new.excludedDrafts.values.sorted { $0.sku < $1.sku }, id: \.sku)
        customers = EntityChanges.differing(a.customers, b.customers, id: \.id)
        orders = EntityChanges.differing(a.orders, b.orders, id: \.id)
        quotes = EntityChanges.differing(a.quotes, b.quotes, id: \.id)
        if let x = old.analytics, let y = new.analytics {
            customers.formUnion(EntityChanges.differing(x.customers, y.customers, id: \.id))
            quotes.formUnion(EntityChanges.differing(x.quotes, y.quotes, id: \.id))
        } else if (old.analytics == nil) != (new.analytics == nil) {
            sharedChanged = true
        }
    }

    /// The differences of a patched load, which names the entities it replaced (settings, promotions, pages,
    /// traffic and as_of are the same by construction), plus the figures that moved.
    init(patched: LoadChanges, old: SiteIndex, new: SiteIndex) {
        products = patched.products
        customers = patched.customers
        orders = patched.orders
        quotes = patched.quotes
        sharedChanged = old.audience != new.audience || (old.analytics == nil) != (new.analytics == nil)
        if patched.figures != .none, let x = old.analytics, let y = new.analytics {
            if patched.figures == .all { customers.formUnion(EntityChanges.differing(x.customers, y.customers, id: \.id)) }
            quotes.formUnion(EntityChanges.differing(x.quotes, y.quotes, id: \.id))
        }
    }

    /// Whether nothing differs.
    var isEmpty: Bool { products.isEmpty && customers.isEmpty && orders.isEmpty && quotes.isEmpty && !sharedChanged }

    /// The ids of the elements that are only in one list or differ; lists in the same order are compared
    /// position by position, others through a table of the old list.
    static func differing<Element: Equatable, Key: Hashable>(_ old: [Element], _ new: [Element], id: (Element) -> Key) -> Set<Key> {
        var changed: Set<Key> = []
        if old.count == new.count {
            var aligned = true
            for i in old.indices where old[i] != new[i] {
                let key = id(new[i])
                guard id(old[i]) == key else {
                    aligned = false
                    break
                }
                changed.insert(key)
            }
            if aligned { return changed }
            changed = []
        }
        var table = [Key: Int](minimumCapacity: old.count)
        for (i, element) in old.enumerated() { table[id(element)] = i }
        for element in new {
            let key = id(element)
            if let i = table.removeValue(forKey: key) {
                if old[i] != element { changed.insert(key) }
            } else {
                changed.insert(key)
            }
        }
        changed.formUnion(table.keys)
        return changed
    }
}
