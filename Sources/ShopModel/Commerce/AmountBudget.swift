/// The shop-wide bound that keeps every sum of order amounts exact in 64 bits.
///
/// Each order is below `Money.ceiling` (the loader checks `Order.checkedTotal`), but thousands of such orders could
/// still add up past what a `Money` holds. Every figure that sums orders (a customer's paid amount, a window's or a
/// day's GMV, a region's or a product's GMV, the dormant customers' amount) sums a part of the orders' items and
/// shipping, never more, and no total exceeds its items and shipping. So when the items and shipping of all orders
/// together fit, every such sum fits. The loader reports the order where the running sum stops fitting as an error.
public enum AmountBudget {
    /// The most the items and shipping of all orders may add up to, as messages write it (`Int64.max` ten-thousandths).
    public static let limitText = "¥922,337,203,685,477.58"

    /// The message for the order at which the running sum stops fitting.
    public static let message = "the items and shipping of the orders up to this one add up to more than \(limitText), "
        + "more than the shop's figures can sum exactly"

    /// The position in `orders` of the first order at which the running sum of items and shipping no longer fits,
    /// or nil when all fit. Checked arithmetic throughout: never a trap, whatever the orders hold.
    public static func firstOverflow(in orders: [Order]) -> Int? {
        var sum: Int64 = 0
        for position in orders.indices {
            var overflow = false
            for item in orders[position].items {
                guard let amount = item.price.roundedTimes(item.qty) else { return position }
                (sum, overflow) = sum.addingReportingOverflow(amount.tenThousandths)
                if overflow { return position }
            }
            (sum, overflow) = sum.addingReportingOverflow(orders[position].shipping.tenThousandths)
            if overflow { return position }
        }
        return nil
    }
}
