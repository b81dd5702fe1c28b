import Diagnostics
import ShopModel

/// Small builders for hand-made shops: entities straight from their public initialisers, no files. The one place
/// tests build a `Shop` in memory (ShopModelTests calls it `Fixture`; SiteBuilderTests uses it for the code that works
/// on a `Shop` directly).
public enum ModelFixture {
    /// The as-of day of every hand-made shop unless a test names another.
    public static let asOf = day("2025-11-30")

    /// A day from a literal known to be valid (a bad literal is a test bug and fails loudly).
    public static func day(_ text: String) -> Day {
        guard let day = Day(text) else { preconditionFailure("bad test date \(text)") }
        return day
    }

    /// Money from a literal known to be valid.
    public static func money(_ text: String) -> Money {
        guard let amount = try? Money.parse(text) else { preconditionFailure("bad test amount \(text)") }
        return amount
    }

    /// A tax rate or percentage written in a test (`"0.13"`, `"2.5"`).
    public static func rate(_ text: String) -> Rate {
        guard let rate = try? Rate.parse(text) else { preconditionFailure("bad test rate \(text)") }
        return rate
    }

    /// Where an entity was read from: its file, line 1, and the lines of the fields a test names.
    public static func source(_ path: String, _ lines: [String: Int] = [:]) -> FieldLines {
        FieldLines(file: Location(path: path, line: 1), lines: lines)
    }

    /// The shop's settings (name 测试五金), changed by `configure`.
    public static func settings(_ configure: (inout SiteSettings) -> Void = { _ in }) -> SiteSettings {
        var settings = SiteSettings(name: "测试五金", source: source("content/site.yaml"))
        configure(&settings)
        return settings
    }

    /// A product with its price tiers (`(min, price)`, the first one's min is the MOQ) and lead time.
    public static func product(_ sku: String, title: String = "不锈钢螺丝", type: ProductType = .spot,
                               tiers: [(Int, String)] = [(50, "1.00")], lead: Int? = 3,
                               lines: [String: Int] = [:]) -> Product {
        var product = Product(sku: SKU(sku), title: title, type: type, source: source("content/products/\(sku).md", lines))
        product.priceTiers = tiers.enumerated().map { PriceTier(min: $1.0, price: money($1.1), line: 10 + $0) }
        product.moq = product.priceTiers.first?.min
        product.leadTimeDays = lead
        return product
    }

    /// A customer named 客户 ID, with a region and a tier written by the merchant.
    public static func customer(_ id: String, region: String = "", tier: CustomerTier? = nil) -> Customer {
        var customer = Customer(id: CustomerID(id), name: "客户 \(id)", source: source("content/customers/\(id).md"))
        customer.region = region
        customer.tierOverride = tier
        return customer
    }

    /// An order of one line `qty × price` of `sku` (shipping 0), paid on `date`.
    public static func order(_ id: String, _ customer: String, _ date: String, _ amount: String, sku: String = "P1", qty: Int = 1,
                             status: OrderStatus = .completed, tracking: String? = "SF1") -> Order {
        let paidOn = day(date)
        var order = Order(id: OrderID(id), customer: CustomerID(customer), date: paidOn, status: status,
                          shipBy: paidOn.adding(days: 3), source: source("content/orders/\(id).md", ["status": 4, "ship_by": 6]))
        order.items = [OrderItem(sku: SKU(sku), qty: qty, price: money(amount))]
        order.tracking = tracking
        order.shippedAt = status == .shipped || status == .completed ? paidOn.adding(days: 1) : nil
        return order
    }

    /// A shop of these entities, figured as of `asOf`.
    public static func shop(settings: SiteSettings = settings(), products: [Product] = [product("P1")], customers: [Customer] = [],
                            orders: [Order] = [], quotes: [Quote] = [], promotions: [Promotion] = [], traffic: [TrafficRow] = [],
                            asOf: Day = asOf) -> Shop {
        Shop(settings: settings, products: products, customers: customers, orders: orders, quotes: quotes,
             promotions: promotions, traffic: traffic, asOf: asOf)
    }
}
