/// What kind of goods a product is: 现货, 定制 or 加工.
public enum ProductType: String, Sendable, CaseIterable, Hashable {
    /// 现货: in stock.
    case spot
    /// 定制: made to the customer's design.
    case custom
    /// 加工: processing of the customer's material.
    case processing
}

/// Whether a product shows in the catalog.
public enum ProductStatus: String, Sendable, CaseIterable, Hashable {
    /// Listed.
    case active
    /// Left out of the site unless `--drafts`.
    case draft
    /// No catalog entry, but its page stays (old quotes link to it).
    case delisted
}

/// A batch price: from `min` units on, each unit costs `price`.
public struct PriceTier: Hashable, Sendable {
    /// The smallest quantity this price applies to.
    public var min: Int
    /// The unit price.
    public var price: Money
    /// The front-matter line of the tier.
    public var line: Int

    /// Creates a tier.
    public init(min: Int, price: Money, line: Int = 0) {
        self.min = min
        self.price = price
        self.line = line
    }
}

/// One specification row (材质: 纯棉), in written order.
public struct Spec: Hashable, Sendable {
    /// The name.
    public var name: String
    /// The value, as text.
    public var value: String
    /// The front-matter line of the row (0 when unknown).
    public var line: Int

    /// Creates a spec row.
    public init(name: String, value: String, line: Int = 0) {
        self.name = name
        self.value = value
        self.line = line
    }
}

/// The fields of a `Product`, from `content/products/*.md` (add a front-matter field here).
public struct ProductFields: Hashable, Sendable {
    /// The stock-keeping unit (id).
    public var sku: SKU
    /// The listing title (checked for banned absolute words).
    public var title: String
    /// Spot, custom or processing.
    public var type: ProductType
    /// A slash-separated category path (`服装/T恤`), "" when none.
    public var category: String = ""
    /// Active, draft or delisted.
    public var status: ProductStatus = .active
    /// The selling unit, 件 by default.
    public var unit: String = "件"
    /// Minimum order quantity: as written, else the first tier's min; nil when neither.
    public var moq: Int?
    /// Whether `moq` was written (rather than taken from the first tier).
    public var moqWritten: Bool = false
    /// Units per carton, for delivery notes; nil when not written.
    public var packSize: Int?
    /// Days from payment to shipment, as written; nil when absent.
    public var leadTimeDays: Int?
    /// Batch prices, ascending by min.
    public var priceTiers: [PriceTier] = []
    /// Image paths relative to content/; the first is the main image.
    public var images: [String] = []
    /// Specification rows.
    public var specs: [Spec] = []
    /// Search keywords.
    public var keywords: [String] = []
    /// Unknown front-matter keys.
    public var params: [ParamEntry] = []
    /// The unit cost. INTERNAL: never in a public build, a quote sheet, a delivery note or the report.
    public var cost: Money?
    /// The lowest unit price sales may offer; a line priced below it is a warning. INTERNAL like `cost`.
    public var floorPrice: Money?
    /// Bulk purchase cases (批量采购案例), in written order.
    public var cases: [ProductCase] = []
    /// Buyers' reviews (买家评价), in written order.
    public var reviews: [ProductReview] = []
    /// The Markdown description.
    public var body: String = ""
    /// The file line the body starts on (for messages about the body).
    public var bodyLine: Int = 1
    /// Where it was written.
    public var source: FieldLines

    /// Creates a product with the required fields; the rest take the spec's defaults.
    public init(sku: SKU, title: String, type: ProductType, source: FieldLines) {
        self.sku = sku
        self.title = title
        self.type = type
        self.source = source
    }
}
