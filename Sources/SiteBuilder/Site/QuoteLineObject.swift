import ShopModel
import TemplateEngine

/// One priced line of a quote sheet: number, product or free text, quantity, unit, price, the tier that priced it, amount.
struct QuoteLineObject: TemplateObject {
    let data: SiteData
    let quote: Int
    let index: Int

    var memberNames: [String] { ["no", "sku", "title", "url", "unit", "qty", "price", "amount", "tier", "is_negotiated", "is_free"] }

    /// The line, borrowed in place.
    var line: QuoteLine { _read { yield data.shop.quotes[quote].items[index] } }

    func member(_ name: String) -> TemplateValue? {
        switch name {
        case "no": return .int(index + 1)
        case "sku": return .text(line.sku?.rawValue)
        case "title":
            if let sku = line.sku { return .string(line.description ?? data.productTitle(sku) ?? sku.rawValue) }
            return .string(line.description ?? "")
        case "url": return .text(line.sku.flatMap { data.productURL($0) })
        case "unit": return .string(line.unit)
        case "qty": return .int(line.qty)
        case "price": return .money(line.price)
        case "amount": return .money(line.amount)
        case "tier": return .string(QuoteObject.tierLabel(line, data: data))
        case "is_negotiated":
            if case .negotiated = line.priceSource { return .bool(true) }
            return .bool(false)
        case "is_free": return .bool(line.sku == nil)
        default: return nil
        }
    }
}
