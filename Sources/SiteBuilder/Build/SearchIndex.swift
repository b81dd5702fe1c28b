import ShopModel
import TextEscaping

/// `search-index.json`: one entry per catalog product (sku, title, category, type, from price, MOQ, url, image, the
/// card's price, MOQ and lead-time texts, the rating with its stars and review count when reviewed, keywords), read by the catalog filter on every catalog page.
enum SearchIndex {
    /// The JSON bytes, products in sku order; `<`, `>` and `&` are escaped so the file is safe anywhere.
    static func json(for site: PageInputs) -> [UInt8] {
        json(entries: site.index.shop.products.indices.map { entry(for: site.index.shop.products[$0], site: site) })
    }

    /// The file made of the entries of `entries(for:)` (nil ones, for delisted products, left out).
    static func json(entries: [[UInt8]?]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(entries.count * 256 + 8)
        out.append(UInt8(ascii: "["))
        var first = true
        for case let entry? in entries {
            out.append(contentsOf: first ? [10] : [44, 10])
            first = false
            out.append(contentsOf: entry)
        }
        out.append(contentsOf: first ? Array("]\n".utf8) : Array("\n]\n".utf8))
        return out
    }

    /// One product's entry (`{"sku":…}`), nil for a delisted product (not in the index); texts in the site's language.
    static func entry(for product: Product, site: PageInputs) -> [UInt8]? {
        guard product.status != .delisted else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(256)
        func literal(_ text: StaticString) {
            out.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
        }
        literal("{\"sku\":"); appendQuoted(product.sku.rawValue, to: &out)
        literal(",\"title\":"); appendQuoted(product.title, to: &out)
        literal(",\"category\":"); appendQuoted(product.category, to: &out)
        literal(",\"type\":"); appendQuoted(product.type.rawValue, to: &out)
        literal(",\"price\":")
        if let price = product.fromPrice { appendQuoted(price.plain, to: &out) } else { literal("null") }
        literal(",\"moq\":")
        if let moq = product.moq { out.append(contentsOf: String(moq).utf8) } else { literal("null") }
        literal(",\"url\":"); appendQuoted(EntityPagePath.product(product.sku), to: &out)
        literal(",\"image\":")
        if let image = product.images.first(where: ContentPath.isSafeImage) {
            appendQuoted(site.photos.cardImage(image) ?? image, to: &out)
        } else { literal("null") }
        literal(",\"price_text\":"); appendQuoted(site.text.money(product.moqPrice), to: &out)
        literal(",\"price_note\":")
        appendQuoted(site.text["at_moq"] + (product.bulkPrice.map { " " + site.text["bulk_low"] + " " + site.text.money($0) } ?? ""), to: &out)
        literal(",\"moq_text\":"); appendQuoted(product.moq.map { "\($0) \(product.unit)" } ?? "—", to: &out)
        literal(",\"lead_text\":")
        if let lead = product.leadTimeDays ?? site.index.settings.leadTimeDays[product.type] {
            appendQuoted(site.text.count("days", lead), to: &out)
        } else { appendQuoted("—", to: &out) }
        if let rating = product.ratingText, let tenths = product.ratingTenths {  // only with reviews: other entries stay as they were
            literal(",\"rating\":"); appendQuoted(rating, to: &out)
            literal(",\"stars\":"); appendQuoted(ProductObject.stars((tenths + 5) / 10), to: &out)
            literal(",\"reviews\":"); out.append(contentsOf: String(product.reviews.count).utf8)
            literal(",\"reviews_text\":"); appendQuoted(site.text.count("product_review_count", product.reviews.count), to: &out)
        }
        literal(",\"keywords\":[")
        for (i, keyword) in product.keywords.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            appendQuoted(keyword, to: &out)
        }
        literal("]}")
        return out
    }

    /// `search-index.js`: the same array as a script that sets `window.shopsiteSearchIndex`, so the catalog filter
    /// searches every product where the JSON cannot be fetched (a site opened from disk, `file://`). The JSON is
    /// already script-safe (`<`, `>`, `&`, U+2028 and U+2029 escaped), so no `</script>` can end it early.
    static func script(json: [UInt8]) -> [UInt8] {
        var body = json[...]
        while body.last == 10 { body = body.dropLast() }
        return Array("window.shopsiteSearchIndex = ".utf8) + body + Array(";\n".utf8)
    }

    /// A JSON string literal, as `JSONEscaper` writes it with the `.searchIndex` options.
    static func quoted(_ text: String) -> String {
        JSONEscaper.quoted(text, options: .searchIndex)
    }

    /// Appends `text` as a JSON string literal: quotes, backslashes, controls (as `\u00XX`), `<`, `>`, `&`,
    /// U+2028 and U+2029 escaped.
    static func appendQuoted(_ text: String, to out: inout [UInt8]) {
        JSONEscaper.appendQuoted(text, options: .searchIndex, to: &out)
    }
}
