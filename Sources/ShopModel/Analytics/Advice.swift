/// One line of advice for the analytics page, as data: the page layer words it in the site's language.
public enum Advice: Hashable, Sendable {
    /// The store's conversion in a window is below the industry benchmark.
    case lowConversion(windowDays: Int, conversion: Double, benchmark: Double)
    /// Products with many visitors but low conversion in a window (see `WindowFigures.lowConversionProducts`).
    case lowConversionProducts(windowDays: Int, skus: [SKU])
    /// One region holds more than `ShopAnalytics.concentrationShare` of a window's GMV.
    case regionConcentration(windowDays: Int, region: String, share: Double)
    /// Dormant regular or key customers to win back, with their combined paid amount.
    case winBackCustomers(count: Int, paidAmount: Money, ids: [CustomerID])

    /// A stable key for templates and translations: `low_conversion`, `region_concentration`, ….
    public var key: String {
        switch self {
        case .lowConversion: return "low_conversion"
        case .lowConversionProducts: return "low_conversion_products"
        case .regionConcentration: return "region_concentration"
        case .winBackCustomers: return "win_back_customers"
        }
    }
}
