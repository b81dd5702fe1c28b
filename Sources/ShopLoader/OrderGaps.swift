import ShopModel

/// The customers whose order history lost an order to an error, so that a tier summed from the rest may be too low:
/// a promotion refused for that tier is a knock-on of the error, not an error of its own.
struct OrderGaps: Sendable {
    /// An order file that did not load at all (its customer unknown), which puts every customer's tier in doubt.
    var unreadable: String?
    /// For each customer, the file whose error left out one of their orders (the first in path order).
    private var causes: [CustomerID: String] = [:]

    /// Whether no order was left out.
    var isEmpty: Bool { unreadable == nil && causes.isEmpty }

    /// Notes that `customer`'s order was left out because of the error in the file at `cause`.
    mutating func lost(_ customer: CustomerID, cause: String) {
        if causes[customer] == nil { causes[customer] = cause }
    }

    /// The file whose error may have lowered `customer`'s tier, or nil when their history is whole.
    func cause(for customer: CustomerID) -> String? { causes[customer] ?? unreadable }
}
