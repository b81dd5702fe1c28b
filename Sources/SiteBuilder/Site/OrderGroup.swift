import ShopModel

/// The status lists of the orders, as the platform's seller centre tabs them: 待付款 / 待发货 / 已发货 / 已完成 / 售后.
enum OrderGroup: String, CaseIterable, Sendable, Hashable {
    /// 待付款: pending_payment.
    case pendingPayment = "pending_payment"
    /// 待发货: pending_shipment.
    case pendingShipment = "pending_shipment"
    /// 已发货: shipped.
    case shipped
    /// 已完成: completed.
    case completed
    /// 售后: refunded, cancelled and disputed.
    case afterSales = "after_sales"

    /// The group an order of `status` is listed in.
    init(_ status: OrderStatus) {
        switch status {
        case .pendingPayment: self = .pendingPayment
        case .pendingShipment: self = .pendingShipment
        case .shipped: self = .shipped
        case .completed: self = .completed
        case .refunded, .cancelled, .disputed: self = .afterSales
        }
    }

    /// The list's folder (`orders/pending_payment/`).
    var base: String { "orders/" + rawValue + "/" }
}

/// The orders lists in the order they are shown: every order newest first (by date, then id, descending), and the
/// same per status group. Positions are into `shop.orders`.
struct OrderLists: Sendable {
    /// Every order, newest first.
    let all: [Int]
    /// Each group's orders, newest first (every group present, maybe empty).
    let groups: [OrderGroup: [Int]]

    /// Sorts the shop's orders once.
    init(orders: [Order]) {
        var keys = orders.indices.map { (orders[$0].date, $0) }
        // Ids are sorted in shop.orders, so the position breaks ties the same way the id would.
        keys.sort { $0.0 != $1.0 ? $0.0 > $1.0 : $0.1 > $1.1 }
        all = keys.map(\.1)
        var groups: [OrderGroup: [Int]] = [:]
        for group in OrderGroup.allCases { groups[group] = [] }
        for i in all { groups[OrderGroup(orders[i].status), default: []].append(i) }
        self.groups = groups
    }

    /// The list of `group` (every order for nil).
    func list(_ group: OrderGroup?) -> [Int] { group.map { groups[$0] ?? [] } ?? all }
}
