import ShopModel
import TemplateEngine

/// One priced line of a quote sheet: number, product or free text, quantity, unit, price, the tier that priced it, amount.
struct QuoteLineObject: EnumeratedMembers {
    let site: PageInputs
    let quote: Int
    let index: Int

    var memberNames: [String] { ["no", "sku", "title", "url", "unit", "qty", "price", "amount", "tier", "is_negotiated", "is_free", "lead_time", "qty_text"] }

    /// The line.
    var line: QuoteLine { site.index.shop.quotes[quote].items[index] }

    /// Every member a template may read.
    enum Member: String, CaseIterable, Sendable {
        case no, sku, title, url, unit, qty, price, amount, tier, isNegotiated = "is_negotiated", isFree = "is_free"
        case leadTime = "lead_time", qtyText = "qty_text"
    }

    static let members = MemberTable<Member>()

    func value(_ member: Member) -> TemplateValue {
        switch member {
        case .no: return .int(index + 1)
        case .sku: return .text(line.sku?.rawValue)
        case .title:
            if let sku = line.sku { return .string(line.description ?? site.index.productTitle(sku) ?? sku.rawValue) }
            return .string(line.description ?? "")
        case .url: return .text(line.sku.flatMap { site.index.productURL($0) })
        case .unit: return .string(line.unit)
        case .qty: return .int(line.qty)
        case .price: return .money(line.price)
        case .amount: return .money(line.amount)
        case .tier: return .string(QuoteObject.tierLabel(line, site: site))
        case .isNegotiated:
            if case .negotiated = line.priceSource { return .bool(true) }
            return .bool(false)
        case .isFree: return .bool(line.sku == nil)
        case .leadTime: return .int(line.leadTimeDays)
        case .qtyText: return .string(QuoteLineObject.grouped(line.qty))
        }
    }
}

extension QuoteLineObject {
    /// A whole number with thousands separators: 12000 → `12,000`.
    static func grouped(_ n: Int) -> String {
        let digits = Array(String(n.magnitude))
        var out = n < 0 ? "-" : ""
        for (i, digit) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return out
    }
}
