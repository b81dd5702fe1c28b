/// Prints numbers with a fixed number of decimals using integer arithmetic only (no Foundation, no locale).
enum SVGNumber {
    /// Magnitudes beyond this are clamped so the scaled integer never overflows.
    static let limit = 1e15
    /// Most decimals ever printed (limit × 10^maxDecimals stays inside Int64).
    static let maxDecimals = 3

    /// Returns `value × 10^decimals` rounded half away from zero; non-finite values give 0.
    static func scaled(_ value: Double, decimals: Int) -> Int64 {
        guard value.isFinite else { return 0 }
        let clamped = min(max(value, -limit), limit)
        return Int64((clamped * power(decimals)).rounded(.toNearestOrAwayFromZero))
    }

    /// Returns 10^decimals as a Double, computed by repeated multiplication so every platform agrees.
    static func power(_ decimals: Int) -> Double {
        var factor = 1.0
        for _ in 0..<max(0, decimals) { factor *= 10 }
        return factor
    }

    /// Formats `value` with exactly `decimals` decimals, optionally with thousands separators: `12,345.60`.
    static func fixed(_ value: Double, decimals: Int, grouping: Bool = false) -> String {
        let digits = min(max(decimals, 0), maxDecimals)
        let scaled = scaled(value, decimals: digits)
        var divisor: UInt64 = 1
        for _ in 0..<digits { divisor *= 10 }
        let magnitude = scaled.magnitude
        let whole = String(magnitude / divisor)
        var text = scaled < 0 ? "-" : ""
        text += grouping ? grouped(whole) : whole
        if digits > 0 {
            let fraction = String(magnitude % divisor)
            text += "." + String(repeating: "0", count: digits - fraction.count) + fraction
        }
        return text
    }

    /// Formats an SVG coordinate with at most two decimals and no trailing zeros: `12.5`, `40`.
    static func coordinate(_ value: Double) -> String {
        var text = fixed(value, decimals: 2)
        while text.hasSuffix("0"), text.contains(".") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }

    /// Inserts a comma every three digits from the right of a run of digits.
    static func grouped(_ digits: String) -> String {
        var result = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(character)
        }
        return result
    }
}
