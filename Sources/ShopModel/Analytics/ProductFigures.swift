/// One product's figures in an analytics window: traffic from `traffic.csv`, sales from paid orders.
public struct ProductFigures: Hashable, Sendable {
    /// The product.
    public var sku: SKU
    /// Sum of the product's visitors in the window.
    public var visitors = 0
    /// Sum of the product's page views.
    public var pageViews = 0
    /// Sum of the product's add-to-cart count.
    public var addToCart = 0
    /// Distinct customers who bought it in a paid order in the window.
    public var buyers = 0
    /// Units sold in paid orders in the window.
    public var units = 0
    /// Sum of its line amounts in paid orders in the window.
    public var gmv = Money.zero

    /// Zero figures for a product.
    public init(sku: SKU) { self.sku = sku }

    /// add_to_cart / visitors, nil without visitors.
    public var addToCartRate: Double? { Ratio.of(addToCart, visitors) }

    /// buyers / visitors, nil without visitors.
    public var conversionRate: Double? { Ratio.of(buyers, visitors) }
}
