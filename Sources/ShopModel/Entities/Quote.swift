/// Where a quote stands; `expired` is derived from `sent` and the date, never written.
public enum QuoteStatus: String, Sendable, CaseIterable, Hashable {
    /// 草稿 (default).
    case draft
    /// 已发送.
    case sent
    /// 已接受.
    case accepted
    /// 已拒绝.
    case rejected
    /// 已过期: sent, and as_of is past valid_until.
    case expired
}

/// A quote's discount: a percentage of the subtotal or a fixed amount.
public enum QuoteDiscount: Hashable, Sendable {
    /// `{ percent: 5 }`.
    case percent(Rate)
    /// `{ amount: 300 }`.
    case amount(Money)
}

/// One line of a quote: a product (priced from its tiers unless negotiated) or a free line with a description.
public struct QuoteLine: Hashable, Sendable {
    /// The product, or nil for a free line.
    public var sku: SKU?
    /// The free line's text (for a product line, nil: the product title is used).
    public var description: String?
    /// Units quoted.
    public var qty: Int
    /// The unit (free lines), else the product's unit (resolved by the loader).
    public var unit: String
    /// The unit price (resolved by the loader).
    public var price: Money
    /// Where the price came from (free lines are `.negotiated`).
    public var priceSource: PriceSource
    /// The front-matter line of the item.
    public var line: Int
    /// Days from payment to shipment (交期): as written, else the product's (resolved by the loader); nil for free lines.
    public var leadTimeDays: Int?

    /// Creates a line.
    public init(sku: SKU?, description: String?, qty: Int, unit: String, price: Money, priceSource: PriceSource, line: Int = 0) {
        self.sku = sku
        self.description = description
        self.qty = qty
        self.unit = unit
        self.price = price
        self.priceSource = priceSource
        self.line = line
    }

    /// round2(qty × price).
    public var amount: Money { (price * qty).rounded() }
}

/// The fields of a `Quote`, from `content/quotes/*.md` (add a front-matter field here).
public struct QuoteFields: Hashable, Sendable {
    /// The quote number.
    public var id: QuoteID
    /// The buyer.
    public var customer: CustomerID
    /// The quote date.
    public var date: Day
    /// Valid until: as written, else date + quote.validity_days (resolved by the loader).
    public var validUntil: Day
    /// The written status (never `.expired`; see `status(asOf:)`).
    public var writtenStatus: QuoteStatus = .draft
    /// The lines.
    public var items: [QuoteLine] = []
    /// A discount, when written.
    public var discount: QuoteDiscount?
    /// A promotion used, when written.
    public var promotion: PromotionID?
    /// Shipping, default 0.
    public var shipping: Money = .zero
    /// Tax rate: as written, else quote.tax_rate from site.yaml (resolved by the loader).
    public var taxRate: Rate = .zero
    /// Whether the prices include VAT: as written, else quote.prices_include_tax (resolved by the loader).
    public var pricesIncludeTax = false
    /// The sales rep: as written, else the customer's (resolved by the loader).
    public var rep: RepID?
    /// The next follow-up date.
    public var followUp: Day?
    /// Why it was lost.
    public var lostReason: LostReason?
    /// A note on the loss.
    public var lostNote: String?
    /// The quote this one replaces.
    public var revisionOf: QuoteID?
    /// Unknown front-matter keys.
    public var params: [ParamEntry] = []
    /// Terms and notes (Markdown).
    public var body: String = ""
    /// Where it was written.
    public var source: FieldLines

    /// Creates a quote with the required fields.
    public init(id: QuoteID, customer: CustomerID, date: Day, validUntil: Day, source: FieldLines) {
        self.id = id
        self.customer = customer
        self.date = date
        self.validUntil = validUntil
        self.source = source
    }
}
