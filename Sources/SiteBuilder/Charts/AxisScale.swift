#if canImport(Glibc)
import Glibc  // links libm for rounding
#endif

/// A value axis from `lower` to `upper` with ticks at round numbers (1, 2 or 5 × 10ⁿ), always including 0.
struct AxisScale: Equatable {
    /// The value at the start of the axis (0 unless some value is negative).
    let lower: Double
    /// The value at the end of the axis, a whole number of steps above `lower`; always above `lower`.
    let upper: Double
    /// The distance between ticks.
    let step: Double

    /// Builds a scale covering `minimum...maximum` and 0 with about `targetTicks` intervals.
    init(minimum: Double, maximum: Double, smallestStep: Double, targetTicks: Int = 5) {
        let low = min(0, AxisScale.clean(minimum))
        let high = max(0, AxisScale.clean(maximum))
        let span = max(high - low, smallestStep)
        let step = max(AxisScale.roundUp(span / Double(max(targetTicks, 1))), smallestStep)
        let lowIndex = (low / step + 1e-9).rounded(.down)
        var highIndex = (high / step - 1e-9).rounded(.up)
        if highIndex <= lowIndex { highIndex = lowIndex + 1 }
        self.step = step
        self.lower = lowIndex * step
        self.upper = highIndex * step
    }

    /// The tick values from `lower` to `upper`, inclusive.
    var ticks: [Double] {
        let first = (lower / step).rounded()
        let count = Int(((upper - lower) / step).rounded())
        return (0...max(count, 0)).map { (first + Double($0)) * step }
    }

    /// Where `value` lies between `lower` (0) and `upper` (1), clamped to that range.
    func fraction(_ value: Double) -> Double {
        let position = (AxisScale.clean(value) - lower) / (upper - lower)
        return position.isFinite ? min(max(position, 0), 1) : 0
    }

    /// Replaces non-finite values with 0 and clamps huge ones to the printable range.
    static func clean(_ value: Double) -> Double {
        value.isFinite ? min(max(value, -SVGNumber.limit), SVGNumber.limit) : 0
    }

    /// The smallest of 1, 2, 5, 10 × 10ⁿ that is at least `raw` (`raw` > 0).
    static func roundUp(_ raw: Double) -> Double {
        guard raw > 0, raw.isFinite else { return 1 }
        var power = 1.0
        while power * 10 <= raw { power *= 10 }
        while power > raw { power /= 10 }
        let mantissa = raw / power
        for nice in [1.0, 2, 5] where mantissa <= nice + 1e-9 { return nice * power }
        return 10 * power
    }
}
