import ShopModel
import TemplateEngine

/// An order for templates: buyer, dates, status, amounts, shipping state, lines, its promotion and quote, the timeline
/// and the delivery note's cartons.
struct OrderObject: EnumeratedMembers {
    let site: PageInputs
    let position: Int

    /// The order.
    var order: Order { site.index.shop.orders[position] }

    var memberNames: [String] { ["id", "customer_id", "customer_name", "date", "status", "total"] }

    /// Every member a template may read.
    enum Member: String, CaseIterable, Sendable {
        case id, customerID = "customer_id", customerName = "customer_name", customerURL = "customer_url", url, date, status
        case statusLabel = "status_label", isPaid = "is_paid", total, shipBy = "ship_by", shippedAt = "shipped_at", tracking
        case late, untracked, itemCount = "item_count", units, items, params
        case carrier, trackingAt = "tracking_at", promotion, quote, subtotal, discount, shipping
        case dateLabel = "date_label", customer, timeline, unitsText = "units_text", cartons
    }

    static let members = MemberTable<Member>()

    func value(_ member: Member) -> TemplateValue {
        switch member {
        case .id: return .string(order.id.rawValue)
        case .customerID: return .string(order.customer.rawValue)
        case .customerName: return .string(site.index.customerName(order.customer))
        case .customerURL: return .string(site.index.customerURL(order.customer))
        case .url: return .string(site.index.orderURL(position: position))
        case .date: return .day(order.date)
        case .status: return .string(order.status.rawValue)
        case .statusLabel: return .string(site.text["status_" + order.status.rawValue])
        case .isPaid: return .bool(order.isPaid)
        case .total: return .money(order.total)
        case .shipBy: return .day(order.shipBy)
        case .shippedAt: return .day(order.shippedAt)
        case .tracking: return .text(order.tracking)
        case .late: return .bool(order.isLate(asOf: site.index.shop.asOf))
        case .untracked: return .bool(order.lacksTracking)
        case .itemCount: return .int(order.items.count)
        case .units: return .int(order.items.reduce(0) { $0 + $1.qty })
        case .items: return .list(order.items.indices.map { .object(OrderLineObject(site: site, order: position, index: $0)) })
        case .params: return .params(order.params)
        case .carrier: return .text(order.carrier)
        case .trackingAt: return .day(order.trackingAt)
        case .promotion: return promotionValue
        case .quote: return order.quote.map { ["id": .string($0.rawValue), "url": .string(site.index.quoteURL($0))] } ?? .null
        case .subtotal: return .money(order.subtotal)
        case .discount: return .money(order.discount)
        case .shipping: return .money(order.shipping)
        case .dateLabel: return .string(site.text[order.isPaid ? "order_paid_on" : "order_placed_on"])
        case .customer:
            return site.index.customerPosition[order.customer].map { .object(CustomerObject(site: site, position: $0)) } ?? .null
        case .timeline: return .list(timeline)
        case .unitsText: return .string(Display.integer(order.items.reduce(0) { $0 + $1.qty }))
        case .cartons: return cartonsValue
        }
    }
}
