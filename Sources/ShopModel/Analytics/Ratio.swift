/// Ratios and averages of the derived figures; a zero denominator gives nil (shown as "—", never NaN).
public enum Ratio {
    /// `numerator / denominator`, or nil when the denominator is zero.
    public static func of(_ numerator: Int, _ denominator: Int) -> Double? {
        denominator == 0 ? nil : Double(numerator) / Double(denominator)
    }

    /// `part / whole` for money, or nil when the whole is zero.
    public static func of(_ part: Money, _ whole: Money) -> Double? {
        whole == .zero ? nil : Double(part.tenThousandths) / Double(whole.tenThousandths)
    }

    /// `amount / count` rounded to 2 decimals half away from zero, or nil when the count is zero.
    public static func average(_ amount: Money, over count: Int) -> Money? {
        guard count != 0 else { return nil }
        let cents = Money.divideRounded(Int128(amount.tenThousandths), by: Int128(count) * 100)
        return Money(tenThousandths: cents * 100)
    }
}
