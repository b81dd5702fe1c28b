import Concurrency
import Diagnostics
import FrontMatter
import ShopLoader
import ShopModel

/// What `new` needs to know about an existing shop: its settings, the ids already taken by the kind being
/// created, and a customer and product an order or quote stub can name so the new file checks cleanly.
struct ShopInventory {
    /// site.yaml, or the spec's defaults when it does not decode.
    var settings: SiteSettings
    /// The ids of the kind being created that could clash with the new id, with the file declaring each.
    var taken: [(id: String, path: String)] = []
    /// The first customer in path order.
    var customer: CustomerID?
    /// The first active product with price tiers in path order, else the first product.
    var product: Product?

    /// Reads the shop at `root` (a canonical path) for a new file `id` of `kind`; unreadable files are passed over.
    /// Only files of `kind` whose name or text holds `id` (ignoring ASCII case) have their front matter parsed;
    /// customers and products are decoded in path order until a suitable one is found, so `new` stays quick on
    /// a 10k-product shop.
    static func read(root: String, kind: Scaffold.Kind, id: String) -> ShopInventory {
        let fallback = SiteSettings(name: "", source: FieldLines(file: Location(path: SiteSettingsDecoder.path, line: 1)))
        var settings = fallback
        if let bytes = ContentFiles.contents(of: root + "/" + SiteSettingsDecoder.path) {
            settings = SiteSettingsDecoder.decode(bytes: bytes).0 ?? fallback
        }
        var inventory = ShopInventory(settings: settings)
        let files = ContentWalker.walk(root: root).files
        let target = kind.contentKind, idKey = kind.idKey
        let needle = Array(id.lowercased().utf8)
        inventory.taken = files.filter { $0.kind == target }.parallelMap { file in
            declaredID(of: file, key: idKey, mentioning: needle).map { (id: $0, path: file.path) }
        }.compactMap { $0 }
        if kind == .order || kind == .quote {
            let decoder = EntityDecoder(settings: settings)
            for file in files where file.kind == .customers {
                if case .customer(let customer)? = decoder.decode(file).entity { inventory.customer = customer.id; break }
            }
            var firstProduct: Product?
            for file in files where file.kind == .products {
                guard case .product(let product)? = decoder.decode(file).entity else { continue }
                if firstProduct == nil { firstProduct = product }
                if product.status == .active, !product.priceTiers.isEmpty { inventory.product = product; break }
            }
            inventory.product = inventory.product ?? firstProduct
        }
        return inventory
    }

    /// The id a file declares under `key`, else its file name (the loader's rule); nil when neither the name nor
    /// the text holds `needle` (lower-case ASCII), so the file cannot declare that id in any case.
    private static func declaredID(of file: ContentFile, key: String, mentioning needle: [UInt8]) -> String? {
        let stemMatches = Array(file.stem.lowercased().utf8) == needle
        guard let bytes = ContentFiles.contents(of: file.absolutePath) else { return stemMatches ? file.stem : nil }
        guard stemMatches || containsIgnoringASCIICase(bytes, needle) else { return nil }
        guard let document = try? FrontMatterSplitter.split(bytes, path: file.path),
              let yaml = document.frontMatter,
              let root = try? YAMLReader.parse(yaml, path: file.path, firstLine: document.frontMatterLine),
              let id = root[key]?.scalar else { return file.stem }
        return id
    }

    /// Whether `haystack` holds `needle` (lower-case ASCII) with ASCII letters compared without case.
    private static func containsIgnoringASCIICase(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, haystack.count >= needle.count else { return needle.isEmpty }
        let lower: (UInt8) -> UInt8 = { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        var start = 0
        while start <= haystack.count - needle.count {
            if lower(haystack[start]) == first {
                var k = 1
                while k < needle.count && lower(haystack[start + k]) == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            start += 1
        }
        return false
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
