import Diagnostics
import ShopModel

/// An order as written, before its prices and ship-by date are resolved against the products.
public struct OrderDraft: Sendable {
    /// The order; `shipBy` holds the date until resolved, item prices are zero where not written.
    var order: Order
    /// Whether `ship_by` was written.
    var shipByWritten: Bool
    /// For each item, whether its price was written.
    var priceWritten: [Bool]
}

/// A quote as written, before its product lines are priced and its promotion checked.
public struct QuoteDraft: Sendable {
    /// The quote; product lines have a zero price and an empty unit where not written.
    var quote: Quote
    /// For each line, whether its price was written.
    var priceWritten: [Bool]
}

/// What one entity file decoded to.
public enum DecodedEntity: Sendable {
    /// A file of content/products.
    case product(Product)
    /// A file of content/customers.
    case customer(Customer)
    /// A file of content/orders, not yet resolved.
    case order(OrderDraft)
    /// A file of content/quotes, not yet priced.
    case quote(QuoteDraft)
    /// A file of content/promotions.
    case promotion(Promotion)
    /// A file of content/pages.
    case page(Page)

    /// The id and where it was written (for duplicate messages).
    var identity: (id: String, source: FieldLines) {
        switch self {
        case .product(let p): return (p.sku.rawValue, p.source)
        case .customer(let c): return (c.id.rawValue, c.source)
        case .order(let o): return (o.order.id.rawValue, o.order.source)
        case .quote(let q): return (q.quote.id.rawValue, q.quote.source)
        case .promotion(let p): return (p.id.rawValue, p.source)
        case .page(let p): return (p.id.rawValue, p.source)
        }
    }
}

/// The outcome of decoding one file: an entity when it was usable, and its problems.
public struct DecodedFile: Sendable {
    /// The file.
    var file: ContentFile
    /// The entity, nil when a required part was missing or bad.
    public var entity: DecodedEntity?
    /// Problems of this file alone.
    var diagnostics: [Diagnostic]
    /// When the entity is nil: the id written in the front matter, if it could be read (else the file name is the id).
    var idWritten: String? = nil
}
