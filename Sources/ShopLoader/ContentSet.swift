import Diagnostics
import ShopModel

/// The decoded entities of a shop, each id once, gathered in path order.
struct ContentSet: Sendable {
    var products: [Product] = []
    var customers: [Customer] = []
    var orders: [OrderDraft] = []
    var quotes: [QuoteDraft] = []
    var promotions: [Promotion] = []
    var pages: [Page] = []
    private var registries: [ContentKind: IDRegistry] = [:]
    /// The products, customers and promotions whose file did not load, for references to them.
    var unloaded = UnloadedFiles()
    /// The orders that did not load or repeat an id: the tiers of their customers are in doubt.
    var orderGaps = OrderGaps()

    /// An empty set with room for the files found (no regrowing while they are added).
    init(expecting counts: [ContentKind: Int]) {
        for (kind, count) in counts { registries[kind] = IDRegistry(kind: kind, capacity: count) }
        products.reserveCapacity(counts[.products] ?? 0)
        customers.reserveCapacity(counts[.customers] ?? 0)
        orders.reserveCapacity(counts[.orders] ?? 0)
        quotes.reserveCapacity(counts[.quotes] ?? 0)
    }

    /// Adds a decoded file's problems and, when its id is new, its entity (moved in, not copied).
    mutating func add(_ file: consuming DecodedFile, into diagnostics: inout DiagnosticList) {
        let errorLines = file.diagnostics.compactMap { $0.severity == .error ? $0.location?.line : nil }
        if !file.diagnostics.isEmpty { diagnostics.append(contentsOf: file.diagnostics) }
        let kind = file.file.kind
        guard let entity = file.entity.take() else {
            unloaded.add(kind: kind, id: file.file.stem, path: file.file.path)
            if let written = file.idWritten { unloaded.add(kind: kind, id: written, path: file.file.path) }
            if kind == .orders && orderGaps.unreadable == nil { orderGaps.unreadable = file.file.path }
            return
        }
        let (id, source) = entity.identity
        // Mutated in place: copying the registry out would copy its table for every file.
        let duplicate = registries[kind, default: IDRegistry(kind: kind)].register(id: id, source: source)
        if let duplicate {
            diagnostics.append(duplicate)
            if case .order(let o) = entity { orderGaps.lost(o.order.customer, cause: file.file.path) }
            return
        }
        if kind == .products, !errorLines.isEmpty, ContentSet.hasError(in: "price_tiers", of: source, at: errorLines) {
            unloaded.addFlawedProduct(sku: id, path: file.file.path)
        }
        switch consume entity {
        case .product(let p): products.append(p)
        case .customer(let c): customers.append(c)
        case .order(let o): orders.append(o)
        case .quote(let q): quotes.append(q)
        case .promotion(let p): promotions.append(p)
        case .page(let p): pages.append(p)
        }
    }

    /// Whether an error lies in the lines of a top-level `key` (from its line up to the next key's).
    static func hasError(in key: String, of source: FieldLines, at errorLines: [Int]) -> Bool {
        guard let first = source.lines[key] else { return false }
        let next = source.lines.values.filter { $0 > first }.min() ?? Int.max
        return errorLines.contains { first <= $0 && $0 < next }
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
