import ShopModel
import TemplateEngine

/// One line of an order for templates, read lazily: sku, product title and page, quantity, price, amount.
struct OrderLineObject: EnumeratedMembers {
    let site: PageInputs
    let order: Int
    let index: Int

    /// The item.
    var item: OrderItem { site.index.shop.orders[order].items[index] }

    var memberNames: [String] { ["sku", "title", "url", "qty", "price", "amount"] }

    /// Every member a template may read.
    enum Member: String, CaseIterable, Sendable {
        case sku, title, url, qty, price, amount
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
        }
    }
}
