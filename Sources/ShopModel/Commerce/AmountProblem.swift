import Diagnostics

/// Why an order's or a quote's money breaks the contract's bounds (an amount not below `Money.ceiling`, a discount
/// larger than the items' sum), and where: an item's line or a front-matter key.
public struct AmountProblem: Error, Hashable, Sendable {
    /// The front-matter line of the item to blame, or nil to blame `key`.
    public var line: Int?
    /// The front-matter key to blame when `line` is nil (`items`, `discount`, `shipping`, …).
    public var key: String
    /// The text, for `path:line: error: …`.
    public var message: String

    /// A problem at an item's line.
    static func item(_ line: Int, _ message: String) -> AmountProblem {
        AmountProblem(line: line, key: "items", message: message)
    }

    /// A problem at a front-matter key.
    static func key(_ key: String, _ message: String) -> AmountProblem { AmountProblem(line: nil, key: key, message: message) }

    /// The error, placed in the file `source` describes.
    public func diagnostic(in source: FieldLines) -> Diagnostic {
        .error(message, at: line.map { source.location(line: $0) } ?? source.location(of: key))
    }
}

/// A line of an order or a quote: a quantity at a unit price, written at a front-matter line.
protocol PricedLine {
    /// Units.
    var qty: Int { get }
    /// The unit price.
    var price: Money { get }
    /// The front-matter line of the item.
    var line: Int { get }
}

extension OrderItem: PricedLine {}
extension QuoteLine: PricedLine {}

extension AmountProblem {
    /// The items' sum, each line round2(qty × price), with checked arithmetic: every line and the sum below the ceiling.
    static func checkedSubtotal(_ lines: [some PricedLine]) throws(AmountProblem) -> Money {
        var sum = Money.zero
        for line in lines {
            guard let amount = line.price.roundedTimes(line.qty), amount.isBelowCeiling else {
                throw .item(line.line, "the line amount \(line.qty) × \(line.price) is too large: amounts stay below "
                            + Money.ceilingText)
            }
            guard let next = sum.adding(amount), next.isBelowCeiling else {
                throw .key("items", "the items add up to more than \(Money.ceilingText): amounts stay below it")
            }
            sum = next
        }
        return sum
    }

    /// The error for a discount larger than the items' sum.
    static func discountTooLarge(_ discount: Money, subtotal: Money, at key: String, what: String = "`discount`")
    -> AmountProblem {
        .key(key, "\(what) \(discount) is larger than the items' sum \(subtotal.plain); a total is never negative")
    }
}
