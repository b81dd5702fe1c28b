extension Money {
    /// The contract's bound: every amount (a price, a line, a total) stays below ¥10,000,000,000,000.
    public static let ceiling = Money(tenThousandths: 100_000_000_000_000_000)

    /// The ceiling as the contract writes it, for messages.
    public static let ceilingText = "¥10,000,000,000,000"

    /// Whether the amount is below `ceiling` (and so any two such amounts add without overflow).
    public var isBelowCeiling: Bool { tenThousandths < Money.ceiling.tenThousandths }

    /// `self + other`, or nil when the sum does not fit in 64 bits (never a trap).
    @inline(__always)
    public func adding(_ other: Money) -> Money? {
        let (sum, overflow) = tenThousandths.addingReportingOverflow(other.tenThousandths)
        return overflow ? nil : Money(tenThousandths: sum)
    }

    /// `self − other`, or nil when the difference does not fit in 64 bits (never a trap).
    @inline(__always)
    public func subtracting(_ other: Money) -> Money? {
        let (difference, overflow) = tenThousandths.subtractingReportingOverflow(other.tenThousandths)
        return overflow ? nil : Money(tenThousandths: difference)
    }

    /// round2(self × quantity), or nil when the product does not fit in 64 bits (never a trap).
    @inline(__always)
    public func roundedTimes(_ quantity: Int) -> Money? {
        let (product, overflow) = tenThousandths.multipliedReportingOverflow(by: Int64(quantity))
        // Rounding to cents never leaves 64 bits: the nearest multiple of 100 to any Int64 is an Int64.
        return overflow ? nil : Money(tenThousandths: product).rounded()
    }
}
