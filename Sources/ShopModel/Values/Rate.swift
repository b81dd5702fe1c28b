/// An exact decimal rate, a tax rate written as a fraction (0.13) or a percentage (5 for 5 %), stored in
/// ten-thousandths like `Money` but never added to an amount: it only scales one (`Money.roundedTimes(rate:)`).
public struct Rate: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The rate in ten-thousandths: 0.13 is 1300, 2.5 is 25000.
    public var tenThousandths: Int64

    /// Creates a rate from ten-thousandths.
    public init(tenThousandths: Int64) { self.tenThousandths = tenThousandths }

    /// A whole rate: `Rate(5)` is 5 (5 % when read as a percentage, 500 % when read as a fraction).
    public init(_ whole: Int) { self.tenThousandths = Int64(whole) * Money.unit }

    /// Zero.
    public static let zero = Rate(tenThousandths: 0)

    /// A whole percentage, the most a discount may take: 100.
    public static let hundredPercent = Rate(100)

    /// Parses a rate as content writes it, with the rules and messages of `Money.parse`: at most 4 decimals.
    public static func parse(_ text: String) throws(Money.ParseError) -> Rate {
        Rate(tenThousandths: try Money.parse(text).tenThousandths)
    }

    /// Orders by value.
    public static func < (a: Rate, b: Rate) -> Bool { a.tenThousandths < b.tenThousandths }

    /// Negates.
    public static prefix func - (a: Rate) -> Rate { Rate(tenThousandths: -a.tenThousandths) }

    /// Whether the rate is negative.
    public var isNegative: Bool { tenThousandths < 0 }

    /// The shortest exact form, as content writes it: `0.13`, `5`, `2.5`.
    public var description: String { Money(tenThousandths: tenThousandths).description }
}
