import Diagnostics

/// Why an order's or a quote's money breaks the contract's bounds (an amount not below `Money.ceiling`, a discount
/// larger than the items' sum), and where: an item's line or a front-matter key.
public struct AmountProblem: Error, Hashable, Sendable {
    /// The front-matter line of the item to blame, or nil to blame `key`.
    public var line: Int?
    /// The front-matter key to blame when `line` is nil (`items`, `discount`, `shipping`, …).
    public var key: String
    /// The message's code (`E-LINE-TOO-LARGE`).
    public var code: MessageCode
    /// The message's arguments.
    public var arguments: [String: String]

    /// The text in English, for `path:line: error: …`.
    public var message: String { MessageCatalog.text(code, arguments, in: .en) }

    /// A problem at an item's line.
    static func item(_ line: Int, _ code: MessageCode, _ arguments: [String: String]) -> AmountProblem {
        AmountProblem(line: line, key: "items", code: code, arguments: arguments)
    }

    /// A problem at a front-matter key.
    static func key(_ key: String, _ code: MessageCode, _ arguments: [String: String] = [:]) -> AmountProblem {
        AmountProblem(line: nil, key: key, code: code, arguments: arguments)
    }

    /// The error, placed in the file `source` describes.
    public func diagnostic(in source: FieldLines) -> Diagnostic {
        .error(code, arguments, at: line.map { source.location(line: $0) } ?? source.location(of: key))
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
                throw .item(line.line, "E-LINE-TOO-LARGE", ["qty": "\(line.qty)", "price": "\(line.price)",
                                                            "ceiling": Money.ceilingText])
            }
            guard let next = sum.adding(amount), next.isBelowCeiling else {
                throw .key("items", "E-ITEMS-TOO-LARGE", ["ceiling": Money.ceilingText])
            }
            sum = next
        }
        return sum
    }

    /// The error for a discount larger than the items' sum.
    static func discountTooLarge(_ discount: Money, subtotal: Money, at key: String, promotion: String? = nil)
    -> AmountProblem {
        let amounts = ["discount": "\(discount)", "subtotal": subtotal.plain]
        guard let promotion else { return .key(key, "E-DISCOUNT-TOO-LARGE", amounts) }
        return .key(key, "E-PROMOTION-DISCOUNT-TOO-LARGE", amounts.merging(["promotion": promotion]) { a, _ in a })
    }
}
