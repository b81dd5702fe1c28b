/// One row of `data/traffic.csv`: a day's traffic for the whole store (sku nil) or one product.
public struct TrafficRow: Hashable, Sendable {
    /// The day.
    public var date: Day
    /// The product, or nil for the whole store.
    public var sku: SKU?
    /// Unique visitors.
    public var visitors: Int
    /// Page views.
    public var pageViews: Int
    /// Add-to-cart count.
    public var addToCart: Int
    /// The CSV line.
    public var line: Int

    /// Creates a row.
    public init(date: Day, sku: SKU?, visitors: Int, pageViews: Int, addToCart: Int, line: Int = 0) {
        self.date = date
        self.sku = sku
        self.visitors = visitors
        self.pageViews = pageViews
        self.addToCart = addToCart
        self.line = line
    }
}
