/// The angles of donut slices: contiguous, clockwise from 12 o'clock, ending exactly at the full circle.
struct DonutGeometry {
    /// The full circle in radians.
    static let fullCircle = 2 * Double.pi

    /// The cleaned weights (negative and non-finite values become 0).
    let weights: [Double]
    /// The sum of `weights`.
    let total: Double

    /// Prepares the slices for `values`.
    init(values: [Double]) {
        weights = values.map { $0.isFinite && $0 > 0 ? min($0, SVGNumber.limit) : 0 }
        total = weights.reduce(0, +)
    }

    /// The share of slice `index` in 0...1 (0 when the total is 0).
    func share(_ index: Int) -> Double {
        total > 0 ? weights[index] / total : 0
    }

    /// The start and end angle of every slice; the last non-empty slice ends at exactly `fullCircle`.
    func sweeps() -> [(start: Double, end: Double)] {
        guard total > 0 else { return weights.map { _ in (0, 0) } }
        let lastFilled = weights.lastIndex { $0 > 0 } ?? 0
        var running = 0.0
        return weights.enumerated().map { index, weight in
            let start = DonutGeometry.fullCircle * running / total
            running += weight
            let end = index >= lastFilled ? DonutGeometry.fullCircle : DonutGeometry.fullCircle * running / total
            return (index > lastFilled ? end : start, end)
        }
    }
}
