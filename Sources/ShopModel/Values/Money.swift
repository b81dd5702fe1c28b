/// An exact decimal amount of money, stored in ten-thousandths: never binary floating point.
///
/// Content may write at most 4 decimals, so every input value is exact; line amounts and totals
/// are rounded to 2 decimals half away from zero (四舍五入) with `rounded()`.
public struct Money: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The amount in ten-thousandths of the currency unit: ¥1.5 is 15000.
    public var tenThousandths: Int64

    /// The number of fractional digits stored.
    public static let scale = 4
    static let unit: Int64 = 10_000

    /// Creates an amount from ten-thousandths.
    public init(tenThousandths: Int64) { self.tenThousandths = tenThousandths }

    /// A whole amount: `Money(18)` is ¥18.00.
    public init(_ whole: Int) { self.tenThousandths = Int64(whole) * Money.unit }

    /// Zero.
    public static let zero = Money(tenThousandths: 0)

    /// Adds two amounts.
    public static func + (a: Money, b: Money) -> Money { Money(tenThousandths: a.tenThousandths + b.tenThousandths) }
    /// Subtracts two amounts.
    public static func - (a: Money, b: Money) -> Money { Money(tenThousandths: a.tenThousandths - b.tenThousandths) }
    /// Adds in place.
    public static func += (a: inout Money, b: Money) { a.tenThousandths += b.tenThousandths }
    /// Subtracts in place.
    public static func -= (a: inout Money, b: Money) { a.tenThousandths -= b.tenThousandths }
    /// Negates.
    public static prefix func - (a: Money) -> Money { Money(tenThousandths: -a.tenThousandths) }
    /// Orders by amount.
    public static func < (a: Money, b: Money) -> Bool { a.tenThousandths < b.tenThousandths }

    /// An exact multiple: quantity × unit price, not yet rounded; traps on overflow like `Int`, so content goes through
    /// `roundedTimes(_:)` (the loader refuses a line that does not fit before any figure multiplies it).
    public static func * (a: Money, quantity: Int) -> Money { Money(tenThousandths: a.tenThousandths * Int64(quantity)) }

    /// Whether the amount is negative.
    public var isNegative: Bool { tenThousandths < 0 }

    /// Rounded to 2 decimals, half away from zero: 35.105 → 35.11, −0.005 → −0.01.
    public func rounded() -> Money {
        Money(tenThousandths: Money.divideRounded(Int128(tenThousandths), by: 100) * 100)
    }

    /// The whole-cent amount nearest the end of the 64-bit range on the given side.
    static func saturated(negative: Bool) -> Money {
        Money(tenThousandths: negative ? Int64.min / 100 * 100 : Int64.max / 100 * 100)
    }

    /// Integer division rounding half away from zero.
    static func divideRounded(_ value: Int128, by divisor: Int128) -> Int64 {
        let (q, r) = value.quotientAndRemainder(dividingBy: divisor)
        var result = q
        if 2 * r.magnitude >= divisor.magnitude { result += value < 0 ? -1 : 1 }
        return Int64(clamping: result)
    }

    /// This amount as a double, for ratios and chart geometry only (never for money arithmetic).
    public var approximateDouble: Double { Double(tenThousandths) / Double(Money.unit) }

    /// The plain form with exactly two decimals, as the JSON report writes it: `"1234.50"`, `"-3.00"`.
    public var plain: String { formatted(fractionDigits: 2, grouping: false) }

    /// The shortest exact form: `18`, `18.5`, `0.035`.
    public var description: String {
        var text = formatted(fractionDigits: 4, grouping: false)
        guard text.contains(".") else { return text }
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// Digits with an optional thousands separator and 2 or 4 fraction digits; rounds half away first when 2.
    public func formatted(fractionDigits: Int, grouping: Bool) -> String {
        let value = fractionDigits == 2 ? rounded().tenThousandths : tenThousandths
        var whole = value.magnitude / UInt64(Money.unit), fraction = value.magnitude % UInt64(Money.unit)
        if fractionDigits == 2 { fraction /= 100 }
        let places = fractionDigits == 2 ? 2 : 4
        // Written backwards into a small buffer: sign, 20 digits, 6 separators, point, 4 decimals.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { digits in
            var start = digits.count
            func put(_ byte: UInt8) { start -= 1; digits[start] = byte }
            for _ in 0..<places { put(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: fraction % 10)); fraction /= 10 }
            put(UInt8(ascii: "."))
            var count = 0
            repeat {
                if grouping && count > 0 && count % 3 == 0 { put(UInt8(ascii: ",")) }
                put(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: whole % 10))
                whole /= 10
                count += 1
            } while whole > 0
            if value < 0 { put(UInt8(ascii: "-")) }
            return String(decoding: UnsafeBufferPointer(rebasing: digits[start...]), as: UTF8.self)
        }
    }
}
