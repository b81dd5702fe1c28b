/// A product's gross margin in a window, from its sales and its unit cost (internal: never in the report or a public site).
public enum ProductMargin {
    /// (GMV − units × cost) / GMV as a fraction rounded half away from zero to 4 decimals; nil when the cost is not
    /// known, the GMV is not above zero, or the figure does not fit.
    public static func of(gmv: Money, units: Int, cost: Money?) -> Rate? {
        guard let cost, gmv > .zero else { return nil }
        let whole = Int128(gmv.tenThousandths)
        let profit = whole - Int128(units) * Int128(cost.tenThousandths)
        let scaled = profit * Int128(Money.unit)
        let (q, r) = scaled.quotientAndRemainder(dividingBy: whole)
        let rounded = 2 * r.magnitude >= whole.magnitude ? q + (scaled < 0 ? -1 : 1) : q
        return Int64(exactly: rounded).map { Rate(tenThousandths: $0) }
    }
}
