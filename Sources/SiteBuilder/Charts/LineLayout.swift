/// The geometry of a line chart: plot margins and the mapping of point index and axis fraction to coordinates.
struct LineLayout {
    /// How many x positions the chart has.
    let count: Int
    let width = 560.0, height = 260.0
    let left = 56.0, right = 14.0, top = 32.0, bottom = 30.0

    /// The x coordinate of point `index`; a single point sits in the middle.
    func x(_ index: Int) -> Double {
        let plotWidth = width - left - right
        guard count > 1 else { return left + plotWidth / 2 }
        return left + plotWidth * Double(index) / Double(count - 1)
    }

    /// The y coordinate of an axis fraction (0 at the bottom of the plot, 1 at the top).
    func y(_ fraction: Double) -> Double {
        top + (height - top - bottom) * (1 - fraction)
    }

    /// The indices of at most six evenly spaced x labels, always including the first and last.
    func labelIndices() -> [Int] {
        let shown = min(count, 6)
        guard shown > 1 else { return count > 0 ? [0] : [] }
        return (0..<shown).map { ($0 * (count - 1) + (shown - 1) / 2) / (shown - 1) }
    }
}
