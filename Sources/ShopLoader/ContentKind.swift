/// The folders of content/ that hold one entity per Markdown file.
public enum ContentKind: String, CaseIterable, Sendable {
    /// One case per folder, named as the folder.
    case products, customers, orders, quotes, promotions, pages

    /// The front-matter key holding the id: `sku` for products, `id` for the rest.
    var idKey: String { self == .products ? "sku" : "id" }

    /// The catalogue code of the singular noun (`P-PRODUCT`: product / 商品), for a message's `{kind@}`.
    public var nounCode: String { "P-" + noun.uppercased() }

    /// The singular noun used in messages.
    var noun: String {
        switch self {
        case .products: return "product"
        case .customers: return "customer"
        case .orders: return "order"
        case .quotes: return "quote"
        case .promotions: return "promotion"
        case .pages: return "page"
        }
    }
}
