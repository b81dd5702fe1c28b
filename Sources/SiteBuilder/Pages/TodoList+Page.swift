import ShopModel
import TemplateEngine

extension TodoList {
    /// How many entries of one kind `todo.html` lists before pointing at the list that holds them all.
    static let pageLimit = 50

    /// The groups of `todo.html`: as `groups` gives them with at most `limit` entries each; a longer kind's
    /// `more_url` (from the site root) names the page listing every one of them (see `fullList`).
    func pageGroups(_ analytics: ShopAnalytics, limit: Int = TodoList.pageLimit) -> [TemplateValue] {
        groups(analytics, limit: max(1, limit), fullLists: true)
    }

    /// The page that lists every entry of `kind` (with more around them, and a CSV where it is an analytics table):
    /// the order status list, the analytics table (late and untracked orders, reorder and dormant customers) or the
    /// quotes list.
    static func fullList(_ kind: TodoKind) -> String {
        switch kind {
        case .disputed: OrderGroup.afterSales.base + "index.html"
        case .late, .untracked: "analytics/orders/index.html"
        case .shipSoon: OrderGroup.pendingShipment.base + "index.html"
        case .unpaid: OrderGroup.pendingPayment.base + "index.html"
        case .followUp, .quoteDue, .draftQuote: "quotes/index.html"
        case .reorder, .dormant: "analytics/customers/index.html"
        }
    }
}
