/// Where an order stands on the platform.
public enum OrderStatus: String, Sendable, CaseIterable, Hashable {
    /// 待付款.
    case pendingPayment = "pending_payment"
    /// 待发货.
    case pendingShipment = "pending_shipment"
    /// 已发货.
    case shipped
    /// 已完成.
    case completed
    /// 已退款.
    case refunded
    /// 已取消.
    case cancelled
    /// 纠纷中.
    case disputed

    /// Whether the order counts as paid: pending_shipment, shipped, completed or disputed.
    public var isPaid: Bool {
        switch self {
        case .pendingShipment, .shipped, .completed, .disputed: return true
        case .pendingPayment, .refunded, .cancelled: return false
        }
    }
}

/// How a line's unit price was found.
public enum PriceSource: Hashable, Sendable {
    /// From the product's tier at this index.
    case tier(Int)
    /// Written on the line (a negotiated price).
    case negotiated
}

/// One line of an order: a product, a quantity and its unit price.
public struct OrderItem: Hashable, Sendable {
    /// The product.
    public var sku: SKU
    /// Units ordered.
    public var qty: Int
    /// The unit price (explicit, else the tier price for qty; resolved by the loader).
    public var price: Money
    /// Where the price came from.
    public var priceSource: PriceSource
    /// The front-matter line of the item.
    public var line: Int

    /// Creates an item.
    public init(sku: SKU, qty: Int, price: Money, priceSource: PriceSource = .negotiated, line: Int = 0) {
        self.sku = sku
        self.qty = qty
        self.price = price
        self.priceSource = priceSource
        self.line = line
    }

    /// round2(qty × price).
    public var amount: Money { (price * qty).rounded() }
}

/// The fields of an `Order`, from `content/orders/**/*.md` (add a front-matter field here).
public struct OrderFields: Hashable, Sendable {
    /// The id.
    public var id: OrderID
    /// The buyer.
    public var customer: CustomerID
    /// The payment date.
    public var date: Day
    /// The status.
    public var status: OrderStatus
    /// The lines.
    public var items: [OrderItem] = []
    /// Shipping charged, default 0.
    public var shipping: Money = .zero
    /// Discount taken off, default 0.
    public var discount: Money = .zero
    /// Ship-by date: as written, else date + the largest lead time of its products (resolved by the loader).
    public var shipBy: Day
    /// When it shipped.
    public var shippedAt: Day?
    /// The carrier's tracking number.
    public var tracking: String?
    /// The carrier (顺丰, 中通 …), as written.
    public var carrier: String?
    /// The day the tracking number was entered: as written, else `shippedAt`.
    public var trackingAt: Day?
    /// The coupon used; its amount is taken off as `promotionDiscount` when eligible (checked by the loader).
    public var promotion: PromotionID?
    /// The amount the promotion takes off, on top of `discount` (set by the loader; 0 without a promotion).
    public var promotionDiscount: Money = .zero
    /// The quote this order came from (that quote counts as won).
    public var quote: QuoteID?
    /// Unknown front-matter keys.
    public var params: [ParamEntry] = []
    /// Markdown notes.
    public var body: String = ""
    /// Where it was written.
    public var source: FieldLines

    /// Creates an order with the required fields.
    public init(id: OrderID, customer: CustomerID, date: Day, status: OrderStatus, shipBy: Day, source: FieldLines) {
        self.id = id
        self.customer = customer
        self.date = date
        self.status = status
        self.shipBy = shipBy
        self.source = source
    }

    /// round2(sum of line amounts) + shipping − discount − the promotion's amount.
    public var total: Money {
        subtotal + shipping - discount - promotionDiscount
    }

    /// round2(sum of line amounts): what a promotion's threshold is compared with.
    public var subtotal: Money {
        var sum = Money.zero
        for item in items { sum += item.amount }
        return sum.rounded()
    }

    /// Whether it counts in amounts, tiers and metrics.
    public var isPaid: Bool { status.isPaid }
}
