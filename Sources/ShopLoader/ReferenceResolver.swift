import Diagnostics
import ShopModel

/// Checks cross-file references and fills the defaults that depend on other files
/// (tier prices, product units, ship-by dates, promotion eligibility).
struct ReferenceResolver: Sendable {
    /// site.yaml.
    let settings: SiteSettings
    /// Every product, drafts included: orders and quotes may name a draft product.
    let products: [Product]
    /// The index of each sku in `products`.
    let productIndex: [SKU: Int]
    /// Every customer.
    let customers: [CustomerID: Customer]
    /// Every promotion.
    let promotions: [PromotionID: Promotion]
    /// Every quote id, for `revision_of` (and an order's `quote`); nil leaves those references unchecked.
    var quoteIDs: Set<QuoteID>?
    /// The files that did not load: a reference to one of their ids is a knock-on of that file's error.
    var unloaded = UnloadedFiles()

    /// The order with item prices and ship_by resolved, or nil with the errors (and the references that fail only
    /// because another file did not load).
    func resolve(_ draft: OrderDraft) -> (Order?, [Diagnostic], [KnockOn]) {
        var order = draft.order.fields
        var problems: [Diagnostic] = []
        var knockOns: [KnockOn] = []
        if customers.index(forKey: order.customer) == nil {
            unloaded.unknown("customer", order.customer.rawValue, kind: .customers, at: order.source.location(of: "customer"),
                             problems: &problems, knockOns: &knockOns)
        }
        var leadTime: Int?
        for (index, item) in order.items.enumerated() {
            let at = order.source.location(line: item.line)
            guard let p = productIndex[item.sku] else {
                unloaded.unknown("sku", item.sku.rawValue, kind: .products, at: at, problems: &problems, knockOns: &knockOns)
                continue
            }
            let days = products[p].leadTimeDays ?? settings.leadTimeDays[products[p].type] ?? 0
            leadTime = max(leadTime ?? days, days)
            if !draft.priceWritten[index] {
                guard let tier = tierPrice(p, qty: item.qty, at: at, problems: &problems, knockOns: &knockOns) else { continue }
                order.items[index].price = tier.price
                order.items[index].priceSource = .tier(tier.index)
            }
        }
        if !draft.shipByWritten { order.shipBy = order.date.adding(days: leadTime ?? 0) }
        checkQuote(of: order, problems: &problems, knockOns: &knockOns)
        if problems.isEmpty && knockOns.isEmpty {
            do { _ = try Order(order).checkedTotal() } catch { problems.append(error.diagnostic(in: order.source)) }
        }
        return (problems.isEmpty && knockOns.isEmpty ? Order(order) : nil, problems, knockOns)
    }

    /// The quote with product lines priced and checked against moq, and its promotion checked.
    /// `orders` is needed only for a quote naming a promotion (the customer's tier on the quote date); `gaps` names the
    /// customers whose orders are not all in it.
    func resolve(_ draft: QuoteDraft, orders: OrderIndex?, gaps: OrderGaps = OrderGaps()) -> (Quote?, [Diagnostic], [KnockOn]) {
        var quote = draft.quote.fields
        var problems: [Diagnostic] = []
        var knockOns: [KnockOn] = []
        let customer = customers.index(forKey: quote.customer)
        if customer == nil {
            unloaded.unknown("customer", quote.customer.rawValue, kind: .customers, at: quote.source.location(of: "customer"),
                             problems: &problems, knockOns: &knockOns)
        }
        for (index, line) in quote.items.enumerated() {
            guard let sku = line.sku else { continue }
            let at = quote.source.location(line: line.line)
            guard let p = productIndex[sku] else {
                unloaded.unknown("sku", sku.rawValue, kind: .products, at: at, problems: &problems, knockOns: &knockOns)
                continue
            }
            if line.unit.isEmpty { quote.items[index].unit = products[p].unit }
            if let moq = products[p].moq, line.qty < moq {
                problems.append(.error("E-BELOW-MOQ", ["qty": "\(line.qty)", "sku": "\(sku)", "moq": "\(moq)"], at: at))
                continue
            }
            if !draft.priceWritten[index] {
                guard let tier = tierPrice(p, qty: line.qty, at: at, problems: &problems, knockOns: &knockOns) else { continue }
                quote.items[index].price = tier.price
                quote.items[index].priceSource = .tier(tier.index)
            }
        }
        let promotion = quote.promotion.flatMap { promotions[$0] }
        if let id = quote.promotion, promotion == nil {
            unloaded.unknown("promotion", id.rawValue, kind: .promotions, at: quote.source.location(of: "promotion"),
                             problems: &problems, knockOns: &knockOns)
        }
        checkPipeline(of: &quote, customer: customer.map { customers.values[$0] }, problems: &problems)
        let resolved = Quote(quote)
        if knockOns.isEmpty && !problems.contains(where: { $0.severity == .error }) {
            checkAmounts(of: resolved, promotion: promotion, customer: customer.map { customers.values[$0] }, orders: orders,
                         gaps: gaps, problems: &problems, knockOns: &knockOns)
        }
        let clean = knockOns.isEmpty && !problems.contains { $0.severity == .error }
        return (clean ? resolved : nil, problems, knockOns)
    }

    /// The quote's totals checked against the bounds (without, then with its promotion), and the promotion's eligibility.
    private func checkAmounts(of quote: Quote, promotion: Promotion?, customer: Customer?, orders: OrderIndex?,
                              gaps: OrderGaps, problems: inout [Diagnostic], knockOns: inout [KnockOn]) {
        let subtotal: Money
        do { subtotal = try quote.checkedTotals(promotion: nil).subtotal } catch {
            problems.append(error.diagnostic(in: quote.source))
            return
        }
        guard let promotion, let customer, let orders else { return }
        let tier = orders.tier(of: customer, asOf: quote.date, settings: settings)
        if let found = promotion.ineligibility(tier: tier, subtotal: subtotal, on: quote.date) {
            let (reason, details) = found
            let names = ["quote": "\(quote.id)", "promotion": "\(promotion.id)", "reason": reason.rawValue]
            let error = Diagnostic.error("E-PROMOTION-INELIGIBLE", details.merging(names) { a, _ in a },
                                         at: quote.source.location(of: "promotion"))
            gaps.file(error, reason: reason, customer: customer, problems: &problems, knockOns: &knockOns)
            return
        }
        do {
            let totals = try quote.checkedTotals(promotion: promotion)
            if let warning = marginWarning(quote, totals: totals) { problems.append(warning) }
        } catch {
            problems.append(error.diagnostic(in: quote.source))
        }
    }

    /// A warning when the promotion takes the quote's margin (from product costs, internal) below zero.
    private func marginWarning(_ quote: Quote, totals: QuoteTotals) -> Diagnostic? {
        guard totals.promotion > .zero,
              let margin = QuoteMargin(quote: quote, totals: totals, cost: { productIndex[$0].flatMap { products[$0].cost } }),
              margin.amount < .zero, margin.amount + totals.promotion >= .zero else { return nil }
        return .warning("W-QUOTE-MARGIN-NEGATIVE", ["quote": "\(quote.id)", "margin": settings.display(margin.amount),
                                                    "cost": settings.display(margin.cost)], at: quote.source.location(of: "promotion"))
    }

    /// The rep (written, else the customer's) and `revision_of` checked; each product line's 交期 filled from its product.
    private func checkPipeline(of quote: inout QuoteFields, customer: Customer?, problems: inout [Diagnostic]) {
        if let rep = quote.rep, settings.rep(rep) == nil {
            problems.append(.error("E-UNKNOWN-REP", ["id": rep.rawValue], at: quote.source.location(of: "rep")))
        }
        if quote.rep == nil { quote.rep = customer?.rep }
        if let previous = quote.revisionOf {
            if previous == quote.id {
                problems.append(.error("E-REVISION-OF-ITSELF", ["id": previous.rawValue], at: quote.source.location(of: "revision_of")))
            } else if let quoteIDs, !quoteIDs.contains(previous) {
                problems.append(.error("E-UNKNOWN-QUOTE", ["id": previous.rawValue], at: quote.source.location(of: "revision_of")))
            }
        }
        for index in quote.items.indices where quote.items[index].leadTimeDays == nil {
            guard let sku = quote.items[index].sku, let p = productIndex[sku] else { continue }
            quote.items[index].leadTimeDays = products[p].leadTimeDays ?? settings.leadTimeDays[products[p].type]
        }
    }

    /// The tier price for a quantity; an error when the quantity is below every tier (a knock-on when the product's own
    /// file had an error, which may have dropped its tiers).
    private func tierPrice(_ p: Int, qty: Int, at: Location, problems: inout [Diagnostic],
                           knockOns: inout [KnockOn]) -> (price: Money, index: Int)? {
        if let index = products[p].tierIndex(forQuantity: qty) { return (products[p].priceTiers[index].price, index) }
        let sku = products[p].sku, tiers = products[p].priceTiers
        let minimum = "\(tiers.map(\.min).min() ?? 0)"
        let error = Diagnostic.error(tiers.isEmpty ? "E-NO-PRICE-TIERS" : "E-BELOW-FIRST-TIER",
                                     ["sku": "\(sku)", "qty": "\(qty)", "min": minimum], at: at)
        unloaded.fromProduct(sku.rawValue, error, problems: &problems, knockOns: &knockOns)
        return nil
    }
}
