extension Money {
    /// `round2(self × rate)`, exact: a tax rate of 0.13 (see `roundedTimes(rate:)`).
    /// A result beyond 64 bits, which no loaded shop reaches, saturates instead of trapping.
    public func rounded(times rate: Rate) -> Money {
        roundedTimes(rate: rate) ?? Money.saturated(negative: isNegative != rate.isNegative)
    }

    /// `round2(self × percent / 100)`, exact: a 5 % discount (see `roundedTimes(percent:)`); saturates like `rounded(times:)`.
    public func rounded(percent: Rate) -> Money {
        roundedTimes(percent: percent) ?? Money.saturated(negative: isNegative != percent.isNegative)
    }

    /// round2(self × rate), or nil when the result does not fit in 64 bits (never a trap, never clamped).
    public func roundedTimes(rate: Rate) -> Money? {
        // Ten-thousandths times ten-thousandths: 10⁸ per unit, so 10⁶ per cent.
        Money.cents(Int128(tenThousandths) * Int128(rate.tenThousandths), over: 1_000_000)
    }

    /// round2(self × percent / 100), or nil when the result does not fit in 64 bits (never a trap, never clamped).
    public func roundedTimes(percent: Rate) -> Money? {
        Money.cents(Int128(tenThousandths) * Int128(percent.tenThousandths), over: 100_000_000)
    }

    /// round2(self × rate / (1 + rate)): the VAT inside a tax-inclusive amount (10,000.00 at 13 % → 1,150.44);
    /// nil when the result does not fit in 64 bits.
    public func roundedIncludedTax(rate: Rate) -> Money? {
        let divisor = (Int128(Money.unit) + Int128(rate.tenThousandths)) * 100
        guard divisor > 0 else { return nil }
        return Money.cents(Int128(tenThousandths) * Int128(rate.tenThousandths), over: divisor)
    }

    /// `value / divisor` rounded half away from zero to whole cents, as an amount; nil when it does not fit.
    private static func cents(_ value: Int128, over divisor: Int128) -> Money? {
        let (q, r) = value.quotientAndRemainder(dividingBy: divisor)
        let cents = 2 * r.magnitude >= divisor.magnitude ? q + (value < 0 ? -1 : 1) : q
        guard let whole = Int64(exactly: cents * 100) else { return nil }
        return Money(tenThousandths: whole)
    }
}
