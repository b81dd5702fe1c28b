import ShopModel
import TemplateEngine

/// A promotion's page (`promotions/<id>.html`): its terms, figures, eligible customers, and the orders and quotes that
/// used it.
struct PromotionPage {
    /// The index and text of the site.
    let site: PageInputs
    /// The promotion's position in the shop.
    let position: Int

    /// Adds `promotion` (terms and figures), `eligible`, `orders` and `quotes` (tables).
    func add(to context: inout PageContext) {
        let index = site.index, t = site.text
        let promotion = index.shop.promotions[position]
        let figures = PromotionsPage.figures(promotion.id, in: index)
        context.map["promotion"] = PromotionsPage.value(promotion, figures: figures, site: site)
        var eligible = DataTable([t["customer"], t["tier"]], numeric: [])
        for id in figures?.eligibleCustomers ?? [] {
            let tier = index.customerPosition[id].flatMap { index.customerFigures.indices.contains($0) ? index.customerFigures[$0].tier : nil }
            eligible.rows.append([.text(index.customerName(id), url: index.customerURL(id)),
                                  tier.map { .badge(t["tier_" + $0.rawValue], css: "tier-" + $0.rawValue) } ?? .text("")])
        }
        var orders = DataTable([t["order_no"], t["customer"], t["order_list_date"], t["status"], t["total"]], numeric: [4])
        for i in index.orderLists.all where index.shop.orders[i].promotion == promotion.id {
            let order = index.shop.orders[i]
            orders.rows.append([.text(order.id.rawValue, url: index.orderURL(order.id)),
                                .text(index.customerName(order.customer), url: index.customerURL(order.customer)), .day(order.date),
                                .badge(t["status_" + order.status.rawValue], css: "status-" + order.status.rawValue),
                                .money(order.total, symbol: t.symbol)])
        }
        var quotes = DataTable([t["quote_no"], t["customer"], t["quote_date"], t["total"]], numeric: [3])
        for i in index.shop.quotes.indices where index.shop.quotes[i].promotion == promotion.id {
            let quote = index.shop.quotes[i]
            let total = index.quoteFigures.indices.contains(i) ? index.quoteFigures[i].totals.total : nil
            quotes.rows.append([.text(quote.id.rawValue, url: index.quoteURL(quote.id)),
                                .text(index.customerName(quote.customer), url: index.customerURL(quote.customer)), .day(quote.date),
                                .money(total, symbol: t.symbol)])
        }
        context.add(eligible, as: "eligible", limit: Int.max)
        context.add(orders, as: "orders", limit: Int.max)
        context.add(quotes, as: "quotes", limit: Int.max)
    }
}
