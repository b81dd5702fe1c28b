import ShopModel

/// The platform's order status words and the contract's statuses they stand for.
public enum StatusWords {
    /// Status by word: the contract's list, plus the statuses' own names.
    public static let statuses: [String: OrderStatus] = {
        var table: [String: OrderStatus] = [
            "等待买家付款": .pendingPayment,
            "等待卖家发货": .pendingShipment,
            "等待买家确认收货": .shipped,
            "已发货": .shipped,
            "交易成功": .completed,
            "交易关闭": .cancelled,
            "退款中": .refunded,
            "退款成功": .refunded,
            "纠纷中": .disputed,
        ]
        for status in OrderStatus.allCases { table[status.rawValue] = status }
        return table
    }()

    /// The status a cell names, or nil for a word the contract does not list.
    public static func status(_ text: String) -> OrderStatus? { statuses[CellText.clean(text)] }
}
