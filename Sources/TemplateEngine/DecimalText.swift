/// Exact text forms of fixed-point decimals (ten-thousandths) and doubles, with half-away-from-zero rounding.
public enum DecimalText {
    /// Ten-thousandths per unit.
    static let scale: Int64 = 10_000

    /// `v` divided by `divisor`, rounded half away from zero.
    static func divideRounded(_ v: Int64, by divisor: Int64) -> Int64 {
        let q = v / divisor, r = v % divisor
        if r.magnitude * 2 >= divisor.magnitude { return q + ((v < 0) != (divisor < 0) ? -1 : 1) }
        return q
    }

    /// Shortest exact text: `18`, `1.5`, `-0.035`: `fixed` with as many decimals as are not trailing zeros.
    public static func plain(_ v: Int64) -> String {
        var fraction = v.magnitude % UInt64(scale), places = fraction == 0 ? 0 : 4
        while places > 0 && fraction % 10 == 0 { fraction /= 10; places -= 1 }
        return fixed(v, places: places, grouping: false)
    }

    /// `v` with exactly `places` decimals (0–4), rounded half away from zero, grouped by thousands if asked, and
    /// `symbol` between the sign and the digits (`-¥1,234.50`); written byte by byte into one string.
    public static func fixed(_ v: Int64, places: Int, grouping: Bool, symbol: String = "") -> String {
        let places = min(max(places, 0), 4)
        let rounded = divideRounded(v, by: pow10(4 - places))
        let denominator = UInt64(pow10(places))
        var whole = rounded.magnitude / denominator, fraction = rounded.magnitude % denominator
        // Digits are written backwards from the end of a small buffer: 20 digits, 6 separators, point, 4 decimals.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { digits in
            var start = digits.count
            if places > 0 {
                for _ in 0..<places {
                    start -= 1
                    digits[start] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: fraction % 10)
                    fraction /= 10
                }
                start -= 1
                digits[start] = UInt8(ascii: ".")
            }
            var count = 0
            repeat {
                if grouping && count > 0 && count % 3 == 0 { start -= 1; digits[start] = UInt8(ascii: ",") }
                start -= 1
                digits[start] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: whole % 10)
                whole /= 10
                count += 1
            } while whole > 0
            let sign = rounded < 0 ? 1 : 0, length = digits.count - start
            return String(unsafeUninitializedCapacity: sign + symbol.utf8.count + length) { text in
                var i = 0
                if sign == 1 { text[0] = UInt8(ascii: "-"); i = 1 }
                for byte in symbol.utf8 { text[i] = byte; i += 1 }
                for k in start..<digits.count { text[i] = digits[k]; i += 1 }
                return i
            }
        }
    }

    /// 10 to the power `n` (0–18).
    static func pow10(_ n: Int) -> Int64 {
        var p: Int64 = 1
        for _ in 0..<max(0, n) { p &*= 10 }
        return p
    }

    /// A double as the shortest text that reads back to it, without exponent (`0.0312`, `3`).
    static func plain(_ d: Double) -> String {
        guard d.isFinite else { return d.isNaN ? "NaN" : (d < 0 ? "-∞" : "∞") }
        if d == d.rounded(), d.magnitude < 1e15 { return String(Int64(d)) }
        return expanded(d.description)
    }

    /// A double converted exactly through its shortest text, when it fits in ten-thousandths after `extra` decimal shifts.
    /// Used so that `0.0125` rounds as the merchant reads it, not as its binary approximation.
    static func scaled(_ d: Double, decimals: Int) -> Int64? {
        guard d.isFinite, d.magnitude < 1e12 else { return nil }
        let text = expanded(d.description)
        var negative = false, whole: Int64 = 0, frac: Int64 = 0, fracDigits = 0, seenDot = false, roundUp = false
        for c in text.utf8 {
            switch c {
            case UInt8(ascii: "-"): negative = true
            case UInt8(ascii: "."): seenDot = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let digit = Int64(c - 48)
                if !seenDot { whole = whole * 10 + digit }
                else if fracDigits < decimals { frac = frac * 10 + digit; fracDigits += 1 }
                else if fracDigits == decimals { roundUp = digit >= 5; fracDigits += 1 }
            default: break
            }
        }
        while fracDigits < decimals { frac *= 10; fracDigits += 1 }
        var value = whole * pow10(decimals) + frac + (roundUp ? 1 : 0)
        if negative { value = -value }
        return value
    }

    /// `1e-05` → `0.00001`; text without exponent is returned as is.
    static func expanded(_ text: String) -> String {
        guard let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }), let exponent = Int(text[text.index(after: e)...]) else { return text }
        var mantissa = String(text[..<e])
        let negative = mantissa.hasPrefix("-")
        if negative { mantissa.removeFirst() }
        let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        let intPart = String(parts[0]), fracPart = parts.count > 1 ? String(parts[1]) : ""
        var digits = intPart + fracPart
        var point = intPart.count + exponent
        if point <= 0 { digits = String(repeating: "0", count: -point + 1) + digits; point = 1 }
        if point >= digits.count { digits += String(repeating: "0", count: point - digits.count) }
        var result = String(digits.prefix(point))
        let rest = digits.dropFirst(point)
        if !rest.isEmpty, rest.contains(where: { $0 != "0" }) { result += "." + rest }
        while result.count > 1, result.hasPrefix("0"), !result.hasPrefix("0.") { result.removeFirst() }
        return (negative ? "-" : "") + result
    }
}
