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
        self.products = products.sorted { $0.sku < $1.sku }
        self.customers = customers.sorted { $0.id < $1.id }
        self.orders = orders.sorted { $0.id < $1.id }
        self.quotes = quotes.sorted { $0.id < $1.id }
        self.promotions = promotions.sorted { $0.id < $1.id }
        self.pages = pages.sorted { $0.id < $1.id }
        self.traffic = traffic
        self.asOf = asOf
    }
}
