import ShopModel
import TemplateEngine

/// One line of an order for templates, read lazily: sku, product title and page, quantity, price, amount, unit and
/// cartons (from the product's pack_size).
struct OrderLineObject: EnumeratedMembers {
    let site: PageInputs
    /// The order's position in the shop and the line's in the order, in one word: with the product's position the
    /// object stays three words, stored in a template value without a box.
    private let line: (order: Int32, index: Int32)
    /// The position of the line's product in `shop.products`, looked up once per line; -1 when it is not there (a
    /// draft left out of the site, read through the index's look-ups).
    private let productAt: Int

    /// Line `index` of the order at `order`.
    init(site: PageInputs, order: Int, index: Int) {
        self.site = site
        line = (Int32(truncatingIfNeeded: order), Int32(truncatingIfNeeded: index))
        productAt = site.index.productPosition[site.index.shop.orders[order].items[index].sku] ?? -1
    }

    /// The order's position in the shop.
    var order: Int { Int(line.order) }
    /// The line's position in the order.
    var index: Int { Int(line.index) }

    /// The item.
    var item: OrderItem { site.index.shop.orders[order].items[index] }

    /// The line's product, also a draft left out of the site; nil for an unknown sku.
    var product: Product? { productAt >= 0 ? site.index.shop.products[productAt] : site.index.product(item.sku) }

    var memberNames: [String] { ["sku", "title", "url", "qty", "price", "amount"] }

    /// Every member a template may read.
    enum Member: String, CaseIterable, Sendable {
        case sku, title, url, qty, price, amount, unit, qtyText = "qty_text", cartons, packSize = "pack_size"
    }

    static let members = MemberTable<Member>()

    func value(_ member: Member) -> TemplateValue {
        switch member {
        case .sku: return .string(item.sku.rawValue)
        case .title: return .string(productAt >= 0 ? site.index.shop.products[productAt].title
                                                   : site.index.productTitle(item.sku) ?? item.sku.rawValue)
        case .url: return .text(productAt >= 0 ? site.index.productURLs[productAt] : nil)
        case .qty: return .int(item.qty)
        case .price: return .money(item.price)
        case .amount: return .money(item.amount)
        case .unit: return .string(product?.unit ?? "")
        case .qtyText: return .string(Display.integer(item.qty))
        case .packSize: return .int(product?.packSize)
        case .cartons: return cartonsText
        }
    }

    /// 8 箱, 8 箱 + 尾箱 13 件, 尾箱 13 件; null without a pack size.
    var cartonsText: TemplateValue {
        guard let product, let size = product.packSize else { return .null }
        let (full, rest) = (item.qty / size, item.qty % size)
        let t = site.text
        let restText = t.fill("order_cartons_rest", [("n", Display.integer(rest)), ("unit", product.unit)])
        if rest == 0 { return .string(t.format("order_cartons_full", Display.integer(full))) }
        if full == 0 { return .string(restText) }
        return .string(t.format("order_cartons_full", Display.integer(full)) + " + " + restText)
    }

    /// Cartons for `qty` units packed `packSize` a carton: the full ones, plus one for a remainder.
    static func cartons(qty: Int, packSize: Int) -> (count: Int, full: Int, rest: Int) {
        let full = qty / packSize, rest = qty % packSize
        return (full + (rest > 0 ? 1 : 0), full, rest)
    }
}
