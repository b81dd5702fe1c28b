/// How a chart prints its values on axis ticks and value labels.
public enum ValueFormat: Sendable, Equatable {
    /// A plain number with thousands separators: `1,234` or `1,234.5`.
    case number(fractionDigits: Int)
    /// A ratio printed as a percentage: 0.025 → `2.5%`.
    case percent(fractionDigits: Int)
    /// An amount with a currency symbol: `¥1,234.50`.
    case currency(symbol: String, fractionDigits: Int)

    /// Whole numbers with separators, for counts such as visitors.
    public static let integer = ValueFormat.number(fractionDigits: 0)
    /// Yuan with two decimals, for geometry-only money (exact amounts are formatted by the caller).
    public static let yuan = ValueFormat.currency(symbol: "¥", fractionDigits: 2)

    /// Formats `value` with this format's full number of decimals.
    public func format(_ value: Double) -> String {
        text(value, decimals: fractionDigits)
    }

    /// The decimals this format prints.
    var fractionDigits: Int {
        switch self {
        case .number(let digits), .percent(let digits), .currency(_, let digits):
            return min(max(digits, 0), SVGNumber.maxDecimals)
        }
    }

    /// The smallest axis step worth labelling, in value units (1 for integers, 0.01 for 0-decimal percents).
    var smallestStep: Double {
        let step = 1 / SVGNumber.power(fractionDigits)
        if case .percent = self { return step / 100 }
        return step
    }

    /// Formats an axis tick: as few decimals as the step needs, never more than the format's.
    func tickLabel(_ value: Double, step: Double) -> String {
        let displayStep = isPercent ? step * 100 : step
        var decimals = 0
        while decimals < fractionDigits {
            let scaled = displayStep * SVGNumber.power(decimals)
            if abs(scaled - scaled.rounded()) < 1e-6 * max(1, abs(scaled)) { break }
            decimals += 1
        }
        return text(value, decimals: decimals)
    }

    private var isPercent: Bool {
        if case .percent = self { return true }
        return false
    }

    private func text(_ value: Double, decimals: Int) -> String {
        switch self {
        case .number:
            return SVGNumber.fixed(value, decimals: decimals, grouping: true)
        case .percent:
            return SVGNumber.fixed(value * 100, decimals: decimals, grouping: true) + "%"
        case .currency(let symbol, _):
            let digits = SVGNumber.fixed(value, decimals: decimals, grouping: true)
            if digits.hasPrefix("-") { return "-" + symbol + digits.dropFirst() }
            return symbol + digits
        }
    }
}
