import Diagnostics
import ShopModel

/// The decoded entities of a shop, each id once, gathered in path order.
struct ContentSet {
    var products: [Product] = []
    var customers: [Customer] = []
    var orders: [OrderDraft] = []
    var quotes: [QuoteDraft] = []
    var promotions: [Promotion] = []
    var pages: [Page] = []
    private var registries: [ContentKind: IDRegistry] = [:]

    /// Adds a decoded file's problems and, when its id is new, its entity.
    mutating func add(_ file: DecodedFile, into diagnostics: inout DiagnosticList) {
        diagnostics.append(contentsOf: file.diagnostics)
        guard let entity = file.entity else { return }
        let (id, source) = entity.identity
        // Mutated in place: copying the registry out would copy its table for every file.
        let duplicate = registries[file.file.kind, default: IDRegistry(kind: file.file.kind)].register(id: id, source: source)
        if let duplicate {
            diagnostics.append(duplicate)
            return
        }
        switch entity {
        case .product(let p): products.append(p)
        case .customer(let c): customers.append(c)
        case .order(let o): orders.append(o)
        case .quote(let q): quotes.append(q)
        case .promotion(let p): promotions.append(p)
        case .page(let p): pages.append(p)
        }
    }

    /// The index of every product (drafts included) in `products`, by sku.
    var productIndex: [SKU: Int] {
        Dictionary(products.indices.map { (products[$0].sku, $0) }, uniquingKeysWith: { a, _ in a })
    }
    /// Every customer by id.
    var customersByID: [CustomerID: Customer] { Dictionary(customers.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }) }
    /// Every promotion by id.
    var promotionsByID: [PromotionID: Promotion] { Dictionary(promotions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }) }
}
