import Diagnostics
import ShopModel

/// What `new` needs to know about an existing shop: its settings, the ids already taken by the kind being
/// created, and a customer and product an order or quote stub can name so the new file checks cleanly.
struct ShopInventory {
    /// site.yaml, or the spec's defaults when it does not decode.
    var settings: SiteSettings
    /// The ids of the kind being created, with the file declaring each.
    var taken: [(id: String, path: String)] = []
    /// The first customer in path order.
    var customer: CustomerID?
    /// The first active product with price tiers in path order, else the first product.
    var product: Product?

    /// Reads the shop at `root` (a canonical path) for a new file of `kind`; unreadable files are passed over.
    static func read(root: String, kind: Scaffold.Kind) -> ShopInventory {
        let fallback = SiteSettings(name: "", source: FieldLines(file: Location(path: SiteSettingsDecoder.path, line: 1)))
        var settings = fallback
        if let bytes = ContentFiles.contents(of: root + "/" + SiteSettingsDecoder.path) {
            settings = SiteSettingsDecoder.decode(bytes: bytes).0 ?? fallback
        }
        var inventory = ShopInventory(settings: settings)
        let needsReferences = kind == .order || kind == .quote
        let wanted: Set<ContentKind> = needsReferences ? [kind.contentKind, .customers, .products] : [kind.contentKind]
        let files = ContentWalker.walk(root: root).files.filter { wanted.contains($0.kind) }
        let decoder = EntityDecoder(settings: settings)
        var firstProduct: Product?
        for decoded in files.parallelMap({ decoder.decode($0) }) {
            guard let entity = decoded.entity else { continue }
            if decoded.file.kind == kind.contentKind {
                inventory.taken.append((entity.identity.id, decoded.file.path))
            }
            switch entity {
            case .customer(let customer) where needsReferences:
                if inventory.customer == nil { inventory.customer = customer.id }
            case .product(let product) where needsReferences:
                if firstProduct == nil { firstProduct = product }
                if inventory.product == nil, product.status == .active, !product.priceTiers.isEmpty {
                    inventory.product = product
                }
            default:
                break
            }
        }
        if inventory.product == nil { inventory.product = firstProduct }
        return inventory
    }

    /// The file already declaring `id` (or an id differing only in case, which collides on some disks).
    func clash(with id: String) -> (id: String, path: String)? {
        let folded = id.lowercased()
        return taken.first { $0.id == id } ?? taken.first { $0.id.lowercased() == folded }
    }

    /// The line a stub writes for its product: a quantity that reaches the moq and the first tier, and whether
    /// a price must be written because the product has no tier for it.
    var itemReference: ItemReference {
        guard let product else { return ItemReference(sku: nil, qty: 1, needsPrice: true) }
        let lowestTier = product.priceTiers.map(\.min).min()
        let qty = max(product.moq ?? 1, lowestTier ?? 1)
        return ItemReference(sku: product.sku.rawValue, qty: qty, needsPrice: product.tierIndex(forQuantity: qty) == nil)
    }
}
