import ShopModel
import TemplateEngine

/// One line of an order for templates, read lazily: sku, product title and page, quantity, price, amount, unit and
/// cartons (from the product's pack_size).
struct OrderLineObject: EnumeratedMembers {
    let site: PageInputs
    let order: Int
    let index: Int

    /// The item.
    var item: OrderItem { site.index.shop.orders[order].items[index] }

    var memberNames: [String] { ["sku", "title", "url", "qty", "price", "amount"] }

    /// Every member a template may read.
    enum Member: String, CaseIterable, Sendable {
        case sku, title, url, qty, price, amount, unit, qtyText = "qty_text", cartons, packSize = "pack_size"
    }

    static let members = MemberTable<Member>()

    func value(_ member: Member) -> TemplateValue {
        switch member {
        case .sku: return .string(item.sku.rawValue)
        case .title: return .string(site.index.productTitle(item.sku) ?? item.sku.rawValue)
        case .url: return .text(site.index.productURL(item.sku))
        case .qty: return .int(item.qty)
        case .price: return .money(item.price)
        case .amount: return .money(item.amount)
        case .unit: return .string(site.index.product(item.sku)?.unit ?? "")
        case .qtyText: return .string(Display.integer(item.qty))
        case .packSize: return .int(site.index.product(item.sku)?.packSize)
        case .cartons: return cartonsText
        }
    }

    /// 8 箱, 8 箱 + 尾箱 13 件, 尾箱 13 件; null without a pack size.
    var cartonsText: TemplateValue {
        guard let product = site.index.product(item.sku), let size = product.packSize else { return .null }
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
