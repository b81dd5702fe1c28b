/// Everything loaded from one shop folder: settings and entities, each list sorted by id.
public struct Shop: Sendable {
    /// site.yaml.
    public var settings: SiteSettings
    /// Products, sorted by sku.
    public var products: [Product]
    /// Customers, sorted by id.
    public var customers: [Customer]
    /// Orders, sorted by id.
    public var orders: [Order]
    /// Quotes, sorted by id.
    public var quotes: [Quote]
    /// Promotions, sorted by id.
    public var promotions: [Promotion]
    /// Free pages, sorted by id.
    public var pages: [Page]
    /// Traffic rows, in file order (rows naming unknown skus are left out by the loader).
    public var traffic: [TrafficRow]
    /// The reference date: --as-of, else site.yaml's as_of, else today (resolved by the caller).
    public var asOf: Day

    /// Creates a shop; lists are sorted by id here so every caller sees one order.
    public init(settings: SiteSettings, products: [Product] = [], customers: [Customer] = [], orders: [Order] = [],
                quotes: [Quote] = [], promotions: [Promotion] = [], pages: [Page] = [], traffic: [TrafficRow] = [], asOf: Day) {
        self.settings = settings
        self.products = Shop.inOrder(products) { $0.sku < $1.sku }
        self.customers = Shop.inOrder(customers) { $0.id < $1.id }
        self.orders = Shop.inOrder(orders) { $0.id < $1.id }
        self.quotes = Shop.inOrder(quotes) { $0.id < $1.id }
        self.promotions = Shop.inOrder(promotions) { $0.id < $1.id }
        self.pages = Shop.inOrder(pages) { $0.id < $1.id }
        self.traffic = traffic
        self.asOf = asOf
    }

    /// `items` sorted (stably) by `less`; a list already in order (as the loader reads it) is kept, not copied.
    private static func inOrder<Item>(_ items: [Item], by less: (Item, Item) -> Bool) -> [Item] {
        for i in items.indices.dropFirst() where less(items[i], items[i - 1]) {
            return items.sorted(by: less)
        }
        return items
    }
}
