/// One line of the guide's advice (the contract's rules 1 to 6, in that order), as data: the page layer words it in
/// the site's language and links what it names.
public enum Advice: Hashable, Sendable {
    /// 1. The store's conversion in a window is below the industry benchmark.
    case lowConversion(windowDays: Int, conversion: Double, benchmark: Double)
    /// 2. Products with many visitors but low conversion in a window (see `WindowFigures.lowConversionProducts`).
    case lowConversionProducts(windowDays: Int, skus: [SKU])
    /// 3. Products with few visitors and low conversion in a window: candidates to delist (`WindowFigures.delistCandidates`).
    case delistCandidates(windowDays: Int, skus: [SKU])
    /// 4. New customers are more than `advice.new_customer_share` of a window's buyers: look after old customers.
    case newCustomerShare(windowDays: Int, share: Double)
    /// 5. One region holds more than `advice.region_share` of a window's paid amount: improve logistics to it.
    case regionConcentration(windowDays: Int, region: String, share: Double)
    /// 6. Dormant regular or key customers (by paid amount, largest first), with their combined paid amount: 新品推荐.
    case winBackCustomers(count: Int, paidAmount: Money, ids: [CustomerID])

    /// A stable key for templates and translations: `low_conversion`, `region_concentration`, ….
    public var key: String {
        switch self {
        case .lowConversion: return "low_conversion"
        case .lowConversionProducts: return "low_conversion_products"
        case .delistCandidates: return "delist_candidates"
        case .newCustomerShare: return "new_customer_share"
        case .regionConcentration: return "region_concentration"
        case .winBackCustomers: return "win_back_customers"
        }
    }
}
