import Diagnostics
import ShopLoader
import ShopModel

/// `shopsite new` and `shopsite init`: the files a merchant starts from, every field filled with a sensible
/// default and explained by a comment in Chinese and English. Nothing existing is ever overwritten.
public enum Scaffold {
    /// What `shopsite new` can create.
    public enum Kind: String, CaseIterable, Sendable {
        case product, customer, order, quote, promotion

        /// The folder under content/ (`products`).
        public var folder: String { rawValue + "s" }

        /// The front-matter key holding the id.
        var idKey: String { self == .product ? "sku" : "id" }

        /// The loader's folder kind.
        var contentKind: ContentKind {
            switch self {
            case .product: return .products
            case .customer: return .customers
            case .order: return .orders
            case .quote: return .quotes
            case .promotion: return .promotions
            }
        }
    }

    /// The error for an id that cannot be a URL path segment.
    static func badID(_ id: String) -> Diagnostic { .error("E-BAD-ID", ["id": id]) }
}
