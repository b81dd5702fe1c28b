import ShopModel

/// Where an entity's own page is written: one file per entity (`products/HD-T001.html`, as Jekyll and Hugo's
/// `uglyURLs` do), except an id that reads `index` in any ASCII case, which keeps a folder (`products/index/index.html`)
/// so it never takes the list's own `products/index.html`, even on a case-insensitive disk.
enum EntityPagePath {
    /// The folders whose entities each have a page of their own.
    static let sections = ["products", "customers", "quotes", "orders", "promotions", "pages"]

    /// The page of entity `id` in `section` (`products`), relative to the site root.
    static func path(section: String, id: String) -> String {
        isListName(id.utf8) ? section + "/" + id + "/index.html" : section + "/" + id + ".html"
    }

    /// A product's page (`products/HD-T001.html`).
    static func product(_ sku: SKU) -> String { path(section: "products", id: sku.rawValue) }
    /// A customer's page (`customers/C-0001.html`).
    static func customer(_ id: CustomerID) -> String { path(section: "customers", id: id.rawValue) }
    /// A quote sheet (`quotes/Q-2025-001.html`).
    static func quote(_ id: QuoteID) -> String { path(section: "quotes", id: id.rawValue) }
    /// An order's page with its delivery note (`orders/O-20251101-001.html`).
    static func order(_ id: OrderID) -> String { path(section: "orders", id: id.rawValue) }
    /// A promotion's page (`promotions/P-2025-11.html`).
    static func promotion(_ id: PromotionID) -> String { path(section: "promotions", id: id.rawValue) }
    /// A free page (`pages/shipping.html`).
    static func page(_ id: ID<Page>) -> String { path(section: "pages", id: id.rawValue) }

    /// Whether an id is `index` ignoring ASCII case: its file would be (or, on a case-insensitive disk, clash with)
    /// the list page `index.html`, so its page keeps the folder form.
    static func isListName<Bytes: Collection<UInt8>>(_ id: Bytes) -> Bool {
        guard id.count == 5 else { return false }
        var i = id.startIndex
        for expected in "index".utf8 {
            let byte = id[i]
            guard byte == expected || byte == expected - 32 else { return false }
            i = id.index(after: i)
        }
        return true
    }

    /// Whether `name` is one of `sections`, as bytes (for the Markdown link rewriter).
    static func isSection<Bytes: Collection<UInt8>>(_ name: Bytes) -> Bool {
        sections.contains { $0.utf8.elementsEqual(name) }
    }
}
