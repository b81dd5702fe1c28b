import Diagnostics
import ShopModel

/// The customers whose order history lost an order to an error, so that a tier summed from the rest may be too low:
/// a promotion refused for that tier is a knock-on of the error, not an error of its own.
struct OrderGaps: Sendable {
    /// An order file that did not load at all (its customer unknown), which puts every customer's tier in doubt.
    var unreadable: String?
    /// For each customer, the file whose error left out one of their orders (the first in path order).
    private var causes: [CustomerID: String] = [:]

    /// Notes that `customer`'s order was left out because of the error in the file at `cause`.
    mutating func lost(_ customer: CustomerID, cause: String) {
        if causes[customer] == nil { causes[customer] = cause }
    }

    /// The file whose error may have lowered `customer`'s tier, or nil when their history is whole.
    func cause(for customer: CustomerID) -> String? { causes[customer] ?? unreadable }

    /// Files a promotion's refusal: under the error that left one of the customer's orders out when it refuses the
    /// customer's summed tier (`reason` E-PROMOTION-TIER-INELIGIBLE, no written tier), else as an error of its own.
    func file(_ refusal: Diagnostic, reason: MessageCode, customer: Customer, problems: inout [Diagnostic],
              knockOns: inout [KnockOn]) {
        let tierInDoubt = reason == "E-PROMOTION-TIER-INELIGIBLE" && customer.tierOverride == nil
        KnockOn.file(refusal, under: tierInDoubt ? cause(for: customer.id) : nil, problems: &problems, knockOns: &knockOns)
    }
}
