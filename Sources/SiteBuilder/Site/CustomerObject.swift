import ShopModel
import TemplateEngine

/// A customer for templates: contact, tier, paid figures, orders, quotes, preferred products, promotions.
struct CustomerObject: EnumeratedMembers {
    let site: PageInputs
    let position: Int
    /// The page's way back to the site root, for links in the Markdown body.
    var root = ""

    /// The customer.
    var customer: Customer { site.index.shop.customers[position] }

    var memberNames: [String] { ["id", "url", "name", "region", "tier", "paid_amount", "paid_orders", "last_order", "dormant"] }

    var figures: CustomerFigures? {
        site.index.customerFigures.indices.contains(position) ? site.index.customerFigures[position] : nil
    }

    /// Every member a template may read.
    enum Member: String, CaseIterable, Sendable {
        case id, url, name, contact, phone, email, region, address, since, tags, tier, tierLabel = "tier_label"
        case paidAmount = "paid_amount", paidOrders = "paid_orders", firstOrder = "first_order"
        case lastOrder = "last_order", daysSinceLastOrder = "days_since_last_order", dormant
        case purchaseIntervalDays = "purchase_interval_days", notes, orders, quotes
        case preferredProducts = "preferred_products", eligiblePromotions = "eligible_promotions", params
        case paidAmount365d = "paid_amount_365d", tierBasis = "tier_basis", reorderDue = "reorder_due"
        case reorderOverdue = "reorder_overdue", recommended, contacts
    }

    static let members = MemberTable<Member>()

    /// The keys of a preferred product, in template order.
    static let preferredKeys = ["sku", "title", "url", "units", "amount"]

    func value(_ member: Member) -> TemplateValue {
        switch member {
        case .id: return .string(customer.id.rawValue)
        case .url: return .string(site.index.customerURL(customer.id))
        case .name: return .string(customer.name)
        case .contact: return .string(customer.contact)
        case .phone: return .string(customer.phone)
        case .email: return .string(customer.email)
        case .region: return .string(customer.region)
        case .address: return .text(customer.address)
        case .since: return .day(customer.since)
        case .tags: return .strings(customer.tags)
        case .tier: return .string((figures?.tier ?? .new).rawValue)
        case .tierLabel: return .string(site.text["tier_" + (figures?.tier ?? .new).rawValue])
        case .paidAmount: return .money(figures?.paidAmount ?? .zero)
        case .paidOrders: return .int(figures?.paidOrders ?? 0)
        case .firstOrder: return .day(figures?.firstOrder)
        case .lastOrder: return .day(figures?.lastOrder)
        case .daysSinceLastOrder: return .int(figures?.daysSinceLastOrder)
        case .dormant: return .bool(figures?.dormant ?? false)
        case .purchaseIntervalDays:
            return figures?.purchaseIntervalDays.map { .string(Display.decimal($0, places: 1)) } ?? .null
        case .notes: return .safe(HTMLText.markdown(customer.body, root: root))
        case .orders: return .list(site.index.ordersByCustomer[position].map { .object(OrderObject(site: site, position: $0)) })
        case .quotes: return .list(site.index.quotesByCustomer[position].map { .object(QuoteObject(site: site, position: $0)) })
        case .preferredProducts: return .list(preferredProducts())
        case .eligiblePromotions: return .list(eligiblePromotions(tier: figures?.tier ?? .new))
        case .params: return .params(customer.params)
        case .paidAmount365d: return .money(figures?.paidAmount365d ?? .zero)
        case .tierBasis: return .string(site.text["wb_tier_basis_" + site.index.settings.tierBasis.rawValue])
        case .reorderDue: return .day(figures?.reorderDue)
        case .reorderOverdue: return .bool(figures?.reorderOverdue ?? false)
        case .recommended: return .list(recommended())
        case .contacts: return .list(contacts())
        }
    }

    /// The products it bought most (units in paid orders up to as_of), at most five.
    func preferredProducts() -> [TemplateValue] {
        var units: [SKU: (units: Int, amount: Money)] = [:]
        units.reserveCapacity(32)
        // Each line hashes its sku once.
        let orders = site.index.shop.orders, asOf = site.index.shop.asOf
        for index in site.index.ordersByCustomer[position] {
            let order = orders[index]
            guard order.isPaid && order.date <= asOf else { continue }
            for item in order.items {
                func add(_ sum: inout (units: Int, amount: Money)) { sum = (sum.units + item.qty, sum.amount + item.amount) }
                add(&units[item.sku, default: (0, .zero)])
            }
        }
        let top = units.sorted { a, b in a.value.units != b.value.units ? a.value.units > b.value.units : a.key < b.key }.prefix(5)
        return top.map { sku, sum in
            .map(TemplateMap(uniqueKeys: Self.preferredKeys,
                             values: [.string(sku.rawValue), .string(site.index.productTitle(sku) ?? sku.rawValue), .text(site.index.productURL(sku)),
                                      .int(sum.units), .money(sum.amount)]))
        }
    }

    /// Promotions its tier may use that have not ended at as_of, each with its period in words (`PageText.validity`).
    func eligiblePromotions(tier: CustomerTier) -> [TemplateValue] {
        site.index.shop.promotions.filter { promotion in
            promotion.tiers.contains(tier) && (promotion.end.map { $0 >= site.index.shop.asOf } ?? true)
        }.map { promotion in
            .map(["id": .string(promotion.id.rawValue), "title": .string(promotion.title.isEmpty ? promotion.id.rawValue : promotion.title),
                  "threshold": .money(promotion.threshold), "amount": .money(promotion.amount),
                  "start": .day(promotion.start), "end": .day(promotion.end), "period": .string(site.text.validity(of: promotion))])
        }
    }
}
